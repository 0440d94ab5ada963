// Drives the real `lots` executable through the test inspector (LOTS_INSPECTOR): setup,
// lock, a wrong and a right passcode, a new case, the case page, settings; checks that no
// case page exists while locked; writes screenshots at phone (390x844) and tablet
// (1280x800) size into <build>/screenshots/.

#include "crypto/vault.h"
#include "store/session.h"

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

class TstAppFlow : public QObject {
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

private slots:
    void initTestCase() {
        QVERIFY(m_data.isValid());
        m_shots = QDir(QStringLiteral(LOTS_BINARY_DIR "/screenshots"));
        QVERIFY(m_shots.mkpath(QStringLiteral(".")));
        QVERIFY2(startApp(m_data.path()), "lots did not start or has no inspector socket");
    }

    void setupScreen() {
        QVERIFY(waitFor(QStringLiteral("setupPage")));
        QVERIFY(!exists(QStringLiteral("shell")));
        shootBoth(QStringLiteral("1-setup"), QStringLiteral("setupPage"));

        // A bad input gets a message and no installation.
        QVERIFY(setText(QStringLiteral("setupDeviceName"), QStringLiteral("Patrol car 3")));
        QVERIFY(click(QStringLiteral("setupButton")));
        QCOMPARE(text(QStringLiteral("setupMessage")), QStringLiteral("Choose your role."));
        QVERIFY(screenshot(QStringLiteral("phone-1-setup-message")));

        QVERIFY(click(QStringLiteral("setupRole_police")));
        QVERIFY(setText(QStringLiteral("setupPasscode"), QStringLiteral("204060")));
        QVERIFY(setText(QStringLiteral("setupConfirmation"), QStringLiteral("204060")));
        QVERIFY(click(QStringLiteral("setupButton")));
        QVERIFY(waitFor(QStringLiteral("caseListPage"), 30000)); // standard KDF: slow
        QVERIFY(QFile::exists(m_data.filePath(QStringLiteral("lots.key"))));
    }

    void emptyCaseList() {
        QVERIFY(waitFor(QStringLiteral("caseListEmpty")));
        shootBoth(QStringLiteral("3-caselist-empty-light"), QStringLiteral("caseListEmpty"));
    }

    void lockThenWrongThenRightPasscode() {
        QVERIFY(click(QStringLiteral("caseListLockButton")));
        QVERIFY(waitFor(QStringLiteral("unlockPage")));
        QVERIFY(!exists(QStringLiteral("shell")));
        QVERIFY(!exists(QStringLiteral("caseListPage")));
        shootBoth(QStringLiteral("2-unlock"), QStringLiteral("unlockPage"));

        QVERIFY(setText(QStringLiteral("unlockPasscode"), QStringLiteral("999999")));
        QVERIFY(click(QStringLiteral("unlockButton")));
        QVERIFY(waitFor(QStringLiteral("unlockMessage"), 30000));
        const QString message = text(QStringLiteral("unlockMessage"));
        QVERIFY2(message.startsWith(QStringLiteral("Wrong passcode.")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("9")), qPrintable(message));
        QCOMPARE(text(QStringLiteral("unlockPasscode")), QString()); // cleared after use
        shootBoth(QStringLiteral("2-unlock-wrong-passcode"), QStringLiteral("unlockMessage"));

        QVERIFY(waitFor(QStringLiteral("unlockButton")));
        QVERIFY(setText(QStringLiteral("unlockPasscode"), QStringLiteral("204060")));
        QVERIFY(click(QStringLiteral("unlockButton")));
        QVERIFY(waitFor(QStringLiteral("caseListPage"), 30000));
    }

    void goingToTheBackgroundLocks() {
        QVERIFY(ok(cmd(QStringLiteral("minimize"))));
        QVERIFY(waitFor(QStringLiteral("unlockPage")));
        QVERIFY(!exists(QStringLiteral("caseListPage")));
        QVERIFY(ok(cmd(QStringLiteral("restore"))));
        QVERIFY(resize(PhoneWidth, PhoneHeight));
        QVERIFY(setText(QStringLiteral("unlockPasscode"), QStringLiteral("204060")));
        QVERIFY(click(QStringLiteral("unlockButton")));
        QVERIFY(waitFor(QStringLiteral("caseListPage"), 30000));
    }

    void newCaseOpensCasePage() {
        QVERIFY(click(QStringLiteral("newCaseButton")));
        QVERIFY(waitFor(QStringLiteral("newCasePage")));
        QVERIFY(setText(QStringLiteral("newCaseReference"), QStringLiteral("5000-K123456-26")));
        QVERIFY(screenshot(QStringLiteral("phone-4-new-case")));
        QVERIFY(click(QStringLiteral("newCaseOpenButton")));
        QVERIFY(waitFor(QStringLiteral("casePage")));
        QCOMPARE(text(QStringLiteral("caseTitle")), QStringLiteral("Case 5000-K123456-26"));
        for (const char *section :
             {"persons", "signs", "notes", "injuries", "actionPlan", "contacts"})
            QVERIFY2(exists(QStringLiteral("section_") + QLatin1String(section)), section);
        shootBoth(QStringLiteral("5-case-light"), QStringLiteral("casePage"));
    }

