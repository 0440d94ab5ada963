// Screenshots of the acute-phase guide from the real `lots` executable driven through the
// test inspector: the action plan on a police device and on a health-care device, the
// deadlines on the case list, the contacts (phone 390x844 and tablet 1280x800, into
// <build>/screenshots/acute-*). Everything is entered through the UI, as a user would.

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

class TstAcuteScreens : public lots::test::AppDriver {
    Q_OBJECT

private:
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
        const QDateTime when = hoursAgo < 0
                                   ? QDateTime(QDate::currentDate().addDays(-1), QTime(12, 0))
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
        QVERIFY(
            setText(QStringLiteral("taskNote"), QStringLiteral("Told her with an interpreter")));
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
