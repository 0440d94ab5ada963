#pragma once

// QML faces of the C++ controllers in lots_app_lib. The controllers know nothing about
// QML; this header registers them in the module "Lots". The singletons hand out the
// instances created by the composition root (app/main.cpp, or a test's setup) through
// setInstances(); they are never created by the engine.

#include "acute_controller.h"
#include "app_controller.h"
#include "case_controller.h"
#include "case_list_model.h"
#include "contacts_controller.h"
#include "field_controller.h"
#include "row_list_model.h"
#include "settings_controller.h"

#include <QJSEngine>
#include <QQmlEngine>
#include <QtQml/qqmlregistration.h>

namespace lots::qml {

template <typename T> T *hand(T *instance) {
    Q_ASSERT_X(instance, "Lots QML", "setInstances() must run before QML uses a controller");
    QJSEngine::setObjectOwnership(instance, QJSEngine::CppOwnership);
    return instance;
}

struct AppControllerFace {
    Q_GADGET
    QML_FOREIGN(lots::AppController)
    QML_NAMED_ELEMENT(AppController)
    QML_SINGLETON
public:
    static inline lots::AppController *instance = nullptr;
    static lots::AppController *create(QQmlEngine *, QJSEngine *) { return hand(instance); }
};

struct CaseControllerFace {
    Q_GADGET
    QML_FOREIGN(lots::CaseController)
    QML_NAMED_ELEMENT(CaseController)
    QML_SINGLETON
public:
    static inline lots::CaseController *instance = nullptr;
    static lots::CaseController *create(QQmlEngine *, QJSEngine *) { return hand(instance); }
};

struct SettingsControllerFace {
    Q_GADGET
    QML_FOREIGN(lots::SettingsController)
    QML_NAMED_ELEMENT(SettingsController)
    QML_SINGLETON
public:
    static inline lots::SettingsController *instance = nullptr;
    static lots::SettingsController *create(QQmlEngine *, QJSEngine *) { return hand(instance); }
};

struct CaseListModelFace {
    Q_GADGET
    QML_FOREIGN(lots::CaseListModel)
    QML_NAMED_ELEMENT(CaseListModel)
    QML_UNCREATABLE("Owned by CaseController")
};

// Field documentation (H7).
struct FieldControllerFace {
    Q_GADGET
    QML_FOREIGN(lots::FieldController)
    QML_NAMED_ELEMENT(FieldController)
    QML_SINGLETON
public:
    static inline lots::FieldController *instance = nullptr;
    static lots::FieldController *create(QQmlEngine *, QJSEngine *) { return hand(instance); }
};

struct RowListModelFace {
    Q_GADGET
    QML_FOREIGN(lots::RowListModel)
    QML_NAMED_ELEMENT(RowListModel)
    QML_UNCREATABLE("Owned by a controller")
};

inline void setFieldInstance(lots::FieldController *field) {
    FieldControllerFace::instance = field;
}

// Acute-phase guide (H8).
struct AcuteControllerFace {
    Q_GADGET
    QML_FOREIGN(lots::AcuteController)
    QML_NAMED_ELEMENT(AcuteController)
    QML_SINGLETON
public:
    static inline lots::AcuteController *instance = nullptr;
    static lots::AcuteController *create(QQmlEngine *, QJSEngine *) { return hand(instance); }
};

struct ContactsControllerFace {
    Q_GADGET
    QML_FOREIGN(lots::ContactsController)
    QML_NAMED_ELEMENT(ContactsController)
    QML_SINGLETON
public:
    static inline lots::ContactsController *instance = nullptr;
    static lots::ContactsController *create(QQmlEngine *, QJSEngine *) { return hand(instance); }
};

inline void setAcuteInstances(lots::AcuteController *acute, lots::ContactsController *contacts) {
    AcuteControllerFace::instance = acute;
    ContactsControllerFace::instance = contacts;
}

inline void setInstances(lots::AppController *app, lots::CaseController *cases,
                         lots::SettingsController *settings) {
    AppControllerFace::instance = app;
    CaseControllerFace::instance = cases;
    SettingsControllerFace::instance = settings;
}

} // namespace lots::qml
