#pragma once

// QML faces of the C++ controllers in lots_app_lib. The controllers know nothing about
// QML; this header registers them in the module "Lots". The singletons hand out the
// instances created by the composition root (app/main.cpp, or a test's setup) through
// setInstances(); they are never created by the engine.

#include "app_controller.h"
#include "case_controller.h"
#include "case_list_model.h"
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

inline void setInstances(lots::AppController *app, lots::CaseController *cases,
                         lots::SettingsController *settings) {
    AppControllerFace::instance = app;
    CaseControllerFace::instance = cases;
    SettingsControllerFace::instance = settings;
}

} // namespace lots::qml
