#include "app_lifecycle.h"

#include <QGuiApplication>

namespace lots::platform {

AppLifecycle::AppLifecycle(QObject *parent)
    : QObject(parent) {
    connect(qGuiApp, &QGuiApplication::applicationStateChanged, this,
            &AppLifecycle::onApplicationStateChanged);
}

void AppLifecycle::watchWindow(QWindow *window) {
    if (m_window)
        disconnect(m_window, nullptr, this, nullptr);
    m_window = window;
    if (window)
        connect(window, &QWindow::visibilityChanged, this, &AppLifecycle::onVisibilityChanged);
}

bool AppLifecycle::isBackground(Qt::ApplicationState state) {
    switch (state) {
    case Qt::ApplicationSuspended:
    case Qt::ApplicationHidden:
        return true;
    case Qt::ApplicationInactive:
#if defined(Q_OS_ANDROID) || defined(Q_OS_IOS)
        return true;
#else
        return false; // on desktop this only means another window has the focus
#endif
    case Qt::ApplicationActive:
        return false;
    }
    return false;
}

void AppLifecycle::onApplicationStateChanged(Qt::ApplicationState state) {
    if (isBackground(state))
        emit wentToBackground();
}

void AppLifecycle::onVisibilityChanged(QWindow::Visibility visibility) {
    if (visibility == QWindow::Minimized || visibility == QWindow::Hidden)
        emit wentToBackground();
}

} // namespace lots::platform
