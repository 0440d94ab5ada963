#pragma once

#include "content/guidance_pack.h"
#include "domain/acute_phase.h"
#include "row_list_model.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVariantList>
#include <memory>

namespace lots {

class AppController;
class CaseController;
class CaseListModel;
class FieldServices;
class SettingsController;
class CaseChangeWatcher;

namespace platform {
class LocalNotifications;
}

// The acute-phase guide of the open case for QML: the action plan of this device's role
// (and the others' one step away) with task status, the case facts the plan needs,
// the report of concern, deadlines in words, placements. Builds its AcutePhase on top of
// FieldServices when the session starts and drops it (and every row) before it ends.
// Also feeds the case list with each case's next deadline (sorting and the reminder).
class AcuteController : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool active READ active NOTIFY changed)
    Q_PROPERTY(QString roleKey READ roleKey NOTIFY changed)
    Q_PROPERTY(QString roleName READ roleName NOTIFY changed)
    Q_PROPERTY(bool hasChild READ hasChild NOTIFY changed)
    Q_PROPERTY(lots::RowListModel *ownTasks READ ownTasks CONSTANT)
    Q_PROPERTY(lots::RowListModel *otherTasks READ otherTasks CONSTANT)
    Q_PROPERTY(int openCount READ openCount NOTIFY changed)
    Q_PROPERTY(QString planSummary READ planSummary NOTIFY changed)
    Q_PROPERTY(QString reportState READ reportState NOTIFY changed)
    Q_PROPERTY(QString reportText READ reportText NOTIFY changed)
    Q_PROPERTY(QString reportMadeText READ reportMadeText NOTIFY changed)
    Q_PROPERTY(QString investigationLead READ investigationLead NOTIFY changed)
    Q_PROPERTY(QVariantList investigationLeadOptions READ investigationLeadOptions NOTIFY changed)
    Q_PROPERTY(bool greaterProtectionNeed READ greaterProtectionNeed NOTIFY changed)
    Q_PROPERTY(bool livesAbroad READ livesAbroad NOTIFY changed)
    Q_PROPERTY(QString reportReceivedText READ reportReceivedText NOTIFY changed)
    Q_PROPERTY(QString reflectionStartedText READ reflectionStartedText NOTIFY changed)
    Q_PROPERTY(QString decidedToTakePartText READ decidedToTakePartText NOTIFY changed)
    Q_PROPERTY(lots::RowListModel *deadlines READ deadlines CONSTANT)
    Q_PROPERTY(QString nextDueText READ nextDueText NOTIFY changed)
    Q_PROPERTY(QString nextDueState READ nextDueState NOTIFY changed)
    Q_PROPERTY(lots::RowListModel *placements READ placements CONSTANT)
    Q_PROPERTY(QVariantList persons READ persons NOTIFY changed)
    Q_PROPERTY(QVariantList placementKindOptions READ placementKindOptions NOTIFY changed)
    Q_PROPERTY(QStringList childPlacementReminders READ childPlacementReminders NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool remindersAvailable READ remindersAvailable CONSTANT)
    Q_PROPERTY(QString remindersText READ remindersText NOTIFY changed)

