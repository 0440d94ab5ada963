// Screenshots of the acute-phase guide from the real `lots` executable driven through the
// test inspector: the action plan on a police device and on a health-care device, the
// deadlines on the case list, the contacts (phone 390x844 and tablet 1280x800, into
// <build>/screenshots/acute-*). Everything is entered through the UI, as a user would.

#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {

constexpr int PhoneWidth = 390;
constexpr int PhoneHeight = 844;
constexpr int TabletWidth = 1280;
constexpr int TabletHeight = 800;

} // namespace

class TstAcuteScreens : public QObject {
    Q_OBJECT

private:
    QJsonObject call(QJsonObject request, int timeoutMs = 30000) {
        request.insert(QLatin1String("id"), ++m_nextId);
        m_socket.write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
        m_socket.flush();
        QElapsedTimer timer;
        timer.start();
        while (!m_socket.canReadLine()) {
            if (timer.elapsed() > timeoutMs || m_socket.state() != QLocalSocket::ConnectedState)
                return {{QLatin1String("ok"), false},
                        {QLatin1String("error"), QStringLiteral("no answer")}};
            m_socket.waitForReadyRead(100);
        }
        return QJsonDocument::fromJson(m_socket.readLine()).object();
    }

    QJsonObject cmd(const QString &name, const QString &objectName = {}, QJsonObject extra = {},
                    int timeoutMs = 30000) {
        extra.insert(QLatin1String("cmd"), name);
        if (!objectName.isEmpty())
            extra.insert(QLatin1String("objectName"), objectName);
        return call(extra, timeoutMs);
    }

    bool ok(const QJsonObject &response) {
        if (!response.value(QLatin1String("ok")).toBool())
            qWarning() << "inspector:" << response;
        return response.value(QLatin1String("ok")).toBool();
    }

    bool waitFor(const QString &objectName, int timeoutMs = 15000) {
        return ok(cmd(QStringLiteral("waitFor"), objectName,
                      {{QLatin1String("timeoutMs"), timeoutMs}}, timeoutMs + 5000));
    }
    bool exists(const QString &objectName) {
        return cmd(QStringLiteral("find"), objectName).value(QLatin1String("found")).toBool();
    }
    bool click(const QString &objectName) { return ok(cmd(QStringLiteral("click"), objectName)); }
    bool setText(const QString &objectName, const QString &text) {
        return ok(cmd(QStringLiteral("setText"), objectName, {{QLatin1String("text"), text}}));
    }
    QString text(const QString &objectName) {
        return cmd(QStringLiteral("property"), objectName,
                   {{QLatin1String("name"), QStringLiteral("text")}})
            .value(QLatin1String("value"))
            .toString();
    }
    bool resize(int width, int height) {
        return ok(cmd(QStringLiteral("resize"), {},
                      {{QLatin1String("width"), width}, {QLatin1String("height"), height}}));
    }
    bool screenshot(const QString &name) {
        const QString path = m_shots.filePath(name + QStringLiteral(".png"));
        QFile::remove(path);
        return ok(cmd(QStringLiteral("screenshot"), {}, {{QLatin1String("path"), path}})) &&
               QFile::exists(path);
    }
    // Phone shot, then the same screen at tablet size (waiting for `settle`), then back.
    void shootBoth(const QString &name, const QString &settle) {
        QVERIFY(waitFor(settle));
        QVERIFY(screenshot(QStringLiteral("phone-") + name));
        QVERIFY(resize(TabletWidth, TabletHeight));
        QVERIFY(waitFor(settle));
        QVERIFY(screenshot(QStringLiteral("tablet-") + name));
        QVERIFY(resize(PhoneWidth, PhoneHeight));
        QVERIFY(waitFor(settle));
    }

    QTemporaryDir m_data;
    QProcess m_app;
    QLocalSocket m_socket;
    QDir m_shots;
    int m_nextId = 0;

