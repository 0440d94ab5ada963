#include "journal/device_identity.h"

#include "crypto/signing.h"
#include "store/database.h"

#include <QUuid>

namespace lots {

namespace {
constexpr int PublicKeySize = 32;
constexpr int SecretKeySize = 64;
} // namespace

DeviceIdentity::~DeviceIdentity() = default;

bool DeviceIdentity::exists(Database &db) {
    Statement q = db.prepare("SELECT count(*) FROM device_identity");
    return q.step() && q.int64(0) > 0;
}

std::unique_ptr<DeviceIdentity> DeviceIdentity::create(Database &db, const QString &name,
                                                       const QString &roleKey, qint64 nowMsecs) {
    if (exists(db))
        throw StoreException(StoreError::Sql, QStringLiteral("device identity already exists"));
    std::unique_ptr<DeviceIdentity> id(new DeviceIdentity);
    SigningKeyPair pair = SigningKeyPair::generate();
    id->m_deviceId = QUuid::createUuid().toString(QUuid::WithoutBraces).toLower();
    id->m_name = name;
    id->m_roleKey = roleKey;
    id->m_publicKey = pair.publicKey;
    id->m_createdAt = nowMsecs;

    {
        // The secret key passes through one QByteArray that is wiped right after binding
        // (SQLite copies it: SQLITE_TRANSIENT).
        QByteArray secret(reinterpret_cast<const char *>(pair.secretKey.data()),
                          qsizetype(pair.secretKey.size()));
        Statement insert = db.prepare(
            "INSERT INTO device_identity(id, device_id, name, role, public_key, secret_key, "
            "created_at) VALUES (1, ?, ?, ?, ?, ?, ?)");
        insert.bind(1, id->m_deviceId)
            .bind(2, name)
            .bind(3, roleKey)
            .bind(4, pair.publicKey)
            .bind(5, secret)
            .bind(6, nowMsecs);
        SecureBytes wiped = SecureBytes::takeFrom(secret);
        insert.run();
    }
    Statement device = db.prepare("INSERT INTO devices(device_id, public_key, name, role, "
                                  "first_seen, is_self) VALUES (?, ?, ?, ?, ?, 1)");
    device.bind(1, id->m_deviceId)
        .bind(2, pair.publicKey)
        .bind(3, name)
        .bind(4, roleKey)
        .bind(5, nowMsecs)
        .run();
    id->m_secretKey = std::move(pair.secretKey);
    return id;
}

std::unique_ptr<DeviceIdentity> DeviceIdentity::load(Database &db) {
    Statement q = db.prepare("SELECT device_id, name, role, public_key, secret_key, created_at "
                             "FROM device_identity WHERE id = 1");
    if (!q.step())
        throw StoreException(StoreError::Damaged, QStringLiteral("no device identity"));
    std::unique_ptr<DeviceIdentity> id(new DeviceIdentity);
    id->m_deviceId = q.text(0);
    id->m_name = q.text(1);
    id->m_roleKey = q.text(2);
    id->m_publicKey = q.blob(3);
    QByteArray secret = q.blob(4);
    id->m_createdAt = q.int64(5);
    id->m_secretKey = SecureBytes::takeFrom(secret);
    q.reset();
    if (id->m_deviceId.isEmpty() || id->m_publicKey.size() != PublicKeySize ||
        id->m_secretKey.size() != SecretKeySize)
        throw StoreException(StoreError::Damaged, QStringLiteral("device identity is malformed"));
    // The public half of libsodium's secret key must match the stored public key.
    if (QByteArray(reinterpret_cast<const char *>(id->m_secretKey.data()) + 32, PublicKeySize) !=
        id->m_publicKey)
        throw StoreException(StoreError::Damaged,
                             QStringLiteral("device identity keys do not match"));
    return id;
}

QByteArray DeviceIdentity::sign(const QByteArray &message) const {
    return lots::sign(m_secretKey, message);
}

} // namespace lots
