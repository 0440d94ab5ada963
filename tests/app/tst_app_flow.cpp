// Drives the real `lots` executable through the test inspector (LOTS_INSPECTOR): setup,
// lock, a wrong and a right passcode, a new case, the case page, settings; checks that no
// case page exists while locked; writes screenshots at phone (390x844) and tablet
// (1280x800) size into <build>/screenshots/.

#include "crypto/vault.h"
#include "store/session.h"

#include "app_driver.h"

#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

class TstAppFlow : public lots::test::AppDriver {
    Q_OBJECT

private:
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
