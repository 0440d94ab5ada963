#pragma once

#include <QObject>
#include <QPointer>
#include <QWindow>

namespace lots::platform {

// Tells the app when it is no longer in front of the user, so that it can lock at once.
// Background means: ApplicationSuspended or ApplicationHidden everywhere,
// ApplicationInactive on Android and iOS (the task switcher), and a minimised window on
// desktop.
class AppLifecycle : public QObject {
    Q_OBJECT
public:
    explicit AppLifecycle(QObject *parent = nullptr);

    void watchWindow(QWindow *window);
    static bool isBackground(Qt::ApplicationState state);

signals:
    void wentToBackground();

private:
    void onApplicationStateChanged(Qt::ApplicationState state);
    void onVisibilityChanged(QWindow::Visibility visibility);

    QPointer<QWindow> m_window;
};

} // namespace lots::platform
