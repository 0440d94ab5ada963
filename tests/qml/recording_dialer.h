#pragma once

// The phone-hardware edge in the QuickTests: records what would have been handed to the
// phone or mail app instead of launching anything. QML: the singleton TestDialer (LotsTest).

#include "dialer.h"

#include <QObject>
#include <QStringList>

class RecordingDialer : public QObject, public lots::platform::Dialer {
    Q_OBJECT
    Q_PROPERTY(QString lastUrl READ lastUrl NOTIFY opened)
    Q_PROPERTY(int count READ count NOTIFY opened)
    Q_PROPERTY(bool succeed MEMBER m_succeed)
public:
    bool open(const QUrl &url) override {
        if (!isAllowed(url))
            return false;
        m_urls << url.toString();
        emit opened();
        return m_succeed;
    }
    QString lastUrl() const { return m_urls.isEmpty() ? QString() : m_urls.constLast(); }
    int count() const { return int(m_urls.size()); }
    Q_INVOKABLE void clear() {
        m_urls.clear();
        emit opened();
    }

signals:
    void opened();

private:
    QStringList m_urls;
    bool m_succeed = true;
};