    bool startApp(const QString &dataDir) {
        const QString server =
            QStringLiteral("lots-test-") + QUuid::createUuid().toString(QUuid::Id128);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("LOTS_DATA_DIR"), dataDir);
        env.insert(QStringLiteral("LOTS_INSPECTOR"), server);
        env.insert(QStringLiteral("LANG"), QStringLiteral("en_GB.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        m_app.setProcessEnvironment(env);
        m_app.setProcessChannelMode(QProcess::ForwardedChannels);
        m_app.start(QStringLiteral(LOTS_APP_PATH), {});
        if (!m_app.waitForStarted(10000))
            return false;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 20000) {
            m_socket.connectToServer(server);
            if (m_socket.waitForConnected(200))
                break;
            QTest::qWait(100);
        }
        return m_socket.state() == QLocalSocket::ConnectedState && resize(PhoneWidth, PhoneHeight);
    }

    void stopApp() {
        if (m_socket.state() == QLocalSocket::ConnectedState)
            cmd(QStringLiteral("quit"));
        m_socket.disconnectFromServer();
        if (!m_app.waitForFinished(10000))
            m_app.kill();
    }

    // setup with a role, at phone size
    void setupAs(const char *role, const QString &device) {
        QVERIFY(waitFor(QStringLiteral("setupPage")));
        QVERIFY(setText(QStringLiteral("setupDeviceName"), device));
        QVERIFY(click(QStringLiteral("setupRole_") + QLatin1String(role)));
        QVERIFY(setText(QStringLiteral("setupPasscode"), QStringLiteral("204060")));
        QVERIFY(setText(QStringLiteral("setupConfirmation"), QStringLiteral("204060")));
        QVERIFY(click(QStringLiteral("setupButton")));
        QVERIFY(waitFor(QStringLiteral("caseListPage"), 30000));
    }
    void newCase(const QString &reference) {
        QVERIFY(click(QStringLiteral("newCaseButton")));
        QVERIFY(waitFor(QStringLiteral("newCasePage")));
        QVERIFY(setText(QStringLiteral("newCaseReference"), reference));
        QVERIFY(click(QStringLiteral("newCaseOpenButton")));
        QVERIFY(waitFor(QStringLiteral("casePage")));
    }
    void addPerson(const QString &label, const char *age) {
        QVERIFY(click(QStringLiteral("addPersonButton")));
        QVERIFY(waitFor(QStringLiteral("personFormPage")));
        QVERIFY(setText(QStringLiteral("personLabelField"), label));
        QVERIFY(click(QStringLiteral("personAge_") + QLatin1String(age)));
        QVERIFY(click(QStringLiteral("personSaveButton")));
        QVERIFY(waitFor(QStringLiteral("casePage")));
    }
    // Report of concern received `hoursAgo` hours ago, through the case facts page.
    void reportReceived(int hoursAgo) {
        QVERIFY(click(QStringLiteral("actionPlanFacts")));
        QVERIFY(waitFor(QStringLiteral("caseFactsPage")));
        const QDateTime when =
            hoursAgo < 0 ? QDateTime(QDate::currentDate().addDays(-1), QTime(12, 0))
                         : QDateTime::currentDateTime().addSecs(-3600LL * hoursAgo);
        const QString at = when.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        QVERIFY(setText(QStringLiteral("fact_report-received_time"), at));
        QVERIFY(click(QStringLiteral("fact_report-received_record")));
        QVERIFY(waitFor(QStringLiteral("fact_report-received_clear")));
        QVERIFY(click(QStringLiteral("caseFactsBackButton")));
        QVERIFY(waitFor(QStringLiteral("casePage")));
    }
    // The plan at phone size, then at tablet size (the layout switch shows the case page
    // again: open the plan there too), back at phone size on the case page.
    void shootPlan(const QString &name, const QString &task) {
        QVERIFY(click(QStringLiteral("actionPlanOpen")));
        QVERIFY(waitFor(QStringLiteral("actionPlanPage")));
        QVERIFY(waitFor(task));
        QVERIFY(screenshot(QStringLiteral("phone-") + name));
        QVERIFY(resize(TabletWidth, TabletHeight));
        QVERIFY(waitFor(QStringLiteral("casePage")));
        QVERIFY(click(QStringLiteral("actionPlanOpen")));
        QVERIFY(waitFor(QStringLiteral("actionPlanPage")));
        QVERIFY(waitFor(task));
        QVERIFY(screenshot(QStringLiteral("tablet-") + name));
        QVERIFY(resize(PhoneWidth, PhoneHeight));
        QVERIFY(waitFor(QStringLiteral("casePage")));
    }
    void backToList() {
        QVERIFY(click(QStringLiteral("caseBackButton")));
        QVERIFY(waitFor(QStringLiteral("caseListPage")));
    }

private slots:
    void initTestCase() {
        m_shots = QDir(QStringLiteral(LOTS_BINARY_DIR "/screenshots"));
        QVERIFY(m_shots.mkpath(QStringLiteral(".")));
    }

