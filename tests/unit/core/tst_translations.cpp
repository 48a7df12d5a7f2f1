// Every string the UI shows has a Simplified Chinese translation, and keeps its placeholders.
#include "TestSupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
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
                while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
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
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("untranslated:\n") + missing.join(u'\n')));
        QVERIFY2(placeholders.isEmpty(),
                 qPrintable(QStringLiteral("placeholders differ:\n") + placeholders.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
