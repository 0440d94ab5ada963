#include "acute_controller.h"

#include "app_controller.h"
#include "case_controller.h"
#include "case_list_model.h"
#include "deadline_text.h"
#include "display_format.h"
#include "field_services.h"
#include "journal/journal.h"
#include "local_notifications.h"
#include "position_service.h" // field_services.h needs the complete type
#include "settings_controller.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

namespace lots {

// Hears every append on the session's journal (whoever wrote it: this controller, the
// field documentation pages, a later sync) and asks the controller to reload once the
// append is done. Never writes anything.
class CaseChangeWatcher : public Projection {
public:
    explicit CaseChangeWatcher(std::function<void()> changed)
        : m_changed(std::move(changed)) {}
    QString name() const override { return QStringLiteral("acute-ui-watcher"); }
    void reset(Database &) override {}
    void apply(Database &, const Event &) override { m_changed(); }
    void applyBatch(Database &, const QList<Event> &) override { m_changed(); }

private:
    std::function<void()> m_changed;
};

namespace {

const char *const TimeFacts[] = {"report-received", "reflection-started", "decided-to-take-part"};

std::optional<TimeFact> timeFactFromKey(const QString &key) {
    if (key == QLatin1String(TimeFacts[0]))
        return TimeFact::ReportOfConcernReceived;
    if (key == QLatin1String(TimeFacts[1]))
        return TimeFact::ReflectionPeriodStarted;
    if (key == QLatin1String(TimeFacts[2]))
        return TimeFact::DecidedToTakePart;
    return std::nullopt;
}

QTimeZone packZone(const GuidancePack &pack) {
    const QTimeZone zone(pack.timeZone().toUtf8());
    return zone.isValid() ? zone : QTimeZone("Europe/Stockholm");
}

} // namespace

AcuteController::AcuteController(AppController *app, CaseController *cases, CaseListModel *caseList,
                                 FieldServices *fields, SettingsController *settings,
                                 platform::LocalNotifications *notifications,
                                 AcutePhase::Clock clock, QObject *parent)
    : QObject(parent)
    , m_app(app)
    , m_cases(cases)
    , m_caseList(caseList)
    , m_fields(fields)
    , m_settings(settings)
    , m_notifications(notifications)
    , m_clock(std::move(clock)) {
    if (auto r = GuidancePack::loadShipped())
        m_pack = r.value();
    else
        qWarning("guidance pack: %s", qPrintable(r.error()));

    const QStringList taskRoles = {
        QStringLiteral("taskId"),      QStringLiteral("number"),      QStringLiteral("title"),
        QStringLiteral("titleSv"),     QStringLiteral("subtitle"),    QStringLiteral("actor"),
        QStringLiteral("actorName"),   QStringLiteral("source"),      QStringLiteral("taskState"),
        QStringLiteral("stateText"),   QStringLiteral("pinned"),      QStringLiteral("ownRole"),
        QStringLiteral("changeCount"), QStringLiteral("changesText"),
    };
    m_ownTasks = new RowListModel(taskRoles, this);
    m_otherTasks = new RowListModel(taskRoles, this);
    m_deadlines = new RowListModel({QStringLiteral("ruleId"), QStringLiteral("title"),
                                    QStringLiteral("dueText"), QStringLiteral("dueState"),
                                    QStringLiteral("text"), QStringLiteral("startedText")},
                                   this);
    m_placements = new RowListModel(
        {QStringLiteral("placementId"), QStringLiteral("personId"), QStringLiteral("personLabel"),
         QStringLiteral("kindTitle"), QStringLiteral("housingId"), QStringLiteral("placedOnText"),
         QStringLiteral("details"), QStringLiteral("overrideReason"), QStringLiteral("active")},
        this);

    m_tick.setInterval(60 * 1000);
    connect(&m_tick, &QTimer::timeout, this, &AcuteController::tick);

    if (m_fields) {
        connect(m_fields, &FieldServices::started, this, &AcuteController::start);
        connect(m_fields, &FieldServices::ending, this, &AcuteController::stop);
    }
    if (m_app)
        connect(m_app, &AppController::sessionEnding, this, &AcuteController::stop);
    if (m_cases)
        connect(m_cases, &CaseController::currentChanged, this, &AcuteController::onCaseChanged);
    installDueProvider();
    if (m_fields && m_fields->docs())
        start();
}

AcuteController::~AcuteController() {
    if (m_caseList)
        m_caseList->setDueProvider({});
    stop();
}

QString AcuteController::language() const {
    return m_settings ? m_settings->effectiveLanguage() : QStringLiteral("sv");
}

void AcuteController::installDueProvider() {
    if (!m_caseList)
        return;
    m_caseList->setDueProvider([this](const QStringList &caseIds) {
        QHash<QString, CaseDueInfo> out;
        if (!m_acute)
            return out;
        const QDateTime now = m_acute->now();
        const QString lang = language();
        const DeadlineCalculator calc(m_pack);
        const QHash<QString, CaseDue> due = m_acute->nextDueByCase(caseIds);
        for (auto it = due.begin(); it != due.end(); ++it) {
            const DeadlineRule *rule = m_pack.deadline(it->ruleId);
            const DeadlineStatus status = calc.status(it->dueUtc, now);
            const QString words =
                DeadlineText::describe(status, now, calc.zone(), rule && rule->minimum);
            CaseDueInfo info;
            info.dueUtc = it->dueUtc;
            info.state = DeadlineText::stateKey(status.state);
            info.text = rule ? tr("%1: %2").arg(rule->title.text(lang), words) : words;
            out.insert(it.key(), info);
        }
        return out;
    });
}

void AcuteController::start() {
    if (m_acute || !m_fields || !m_fields->docs())
        return;
    m_acute = std::make_unique<AcutePhase>(*m_fields->docs(), m_pack, m_clock);
    m_acute->setLanguage(language());
    m_watcher = std::make_unique<CaseChangeWatcher>([this] { onJournalChanged(); });
    m_fields->docs()->context().journal.addProjection(m_watcher.get());
    m_roleKey = m_fields->docs()->context().roleKey;
    m_tick.start();
    if (m_caseList)
        m_caseList->refreshDue();
    onCaseChanged();
}

void AcuteController::stop() {
    m_tick.stop();
    // The watcher stays registered with the journal, which dies with the session right
    // after this; nothing appends in between.
    m_acute.reset();
    clearAll();
    setMessage({});
    if (m_caseList)
        m_caseList->refreshDue();
}

void AcuteController::clearAll() {
    m_caseId.clear();
    m_facts = AcuteCaseFacts{};
    m_ownTasks->clear();
    m_otherTasks->clear();
    m_deadlines->clear();
    m_placements->clear();
    m_persons.clear();
    m_openCount = 0;
    m_planSummary.clear();
    m_reportState.clear();
    m_reportText.clear();
    m_reportMadeText.clear();
    m_nextDueText.clear();
    m_nextDueState.clear();
    m_roleName.clear();
    emit changed();
}

void AcuteController::onCaseChanged() {
    setMessage({});
    reload();
}

void AcuteController::onJournalChanged() {
    // Inside the append transaction: reload after it, once per burst.
    if (m_reloadQueued)
        return;
    m_reloadQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_reloadQueued = false;
            reload();
            if (m_caseList)
                m_caseList->refreshDue();
        },
        Qt::QueuedConnection);
}

