#include "contacts_controller.h"

#include "acute_controller.h"
#include "dialer.h"
#include "domain/phone_number.h"

#include <QUrl>

namespace lots {

ContactsController::ContactsController(AcuteController *acute, platform::Dialer *dialer,
                                       QObject *parent)
    : QObject(parent)
    , m_acute(acute)
    , m_dialer(dialer) {
    m_contacts =
        new RowListModel({QStringLiteral("contactId"), QStringLiteral("name"),
                          QStringLiteral("role"), QStringLiteral("email"), QStringLiteral("mailto"),
                          QStringLiteral("phones"), QStringLiteral("offeredFirst")},
                         this);
    connect(acute, &AcuteController::changed, this, &ContactsController::reload);
    reload();
}

void ContactsController::reload() {
    if (!m_acute || !m_acute->active()) {
        m_contacts->clear();
        return;
    }
    QList<QVariantMap> rows;
    for (const ContactView &c : m_acute->acute()->contacts(m_acute->caseId())) {
        QVariantList phones;
        for (const ContactPhoneView &p : c.phones)
            phones.append(QVariantMap{{QStringLiteral("display"), p.display},
                                      {QStringLiteral("tel"), p.telUri},
                                      {QStringLiteral("label"), p.label}});
        rows.append(QVariantMap{{QStringLiteral("contactId"), c.id},
                                {QStringLiteral("name"), c.name},
                                {QStringLiteral("role"), c.role},
                                {QStringLiteral("email"), c.email},
                                {QStringLiteral("mailto"), c.mailtoUri},
                                {QStringLiteral("phones"), phones},
                                {QStringLiteral("offeredFirst"), c.offeredFirst}});
    }
    if (rows != m_contacts->rows())
        m_contacts->setRows(rows);
}

bool ContactsController::open(const QString &uri, const QString &failure) {
    const QUrl url(uri);
    if (!m_dialer || !platform::Dialer::isAllowed(url) || !m_dialer->open(url)) {
        setMessage(failure);
        return false;
    }
    setMessage({});
    return true;
}

bool ContactsController::call(const QString &uri) {
    return open(uri, tr("The phone could not be opened from this device. Dial the number "
                        "shown yourself."));
}

bool ContactsController::write(const QString &uri) {
    return open(uri, tr("No e-mail app could be opened on this device. Write to the address "
                        "shown yourself."));
}

void ContactsController::setMessage(const QString &message) {
    if (m_message == message)
        return;
    m_message = message;
    emit messageChanged();
}

void ContactsController::clearMessage() {
    setMessage({});
}

} // namespace lots
