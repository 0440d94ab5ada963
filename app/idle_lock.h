#pragma once

#include <QObject>
#include <QTimer>

namespace lots {

// Locks after a period without user input. Installed as an event filter on the
// application: every key, mouse, touch or wheel event restarts the timer.
class IdleLock : public QObject {
    Q_OBJECT
public:
    explicit IdleLock(QObject *parent = nullptr);

    void setTimeoutSeconds(int seconds);
    int timeoutSeconds() const { return m_timer.interval() / 1000; }
    void setArmed(bool armed); // only counts while unlocked
    bool isArmed() const { return m_armed; }
    bool isRunning() const { return m_timer.isActive(); }

    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void idle();

private:
    QTimer m_timer;
    bool m_armed = false;
};

} // namespace lots