void AcuteController::refresh() {
    reload();
}

void AcuteController::retranslate() {
    if (m_acute)
        m_acute->setLanguage(language());
    reload();
    if (m_caseList)
        m_caseList->refreshDue();
}

void AcuteController::tick() {
    reloadDeadlines();
    emit changed();
    if (m_caseList)
        m_caseList->refreshDue();
}

QString AcuteController::momentText(qint64 msecs) const {
    return formatMoment(msecs);
}

QString AcuteController::whoText(const QString &role, const QString &deviceName) const {
    const GuidanceActor *actor = m_pack.actor(role);
    const QString roleName = actor ? actor->name.text(language()) : role;
    if (deviceName.isEmpty())
        return roleName;
    return tr("%1 (%2)").arg(roleName, deviceName);
}

QString AcuteController::changeText(const TaskChange &c) const {
    const QString when = momentText(c.atMsecs);
    const QString who = whoText(c.role, c.deviceName);
    switch (c.action) {
    case TaskAction::Done:
        return tr("Done %1 · %2").arg(when, who);
    case TaskAction::NotApplicable:
        return tr("Not applicable: %1 · %2 · %3").arg(c.reason, when, who);
    case TaskAction::Reopened:
        return tr("Reopened %1 · %2").arg(when, who);
    }
    return {};
}

