#include "row_list_model.h"

namespace lots {

RowListModel::RowListModel(const QStringList &roles, QObject *parent)
    : QAbstractListModel(parent)
    , m_roles(roles) {}

int RowListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RowListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int i = role - (Qt::UserRole + 1);
    if (i < 0 || i >= m_roles.size())
        return {};
    return m_rows.at(index.row()).value(m_roles.at(i));
}

QHash<int, QByteArray> RowListModel::roleNames() const {
    QHash<int, QByteArray> names;
    for (int i = 0; i < m_roles.size(); ++i)
        names.insert(Qt::UserRole + 1 + i, m_roles.at(i).toUtf8());
    return names;
}

void RowListModel::setRows(QList<QVariantMap> rows) {
    const int before = int(m_rows.size());
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (before != m_rows.size())
        emit countChanged();
}

QVariantMap RowListModel::get(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : QVariantMap();
}

int RowListModel::indexOf(const QString &role, const QVariant &value) const {
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).value(role) == value)
            return i;
    return -1;
}

} // namespace lots
