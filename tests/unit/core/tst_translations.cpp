// Every string the UI shows has a Simplified Chinese translation, and keeps its placeholders.
#include "TestSupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

namespace {

// The numerus sources of a .ts file, each with its plural forms ("" forms when unfinished).
QHash<QString, QStringList> pluralsOf(const QString &file)
{
    QHash<QString, QStringList> out;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&f);
    QString source;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("message")) {
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation") && numerus) {
            const bool unfinished = !xml.attributes().value(QLatin1String("type")).isEmpty();
            QStringList forms;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) &&
                   !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    forms << (unfinished ? QString() : xml.readElementText());
            }
            out.insert(source, forms);
        }
    }
    return out;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // English is the source language, but "%n fault(s)" must read "1 fault" and "2 faults".
    void englishPluralsAreComplete()
    {
        const auto zh =
            pluralsOf(so::test::sourceDir() + QStringLiteral("/qml/i18n/stationops_zh_CN.ts"));
        const auto en =
            pluralsOf(so::test::sourceDir() + QStringLiteral("/qml/i18n/stationops_en.ts"));
        QVERIFY2(zh.size() >= 10, "the Chinese file has the plural strings");
        QStringList wrong;
        for (auto it = zh.cbegin(); it != zh.cend(); ++it) {
            const QStringList forms = en.value(it.key());
            const bool ok = forms.size() == 2 && !forms[0].isEmpty() && !forms[1].isEmpty() &&
                            forms[0].contains(QLatin1String("%n")) &&
                            forms[1].contains(QLatin1String("%n")) &&
                            !forms.join(QString()).contains(QLatin1String("(s)"));
            if (!ok)
                wrong << it.key();
        }
        QVERIFY2(wrong.isEmpty(),
                 qPrintable(QStringLiteral("English plural forms missing or wrong:\n") +
                            wrong.join(u'\n')));
    }

    void chineseIsComplete()
    {
        QFile f(so::test::sourceDir() + QStringLiteral("/qml/i18n/stationops_zh_CN.ts"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        QString context, source;
        int messages = 0;
        QStringList missing, placeholders;
        static const QRegularExpression ph(QStringLiteral("%(\\d|n)"));
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                if (type == QLatin1String("obsolete") || type == QLatin1String("vanished")) {
                    xml.skipCurrentElement();
                    continue;
                }
                ++messages;
                // Plural forms come as <numerusform> children.
                QString text;
                while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) &&
                       !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isCharacters())
                        text += xml.text();
                }
                if (type == QLatin1String("unfinished") || text.trimmed().isEmpty()) {
                    missing << context + QStringLiteral(": ") + source;
                    continue;
                }
                QSet<QString> want, got;
                for (auto m = ph.globalMatch(source); m.hasNext();)
                    want.insert(m.next().captured(0));
                for (auto m = ph.globalMatch(text); m.hasNext();)
                    got.insert(m.next().captured(0));
                if (want != got)
                    placeholders << context + QStringLiteral(": ") + source;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(messages >= 30, "the .ts file holds the UI's strings");
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("untranslated:\n") + missing.join(u'\n')));
        QVERIFY2(placeholders.isEmpty(),
                 qPrintable(QStringLiteral("placeholders differ:\n") + placeholders.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