QVariantMap AcuteController::taskRow(const TaskView &v) const {
    const bool english = language() == QLatin1String("en");
    QVariantMap row;
    row.insert(QStringLiteral("taskId"), v.task.id);
    row.insert(QStringLiteral("number"), v.task.number);
    // Swedish first (the guidance's own words); the English follows in the English UI.
    row.insert(QStringLiteral("title"), v.task.title.sv);
    row.insert(QStringLiteral("titleSv"), v.task.title.sv);
    row.insert(QStringLiteral("subtitle"), english ? v.task.title.en : QString());
    row.insert(QStringLiteral("actor"), v.task.actor);
    row.insert(QStringLiteral("actorName"), v.actorName);
    row.insert(QStringLiteral("source"), tr("Source: %1").arg(v.task.sourceSection));
    row.insert(QStringLiteral("taskState"), taskStateKey(v.state));
    QString stateText = tr("Open");
    if (v.last && v.state != TaskState::Open)
        stateText = changeText(*v.last);
    else if (v.last)
        stateText = tr("Open (reopened %1)").arg(momentText(v.last->atMsecs));
    row.insert(QStringLiteral("stateText"), stateText);
    row.insert(QStringLiteral("pinned"), v.pinned);
    row.insert(QStringLiteral("ownRole"), v.ownRole);
    row.insert(QStringLiteral("changeCount"), v.changeCount);
    row.insert(QStringLiteral("changesText"),
               v.changeCount > 0 ? tr("%n change(s)", nullptr, v.changeCount) : QString());
    return row;
}

QString AcuteController::personLabel(const QString &personId) const {
    for (const QVariant &p : m_persons) {
        const QVariantMap m = p.toMap();
        if (m.value(QStringLiteral("personId")).toString() == personId)
            return m.value(QStringLiteral("label")).toString();
    }
    return tr("a person of this case");
}