    void caseListWithACase() {
        QVERIFY(click(QStringLiteral("caseBackButton")));
        QVERIFY(waitFor(QStringLiteral("caseRow_0")));
        QVERIFY(!exists(QStringLiteral("casePage")));
        QVERIFY(screenshot(QStringLiteral("phone-3-caselist-one-light")));
        QVERIFY(resize(TabletWidth, TabletHeight));
        QVERIFY(click(QStringLiteral("caseRow_0")));
        QVERIFY(waitFor(QStringLiteral("casePage")));
        QVERIFY(screenshot(QStringLiteral("tablet-3-caselist-one-light")));
        QVERIFY(resize(PhoneWidth, PhoneHeight));
        QVERIFY(waitFor(QStringLiteral("casePage"))); // the open case survives the layout switch
        QVERIFY(click(QStringLiteral("caseBackButton")));
        QVERIFY(waitFor(QStringLiteral("caseRow_0")));
    }

    void settingsAndDarkTheme() {
        QVERIFY(click(QStringLiteral("caseListSettingsButton")));
        QVERIFY(waitFor(QStringLiteral("settingsPage")));
        QVERIFY(screenshot(QStringLiteral("phone-6-settings-light")));
        QVERIFY(click(QStringLiteral("theme_dark")));
        QVERIFY(screenshot(QStringLiteral("phone-6-settings-dark")));
        QVERIFY(resize(TabletWidth, TabletHeight));
        QVERIFY(click(QStringLiteral("caseListSettingsButton")));
        QVERIFY(waitFor(QStringLiteral("settingsPage")));
        QVERIFY(screenshot(QStringLiteral("tablet-6-settings-dark")));
        QVERIFY(click(QStringLiteral("caseRow_0")));
        QVERIFY(waitFor(QStringLiteral("casePage")));
        QVERIFY(screenshot(QStringLiteral("tablet-5-case-dark")));
        QVERIFY(resize(PhoneWidth, PhoneHeight));
        QVERIFY(waitFor(QStringLiteral("casePage")));
        QVERIFY(screenshot(QStringLiteral("phone-5-case-dark")));
        QVERIFY(click(QStringLiteral("caseBackButton")));
        QVERIFY(waitFor(QStringLiteral("caseRow_0")));
        QVERIFY(screenshot(QStringLiteral("phone-3-caselist-one-dark")));
        QVERIFY(resize(TabletWidth, TabletHeight));
        QVERIFY(waitFor(QStringLiteral("noCasePage")));
        QVERIFY(screenshot(QStringLiteral("tablet-3-caselist-one-dark")));
        QVERIFY(resize(PhoneWidth, PhoneHeight));
    }

    void swedish() {
        QVERIFY(click(QStringLiteral("caseListSettingsButton")));
        QVERIFY(waitFor(QStringLiteral("settingsPage")));
        QVERIFY(click(QStringLiteral("language_sv")));
        QCOMPARE(text(QStringLiteral("settingsTitle")), QStringLiteral("Inställningar"));
        QVERIFY(screenshot(QStringLiteral("phone-7-settings-sv-dark")));
        QVERIFY(click(QStringLiteral("settingsBackButton")));
        QVERIFY(waitFor(QStringLiteral("caseRow_0")));
        QVERIFY(screenshot(QStringLiteral("phone-7-caselist-sv-dark")));
        QVERIFY(click(QStringLiteral("caseRow_0")));
        QVERIFY(waitFor(QStringLiteral("casePage")));
        QVERIFY(screenshot(QStringLiteral("phone-7-case-sv-dark")));
    }

    void lockDestroysCasePage() {
        QVERIFY(exists(QStringLiteral("casePage")));
        QVERIFY(click(QStringLiteral("caseLockButton")));
        QVERIFY(waitFor(QStringLiteral("unlockPage")));
        // Destroyed, not covered: no object of the unlocked shell exists any more.
        QVERIFY(!exists(QStringLiteral("casePage")));
        QVERIFY(!exists(QStringLiteral("caseList")));
        QVERIFY(!exists(QStringLiteral("shell")));
        QVERIFY(!exists(QStringLiteral("caseReference")));
        QVERIFY(screenshot(QStringLiteral("phone-2-unlock-sv-dark")));
    }

    void wipedDevice() {
        stopApp();
        // Ten wrong passcodes, each after its waiting time (the vault takes the clock).
        lots::Vault vault(lots::DataDir{m_data.path()}.keyFile());
        qint64 now = QDateTime::currentMSecsSinceEpoch();
        QByteArray wrong("00000000");
        const lots::SecureBytes secret = lots::SecureBytes::takeFrom(wrong);
        for (int i = 0; i < lots::Vault::MaxFailures; ++i) {
            now += 24LL * 3600 * 1000;
            vault.unlock(secret, now);
        }
        QVERIFY(vault.isWiped());

        QVERIFY(startApp(m_data.path()));
        QVERIFY(waitFor(QStringLiteral("wipedExplanation")));
        // The preferences (Swedish, dark) from the earlier steps survive the restart.
        QCOMPARE(text(QStringLiteral("unlockTitle")),
                 QStringLiteral("Uppgifterna på den här enheten är borta"));
        QVERIFY(!cmd(QStringLiteral("find"), QStringLiteral("unlockButton"))
                     .value(QLatin1String("visible"))
                     .toBool());
        shootBoth(QStringLiteral("8-wiped-sv-dark"), QStringLiteral("wipedExplanation"));
    }

    void cleanupTestCase() { stopApp(); }
};

QTEST_GUILESS_MAIN(TstAppFlow)
#include "tst_app_flow.moc"
