#include "idle_lock.h"

#include <QEvent>

namespace lots {

IdleLock::IdleLock(QObject *parent)
    : QObject(parent) {
    m_timer.setSingleShot(true);
    m_timer.setInterval(120 * 1000);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_armed)
            emit idle();
    });
}

void IdleLock::setTimeoutSeconds(int seconds) {
    m_timer.setInterval(qMax(1, seconds) * 1000);
    if (m_armed)
        m_timer.start();
}

void IdleLock::setArmed(bool armed) {
    m_armed = armed;
    if (armed)
        m_timer.start();
    else
        m_timer.stop();
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event) {
    if (m_armed) {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::KeyRelease:
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease:
        case QEvent::MouseMove:
        case QEvent::TouchBegin:
        case QEvent::TouchUpdate:
        case QEvent::TouchEnd:
        case QEvent::Wheel:
        case QEvent::InputMethod:
            m_timer.start();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace lots
