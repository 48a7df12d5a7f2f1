#pragma once
// Document: what a printed report says, block by block in reading order, before any layout.
// Each report builds one in the language it was asked for; DocumentPdf draws it on A4, and the
// golden tests compare its lines() with a reviewed file, so a change in wording, names or
// figures shows up as a readable diff.
#include <QColor>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

namespace so::reports {

class Document
{
public:
    enum class Style { Title, Subtitle, Heading, Subheading, Text, Small };
    enum class Tone { Normal, Muted, Good, Bad, Warning, Accent };

    struct Run
    {
        QString text;
        bool code = false; // a code beside a name: smaller and grey, in brackets
    };

    struct Block
    {
        Style style = Style::Text;
        Tone tone = Tone::Normal;
        QList<Run> runs;
        int indent = 0;
        bool newPage = false;
        // A bar of a chart: the runs are its label.
        bool bar = false;
        int value = 0;
        int max = 0;
        // A picture: alt says what it is in the text lines.
        QImage image;
        QString alt;
        qreal widthShare = 0; // of the text width

        // Appends words, or a code shown beside them.
        Block &then(const QString &text)
        {
            runs << Run{text, false};
            return *this;
        }
        Block &code(const QString &c)
        {
            if (!c.isEmpty())
                runs << Run{c, true};
            return *this;
        }
        Block &indented(int level = 1)
        {
            indent = level;
            return *this;
        }
        QString plainText() const;
    };

    explicit Document(QString title, QString language)
        : m_title(std::move(title)), m_language(std::move(language))
    {
    }
    const QString &title() const { return m_title; }
    const QString &language() const { return m_language; }
    const QList<Block> &blocks() const { return m_blocks; }

    Block &add(Style style, const QString &text = {}, Tone tone = Tone::Normal);
    // The next block starts a new page.
    void pageBreak() { m_breakNext = !m_blocks.isEmpty(); }
    Block &bar(const QString &label, int value, int max);
    Block &image(const QImage &image, const QString &alt, qreal widthShare);

    // One line per line of text, marked by style ("# " title, "## " heading, "### " subheading,
    // "· " small), tone ("[bad] "), indent (four spaces a level), bars and pictures; codes in
    // brackets; "=== new page ===" between pages.
    QStringList lines() const;

    static QColor color(Tone tone);

private:
    QString m_title;
    QString m_language;
    QList<Block> m_blocks;
    bool m_breakNext = false;
};

} // namespace so::reports
