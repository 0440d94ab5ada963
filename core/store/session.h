#pragma once

#include "crypto/secure_bytes.h"
#include "crypto/vault.h"
#include "store/store_error.h"

#include <QString>
#include <memory>
#include <optional>

namespace lots {

class Database;
class Journal;
class CaseService;

enum class Role { Police, HealthCare, SocialServices, Prosecutor, MigrationAgency,
                  RegionalCoordinator, Other };
QString roleKey(Role role);                 // "police", "health-care", ...
std::optional<Role> roleFromKey(const QString &key);

struct DeviceInfo {
    QString deviceId;
    QString name;
    Role role = Role::Other;
    QByteArray publicKey;
};

enum class DataDirStatus { NeedsSetup, Locked, Wiped, Damaged };

// The files of one installation: <dir>/lots.key, <dir>/lots.db (+ -wal, -shm).
struct DataDir {
    QString path;
    QString keyFile() const;
    QString database() const;
    DataDirStatus status() const;
};

struct SetupRequest {
    Role role = Role::Other;
    QString deviceName;
    KdfParams kdf = KdfParams::standard();
};

// An unlocked installation: the open database, the device identity, the journal and the
// domain services. Destroying it closes the database and wipes the keys in memory.
class Session {
public:
    struct Outcome {
        std::unique_ptr<Session> session; // null on failure
        UnlockResult unlock;              // status of the key step
        StoreError storeError = StoreError::None;
        QString message;                  // translated, for the user; empty on success
    };

    static Outcome setup(const DataDir &dir, const SecureBytes &passcodeUtf8,
                         const SetupRequest &request);
    static Outcome unlock(const DataDir &dir, const SecureBytes &passcodeUtf8);
    ~Session();

    UnlockResult changePasscode(const SecureBytes &oldUtf8, const SecureBytes &newUtf8);

    const DeviceInfo &device() const;
    Database &database();
    Journal &journal();
    CaseService &cases();

private:
    Session();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace lots
