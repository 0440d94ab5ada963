#include "case_list_model.h"

#include "app_controller.h"
#include "display_format.h"

#include <QDateTime>

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
    default:
        return {};
    }
}

QHash<int, QByteArray> CaseListModel::roleNames() const {
    return {
        {Qt::DisplayRole, "display"}, {CaseIdRole, "caseId"},         {ReferenceRole, "reference"},
        {OpenedAtRole, "openedAt"},   {LastChangeRole, "lastChange"}, {TitleRole, "title"},
        {SubtitleRole, "subtitle"},
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
    endResetModel();
    if (before != m_rows.size())
        emit countChanged();
}

void CaseListModel::clear() {
    const int before = int(m_rows.size());
    beginResetModel();
    m_rows.clear();
    endResetModel();
    if (before != 0)
        emit countChanged();
}

} // namespace lots
