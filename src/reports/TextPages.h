#pragma once
// TextPages: a flowing A4 PDF of wrapped text lines in the CJK font, breaking to a new page as
// it fills. The reports and the shift handover print with it.
#include <QColor>
#include <QPainter>
#include <QPdfWriter>
#include <QString>

namespace so::reports {

class TextPages
{
public:
    explicit TextPages(const QString &partPath, const QString &title) : m_writer(partPath)
    {
        m_writer.setPageSize(QPageSize(QPageSize::A4));
        m_writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        m_writer.setResolution(150);
        m_writer.setTitle(title);
        m_ok = m_painter.begin(&m_writer);
    }
    bool ok() const { return m_ok; }
    QPainter &painter() { return m_painter; }
    int width() const { return m_writer.width(); }
    int &y() { return m_y; }
    // Makes room for h pixels, starting a new page when they do not fit.
    void room(int h)
    {
        if (m_y + h > m_writer.height()) {
            m_writer.newPage();
            m_y = 0;
        }
    }
    void line(const QString &t, int pt, bool bold = false, QColor c = Qt::black)
    {
        QFont f(QStringLiteral("Noto Sans CJK SC"));
        f.setPointSize(pt);
        f.setBold(bold);
        m_painter.setFont(f);
        m_painter.setPen(c);
        const QRect r = m_painter.boundingRect(QRect(0, 0, width(), 100000), Qt::TextWordWrap, t);
        room(r.height());
        m_painter.drawText(QRect(0, m_y, width(), r.height()), Qt::TextWordWrap, t);
        m_y += r.height() + pt * 2;
    }
    void end() { m_painter.end(); }

private:
    QPdfWriter m_writer;
    QPainter m_painter;
    bool m_ok = false;
    int m_y = 0;
};

} // namespace so::reports
