#pragma once

#include "row_list_model.h"

#include <QObject>
#include <QPointer>

namespace lots {

class AcuteController;

namespace platform {
class Dialer;
}

// The offline directory of the open case: the coordinator for the case's age group first
// (children and young people when a child is in the case, else adults), the other
// coordinator, then the support line and 112. One tap calls or writes through the
// platform Dialer (tel:/mailto:).
class ContactsController : public QObject {
    Q_OBJECT
    Q_PROPERTY(lots::RowListModel *contacts READ contacts CONSTANT)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
public:
    // dialer: not owned (the composition root's SystemDialer; a recording one in tests).
    ContactsController(AcuteController *acute, platform::Dialer *dialer, QObject *parent = nullptr);

    RowListModel *contacts() const { return m_contacts; }
    QString message() const { return m_message; }

    // uri: a "tel:" or "mailto:" address of the directory. False (with message) when the
    // system could not open it.
    Q_INVOKABLE bool call(const QString &uri);
    Q_INVOKABLE bool write(const QString &uri);
    Q_INVOKABLE void clearMessage();

public slots:
    void reload();

signals:
    void messageChanged();

private:
    bool open(const QString &uri, const QString &failure);
    void setMessage(const QString &message);

    QPointer<AcuteController> m_acute;
    platform::Dialer *m_dialer = nullptr;
    RowListModel *m_contacts = nullptr;
    QString m_message;
};

} // namespace lots
