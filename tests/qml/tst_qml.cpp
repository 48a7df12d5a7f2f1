// Runs every tst_*.qml here against the real services on a fresh demo station database.
#include "AppServices.h"
#include "Logging.h"
#include "MainWindow.h"
#include "Outbox.h"
#include "RecordCodec.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QUuid>
#include <QtQuickTest>
#include <cstdio>

// Device input for the QML tests: what a serial line would deliver, fed to the real engine;
// and what another tablet's batch file would bring.
class TestDevices : public QObject
{
    Q_OBJECT
public:
    TestDevices(so::alarms::AlarmEngine &engine, so::AppServices &app)
        : m_engine(engine), m_app(app)
    {
    }
    // Another tablet's copy of an incident logged here comes back with another description:
    // the real ingest keeps it apart as a conflict. Returns the conflicts the import found.
    Q_INVOKABLE int arriveAtOdds(const QString &description)
    {
        so::incidents::NewIncident n;
        n.location = QStringLiteral("concourse");
        n.category = QStringLiteral("complaint");
        n.subtype = QStringLiteral("facilities");
        n.channel = QStringLiteral("in_person");
        n.description = QStringLiteral("广播太吵");
        auto id = m_app.incidents().log({QStringLiteral("1001"), so::Role::Agent, false}, n);
        auto batch = id ? so::sync::Outbox::collect(m_app.core())
                        : so::Result<so::sync::Batch>(so::fail(id.error()));
        if (!batch)
            return -1;
        for (so::sync::SyncRecord &r : batch->records) {
            if (r.id == *id) {
                r.body.insert(QStringLiteral("description"), description);
                r.sha256 = r.computeSha256();
            }
        }
        auto in = m_app.ingest().apply(*batch, QStringLiteral("tablet-b.json"));
        return in ? in->conflicts : -1;
    }
    // Another tablet changed this person's record at the same time as this one: a second
    // version of the same parent arrives, with another English name. Returns the pairs listed.
    Q_INVOKABLE int anotherVersionArrives(const QString &staffNo, const QString &nameEn)
    {
        const so::RecordKind *kind = m_app.core().records().find(QStringLiteral("staff_version"));
        auto head = m_app.core().db().column(
            QStringLiteral("SELECT id FROM staff WHERE staff_no=?"), {staffNo});
        auto held = kind && head && !head->isEmpty()
                        ? so::sync::RecordCodec::find(m_app.core().db(), *kind, head->first())
                        : so::Result<std::optional<so::sync::SyncRecord>>(
                              so::fail(QStringLiteral("no such person")));
        if (!held || !held->has_value())
            return -1;
        so::sync::SyncRecord r = **held;
        r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        r.device = QUuid::createUuid().toString(QUuid::WithoutBraces);
        r.deviceSeq = 1;
        r.createdAt = QDateTime::currentMSecsSinceEpoch() -
                      60000; // a minute earlier: this tablet's stays in force
        r.createdBy = QStringLiteral("9001");
        r.body.insert(QStringLiteral("name_en"), nameEn);
        r.sha256 = r.computeSha256();
        so::sync::Batch b;
        b.station = m_app.core().config().code;
        b.device = r.device;
        b.madeAt = QDateTime::currentMSecsSinceEpoch();
        b.records << r;
        if (!m_app.ingest().apply(b, QStringLiteral("tablet-c.json")))
            return -1;
        return int(m_app.core()
                       .db()
                       .scalar(QStringLiteral(
                           "SELECT COUNT(*) FROM sync_conflict WHERE reason='same_parent'"))
                       .value());
    }
    // A pictures folder as the camera app leaves it: `count` photos (PNG, 640x480), or none.
    Q_INVOKABLE QUrl makePictures(int count)
    {
        const QString dir = m_pictures.filePath(QStringLiteral("pictures%1").arg(++m_folders));
        QDir().mkpath(dir);
        for (int i = 0; i < count; ++i) {
            QImage image(640, 480, QImage::Format_RGB32);
            image.fill(QColor::fromHsv((i * 40) % 360, 160, 220));
            const QString file =
                dir + QStringLiteral("/IMG_%1.png").arg(i, 4, 10, QLatin1Char('0'));
            image.save(file);
            // Taken a minute apart, the last one newest.
            QFile f(file);
            f.open(QIODevice::ReadWrite);
            f.setFileTime(QDateTime::currentDateTime().addSecs(60 * (i - count)),
                          QFileDevice::FileModificationTime);
        }
        return QUrl::fromLocalFile(dir);
    }
    // An empty file, as a photo saved a moment ago would leave.
    Q_INVOKABLE void touch(const QString &file)
    {
        QFile f(file);
        f.open(QIODevice::WriteOnly);
    }
    Q_INVOKABLE void send(const QString &device, const QString &point, const QString &asset,
                          bool raise)
    {
        so::alarms::DecodedEvent e;
        e.device = device;
        e.point = point;
        e.asset = asset;
        e.kind = raise ? so::alarms::EventKind::Raise : so::alarms::EventKind::Clear;
        e.receipt.linkId = QStringLiteral("qml-test");
        e.receipt.utcMs = QDateTime::currentMSecsSinceEpoch();
        e.receipt.raw = QByteArrayLiteral("qml-test");
        m_engine.ingest({e}, {});
    }

private:
    so::alarms::AlarmEngine &m_engine;
    so::AppServices &m_app;
    QTemporaryDir m_pictures;
    int m_folders = 0;
};

// Lets each test file put the QML warning watch in front of Qt Test's message handler, which
// Qt Test installs when a file's tests start and which passes nothing on.
class TestWatch : public QObject
{
    Q_OBJECT
public:
    explicit TestWatch(so::logging::QmlWarningWatch &watch) : m_watch(watch) {}
    Q_INVOKABLE void install() { m_watch.reinstall(); }

