#pragma once

#include "crypto/secure_bytes.h"

#include <QByteArray>
#include <QString>
#include <memory>

namespace lots {

class Database;

// This installation's identity: a random device id (UUID), a name the user chose, a role
// key ("police", ...) and an Ed25519 key pair. The secret key lives only inside the
// encrypted database (table device_identity) and, once loaded, only in SecureBytes.
// The public key is also recorded in the devices table, where verify() looks up the key
// of every device whose events are in the journal.
class DeviceIdentity {
public:
    // Generates a key pair and writes device_identity and the own row in devices. Call
    // inside a transaction or not (it opens none). Throws StoreException, including when
    // an identity already exists.
    static std::unique_ptr<DeviceIdentity> create(Database &db, const QString &name,
                                                  const QString &roleKey, qint64 nowMsecs);
    // Reads the identity written by create(). Throws StoreException(Damaged) when there is
    // none or it is malformed.
    static std::unique_ptr<DeviceIdentity> load(Database &db);
    static bool exists(Database &db);

    ~DeviceIdentity();
    DeviceIdentity(const DeviceIdentity &) = delete;
    DeviceIdentity &operator=(const DeviceIdentity &) = delete;

    QString deviceId() const { return m_deviceId; }
    QString name() const { return m_name; }
    QString roleKey() const { return m_roleKey; }
    QByteArray publicKey() const { return m_publicKey; }
    qint64 createdAtMsecs() const { return m_createdAt; }

    // Ed25519 detached signature (64 bytes) with the device's secret key.
    QByteArray sign(const QByteArray &message) const;

private:
    DeviceIdentity() = default;
    QString m_deviceId;
    QString m_name;
    QString m_roleKey;
    QByteArray m_publicKey;
    SecureBytes m_secretKey;
    qint64 m_createdAt = 0;
};

} // namespace lots
