#pragma once

#include "crypto/vault.h"
#include "store/session.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <QVariantList>
#include <memory>

namespace lots {

// The state of the installation and the one open Session. Locking destroys the Session
// (closes the database, wipes the keys); everything that shows case data listens to
// sessionEnding() and drops it.
class AppController : public QObject {
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString setupMessage READ setupMessage NOTIFY setupMessageChanged)
    Q_PROPERTY(QString unlockMessage READ unlockMessage NOTIFY unlockMessageChanged)
    Q_PROPERTY(int triesLeft READ triesLeft NOTIFY unlockMessageChanged)
    Q_PROPERTY(int retryInSeconds READ retryInSeconds NOTIFY retryInSecondsChanged)
    Q_PROPERTY(QString deviceName READ deviceName NOTIFY stateChanged)
    Q_PROPERTY(QVariantList roleOptions READ roleOptions NOTIFY roleOptionsChanged)
    Q_PROPERTY(QString dataDirectory READ dataDirectory CONSTANT)

public:
    enum State { NeedsSetup, Locked, Unlocked, Wiped, Damaged };
    Q_ENUM(State)

    // kdf is the cost used by setup() and changePasscode(). The app passes
    // KdfParams::standard(); only test programs pass anything else.
    AppController(const QString &dataDirectory, const KdfParams &kdf, QObject *parent = nullptr);
    ~AppController() override;

    // LOTS_DATA_DIR when set, else QStandardPaths::AppDataLocation.
    static QString defaultDataDirectory();
    static QString roleLabel(Role role);

    State state() const { return m_state; }
    bool busy() const { return m_busy; }
    QString setupMessage() const { return m_setupMessage; }
    QString unlockMessage() const { return m_unlockMessage; }
    int triesLeft() const { return m_triesLeft; }
    int retryInSeconds() const { return m_retryInSeconds; }
    QString deviceName() const;
    QVariantList roleOptions() const;
    QString dataDirectory() const { return m_dir.path; }

    Session *session() const { return m_session.get(); }

    // Returns true when the installation was created and unlocked.
    Q_INVOKABLE bool setup(const QString &roleKey, const QString &deviceName,
                           const QString &passcode, const QString &confirmation);
    Q_INVOKABLE bool unlock(const QString &passcode);
    // Returns an empty string on success, else a translated reason.
    Q_INVOKABLE QString changePasscode(const QString &oldPasscode, const QString &newPasscode,
                                       const QString &confirmation);

public slots:
    void lock();
    void refreshState();
    void retranslate();

signals:
    void stateChanged();
    void busyChanged();
    void setupMessageChanged();
    void unlockMessageChanged();
    void retryInSecondsChanged();
    void roleOptionsChanged();
    void sessionStarted();
    void sessionEnding();

private:
    void setState(State state);
    void setBusy(bool busy);
    void setSetupMessage(const QString &message);
    void setUnlockMessage(const QString &message, int triesLeft);
    void startSession(std::unique_ptr<Session> session);
    void applyUnlockResult(const UnlockResult &result);
    void updateCountdown();

    DataDir m_dir;
    KdfParams m_kdf;
    std::unique_ptr<Session> m_session;
    State m_state = NeedsSetup;
    bool m_busy = false;
    QString m_setupMessage;
    QString m_unlockMessage;
    int m_triesLeft = 0;
    int m_retryInSeconds = 0;
    qint64 m_retryAtMsecs = 0;
    QTimer m_countdown;
};

} // namespace lots