void AcuteController::reload() {
    const QString caseId = m_cases && m_cases->hasCase() ? m_cases->caseId() : QString();
    if (!m_acute || caseId.isEmpty()) {
        clearAll();
        return;
    }
    m_caseId = caseId;
    const QString lang = language();
    m_acute->setLanguage(lang);
    const GuidanceActor *actor = m_pack.actor(m_roleKey);
    m_roleName = actor ? actor->name.text(lang) : QString();

    m_facts = m_acute->facts(caseId);

    // Persons, for labels and the placement form.
    m_persons.clear();
    if (m_fields && m_fields->docs()) {
        int n = 0;
        for (const PersonView &p : m_fields->docs()->persons().list(caseId)) {
            ++n;
            QVariantMap m;
            m.insert(QStringLiteral("personId"), p.personId);
            m.insert(QStringLiteral("label"),
                     p.details.label.isEmpty() ? tr("Person %1").arg(n) : p.details.label);
            m.insert(QStringLiteral("isChild"), p.isChild);
            m_persons.append(m);
        }
    }

    // The plan: pinned and own first, the others one step away.
    const AcuteActionPlan plan = m_acute->plan(caseId);
    QList<QVariantMap> own;
    QList<QVariantMap> others;
    for (const TaskView &v : plan.tasks) {
        if (v.pinned || v.ownRole)
            own.append(taskRow(v));
        else
            others.append(taskRow(v));
    }
    m_ownTasks->setRows(own);
    m_otherTasks->setRows(others);
    m_openCount = plan.openCount;
    if (m_roleName.isEmpty())
        m_planSummary = tr("This device has no role in the guidance. The tasks of every actor "
                           "are under \"What the others should do\".");
    else if (plan.openCount == 0)
        m_planSummary = tr("%1: no open tasks.").arg(m_roleName);
    else
        m_planSummary = tr("%1: %n open task(s).", nullptr, plan.openCount).arg(m_roleName);

    // Report of concern.
    const ReportOfConcernView roc = m_acute->reportOfConcern(caseId);
    switch (roc.assessment.need) {
    case ReportOfConcernNeed::Required:
        m_reportState = QStringLiteral("required");
        break;
    case ReportOfConcernNeed::Offered:
        m_reportState = QStringLiteral("offered");
        break;
    case ReportOfConcernNeed::Made:
        m_reportState = QStringLiteral("made");
        break;
    case ReportOfConcernNeed::NotNeeded:
        m_reportState = QStringLiteral("not-needed");
        break;
    }
    m_reportText = roc.text;
    m_reportMadeText.clear();
    if (!roc.reports.isEmpty()) {
        const ReportOfConcernRecord &r = roc.reports.constLast();
        m_reportMadeText = tr("Made to %1 social services, %2, by %3")
                               .arg(r.socialServices, momentText(r.madeAtMsecs), r.madeBy);
        if (roc.reports.size() > 1)
            m_reportMadeText +=
                QLatin1Char(' ') + tr("(%n report(s) recorded)", nullptr, int(roc.reports.size()));
    }

    // Placements.
    QList<QVariantMap> placements;
    const QLocale locale;
    for (const PlacementView &p : m_acute->placements(caseId)) {
        QVariantMap m;
        m.insert(QStringLiteral("placementId"), p.placementId);
        m.insert(QStringLiteral("personId"), p.personId);
        m.insert(QStringLiteral("personLabel"), personLabel(p.personId));
        m.insert(QStringLiteral("kindTitle"), p.kindTitle);
        m.insert(QStringLiteral("housingId"), p.housingId);
        m.insert(QStringLiteral("placedOnText"), locale.toString(p.placedOn, QLocale::ShortFormat));
        QStringList details;
        if (!p.supportLevel.isEmpty())
            details << tr("Support: %1").arg(p.supportLevel);
        if (p.staffedAroundTheClock)
            details << tr("Staffed around the clock");
        if (p.transportAccompanied)
            details << tr("Transport accompanied by social services");
        if (!p.active)
            details << tr("Ended");
        m.insert(QStringLiteral("details"), details.join(QStringLiteral(" · ")));
        m.insert(QStringLiteral("overrideReason"),
                 p.overrideReason.isEmpty()
                     ? QString()
                     : tr("Placed at the same housing as another person of this case. Reason: %1")
                           .arg(p.overrideReason));
        m.insert(QStringLiteral("active"), p.active);
        placements.append(m);
    }
    m_placements->setRows(placements);

    reloadDeadlines();
    emit changed();
}

void AcuteController::reloadDeadlines() {
    if (!m_acute || m_caseId.isEmpty()) {
        m_deadlines->clear();
        m_nextDueText.clear();
        m_nextDueState.clear();
        return;
    }
    const QDateTime now = m_acute->now();
    const QTimeZone zone = packZone(m_pack);
    QList<QVariantMap> rows;
    for (const DeadlineView &d : m_acute->deadlines(m_caseId, now)) {
        QVariantMap m;
        m.insert(QStringLiteral("ruleId"), d.ruleId);
        m.insert(QStringLiteral("title"), d.title);
        m.insert(QStringLiteral("dueText"), DeadlineText::describe(d.status, now, zone, d.minimum));
        m.insert(QStringLiteral("dueState"), DeadlineText::stateKey(d.status.state));
        m.insert(QStringLiteral("text"), d.text);
        m.insert(QStringLiteral("startedText"),
                 tr("From %1").arg(momentText(d.triggerUtc.toMSecsSinceEpoch())));
        rows.append(m);
    }
    m_deadlines->setRows(rows);
    const std::optional<DeadlineView> next = m_acute->nextDeadline(m_caseId, now);
    if (next) {
        m_nextDueText = tr("%1: %2").arg(
            next->title, DeadlineText::describe(next->status, now, zone, next->minimum));
        m_nextDueState = DeadlineText::stateKey(next->status.state);
    } else {
        m_nextDueText.clear();
        m_nextDueState.clear();
    }
    if (m_notifications && m_notifications->isAvailable() && next && !next->minimum)
        m_notifications->schedule(next->dueUtc, tr("A deadline in Lots is due."));
}