    void police() {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        QVERIFY2(startApp(data.path()), "lots did not start or has no inspector socket");
        setupAs("police", QStringLiteral("Patrol car 3"));

        // Three cases: overdue, due today, none.
        newCase(QStringLiteral("5000-K100-26"));
        backToList();
        newCase(QStringLiteral("5000-K200-26"));
        reportReceived(-1); // yesterday at noon: due today
        backToList();
        newCase(QStringLiteral("5000-K300-26"));
        addPerson(QStringLiteral("Girl A"), "child");
        addPerson(QStringLiteral("Woman B"), "adult");
        reportReceived(50);

        shootPlan(QStringLiteral("acute-1-plan-police"), QStringLiteral("ownTask_police.19"));
        QVERIFY(click(QStringLiteral("actionPlanOpen")));
        QVERIFY(waitFor(QStringLiteral("actionPlanPage")));
        QVERIFY(click(QStringLiteral("planTabOthers")));
        QVERIFY(waitFor(QStringLiteral("planOthersList")));
        QVERIFY(screenshot(QStringLiteral("phone-acute-1-plan-police-others")));

        QVERIFY(click(QStringLiteral("planTabOwn")));
        QVERIFY(click(QStringLiteral("ownTask_police.13")));
        QVERIFY(waitFor(QStringLiteral("taskPage")));
        QVERIFY(setText(QStringLiteral("taskNote"), QStringLiteral("Told her with an interpreter")));
        QVERIFY(click(QStringLiteral("taskDone")));
        QVERIFY(waitFor(QStringLiteral("taskHistory_0")));
        QVERIFY(screenshot(QStringLiteral("phone-acute-2-task-done")));
        QVERIFY(click(QStringLiteral("taskBackButton")));
        QVERIFY(waitFor(QStringLiteral("actionPlanPage")));
        QVERIFY(click(QStringLiteral("actionPlanBackButton")));
        QVERIFY(waitFor(QStringLiteral("casePage")));

        // Contacts (a child in the case: the children's coordinator first).
        QCOMPARE(text(QStringLiteral("contactName_0")), QStringLiteral("Jenny Selenius"));
        QVERIFY(click(QStringLiteral("contactName_3")));
        shootBoth(QStringLiteral("acute-4-contacts"), QStringLiteral("contactName_0"));

        backToList();
        QVERIFY(waitFor(QStringLiteral("dueBannerText")));
        QVERIFY(text(QStringLiteral("caseRowDue_0")).contains(QStringLiteral("overdue")));
        QVERIFY(text(QStringLiteral("caseRowDue_1")).contains(QStringLiteral("due ")));
        shootBoth(QStringLiteral("acute-3-caselist-deadlines"), QStringLiteral("caseRow_0"));
        stopApp();
    }

    void healthCare() {
        stopApp();
        QTemporaryDir data;
        QVERIFY(data.isValid());
        QVERIFY2(startApp(data.path()), "lots did not start or has no inspector socket");
        setupAs("health-care", QStringLiteral("ER tablet 2"));
        newCase(QStringLiteral("ER-2026-118"));
        addPerson(QStringLiteral("Woman A"), "adult");
        shootPlan(QStringLiteral("acute-2-plan-health-care"), QStringLiteral("ownTask_health.6"));
        stopApp();
    }

    void cleanupTestCase() { stopApp(); }
};

QTEST_GUILESS_MAIN(TstAcuteScreens)

#include "tst_acute_screens.moc"
