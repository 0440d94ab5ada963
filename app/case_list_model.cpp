#include "case_list_model.h"

#include "app_controller.h"
#include "display_format.h"

#include <QDateTime>
#include <algorithm>

namespace lots {

CaseListModel::CaseListModel(AppController *app, QObject *parent)
    : QAbstractListModel(parent)
    , m_app(app) {
    connect(app, &AppController::sessionStarted, this, &CaseListModel::refresh);
    connect(app, &AppController::sessionEnding, this, &CaseListModel::clear);
    refresh();
}

int CaseListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseSummary &row = m_rows.at(index.row());
    switch (role) {
    case CaseIdRole:
        return row.caseId;
    case ReferenceRole:
        return row.reference;
    case OpenedAtRole:
        return QDateTime::fromMSecsSinceEpoch(row.openedAtMsecs);
    case LastChangeRole:
        return QDateTime::fromMSecsSinceEpoch(row.lastChangeMsecs);
    case Qt::DisplayRole:
    case TitleRole:
        return titleFor(row);
    case SubtitleRole:
        return subtitleFor(row);
    case DueTextRole:
        return m_due.value(row.caseId).text;
    case DueStateRole:
        return m_due.value(row.caseId).state;
    default:
        return {};
    }
}

QHash<int, QByteArray> CaseListModel::roleNames() const {
    return {
        {Qt::DisplayRole, "display"}, {CaseIdRole, "caseId"},         {ReferenceRole, "reference"},
        {OpenedAtRole, "openedAt"},   {LastChangeRole, "lastChange"}, {TitleRole, "title"},
        {SubtitleRole, "subtitle"}, {DueTextRole, "dueText"},         {DueStateRole, "dueState"},
    };
}

QString CaseListModel::titleFor(const CaseSummary &summary) {
    if (!summary.reference.isEmpty())
        return tr("Case %1").arg(summary.reference);
    return tr("Case opened %1").arg(formatMoment(summary.openedAtMsecs));
}

QString CaseListModel::subtitleFor(const CaseSummary &summary) {
    if (!summary.reference.isEmpty())
        return tr("Opened %1 · last change %2")
            .arg(formatMoment(summary.openedAtMsecs), formatMoment(summary.lastChangeMsecs));
    return tr("Last change %1").arg(formatMoment(summary.lastChangeMsecs));
}

void CaseListModel::refresh() {
    const int before = int(m_rows.size());
    beginResetModel();
    m_rows.clear();
    if (m_app && m_app->session())
        m_rows = m_app->session()->cases().list();
    applyDue();
    endResetModel();
    if (before != m_rows.size())
        emit countChanged();
}

void CaseListModel::clear() {
    const int before = int(m_rows.size());
    beginResetModel();
    m_rows.clear();
    applyDue();
    endResetModel();
    if (before != 0)
        emit countChanged();
}

void CaseListModel::setDueProvider(DueProvider provider) {
    m_dueProvider = std::move(provider);
    refreshDue();
}

void CaseListModel::applyDue() {
    m_due.clear();
    if (m_dueProvider && !m_rows.isEmpty()) {
        QStringList ids;
        ids.reserve(m_rows.size());
        for (const CaseSummary &row : m_rows)
            ids << row.caseId;
        m_due = m_dueProvider(ids);
    }
    // With a deadline first, soonest first; then the others by last change, newest first.
    std::stable_sort(m_rows.begin(), m_rows.end(), [this](const CaseSummary &a, const CaseSummary &b) {
        const auto da = m_due.constFind(a.caseId);
        const auto db = m_due.constFind(b.caseId);
        const bool ha = da != m_due.constEnd();
        const bool hb = db != m_due.constEnd();
        if (ha != hb)
            return ha;
        if (ha && da->dueUtc != db->dueUtc)
            return da->dueUtc < db->dueUtc;
        return a.lastChangeMsecs > b.lastChangeMsecs;
    });
    int overdue = 0;
    int dueToday = 0;
    for (const CaseDueInfo &d : std::as_const(m_due)) {
        if (d.state == QLatin1String("overdue"))
            ++overdue;
        else if (d.state == QLatin1String("due-today"))
            ++dueToday;
    }
    QString text;
    if (overdue > 0 && dueToday > 0)
        text = tr("%n case(s) overdue", nullptr, overdue) + tr(", ") +
               tr("%n due today", nullptr, dueToday);
    else if (overdue > 0)
        text = tr("%n case(s) overdue", nullptr, overdue);
    else if (dueToday > 0)
        text = tr("%n case(s) due today", nullptr, dueToday);
    const QString state = overdue > 0    ? QStringLiteral("overdue")
                          : dueToday > 0 ? QStringLiteral("due-today")
                                         : QString();
    if (text != m_reminderText || state != m_reminderState) {
        m_reminderText = text;
        m_reminderState = state;
        emit reminderChanged();
    }
}

void CaseListModel::refreshDue() {
    if (m_rows.isEmpty()) {
        applyDue();
        return;
    }
    QStringList before;
    for (const CaseSummary &row : m_rows)
        before << row.caseId;
    const QList<CaseSummary> saved = m_rows;
    applyDue();
    bool sameOrder = true;
    for (qsizetype i = 0; i < m_rows.size() && sameOrder; ++i)
        sameOrder = m_rows.at(i).caseId == before.at(i);
    if (sameOrder) {
        // The words move on every minute: no reset, the list keeps its scroll position.
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {DueTextRole, DueStateRole});
        return;
    }
    // The order changed: reset with the new order.
    QList<CaseSummary> sorted = m_rows;
    m_rows = saved;
    beginResetModel();
    m_rows = sorted;
    endResetModel();
}

} // namespace lots