QVariantList AcuteController::investigationLeadOptions() const {
    return {
        QVariantMap{{QStringLiteral("key"), QStringLiteral("none")},
                    {QStringLiteral("name"), tr("Nobody yet / not known")}},
        QVariantMap{{QStringLiteral("key"), QStringLiteral("police")},
                    {QStringLiteral("name"), tr("The police")}},
        QVariantMap{{QStringLiteral("key"), QStringLiteral("prosecutor")},
                    {QStringLiteral("name"), tr("The prosecutor")}},
    };
}

QString AcuteController::reportReceivedText() const {
    return m_facts.reportOfConcernReceivedAt.isValid()
               ? momentText(m_facts.reportOfConcernReceivedAt.toMSecsSinceEpoch())
               : QString();
}

QString AcuteController::reflectionStartedText() const {
    return m_facts.reflectionPeriodStartedAt.isValid()
               ? momentText(m_facts.reflectionPeriodStartedAt.toMSecsSinceEpoch())
               : QString();
}

QString AcuteController::decidedToTakePartText() const {
    return m_facts.decidedToTakePartAt.isValid()
               ? momentText(m_facts.decidedToTakePartAt.toMSecsSinceEpoch())
               : QString();
}

QVariantList AcuteController::placementKindOptions() const {
    QVariantList out;
    for (const PlacementKind &k : m_pack.placementKinds())
        out.append(QVariantMap{{QStringLiteral("key"), k.id},
                               {QStringLiteral("name"), k.title.text(language())}});
    return out;
}

QStringList AcuteController::childPlacementReminders() const {
    return m_acute ? m_acute->childPlacementReminders() : QStringList();
}

bool AcuteController::remindersAvailable() const {
    return m_notifications && m_notifications->isAvailable();
}

QString AcuteController::remindersText() const {
    if (remindersAvailable())
        return tr("This device reminds you when a deadline is due. The reminder names no case.");
    return tr("Reminders from the system are not available on this device. The case list "
              "shows what is due first and warns when something is overdue or due today.");
}

void AcuteController::setMessage(const QString &message) {
    if (m_message == message)
        return;
    m_message = message;
    emit messageChanged();
}

void AcuteController::clearMessage() {
    setMessage({});
}

bool AcuteController::check(const WriteResult &result) {
    setMessage(result.ok() ? result.warning : result.error);
    return result.ok();
}

QDateTime AcuteController::parseTime(const QString &text, const QDateTime &nowUtc, bool *ok) {
    *ok = true;
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    static const QRegularExpression timeOnly(QStringLiteral("^(\\d{1,2})[:.](\\d{2})$"));
    static const QRegularExpression dateTime(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})[ T](\\d{1,2})[:.](\\d{2})$"));
    const QDateTime localNow = nowUtc.toLocalTime();
    if (const auto m = timeOnly.match(t); m.hasMatch()) {
        const QTime time(m.captured(1).toInt(), m.captured(2).toInt());
        if (time.isValid())
            return QDateTime(localNow.date(), time).toUTC();
    } else if (const auto d = dateTime.match(t); d.hasMatch()) {
        const QDate date(d.captured(1).toInt(), d.captured(2).toInt(), d.captured(3).toInt());
        const QTime time(d.captured(4).toInt(), d.captured(5).toInt());
        if (date.isValid() && time.isValid())
            return QDateTime(date, time).toUTC();
    }
    *ok = false;
    return {};
}

// --- task status ------------------------------------------------------------------------

bool AcuteController::markDone(const QString &taskId, const QString &note, const QString &time) {
    if (!active())
        return false;
    bool ok = false;
    const QDateTime at = parseTime(time, m_acute->now(), &ok);
    if (!ok) {
        setMessage(tr("The time \"%1\" is not a time. Write it like 14:05, or leave it empty "
                      "for now.")
                       .arg(time));
        return false;
    }
    if (at.isValid() && at > m_acute->now().addSecs(5 * 60)) {
        setMessage(tr("The time is in the future. Give the time it was done, or leave it "
                      "empty for now."));
        return false;
    }
    return check(m_acute->markDone(m_caseId, taskId, note.trimmed(), at));
}

