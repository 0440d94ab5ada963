// Screenshots of the field documentation (H7), from the real `lots` executable driven
// through the test inspector: the case overview, the sign checklist, a protected note
// masked and revealed, the body map with three markers, at 390x844 and 1280x800, into
// <build>/screenshots/ (phone-field-*, tablet-field-*). Positions replay an NMEA log.

#include "app_driver.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <algorithm>

class TstFieldScreens : public lots::test::AppDriver {
    Q_OBJECT

private:
    QJsonObject find(const QString &objectName) { return cmd(QStringLiteral("find"), objectName); }
    bool clickAt(const QString &objectName, double fx, double fy) {
        return ok(cmd(QStringLiteral("click"), objectName,
                      {{QLatin1String("fx"), fx}, {QLatin1String("fy"), fy}}));
    }
    QJsonValue property(const QString &objectName, const QString &name) {
        return cmd(QStringLiteral("property"), objectName, {{QLatin1String("name"), name}})
            .value(QLatin1String("value"));
    }
    bool setProperty(const QString &objectName, const QString &name, const QJsonValue &value) {
        return ok(cmd(QStringLiteral("setProperty"), objectName,
                      {{QLatin1String("name"), name}, {QLatin1String("value"), value}}));
    }
    // Scrolls the case page so that `objectName` is near the top of the window.
    bool scrollCaseTo(const QString &objectName) {
        const QJsonObject item = find(objectName);
        if (!item.value(QLatin1String("found")).toBool())
            return false;
        const double contentY =
            property(QStringLiteral("caseScroll"), QStringLiteral("contentY")).toDouble();
        const double target =
            std::max(0.0, contentY + item.value(QLatin1String("y")).toDouble() - 160);
        return setProperty(QStringLiteral("caseScroll"), QStringLiteral("contentY"), target);
    }
    bool reveal(const QString &trigger) {
        return click(trigger) && waitFor(QStringLiteral("revealPasscode")) &&
               setText(QStringLiteral("revealPasscode"), QStringLiteral("204060")) &&
               click(QStringLiteral("revealConfirmButton")) &&
               ok(cmd(QStringLiteral("waitFor"), QStringLiteral("revealPasscode"),
                      {{QLatin1String("gone"), true}, {QLatin1String("timeoutMs"), 20000}}, 25000));
    }
    bool addPerson(const QString &label, const QString &age, const QString &estimatedAge) {
        return click(QStringLiteral("addPersonButton")) &&
               waitFor(QStringLiteral("personFormPage")) &&
               setText(QStringLiteral("personLabelField"), label) &&
               click(QStringLiteral("personAge_") + age) &&
               (estimatedAge.isEmpty() ||
                setText(QStringLiteral("personEstimatedAge"), estimatedAge)) &&
               setText(QStringLiteral("personLanguages"), QStringLiteral("Romanian")) &&
               click(QStringLiteral("personSaveButton")) && waitFor(QStringLiteral("casePage"));
    }
    bool addNote(const QString &keyword, const QString &text) {
        return click(QStringLiteral("addNoteButton")) && waitFor(QStringLiteral("noteFormPage")) &&
               click(QStringLiteral("keyword_") + keyword) &&
               setText(QStringLiteral("noteTextField"), text) &&
               click(QStringLiteral("noteSaveButton")) && waitFor(QStringLiteral("casePage"));
    }

private slots:
    void initTestCase() {
        QVERIFY(m_data.isValid());
        m_shots = QDir(QStringLiteral(LOTS_BINARY_DIR "/screenshots"));
        QVERIFY(m_shots.mkpath(QStringLiteral(".")));
        const QString server =
            QStringLiteral("lots-field-") + QUuid::createUuid().toString(QUuid::Id128);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("LOTS_DATA_DIR"), m_data.path());
        env.insert(QStringLiteral("LOTS_INSPECTOR"), server);
        env.insert(QStringLiteral("LOTS_POSITION_NMEA"),
                   QStringLiteral(LOTS_TEST_DATA_DIR "/stockholm_walk.nmea"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("en_GB.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        m_app.setProcessEnvironment(env);
        m_app.setProcessChannelMode(QProcess::ForwardedChannels);
        m_app.start(QStringLiteral(LOTS_APP_PATH), {});
        QVERIFY2(m_app.waitForStarted(10000), "lots did not start");
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 20000) {
            m_socket.connectToServer(server);
            if (m_socket.waitForConnected(200))
                break;
            QTest::qWait(100);
        }
        QVERIFY2(m_socket.state() == QLocalSocket::ConnectedState, "no inspector socket");
        QVERIFY(resize(PhoneWidth, PhoneHeight));
    }

    void setupAndNewCase() {
        QVERIFY(waitFor(QStringLiteral("setupPage")));
        QVERIFY(click(QStringLiteral("setupRole_health-care")));
        QVERIFY(setText(QStringLiteral("setupDeviceName"), QStringLiteral("Ward tablet 4")));
        QVERIFY(setText(QStringLiteral("setupPasscode"), QStringLiteral("204060")));
        QVERIFY(setText(QStringLiteral("setupConfirmation"), QStringLiteral("204060")));
        QVERIFY(click(QStringLiteral("setupButton")));
        QVERIFY(waitFor(QStringLiteral("caseListPage"), 30000));
        QVERIFY(click(QStringLiteral("newCaseButton")));
        QVERIFY(waitFor(QStringLiteral("newCasePage")));
        QVERIFY(setText(QStringLiteral("newCaseReference"), QStringLiteral("5000-K777-26")));
        QVERIFY(click(QStringLiteral("newCaseOpenButton")));
        QVERIFY(waitFor(QStringLiteral("casePage")));
    }

    void personsSignsNotesOnPhone() {
        QVERIFY(addPerson(QStringLiteral("Woman A"), QStringLiteral("adult"), {}));
        QVERIFY(addPerson(QStringLiteral("Girl B"), QStringLiteral("child"), QStringLiteral("15")));
        QVERIFY(waitFor(QStringLiteral("person_1_childBadge")));
        QCOMPARE(text(QStringLiteral("person_1_childBadge")), QStringLiteral("CHILD under 18"));

        // Two taps: the person's signs row, then "Observed".
        QVERIFY(click(QStringLiteral("signsRow_0")));
        QVERIFY(waitFor(QStringLiteral("signsPage")));
        QVERIFY(click(QStringLiteral("signObserved_ident.no-id-documents")));
        QVERIFY(click(QStringLiteral("signObserved_ident.documents-held-by-other")));
        QVERIFY(click(QStringLiteral("signNotObserved_ident.false-documents")));
        QVERIFY(text(QStringLiteral("signStatus_ident.no-id-documents"))
                    .startsWith(QStringLiteral("Observed")));
        QVERIFY(screenshot(QStringLiteral("phone-field-2-signs")));
        QVERIFY(click(QStringLiteral("signsBackButton")));
        QVERIFY(waitFor(QStringLiteral("casePage")));

        QVERIFY(addNote(
            QStringLiteral("sexual-violence"),
            QStringLiteral("Says she was forced to have sex with clients of the landlord.")));
        QVERIFY(addNote(QStringLiteral("travel"),
                        QStringLiteral("Came by bus from Bucharest two weeks ago.")));
        QVERIFY(setProperty(QStringLiteral("caseScroll"), QStringLiteral("contentY"), 0));
        QVERIFY(waitFor(QStringLiteral("section_overview")));
        QVERIFY(screenshot(QStringLiteral("phone-field-1-case-overview")));

        QVERIFY(scrollCaseTo(QStringLiteral("section_notes")));
        QVERIFY(waitFor(QStringLiteral("noteMasked_0")));
        QCOMPARE(text(QStringLiteral("noteMasked_0_text")),
                 QStringLiteral("Protected note: Sexual violence"));
        QVERIFY(!text(QStringLiteral("noteText_0")).contains(QStringLiteral("landlord")));
        QVERIFY(screenshot(QStringLiteral("phone-field-3-note-masked")));
        QVERIFY(reveal(QStringLiteral("noteMasked_0")));
        QVERIFY(waitFor(QStringLiteral("caseRevealBanner")));
        QVERIFY(text(QStringLiteral("noteText_0")).contains(QStringLiteral("landlord")));
        QVERIFY(!text(QStringLiteral("caseTitle")).contains(QStringLiteral("landlord")));
        QVERIFY(scrollCaseTo(QStringLiteral("section_notes")));
        QVERIFY(screenshot(QStringLiteral("phone-field-4-note-revealed")));
    }

    void bodyMapOnPhone() {
        QVERIFY(scrollCaseTo(QStringLiteral("section_injuries")));
        QVERIFY(click(QStringLiteral("injuriesRow_0")));
        QVERIFY(waitFor(QStringLiteral("bodyMapPage")));
        QVERIFY(waitFor(QStringLiteral("bodyTap_front")));
        QVERIFY(clickAt(QStringLiteral("bodyTap_front"), 0.40, 0.28));
        QVERIFY(clickAt(QStringLiteral("bodyTap_front"), 0.84, 0.42));
        QVERIFY(clickAt(QStringLiteral("bodyTap_front"), 0.38, 0.76));
        QVERIFY(waitFor(QStringLiteral("bodyMarker_front_3")));
        QVERIFY(setProperty(QStringLiteral("bodyMapScroll"), QStringLiteral("contentY"), 0));
        QVERIFY(screenshot(QStringLiteral("phone-field-5-bodymap")));
        QVERIFY(click(QStringLiteral("bodyMarkerTap_front_1")));
        QVERIFY(waitFor(QStringLiteral("injuryFormPage")));
        QVERIFY(screenshot(QStringLiteral("phone-field-6-injury-form")));
        QVERIFY(click(QStringLiteral("injuryFormBackButton")));
        QVERIFY(waitFor(QStringLiteral("bodyMapPage")));
        QVERIFY(click(QStringLiteral("bodyMapBackButton")));
        QVERIFY(waitFor(QStringLiteral("casePage")));
    }

    void tablet() {
        QVERIFY(resize(TabletWidth, TabletHeight));
        QVERIFY(waitFor(QStringLiteral("casePage")));
        QVERIFY(waitFor(QStringLiteral("section_overview")));
        // The case list row says a child is in the case.
        QVERIFY(waitFor(QStringLiteral("caseRow_0_childBadge")));
        QVERIFY(screenshot(QStringLiteral("tablet-field-1-case-overview")));

        QVERIFY(click(QStringLiteral("signsRow_0")));
        QVERIFY(waitFor(QStringLiteral("signsPage")));
        // Left and come back: the recorded signs are protected again until revealed.
        QVERIFY(text(QStringLiteral("signStatus_ident.no-id-documents"))
                    .startsWith(QStringLiteral("Recorded")));
        QVERIFY(reveal(QStringLiteral("signsRevealButton")));
        QVERIFY(waitFor(QStringLiteral("signsRevealBanner")));
        QVERIFY(text(QStringLiteral("signStatus_ident.no-id-documents"))
                    .startsWith(QStringLiteral("Observed")));
        QVERIFY(screenshot(QStringLiteral("tablet-field-2-signs")));
        QVERIFY(click(QStringLiteral("signsBackButton")));
        QVERIFY(waitFor(QStringLiteral("casePage")));

        QVERIFY(scrollCaseTo(QStringLiteral("section_notes")));
        QVERIFY(waitFor(QStringLiteral("noteMasked_0")));
        QVERIFY(screenshot(QStringLiteral("tablet-field-3-note-masked")));
        QVERIFY(reveal(QStringLiteral("noteMasked_0")));
        QVERIFY(waitFor(QStringLiteral("caseRevealBanner")));
        QVERIFY(scrollCaseTo(QStringLiteral("section_notes")));
        QVERIFY(screenshot(QStringLiteral("tablet-field-4-note-revealed")));

        QVERIFY(scrollCaseTo(QStringLiteral("section_injuries")));
        QVERIFY(click(QStringLiteral("injuriesRow_0")));
        QVERIFY(waitFor(QStringLiteral("bodyMapPage")));
        QVERIFY(reveal(QStringLiteral("bodyMapRevealButton")));
        QVERIFY(waitFor(QStringLiteral("bodyMarker_front_3")));
        QVERIFY(click(QStringLiteral("bodyMarkerTap_front_2")));
        QVERIFY(waitFor(QStringLiteral("bodyMapInjuryForm")));
        QVERIFY(setProperty(QStringLiteral("bodyMapScroll"), QStringLiteral("contentY"), 0));
        QVERIFY(screenshot(QStringLiteral("tablet-field-5-bodymap")));

        QVERIFY(click(QStringLiteral("bodyMapBackButton")));
        QVERIFY(waitFor(QStringLiteral("casePage")));
        QVERIFY(click(QStringLiteral("auditButton")));
        QVERIFY(waitFor(QStringLiteral("auditWhat_0")));
        QVERIFY(screenshot(QStringLiteral("tablet-field-7-audit")));
    }

    void lockHidesEverything() {
        QVERIFY(click(QStringLiteral("caseListLockButton")));
        QVERIFY(waitFor(QStringLiteral("unlockPage")));
        QVERIFY(!exists(QStringLiteral("casePage")));
        QVERIFY(!exists(QStringLiteral("noteText_0")));
    }

    void cleanupTestCase() {
        if (m_socket.state() == QLocalSocket::ConnectedState)
            cmd(QStringLiteral("quit"));
        if (!m_app.waitForFinished(10000))
            m_app.kill();
    }
};

QTEST_GUILESS_MAIN(TstFieldScreens)
#include "tst_field_screens.moc"
