#pragma once

#include <QAbstractListModel>
#include <QStringList>
#include <QVariantMap>

namespace lots {

// A list of rows for QML: each row a map from role name to value. The roles are fixed at
// construction. Controllers fill it with setRows() and clear it on lock.
class RowListModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    explicit RowListModel(const QStringList &roles, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(m_rows.size()); }

    void setRows(QList<QVariantMap> rows);
    void clear() { setRows({}); }
    const QList<QVariantMap> &rows() const { return m_rows; }
    Q_INVOKABLE QVariantMap get(int row) const;
    // The first row whose `role` equals value, or -1.
    Q_INVOKABLE int indexOf(const QString &role, const QVariant &value) const;

signals:
    void countChanged();

private:
    QStringList m_roles;
    QList<QVariantMap> m_rows;
};

} // namespace lots