bool AcuteController::markNotApplicable(const QString &taskId, const QString &reason,
                                        const QString &note) {
    if (!active())
        return false;
    if (reason.trimmed().isEmpty()) {
        setMessage(tr("Write why the task does not apply to this case. The reason is kept "
                      "with the case."));
        return false;
    }
    return check(m_acute->markNotApplicable(m_caseId, taskId, reason.trimmed(), note.trimmed()));
}

bool AcuteController::reopen(const QString &taskId, const QString &note) {
    if (!active())
        return false;
    return check(m_acute->reopen(m_caseId, taskId, note.trimmed()));
}

QVariantList AcuteController::taskHistory(const QString &taskId) const {
    QVariantList out;
    if (!active())
        return out;
    for (const TaskChange &c : m_acute->taskHistory(m_caseId, taskId)) {
        QString action;
        switch (c.action) {
        case TaskAction::Done:
            action = tr("Marked done");
            break;
        case TaskAction::NotApplicable:
            action = tr("Marked not applicable");
            break;
        case TaskAction::Reopened:
            action = tr("Reopened");
            break;
        }
        QString when = momentText(c.atMsecs);
        if (qAbs(c.recordedAtMsecs - c.atMsecs) > 60 * 1000)
            when = tr("%1 (recorded %2)").arg(when, momentText(c.recordedAtMsecs));
        out.append(QVariantMap{
            {QStringLiteral("action"), taskActionKey(c.action)},
            {QStringLiteral("actionText"), action},
            {QStringLiteral("whenText"), when},
            {QStringLiteral("who"), whoText(c.role, c.deviceName)},
            {QStringLiteral("reason"), c.reason},
            {QStringLiteral("note"), c.note},
        });
    }
    return out;
}

QVariantMap AcuteController::task(const QString &taskId) const {
    for (RowListModel *model : {m_ownTasks, m_otherTasks}) {
        const int i = model->indexOf(QStringLiteral("taskId"), taskId);
        if (i >= 0)
            return model->get(i);
    }
    return {};
}

// --- case facts -------------------------------------------------------------------------

bool AcuteController::setInvestigationLead(const QString &key) {
    if (!active())
        return false;
    const auto lead = investigationLeadFromKey(key);
    if (!lead) {
        setMessage(tr("Choose who leads the preliminary investigation."));
        return false;
    }
    return check(m_acute->setInvestigationLead(m_caseId, *lead));
}

bool AcuteController::setGreaterProtectionNeed(bool need) {
    if (!active())
        return false;
    return check(m_acute->setGreaterProtectionNeed(m_caseId, need));
}

bool AcuteController::recordTime(const QString &fact, const QString &time) {
    if (!active())
        return false;
    bool ok = false;
    const QDateTime at = parseTime(time, m_acute->now(), &ok);
    if (!ok) {
        setMessage(tr("The time \"%1\" is not a time. Write it like 14:05 (today) or "
                      "2026-11-28 14:05, or leave it empty for now.")
                       .arg(time));
        return false;
    }
    return recordTimeAt(fact, at);
}

bool AcuteController::recordTimeAt(const QString &fact, const QDateTime &at) {
    if (!active())
        return false;
    const auto which = timeFactFromKey(fact);
    if (!which)
        return false;
    switch (*which) {
    case TimeFact::ReportOfConcernReceived:
        return check(m_acute->setReportOfConcernReceived(m_caseId, at));
    case TimeFact::ReflectionPeriodStarted:
        return check(m_acute->setReflectionPeriodStarted(m_caseId, at));
    case TimeFact::DecidedToTakePart:
        return check(m_acute->setDecidedToTakePart(m_caseId, at));
    }
    return false;
}

bool AcuteController::clearTime(const QString &fact) {
    if (!active())
        return false;
    const auto which = timeFactFromKey(fact);
    if (!which)
        return false;
    return check(m_acute->clearTime(m_caseId, *which));
}

// --- report of concern ------------------------------------------------------------------