    // Every visible item a finger can act on under `root` that is smaller than `min` px either
    // way, as "name (type) WxH": buttons and other controls, text fields, mouse areas and
    // items with a tap handler. Hidden subtrees and zero-sized items (laid out away) are skipped.
    Q_INVOKABLE QStringList smallTargets(QQuickItem *root, int min) const
    {
        QStringList out;
        walk(root, min, out);
        return out;
    }

    // The text of every visible Text or Label under `root`, as "name: text".
    Q_INVOKABLE QStringList visibleTexts(QQuickItem *root) const
    {
        QStringList out;
        collectTexts(root, out);
        return out;
    }

private:
    static void collectTexts(QQuickItem *item, QStringList &out)
    {
        if (!item || !item->isVisible() || item->opacity() <= 0.0)
            return;
        if (item->inherits("QQuickText") && item->width() > 0) {
            const QString text = item->property("text").toString();
            if (!text.trimmed().isEmpty()) {
                QString name = item->objectName();
                for (QQuickItem *up = item->parentItem(); name.isEmpty() && up;
                     up = up->parentItem())
                    if (!up->objectName().isEmpty())
                        name = up->objectName();
                out << name + QStringLiteral(": ") + text;
            }
        }
        for (QQuickItem *child : item->childItems())
            collectTexts(child, out);
    }
    static bool isA(const QObject *o, std::initializer_list<const char *> classes)
    {
        for (const char *c : classes)
            if (o->inherits(c))
                return true;
        return false;
    }
    static bool interactive(const QQuickItem *item)
    {
        if (!item->isEnabled())
            return false;
        if (isA(item, {"QQuickAbstractButton", "QQuickComboBox", "QQuickSpinBox", "QQuickSlider",
                       "QQuickTextField", "QQuickSwitch"}))
            return true;
        if (item->inherits("QQuickMouseArea"))
            return true;
        for (const QObject *child : item->children())
            if (child->inherits("QQuickTapHandler") && child->property("enabled").toBool())
                return true;
        return false;
    }
    static void walk(QQuickItem *item, int min, QStringList &out)
    {
        if (!item || !item->isVisible() || item->opacity() <= 0.0)
            return;
        if (item->width() > 0 && item->height() > 0 && interactive(item) &&
            (item->width() < min || item->height() < min)) {
            QString name = item->objectName();
            for (QQuickItem *up = item->parentItem(); name.isEmpty() && up; up = up->parentItem())
                if (!up->objectName().isEmpty())
                    name = QStringLiteral("inside ") + up->objectName();
            const QString text = item->property("text").toString().left(30);
            out << QStringLiteral("%1 (%2%3) %4x%5")
                       .arg(name, QString::fromLatin1(item->metaObject()->className()),
                            text.isEmpty() ? QString() : QStringLiteral(" \"%1\"").arg(text))
                       .arg(item->width())
                       .arg(item->height());
        }
        for (QQuickItem *child : item->childItems())
            walk(child, min, out);
    }

    so::logging::QmlWarningWatch &m_watch;
};

class Setup : public QObject
{
    Q_OBJECT
public:
    Setup() = default;

public Q_SLOTS:
    void applicationAvailable()
    {
        // Before any QML that imports Qt Quick Controls is loaded.
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
        auto app = so::AppServices::build(so::test::demoConfigDir(), m_dir.path());
        if (!app)
            qFatal("%s", qPrintable(app.error()));
        m_app = app.take();
        if (!m_app->seedDemo())
            qFatal("demo seed failed");
        m_app->publishToQml();
        m_devices = std::make_unique<TestDevices>(m_app->alarmSystem().engine(), *m_app);
        qmlRegisterSingletonInstance("StationOps.Test", 1, 0, "TestDevices", m_devices.get());
        m_watch = std::make_unique<so::logging::QmlWarningWatch>();
        m_testWatch = std::make_unique<TestWatch>(*m_watch);
        qmlRegisterSingletonInstance("StationOps.Test", 1, 0, "TestWatch", m_testWatch.get());
    }
    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(QStringLiteral("qrc:/")); }
    void cleanupTestCase()
    {
        // The watch goes before Qt Test restores the handlers it replaced.
        if (m_watch)
            m_seen = m_watch->warnings();
        m_testWatch.reset();
        m_watch.reset();
        m_devices.reset();
        m_app.reset();
    }

    QStringList qmlWarnings() const { return m_watch ? m_watch->warnings() : m_seen; }

private:
    std::unique_ptr<so::logging::QmlWarningWatch> m_watch;
    std::unique_ptr<TestWatch> m_testWatch;
    QStringList m_seen;
    QTemporaryDir m_dir;
    std::unique_ptr<so::AppServices> m_app;
    std::unique_ptr<TestDevices> m_devices;
};

// A QML warning anywhere, even outside a test function, fails the run: each test also fails
// on one itself (StationTestCase.qml), and this catches what happens between them.
int main(int argc, char **argv)
{
    QTEST_SET_MAIN_SOURCE_PATH
    Setup setup;
    int code = quick_test_main_with_setup(argc, argv, "stationops", QUICK_TEST_SOURCE_DIR, &setup);
    const QStringList warnings = setup.qmlWarnings();
    if (!warnings.isEmpty()) {
        std::fprintf(stderr, "FAIL: %lld QML warning(s) while the screens were tested:\n",
                     static_cast<long long>(warnings.size()));
        for (const QString &w : warnings)
            std::fprintf(stderr, "  %s\n", qPrintable(w));
        code = code ? code : 1;
    }
    return code;
}
#include "tst_qml.moc"
