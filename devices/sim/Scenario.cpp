#include "Scenario.h"
#include "LineDecoder.h"

#include <QFile>

namespace so::devsim {

Result<QList<Step>> parseScenario(const QByteArray &text, const QString &fileLabel)
{
    QList<Step> steps;
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (line.endsWith('\r'))
            line.chop(1);
        const QByteArray trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith('#'))
            continue;
        const int sp = trimmed.indexOf(' ');
        const QByteArray verb = sp < 0 ? trimmed : trimmed.left(sp);
        const QByteArray arg = sp < 0 ? QByteArray() : trimmed.mid(sp + 1);
        Step s;
        s.line = i + 1;
        auto bad = [&](const char *what) {
            return fail(QStringLiteral("%1:%2: %3").arg(fileLabel).arg(i + 1).arg(QLatin1String(what)));
        };
        bool ok = true;
        if (verb == "wait" || verb == "hangup") {
            s.kind = verb == "wait" ? Step::Wait : Step::Hangup;
            s.ms = arg.toInt(&ok);
            if (!ok || s.ms < 0 || s.ms > 3600000)
                return bad("expected milliseconds 0..3600000");
        } else if (verb == "send") {
            s.kind = Step::Bytes;
            s.bytes = arg + "\r\n";
        } else if (verb == "sendsum") {
            s.kind = Step::Bytes;
            const quint8 sum = alarms::LineDecoder::checksum(arg);
            s.bytes = arg + '*' + QByteArray::number(sum, 16).rightJustified(2, '0').toUpper() + "\r\n";
        } else if (verb == "text") {
            s.kind = Step::Bytes;
            s.bytes = arg;
        } else if (verb == "raw") {
            s.kind = Step::Bytes;
            s.bytes = QByteArray::fromHex(arg);
            if (s.bytes.isEmpty() || s.bytes.toHex() != arg.toLower().replace(' ', ""))
                return bad("expected hex bytes, e.g. 00ff0d0a");
        } else if (verb == "set") {
            s.kind = Step::Set;
            const QList<QByteArray> p = arg.split(' ');
            if (p.size() != 3 || !QList<QByteArray>{"co", "di", "hr", "ir"}.contains(p[0]))
                return bad("expected: set co|di|hr|ir ADDRESS VALUE");
            s.table = QString::fromLatin1(p[0]);
            bool a = false, v = false;
            s.address = p[1].toInt(&a);
            s.value = p[2].toInt(&v);
            if (!a || !v || s.address < 0 || s.address > 65535 || s.value < 0 || s.value > 65535)
                return bad("address and value are 0..65535");
        } else if (verb == "repeat") {
            s.kind = Step::Repeat;
        } else {
            return bad("unknown step; use wait, send, sendsum, text, raw, hangup, set or repeat");
        }
        steps << s;
    }
    return steps;
}

Result<QList<Step>> loadScenario(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("%1: cannot be read (%2)").arg(path, f.errorString()));
    return parseScenario(f.readAll(), path);
}

} // namespace so::devsim
