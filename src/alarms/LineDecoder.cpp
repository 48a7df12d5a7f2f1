#include "LineDecoder.h"

#include <QStringDecoder>

namespace so::alarms {

namespace {

bool isNoise(char c)
{
    return c == '\0' || static_cast<unsigned char>(c) == 0xFF;
}

} // namespace

LineDecoder::LineDecoder(const DeviceProfile &profile, QString linkId, QString device)
    : m_profile(profile), m_linkId(std::move(linkId)), m_device(std::move(device))
{
    m_ends.fill(false);
    for (char c : profile.line.ends)
        m_ends[static_cast<unsigned char>(c)] = true;
}

quint8 LineDecoder::checksum(QByteArrayView body)
{
    quint8 x = 0;
    for (qsizetype i = body.startsWith('$') ? 1 : 0; i < body.size(); ++i)
        x ^= static_cast<quint8>(body[i]);
    return x;
}

Receipt LineDecoder::receipt(const QByteArray &raw, qint64 utcMs, qint64 monoMs)
{
    return Receipt{m_linkId, ++m_seq, utcMs, monoMs, raw};
}

void LineDecoder::feed(const QByteArray &bytes, qint64 utcMs, qint64 monoMs, Output &out)
{
    if (!bytes.isEmpty())
        m_lastByteMono = monoMs;
    for (char c : bytes) {
        if (m_ends[static_cast<unsigned char>(c)]) {
            if (!m_buf.isEmpty())
                finishLine(std::exchange(m_buf, {}), utcMs, monoMs, out);
            continue;
        }
        m_buf.append(c);
        if (m_buf.size() >= kMaxLine) {
            out.errors << DecodeError{receipt(std::exchange(m_buf, {}), utcMs, monoMs),
                                      QStringLiteral("line longer than %1 bytes").arg(kMaxLine)};
        }
    }
}

void LineDecoder::flushIfIdle(qint64 utcMs, qint64 monoMs, Output &out)
{
    if (!m_buf.isEmpty() && monoMs - m_lastByteMono >= kIdleFlushMs)
        finishLine(std::exchange(m_buf, {}), utcMs, monoMs, out);
}

void LineDecoder::flush(qint64 utcMs, qint64 monoMs, Output &out)
{
    if (!m_buf.isEmpty())
        finishLine(std::exchange(m_buf, {}), utcMs, monoMs, out);
}

void LineDecoder::finishLine(QByteArray raw, qint64 utcMs, qint64 monoMs, Output &out)
{
    // Line noise (NUL, 0xFF) at either end is common on RS-485 turnaround; trim it, keep raw.
    qsizetype b = 0, e = raw.size();
    while (b < e && (isNoise(raw[b]) || raw[b] == ' '))
        ++b;
    while (e > b && (isNoise(raw[e - 1]) || raw[e - 1] == ' '))
        --e;
    const QByteArray body = raw.mid(b, e - b);
    auto error = [&](const QString &why) {
        out.errors << DecodeError{receipt(raw, utcMs, monoMs), why};
    };
    if (body.isEmpty()) {
        error(QStringLiteral("only line noise"));
        return;
    }
    for (char c : body) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7F) {
            error(QStringLiteral("control byte 0x%1 inside the line")
                      .arg(u, 2, 16, QLatin1Char('0')));
            return;
        }
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(body);
    if (utf8.hasError()) {
        error(QStringLiteral("not valid UTF-8"));
        return;
    }
    // Optional *hh checksum at the end.
    const qsizetype star = text.lastIndexOf(QLatin1Char('*'));
    const bool hasSum = star >= 0 && star == text.size() - 3;
    if (hasSum && m_profile.line.checksum != QLatin1String("none")) {
        bool ok = false;
        const int given = text.mid(star + 1).toInt(&ok, 16);
        const QByteArray covered = body.left(body.size() - 3);
        const int computed = checksum(covered);
        if (!ok || given != computed) {
            error(QStringLiteral("checksum *%1 does not match the line (*%2)")
                      .arg(text.mid(star + 1),
                           QStringLiteral("%1").arg(computed, 2, 16, QLatin1Char('0')).toUpper()));
            return;
        }
        text.truncate(star);
    } else if (m_profile.line.checksum == QLatin1String("required")) {
        error(QStringLiteral("checksum *hh missing"));
        return;
    }
    const auto m = m_profile.line.pattern.match(text);
    if (!m.hasMatch()) {
        error(QStringLiteral("does not match the %1 line format").arg(m_profile.type));
        return;
    }
    // Fixed-width columns are padded: every captured field is taken trimmed.
    const QString word = m.captured(QStringLiteral("event")).trimmed();
    const QString meaning = m_profile.line.events.value(word);
    if (meaning.isEmpty()) {
        error(QStringLiteral("unknown event \"%1\"").arg(word));
        return;
    }
    if (meaning == QLatin1String("heartbeat")) {
        // Counted, not stored: a number here would be a gap among the stored frames.
        ++out.heartbeats;
        return;
    }
    DecodedEvent ev;
    ev.receipt = receipt(raw, utcMs, monoMs);
    ev.device = m_device;
    ev.asset = m.captured(QStringLiteral("asset")).trimmed();
    ev.deviceTime = m.captured(QStringLiteral("time")).trimmed();
    ev.label = m.captured(QStringLiteral("label")).trimmed();
    ev.kind = meaning == QLatin1String("raise")   ? EventKind::Raise
              : meaning == QLatin1String("clear") ? EventKind::Clear
                                                  : EventKind::Reset;
    if (ev.kind != EventKind::Reset) {
        // The word's own point, else the point a column names through the map, else the
        // point group's text as it stands.
        const LineFormat &f = m_profile.line;
        const QString column =
            f.pointGroup.isEmpty() ? QString() : m.captured(f.pointGroup).trimmed();
        if (const auto fixed = f.eventPoints.constFind(word); fixed != f.eventPoints.constEnd()) {
            ev.point = *fixed;
        } else if (!column.isEmpty()) {
            ev.point = f.pointMap.value(column);
            if (ev.point.isEmpty()) {
                out.errors << DecodeError{
                    ev.receipt,
                    QStringLiteral("no point for \"%1\" (line.pointFrom.map)").arg(column)};
                return;
            }
        } else {
            ev.point = m.captured(QStringLiteral("point")).trimmed();
        }
        if (!m_profile.point(ev.point)) {
            out.errors << DecodeError{ev.receipt,
                                      QStringLiteral("unknown point \"%1\"").arg(ev.point)};
            return;
        }
    }
    out.events << ev;
}

} // namespace so::alarms
