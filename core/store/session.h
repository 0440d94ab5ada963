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

enum class Role {
    Police,
    HealthCare,
    SocialServices,
    Prosecutor,
    MigrationAgency,
    RegionalCoordinator,
    Other
};
QString roleKey(Role role); // "police", "health-care", ...
std::optional<Role> roleFromKey(const QString &key);

struct DeviceInfo {
    QString deviceId;
    QString name;
    Role role = Role::Other;
    QByteArray publicKey;
};

// NeedsSetup: neither key file nor database. Locked: both present. Wiped: the key file
// says the data key was destroyed. Damaged: one of the two files is missing (or the key
// file cannot be read).
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
        QString message; // translated, for the user; empty on success
    };

    // Checks the passcode policy and the device name, creates the key file and the
    // database, migrates, records the database salt in the key file, creates the device
    // identity and journals "device.enrolled". On failure the files it created are
    // removed again and message says why. Refuses a directory that is not NeedsSetup.
    static Outcome setup(const DataDir &dir, const SecureBytes &passcodeUtf8,
                         const SetupRequest &request);
    // Vault::unlock -> Database::open with the recorded salt -> migrate -> load identity.
    // Every failure sets message (translated) and leaves the data files as they were
    // (apart from the key file's failure counter, which Vault keeps).
    static Outcome unlock(const DataDir &dir, const SecureBytes &passcodeUtf8);
    ~Session();

    // Re-wraps the data key under a new passcode (the database is not touched). The new
    // passcode must pass checkPasscodePolicy(); if it does not, nothing changes and the
    // result has status IoError with message = the policy's reason. A wrong old passcode
    // counts as a failed unlock (status WrongPasscode/Throttled/Wiped). Success: Unlocked.
    // The returned dataKey is always empty.
    UnlockResult changePasscode(const SecureBytes &oldUtf8, const SecureBytes &newUtf8,
                                const KdfParams &kdf = KdfParams::standard());

    // Checks the passcode again while unlocked, before protected content is revealed
    // (added by H5). Goes through the vault like unlock(): a wrong passcode counts as a
    // failure (throttling, wipe after Vault::MaxFailures). *result, when given, receives
    // the status and the translated message ("Wrong passcode. 3 tries left..."); its
    // dataKey is always empty.
    bool verifyPasscode(const SecureBytes &passcodeUtf8, UnlockResult *result = nullptr);

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
