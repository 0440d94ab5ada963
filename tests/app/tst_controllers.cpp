// Controllers on a real data directory (fast KDF): lock drops every trace of case data,
// idle lock, background detection, preferences file.

#include "app_controller.h"
#include "app_lifecycle.h"
#include "case_controller.h"
#include "case_list_model.h"
#include "idle_lock.h"
#include "settings_controller.h"

#include <QDateTime>
#include <QFile>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QPalette>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lots;

class TstControllers : public QObject {
    Q_OBJECT

    static bool setUp(AppController &app) {
        if (!app.setup(QStringLiteral("police"), QStringLiteral("Car 1"),
                       QStringLiteral("13572468"), QStringLiteral("13572468")))
            return false;
        return QTest::qWaitFor([&] { return app.state() == AppController::Unlocked; }, 10000);
    }

private slots:
    void lockDropsCasesAndTheOpenCase() {
        QTemporaryDir dir;
        AppController app(dir.path(), KdfParams::fastForTests());
        QCOMPARE(app.state(), AppController::NeedsSetup);
        CaseListModel list(&app);
        CaseController cases(&app, &list);
        QVERIFY(setUp(app));

        const QString id = cases.newCase(QStringLiteral("K-1"));
        QVERIFY(!id.isEmpty());
        QCOMPARE(list.rowCount(), 1);
        QCOMPARE(list.data(list.index(0), CaseListModel::ReferenceRole).toString(),
                 QStringLiteral("K-1"));
        QCOMPARE(list.data(list.index(0), CaseListModel::TitleRole).toString(),
                 QStringLiteral("Case K-1"));
        QVERIFY(cases.hasCase());

        QSignalSpy ending(&app, &AppController::sessionEnding);
        app.lock();
        QCOMPARE(ending.count(), 1);
        QCOMPARE(app.state(), AppController::Locked);
        QVERIFY(app.session() == nullptr);
        QCOMPARE(list.rowCount(), 0);
        QVERIFY(!cases.hasCase());
        QVERIFY(cases.reference().isEmpty());
        QVERIFY(cases.newCase(QStringLiteral("K-2")).isEmpty()); // locked: refused
        QVERIFY(!cases.message().isEmpty());

        QVERIFY(app.unlock(QStringLiteral("13572468")));
        QVERIFY(QTest::qWaitFor([&] { return app.state() == AppController::Unlocked; }, 10000));
        QCOMPARE(list.rowCount(), 1); // refreshed from the database, not kept in memory
    }

    void wrongPasscodeMessageAndTriesLeft() {
        QTemporaryDir dir;
        AppController app(dir.path(), KdfParams::fastForTests());
        QVERIFY(setUp(app));
        app.lock();
        QVERIFY(app.unlock(QStringLiteral("00000000")));
        QVERIFY(QTest::qWaitFor([&] { return !app.busy(); }, 10000));
        QCOMPARE(app.state(), AppController::Locked);
        QVERIFY2(app.unlockMessage().startsWith(QStringLiteral("Wrong passcode.")),
                 qPrintable(app.unlockMessage()));
        QCOMPARE(app.triesLeft(), Vault::MaxFailures - 1);
    }

    void wipedDeviceSaysSo() {
        QTemporaryDir dir;
        {
            AppController app(dir.path(), KdfParams::fastForTests());
            QVERIFY(setUp(app));
            app.lock();
        }
        // Ten wrong passcodes, each after its waiting time (the vault takes the clock).
        Vault vault(DataDir{dir.path()}.keyFile());
        qint64 now = QDateTime::currentMSecsSinceEpoch();
        QByteArray wrong("00000000");
        const SecureBytes secret = SecureBytes::takeFrom(wrong);
        for (int i = 0; i < Vault::MaxFailures; ++i) {
            now += 24LL * 3600 * 1000;
            vault.unlock(secret, now);
        }
        QVERIFY(vault.isWiped());

        AppController app(dir.path(), KdfParams::fastForTests());
        QCOMPARE(app.state(), AppController::Wiped);
        QVERIFY(!app.unlock(QStringLiteral("13572468")));
        QVERIFY(app.session() == nullptr);
    }