public:
    // notifications: the platform's local notifications (not owned; may be null).
    // clock: UTC now; the wall clock when empty (tests pass a fixed one).
    AcuteController(AppController *app, CaseController *cases, CaseListModel *caseList,
                    FieldServices *fields, SettingsController *settings,
                    platform::LocalNotifications *notifications = nullptr,
                    AcutePhase::Clock clock = {}, QObject *parent = nullptr);
    ~AcuteController() override;

    bool active() const { return m_acute && !m_caseId.isEmpty(); }
    QString caseId() const { return m_caseId; }
    AcutePhase *acute() const { return m_acute.get(); }
    const GuidancePack &pack() const { return m_pack; }
    QString language() const;

    QString roleKey() const { return m_roleKey; }
    QString roleName() const { return m_roleName; }
    bool hasChild() const { return m_facts.hasChild; }
    RowListModel *ownTasks() const { return m_ownTasks; }
    RowListModel *otherTasks() const { return m_otherTasks; }
    int openCount() const { return m_openCount; }
    QString planSummary() const { return m_planSummary; }
    QString reportState() const { return m_reportState; }
    QString reportText() const { return m_reportText; }
    QString reportMadeText() const { return m_reportMadeText; }
    QString investigationLead() const { return investigationLeadKey(m_facts.investigationLead); }
    QVariantList investigationLeadOptions() const;
    bool greaterProtectionNeed() const { return m_facts.greaterProtectionNeed; }
    bool livesAbroad() const { return m_facts.livesAbroad; }
    QString reportReceivedText() const;
    QString reflectionStartedText() const;
    QString decidedToTakePartText() const;
    RowListModel *deadlines() const { return m_deadlines; }
    QString nextDueText() const { return m_nextDueText; }
    QString nextDueState() const { return m_nextDueState; }
    RowListModel *placements() const { return m_placements; }
    QVariantList persons() const { return m_persons; }
    QVariantList placementKindOptions() const;
    QStringList childPlacementReminders() const;
    QString message() const { return m_message; }
    bool remindersAvailable() const;
    QString remindersText() const;

    // --- task status ---------------------------------------------------------------
    // time: "14:05" (today, local) or empty for now.
    Q_INVOKABLE bool markDone(const QString &taskId, const QString &note = {},
                              const QString &time = {});
    Q_INVOKABLE bool markNotApplicable(const QString &taskId, const QString &reason,
                                       const QString &note = {});
    Q_INVOKABLE bool reopen(const QString &taskId, const QString &note = {});
    // Rows {action, actionText, whenText, who, reason, note}, oldest first.
    Q_INVOKABLE QVariantList taskHistory(const QString &taskId) const;
    // The row of one task (from either list); empty when not in the plan.
    Q_INVOKABLE QVariantMap task(const QString &taskId) const;

    // --- case facts --------------------------------------------------------------
    Q_INVOKABLE bool setInvestigationLead(const QString &key);
    Q_INVOKABLE bool setGreaterProtectionNeed(bool need);
    // fact: "report-received", "reflection-started", "decided-to-take-part";
    // time: "14:05" today, "2026-11-28 14:05", or empty for now.
    Q_INVOKABLE bool recordTime(const QString &fact, const QString &time = {});
    Q_INVOKABLE bool recordTimeAt(const QString &fact, const QDateTime &at);
    Q_INVOKABLE bool clearTime(const QString &fact);

    // --- report of concern -------------------------------------------------------
    Q_INVOKABLE bool recordReportOfConcern(const QString &socialServices, const QString &madeBy,
                                           const QString &note = {}, const QString &time = {});

    // --- placements ----------------------------------------------------------------
    // Returns {ok, error, ruleText, conflictWith (labels), childReminders, overridden}.
    // overriding: the user asks to place despite a same-housing conflict; then a written
    // overrideReason is required.
    Q_INVOKABLE QVariantMap place(const QString &personId, const QString &kindKey,
                                  const QString &housingId, const QString &placedOn,
                                  const QString &supportLevel, bool staffedAroundTheClock,
                                  bool transportAccompanied, const QString &note,
                                  const QString &overrideReason = {}, bool overriding = false);
    Q_INVOKABLE bool personIsChild(const QString &personId) const;

    // --- words -------------------------------------------------------------------
    // The plain meaning of a Swedish professional term ("orosanmälan"); empty if unknown.
    Q_INVOKABLE QString glossaryMeaning(const QString &swedishTerm) const;
    Q_INVOKABLE QString glossaryTerm(const QString &swedishTerm) const; // the English term

    Q_INVOKABLE void clearMessage();
    Q_INVOKABLE void refresh();

    // Parses "14:05" (today, local) / "2026-11-28 14:05" / "" (invalid = now); sets ok.
    static QDateTime parseTime(const QString &text, const QDateTime &nowUtc, bool *ok);

public slots:
    void retranslate();
    void tick(); // minute timer: deadline words and the case list move on

signals:
    void changed();
    void messageChanged();

private:
    void start();
    void stop();
    void onCaseChanged();
    void onJournalChanged();
    void reload();
    void reloadDeadlines();
    void clearAll();
    bool check(const WriteResult &result);
    void setMessage(const QString &message);
    QVariantMap taskRow(const TaskView &view) const;
    QString changeText(const TaskChange &change) const;
    QString whoText(const QString &role, const QString &deviceName) const;
    QString momentText(qint64 msecs) const;
    QString personLabel(const QString &personId) const;
    void installDueProvider();

    QPointer<AppController> m_app;
    QPointer<CaseController> m_cases;
    QPointer<CaseListModel> m_caseList;
    QPointer<FieldServices> m_fields;
    QPointer<SettingsController> m_settings;
    platform::LocalNotifications *m_notifications = nullptr;
    AcutePhase::Clock m_clock;
    GuidancePack m_pack;
    std::unique_ptr<AcutePhase> m_acute;
    std::unique_ptr<CaseChangeWatcher> m_watcher;
    QTimer m_tick;
    bool m_reloadQueued = false;

    QString m_caseId;
    QString m_roleKey;
    QString m_roleName;
    AcuteCaseFacts m_facts;
    RowListModel *m_ownTasks = nullptr;
    RowListModel *m_otherTasks = nullptr;
    RowListModel *m_deadlines = nullptr;
    RowListModel *m_placements = nullptr;
    QVariantList m_persons;
    int m_openCount = 0;
    QString m_planSummary;
    QString m_reportState;
    QString m_reportText;
    QString m_reportMadeText;
    QString m_nextDueText;
    QString m_nextDueState;
    QString m_message;
};

} // namespace lots
