// The composition root: the only place that creates controllers and wires them together.

#include "acute_controller.h"
#include "app_controller.h"
#include "app_lifecycle.h"
#include "case_controller.h"
#include "case_list_model.h"
#include "contacts_controller.h"
#include "dialer.h"
#include "field_controller.h"
#include "field_services.h"
#include "idle_lock.h"
#include "local_notifications.h"
#include "lots_types.h"
#include "position_service.h"
#include "screen_protection.h"
#include "settings_controller.h"
#ifdef LOTS_ENABLE_INSPECTOR
#include "inspector.h"
#endif

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(LotsPlugin)

int main(int argc, char *argv[]) {
    QGuiApplication::setOrganizationName(QStringLiteral("Lots"));
    QGuiApplication::setApplicationName(QStringLiteral("Lots"));
    QGuiApplication::setApplicationVersion(QStringLiteral(LOTS_VERSION));
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Material"));

    const QString dataDir = lots::AppController::defaultDataDirectory();
    lots::SettingsController settings(dataDir);
    lots::AppController controller(dataDir, lots::KdfParams::standard());
    lots::CaseListModel caseList(&controller);
    lots::CaseController cases(&controller, &caseList);
    lots::qml::setInstances(&controller, &cases, &settings);

    // Field documentation (H7). Position: the platform's source, or an NMEA log replayed
    // (LOTS_POSITION_NMEA, for tests and the demo).
    const QString nmea = qEnvironmentVariable("LOTS_POSITION_NMEA");
    lots::PositionService position(nmea.isEmpty() ? lots::PositionService::createDefaultSource()
                                                  : lots::PositionService::createNmeaReplay(nmea));
    // The precision the user chose last time, and every change kept for the next start.
    position.setPrecisionKey(settings.positionPrecision());
    QObject::connect(&position, &lots::PositionService::settingsChanged, &settings,
                     [&] { settings.setPositionPrecision(position.precisionKey()); });
    lots::FieldServices fieldServices(&controller, &position);
    lots::FieldController field(&controller, &cases, &fieldServices);
    field.setLanguage(settings.effectiveLanguage());
    lots::qml::setFieldInstance(&field);

    // Acute-phase guide (H8): action plan, deadlines, report of concern, placements,
    // contacts. Calls and e-mails go through the platform Dialer.
    lots::platform::SystemDialer dialer;
    lots::platform::DesktopNotifications notifications;
    lots::AcuteController acute(&controller, &cases, &caseList, &fieldServices, &settings,
                                &notifications);
    lots::ContactsController contacts(&acute, &dialer);
    lots::qml::setAcuteInstances(&acute, &contacts);

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    settings.setEngine(&engine);
    settings.applyLanguage();

    // Language: controllers recompute their translated texts.
    QObject::connect(&settings, &lots::SettingsController::languageChanged, &controller,
                     &lots::AppController::retranslate);
    QObject::connect(&settings, &lots::SettingsController::languageChanged, &caseList,
                     &lots::CaseListModel::refresh);
    QObject::connect(&settings, &lots::SettingsController::languageChanged, &cases,
                     &lots::CaseController::retranslate);
    QObject::connect(&settings, &lots::SettingsController::languageChanged, &field,
                     [&] { field.setLanguage(settings.effectiveLanguage()); });

    QObject::connect(&settings, &lots::SettingsController::languageChanged, &acute,
                     &lots::AcuteController::retranslate);

    // Idle lock: any input restarts the timer; it only runs while unlocked.
    lots::IdleLock idle;
    idle.setTimeoutSeconds(settings.lockTimeoutSeconds());
    app.installEventFilter(&idle);
    QObject::connect(&settings, &lots::SettingsController::lockTimeoutSecondsChanged, &idle,
                     [&] { idle.setTimeoutSeconds(settings.lockTimeoutSeconds()); });
    QObject::connect(&controller, &lots::AppController::stateChanged, &idle,
                     [&] { idle.setArmed(controller.state() == lots::AppController::Unlocked); });
    QObject::connect(&idle, &lots::IdleLock::idle, &controller, &lots::AppController::lock);

    // Background: lock at once.
    lots::platform::AppLifecycle lifecycle;
    QObject::connect(&lifecycle, &lots::platform::AppLifecycle::wentToBackground, &controller,
                     &lots::AppController::lock);

    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Lots/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (window) {
        lots::platform::ScreenProtection::apply(window);
        lifecycle.watchWindow(window);
    }

#ifdef LOTS_ENABLE_INSPECTOR
    // Test builds only, and only when asked for at run time.
    std::unique_ptr<lots::Inspector> inspector;
    const QString inspectorName = qEnvironmentVariable("LOTS_INSPECTOR");
    if (!inspectorName.isEmpty() && window) {
        inspector = std::make_unique<lots::Inspector>(window);
        if (!inspector->listen(inspectorName))
            return 2;
    }
#endif

    const int result = QGuiApplication::exec();
    controller.lock();
    return result;
}
