// QuickTest for the QML pages, with the real controllers on a fresh temporary data
// directory for every test file.

#include "acute_controller.h"
#include "app_controller.h"
#include "case_controller.h"
#include "case_list_model.h"
#include "contacts_controller.h"
#include "field_controller.h"
#include "field_services.h"
#include "lots_types.h"
#include "position_service.h"
#include "recording_dialer.h"
#include "settings_controller.h"

#include <QDir>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>
#include <memory>
#include <vector>

Q_IMPORT_QML_PLUGIN(LotsPlugin)

namespace {

struct Controllers {
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<lots::SettingsController> settings;
    std::unique_ptr<lots::AppController> app;
    std::unique_ptr<lots::CaseListModel> caseList;
    std::unique_ptr<lots::CaseController> cases;
    std::unique_ptr<lots::PositionService> position;
    std::unique_ptr<lots::FieldServices> fieldServices;
    std::unique_ptr<lots::FieldController> field;
    std::unique_ptr<lots::AcuteController> acute;
    std::unique_ptr<lots::ContactsController> contacts;
};

} // namespace

class Setup : public QObject {
    Q_OBJECT
public slots:
    void applicationAvailable() {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        // Calls and e-mails are recorded, never launched (one recorder for every file).
        qmlRegisterSingletonInstance("LotsTest", 1, 0, "TestDialer", &m_dialer);
    }

    void qmlEngineAvailable(QQmlEngine *engine) {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        // Every test file starts from a device that was never set up.
        auto c = std::make_unique<Controllers>();
        const QString scratch = qEnvironmentVariable("LOTS_TEST_SCRATCH", QDir::tempPath());
        QDir().mkpath(scratch);
        c->dir = std::make_unique<QTemporaryDir>(scratch + QStringLiteral("/qml-XXXXXX"));
        const QString path = c->dir->path();
        c->settings = std::make_unique<lots::SettingsController>(path);
        c->settings->setLanguage(QStringLiteral("en"));
        c->settings->setEngine(engine);
        c->settings->applyLanguage();
        c->app = std::make_unique<lots::AppController>(path, lots::KdfParams::fastForTests());
        c->caseList = std::make_unique<lots::CaseListModel>(c->app.get());
        c->cases = std::make_unique<lots::CaseController>(c->app.get(), c->caseList.get());
        connect(c->settings.get(), &lots::SettingsController::languageChanged, c->app.get(),
                &lots::AppController::retranslate);
        lots::qml::setInstances(c->app.get(), c->cases.get(), c->settings.get());
        // Field documentation: positions replayed from the NMEA log of a walk in Stockholm.
        c->position = std::make_unique<lots::PositionService>(lots::PositionService::createNmeaReplay(
            QStringLiteral(LOTS_TEST_DATA_DIR "/stockholm_walk.nmea")));
        c->fieldServices = std::make_unique<lots::FieldServices>(c->app.get(), c->position.get());
        c->field = std::make_unique<lots::FieldController>(c->app.get(), c->cases.get(),
                                                           c->fieldServices.get());
        c->field->setLanguage(QStringLiteral("en"));
        lots::qml::setFieldInstance(c->field.get());
        c->acute = std::make_unique<lots::AcuteController>(c->app.get(), c->cases.get(),
                                                           c->caseList.get(),
                                                           c->fieldServices.get(),
                                                           c->settings.get());
        c->contacts = std::make_unique<lots::ContactsController>(c->acute.get(), &m_dialer);
        lots::qml::setAcuteInstances(c->acute.get(), c->contacts.get());
        m_all.push_back(std::move(c));
    }

    void cleanupTestCase() {
        for (auto &c : m_all)
            c->app->lock();
    }

private:
    RecordingDialer m_dialer;
    std::vector<std::unique_ptr<Controllers>> m_all;
};

QUICK_TEST_MAIN_WITH_SETUP(lots_qml, Setup)

#include "tst_qml_main.moc"