bool AcuteController::recordReportOfConcern(const QString &socialServices, const QString &madeBy,
                                            const QString &note, const QString &time) {
    if (!active())
        return false;
    if (socialServices.trimmed().isEmpty()) {
        setMessage(tr("Write which social services received the report, for example "
                      "\"Södermalm\"."));
        return false;
    }
    if (madeBy.trimmed().isEmpty()) {
        setMessage(tr("Write who made the report (name or service number)."));
        return false;
    }
    bool ok = false;
    const QDateTime at = parseTime(time, m_acute->now(), &ok);
    if (!ok) {
        setMessage(tr("The time \"%1\" is not a time. Write it like 14:05 (today) or "
                      "2026-11-28 14:05, or leave it empty for now.")
                       .arg(time));
        return false;
    }
    ReportOfConcernInput input;
    input.socialServices = socialServices.trimmed();
    input.madeBy = madeBy.trimmed();
    input.note = note.trimmed();
    input.madeAt = at;
    return check(m_acute->recordReportOfConcernMade(m_caseId, input));
}

// --- placements -------------------------------------------------------------------------

bool AcuteController::personIsChild(const QString &personId) const {
    for (const QVariant &p : m_persons) {
        const QVariantMap m = p.toMap();
        if (m.value(QStringLiteral("personId")).toString() == personId)
            return m.value(QStringLiteral("isChild")).toBool();
    }
    return false;
}

QVariantMap AcuteController::place(const QString &personId, const QString &kindKey,
                                   const QString &housingId, const QString &placedOn,
                                   const QString &supportLevel, bool staffedAroundTheClock,
                                   bool transportAccompanied, const QString &note,
                                   const QString &overrideReason, bool overriding) {
    QVariantMap out{{QStringLiteral("ok"), false}};
    auto refuse = [&](const QString &message) {
        setMessage(message);
        out.insert(QStringLiteral("error"), message);
        return out;
    };
    if (!active())
        return refuse(tr("Open a case first."));
    if (personId.isEmpty())
        return refuse(tr("Choose the person who is placed."));
    const auto kind = placementKindFromKey(kindKey);
    if (!kind)
        return refuse(tr("Choose the kind of placement."));
    if (housingId.trimmed().isEmpty())
        return refuse(tr("Write an identifier of the housing (not its address), so that "
                         "placements of the same case can be compared."));
    QDate date;
    if (!placedOn.trimmed().isEmpty()) {
        date = QDate::fromString(placedOn.trimmed(), Qt::ISODate);
        if (!date.isValid())
            return refuse(tr("The date \"%1\" is not a date. Write it like 2026-11-28, or "
                             "leave it empty for today.")
                              .arg(placedOn));
    }
    PlacementInput input;
    input.personId = personId;
    input.kind = *kind;
    input.housingId = housingId.trimmed();
    input.placedOn = date;
    input.supportLevel = supportLevel.trimmed();
    input.staffedAroundTheClock = staffedAroundTheClock;
    input.transportAccompanied = transportAccompanied;
    input.note = note.trimmed();
    PlacementResult r = m_acute->place(input, overrideReason.trimmed());
    QStringList conflictLabels;
    for (const QString &id : r.conflictWith)
        conflictLabels << personLabel(id);
    if (!r.ok() && overriding && overrideReason.trimmed().isEmpty() && !r.ruleText.isEmpty())
        r.error = tr("Write why the person is placed at the same housing anyway. The reason is "
                     "kept with the case.");
    out.insert(QStringLiteral("ok"), r.ok());
    out.insert(QStringLiteral("error"), r.error);
    out.insert(QStringLiteral("ruleText"), r.ruleText);
    out.insert(QStringLiteral("conflictWith"), conflictLabels.join(QStringLiteral(", ")));
    out.insert(QStringLiteral("childReminders"), r.childReminders);
    out.insert(QStringLiteral("overridden"), r.overridden);
    setMessage(r.error);
    return out;
}

// --- words ------------------------------------------------------------------------------

QString AcuteController::glossaryMeaning(const QString &swedishTerm) const {
    for (const GlossaryEntry &g : m_pack.glossary()) {
        if (g.sv.compare(swedishTerm, Qt::CaseInsensitive) == 0)
            return g.meaning.text(language());
    }
    return {};
}

QString AcuteController::glossaryTerm(const QString &swedishTerm) const {
    for (const GlossaryEntry &g : m_pack.glossary()) {
        if (g.sv.compare(swedishTerm, Qt::CaseInsensitive) == 0)
            return g.en;
    }
    return {};
}

} // namespace lots
