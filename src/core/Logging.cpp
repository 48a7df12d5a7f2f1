#include "Logging.h"

#include <QDir>
#include <QMutex>
#include <QRegularExpression>
#include <QtGlobal>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace so::logging {

namespace {

std::shared_ptr<spdlog::logger> g_logger;

void qtHandler(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
{
    if (!g_logger)
        return;
    spdlog::level::level_enum level = spdlog::level::info;
    switch (type) {
    case QtDebugMsg:
        level = spdlog::level::debug;
        break;
    case QtInfoMsg:
        level = spdlog::level::info;
        break;
    case QtWarningMsg:
        level = spdlog::level::warn;
        break;
    case QtCriticalMsg:
        level = spdlog::level::err;
        break;
    case QtFatalMsg:
        level = spdlog::level::critical;
        break;
    }
    const char *category = ctx.category ? ctx.category : "default";
    g_logger->log(level, "[{}] {}", category, msg.toStdString());
    if (type == QtFatalMsg)
        g_logger->flush();
}

} // namespace

void initConsole()
{
    if (g_logger)
        return;
    auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    console->set_level(spdlog::level::info);
    g_logger = std::make_shared<spdlog::logger>("stationops", spdlog::sinks_init_list{console});
    g_logger->set_level(spdlog::level::debug);
    g_logger->set_pattern("%Y-%m-%dT%H:%M:%S.%e %^%l%$ %v");
    g_logger->flush_on(spdlog::level::warn);
    qInstallMessageHandler(qtHandler);
}

bool addFile(const QString &dataDir)
{
    initConsole();
    const QString dir = QDir(dataDir).filePath(QStringLiteral("logs"));
    if (!QDir().mkpath(dir))
        return false;
    try {
        auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
            QDir(dir).filePath(QStringLiteral("stationops.log")).toStdString(), 5 * 1024 * 1024, 5);
        file->set_level(spdlog::level::debug);
        file->set_pattern("%Y-%m-%dT%H:%M:%S.%e %l [%t] %v");
        g_logger->sinks().push_back(file);
    } catch (const spdlog::spdlog_ex &e) {
        qWarning("log file not opened: %s", e.what());
        return false;
    }
    return true;
}

void shutdown()
{
    if (g_logger)
        g_logger->flush();
    qInstallMessageHandler(nullptr);
    g_logger.reset();
}

namespace {

QMutex g_watchMutex;
QStringList *g_watched = nullptr;
QtMessageHandler g_beforeWatch = nullptr;

void watchHandler(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
{
    if (type != QtDebugMsg && type != QtInfoMsg &&
        QmlWarningWatch::isQmlWarning(ctx.category, msg)) {
        QMutexLocker lock(&g_watchMutex);
        if (g_watched)
            g_watched->append(msg);
    }
    if (g_beforeWatch)
        g_beforeWatch(type, ctx, msg);
}

} // namespace

QmlWarningWatch::QmlWarningWatch()
{
    QMutexLocker lock(&g_watchMutex);
    Q_ASSERT(!g_watched);
    g_watched = new QStringList;
    g_beforeWatch = qInstallMessageHandler(watchHandler);
}

QmlWarningWatch::~QmlWarningWatch()
{
    qInstallMessageHandler(g_beforeWatch);
    QMutexLocker lock(&g_watchMutex);
    delete g_watched;
    g_watched = nullptr;
    g_beforeWatch = nullptr;
}

void QmlWarningWatch::reinstall()
{
    QMutexLocker lock(&g_watchMutex);
    const QtMessageHandler current = qInstallMessageHandler(watchHandler);
    if (current != watchHandler)
        g_beforeWatch = current;
}

QStringList QmlWarningWatch::warnings() const
{
    QMutexLocker lock(&g_watchMutex);
    return g_watched ? *g_watched : QStringList();
}

bool QmlWarningWatch::isQmlWarning(const char *category, const QString &message)
{
    const QLatin1String cat(category ? category : "");
    if (cat == QLatin1String("qml") || cat == QLatin1String("js") ||
        cat.startsWith(QLatin1String("qt.qml")) || cat.startsWith(QLatin1String("qt.quick")))
        return true;
    static const QRegularExpression pattern(QStringLiteral(
        R"(\.qml:\d+|ReferenceError|TypeError|Binding loop|Unable to assign|Cannot read property|)"
        R"(is not defined|DelegateModel::|QQuickStyle::|Cannot anchor|Detected anchors)"));
    return pattern.match(message).hasMatch();
}

} // namespace so::logging
