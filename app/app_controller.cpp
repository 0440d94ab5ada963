#include "app_controller.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QStandardPaths>
#include <QVariantMap>

#include <sodium.h>

namespace lots {

namespace {

constexpr int DeviceNameMaxLength = 60;
constexpr int WorkDelayMsecs = 30; // lets the busy state reach the screen first

SecureBytes toSecure(const QString &text) {
    QByteArray utf8 = text.toUtf8();
    return SecureBytes::takeFrom(utf8);
}

bool sameBytes(const SecureBytes &a, const SecureBytes &b) {
    return a.size() == b.size() &&
           (a.size() == 0 || sodium_memcmp(a.data(), b.data(), a.size()) == 0);
}

const Role AllRoles[] = {Role::Police,     Role::HealthCare,      Role::SocialServices,
                         Role::Prosecutor, Role::MigrationAgency, Role::RegionalCoordinator,
                         Role::Other};

} // namespace

AppController::AppController(const QString &dataDirectory, const KdfParams &kdf, QObject *parent)
    : QObject(parent)
    , m_kdf(kdf) {
    m_dir.path = dataDirectory;
    QDir().mkpath(dataDirectory);
    m_countdown.setInterval(250);
    connect(&m_countdown, &QTimer::timeout, this, &AppController::updateCountdown);
    refreshState();
}

AppController::~AppController() {
    if (m_session)
        emit sessionEnding();
    m_session.reset();
}

QString AppController::defaultDataDirectory() {
    const QString fromEnv = qEnvironmentVariable("LOTS_DATA_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString AppController::roleLabel(Role role) {
    switch (role) {
    case Role::Police:
        return tr("Police");
    case Role::HealthCare:
        return tr("Health care");
    case Role::SocialServices:
        return tr("Social services");
    case Role::Prosecutor:
        return tr("Prosecutor");
    case Role::MigrationAgency:
        return tr("Migration Agency");
    case Role::RegionalCoordinator:
        return tr("Regional coordinator");
    case Role::Other:
        return tr("Other");
    }
    return tr("Other");
}

QVariantList AppController::roleOptions() const {
    QVariantList options;
    for (Role role : AllRoles) {
        QVariantMap option;
        option.insert(QStringLiteral("key"), roleKey(role));
        option.insert(QStringLiteral("name"), roleLabel(role));
        options.append(option);
    }
    return options;
}

QString AppController::deviceName() const {
    return m_session ? m_session->device().name : QString();
}

void AppController::refreshState() {
    if (m_session) {
        setState(Unlocked);
        return;
    }
    switch (m_dir.status()) {
    case DataDirStatus::NeedsSetup:
        setState(NeedsSetup);
        break;
    case DataDirStatus::Locked:
        setState(Locked);
        break;
    case DataDirStatus::Wiped:
        setState(Wiped);
        break;
    case DataDirStatus::Damaged:
        setState(Damaged);
        break;
    }
}

bool AppController::setup(const QString &roleKeyText, const QString &deviceNameText,
                          const QString &passcode, const QString &confirmation) {
    SecureBytes secret = toSecure(passcode);
    SecureBytes again = toSecure(confirmation);
    if (m_busy || m_state != NeedsSetup)
        return false;

    const std::optional<Role> role = roleFromKey(roleKeyText);
    const QString name = deviceNameText.simplified();
    if (!role) {
        setSetupMessage(tr("Choose your role."));
        return false;
    }
    if (name.isEmpty()) {
        setSetupMessage(tr("Give this device a name, for example \"Patrol car 3\"."));
        return false;
    }
    if (name.size() > DeviceNameMaxLength) {
        setSetupMessage(
            tr("The device name is too long: at most %1 characters.").arg(DeviceNameMaxLength));
        return false;
    }
    const QString policy = checkPasscodePolicy(secret);
    if (!policy.isEmpty()) {
        setSetupMessage(policy);
        return false;
    }
    if (!sameBytes(secret, again)) {
        setSetupMessage(tr("The two passcodes are not the same. Type the passcode again."));
        return false;
    }

    setSetupMessage(QString());
    setBusy(true);
    auto shared = std::make_shared<SecureBytes>(std::move(secret));
    SetupRequest request;
    request.role = *role;
    request.deviceName = name;
    request.kdf = m_kdf;
    QTimer::singleShot(WorkDelayMsecs, this, [this, shared, request] {
        Session::Outcome outcome = Session::setup(m_dir, *shared, request);
        shared->clear();
        setBusy(false);
        if (outcome.session) {
            startSession(std::move(outcome.session));
        } else {
            setSetupMessage(outcome.message.isEmpty()
                                ? tr("The data on this device could not be set up.")
                                : outcome.message);
            refreshState();
        }
    });
    return true;
}

bool AppController::unlock(const QString &passcode) {
    SecureBytes secret = toSecure(passcode);
    if (m_busy || m_state != Locked)
        return false;
    if (secret.isEmpty()) {
        setUnlockMessage(tr("Type your passcode."), m_triesLeft);
        return false;
    }
    if (m_retryAtMsecs > QDateTime::currentMSecsSinceEpoch())
        return false; // the countdown is showing; the button is disabled

    setBusy(true);
    auto shared = std::make_shared<SecureBytes>(std::move(secret));
    QTimer::singleShot(WorkDelayMsecs, this, [this, shared] {
        Session::Outcome outcome = Session::unlock(m_dir, *shared);
        shared->clear();
        setBusy(false);
        if (outcome.session) {
            m_retryAtMsecs = 0;
            updateCountdown();
            setUnlockMessage(QString(), 0);
            startSession(std::move(outcome.session));
            return;
        }
        if (outcome.unlock.status == UnlockStatus::Unlocked) {
            // The key was right but the database did not open: say why.
            m_retryAtMsecs = 0;
            updateCountdown();
            setUnlockMessage(
                outcome.message.isEmpty() ? describe(outcome.storeError) : outcome.message, 0);
        } else {
            applyUnlockResult(outcome.unlock);
        }
        refreshState();
    });
    return true;
}

void AppController::applyUnlockResult(const UnlockResult &result) {
    m_retryAtMsecs = result.retryAtMsecs;
    updateCountdown();
    QString message = result.message;
    if (message.isEmpty()) {
        switch (result.status) {
        case UnlockStatus::WrongPasscode:
            message = tr("Wrong passcode.");
            break;
        case UnlockStatus::Throttled:
            message = tr("Too many wrong passcodes. Wait until the countdown ends.");
            break;
        case UnlockStatus::Wiped:
            message = tr("The data on this device has been erased after too many wrong "
                         "passcodes.");
            break;
        default:
            message = tr("The data on this device could not be opened.");
            break;
        }
    }
    setUnlockMessage(message, result.triesLeft);
}

QString AppController::changePasscode(const QString &oldPasscode, const QString &newPasscode,
                                      const QString &confirmation) {
    SecureBytes oldSecret = toSecure(oldPasscode);
    SecureBytes newSecret = toSecure(newPasscode);
    SecureBytes again = toSecure(confirmation);
    if (!m_session)
        return tr("Unlock first.");
    const QString policy = checkPasscodePolicy(newSecret);
    if (!policy.isEmpty())
        return policy;
    if (!sameBytes(newSecret, again))
        return tr("The two new passcodes are not the same. Type the new passcode again.");
    const UnlockResult result = m_session->changePasscode(oldSecret, newSecret);
    if (result.status == UnlockStatus::Unlocked)
        return QString();
    if (result.status == UnlockStatus::Wiped) {
        lock();
        return result.message;
    }
    return result.message.isEmpty() ? tr("The passcode was not changed.") : result.message;
}

void AppController::lock() {
    if (!m_session)
        return;
    emit sessionEnding();
    m_session.reset();
    refreshState();
}

void AppController::retranslate() {
    emit roleOptionsChanged();
}

void AppController::startSession(std::unique_ptr<Session> session) {
    m_session = std::move(session);
    setState(Unlocked);
    emit sessionStarted();
}

void AppController::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged();
}

void AppController::setBusy(bool busy) {
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged();
}

void AppController::setSetupMessage(const QString &message) {
    if (m_setupMessage == message)
        return;
    m_setupMessage = message;
    emit setupMessageChanged();
}

void AppController::setUnlockMessage(const QString &message, int triesLeft) {
    m_unlockMessage = message;
    m_triesLeft = triesLeft;
    emit unlockMessageChanged();
}

void AppController::updateCountdown() {
    const qint64 left = m_retryAtMsecs - QDateTime::currentMSecsSinceEpoch();
    const int seconds = left > 0 ? int((left + 999) / 1000) : 0;
    if (seconds > 0 && !m_countdown.isActive())
        m_countdown.start();
    if (seconds == 0)
        m_countdown.stop();
    if (seconds != m_retryInSeconds) {
        m_retryInSeconds = seconds;
        emit retryInSecondsChanged();
    }
}

} // namespace lots