    void setupRejectsBadInput() {
        QTemporaryDir dir;
        AppController app(dir.path(), KdfParams::fastForTests());
        QVERIFY(!app.setup(QStringLiteral("pilot"), QStringLiteral("Car"),
                           QStringLiteral("13572468"), QStringLiteral("13572468")));
        QCOMPARE(app.setupMessage(), QStringLiteral("Choose your role."));
        QVERIFY(!app.setup(QStringLiteral("police"), QString(61, QLatin1Char('x')),
                           QStringLiteral("13572468"), QStringLiteral("13572468")));
        QVERIFY(app.setupMessage().contains(QStringLiteral("too long")));
        QVERIFY(!app.setup(QStringLiteral("police"), QStringLiteral("Car"), QStringLiteral("123"),
                           QStringLiteral("123")));
        QVERIFY(!app.setupMessage().isEmpty());
        QCOMPARE(app.state(), AppController::NeedsSetup);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("lots.key"))));
    }

    void idleLockFiresOnlyWithoutInput() {
        IdleLock idle;
        qApp->installEventFilter(&idle);
        QSignalSpy spy(&idle, &IdleLock::idle);
        idle.setTimeoutSeconds(1);
        QTest::qWait(1300);
        QCOMPARE(spy.count(), 0); // not armed while locked
        idle.setArmed(true);
        // Input keeps it from firing.
        QObject target;
        for (int i = 0; i < 6; ++i) {
            QTest::qWait(250);
            QKeyEvent key(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier);
            QCoreApplication::sendEvent(&target, &key);
        }
        QCOMPARE(spy.count(), 0);
        QVERIFY(spy.wait(3000)); // then silence locks
        QCOMPARE(spy.count(), 1);
        qApp->removeEventFilter(&idle);
    }

    void backgroundStates() {
        QVERIFY(platform::AppLifecycle::isBackground(Qt::ApplicationSuspended));
        QVERIFY(platform::AppLifecycle::isBackground(Qt::ApplicationHidden));
        QVERIFY(!platform::AppLifecycle::isBackground(Qt::ApplicationActive));
#if defined(Q_OS_ANDROID) || defined(Q_OS_IOS)
        QVERIFY(platform::AppLifecycle::isBackground(Qt::ApplicationInactive));
#else
        QVERIFY(!platform::AppLifecycle::isBackground(Qt::ApplicationInactive));
#endif
    }

    void minimisedWindowMeansBackground() {
        platform::AppLifecycle lifecycle;
        QWindow window;
        lifecycle.watchWindow(&window);
        QSignalSpy spy(&lifecycle, &platform::AppLifecycle::wentToBackground);
        window.show();
        window.showMinimized();
        QTRY_VERIFY(spy.count() >= 1);
    }

    void systemThemeFollowsThePalette() {
        QTemporaryDir dir;
        SettingsController settings(dir.path());
        QCOMPARE(settings.theme(), QStringLiteral("system"));
        const QPalette original = QGuiApplication::palette();
        QSignalSpy spy(&settings, &SettingsController::themeChanged);
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::WindowText, QColor(0xf0, 0xf0, 0xf0));
        QGuiApplication::setPalette(dark);
        QTRY_VERIFY(spy.count() >= 1);
        QVERIFY(settings.darkTheme());
        QPalette light;
        light.setColor(QPalette::Window, QColor(0xfa, 0xfa, 0xfa));
        light.setColor(QPalette::WindowText, QColor(0x10, 0x10, 0x10));
        QGuiApplication::setPalette(light);
        QVERIFY(!settings.darkTheme());
        settings.setTheme(QStringLiteral("dark")); // an explicit choice wins
        QVERIFY(settings.darkTheme());
        QGuiApplication::setPalette(original);
    }

    void preferencesPersistWithoutCaseData() {
        QTemporaryDir dir;
        {
            SettingsController settings(dir.path());
            QCOMPARE(settings.lockTimeoutSeconds(), 120);
            settings.setTheme(QStringLiteral("dark"));
            settings.setLanguage(QStringLiteral("sv"));
            settings.setLockTimeoutSeconds(300);
            settings.setLockTimeoutSeconds(7); // not offered: back to the default
            QCOMPARE(settings.lockTimeoutSeconds(), 120);
            settings.setLockTimeoutSeconds(300);
            QVERIFY(settings.darkTheme());
            QCOMPARE(settings.effectiveLanguage(), QStringLiteral("sv"));
            QCOMPARE(settings.positionPrecision(), QStringLiteral("exact"));
            QSignalSpy precisionSpy(&settings, &SettingsController::positionPrecisionChanged);
            settings.setPositionPrecision(QStringLiteral("nearby")); // unknown: ignored
            QCOMPARE(settings.positionPrecision(), QStringLiteral("exact"));
            settings.setPositionPrecision(QStringLiteral("rounded"));
            QCOMPARE(precisionSpy.count(), 1);
        }
        SettingsController again(dir.path());
        QCOMPARE(again.theme(), QStringLiteral("dark"));
        QCOMPARE(again.language(), QStringLiteral("sv"));
        QCOMPARE(again.lockTimeoutSeconds(), 300);
        // The position precision is a privacy choice: it must survive a restart.
        QCOMPARE(again.positionPrecision(), QStringLiteral("rounded"));

        QFile file(SettingsController::preferencesFile(dir.path()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(!content.contains("case"));
        QVERIFY(!content.contains("passcode"));
    }
};

QTEST_MAIN(TstControllers)
#include "tst_controllers.moc"
