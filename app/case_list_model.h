#pragma once

#include "domain/case_service.h"

#include <QAbstractListModel>
#include <QPointer>

namespace lots {

class AppController;

// The cases on this device, newest change first. Empty while locked: the rows are
// dropped the moment the session ends.
class CaseListModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    enum Roles {
        CaseIdRole = Qt::UserRole + 1,
        ReferenceRole,
        OpenedAtRole,
        LastChangeRole,
        TitleRole,
        SubtitleRole,
    };
    Q_ENUM(Roles)

    explicit CaseListModel(AppController *app, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(m_rows.size()); }

    static QString titleFor(const CaseSummary &summary);
    static QString subtitleFor(const CaseSummary &summary);

public slots:
    void refresh();
    void clear();

signals:
    void countChanged();

private:
    QPointer<AppController> m_app;
    QList<CaseSummary> m_rows;
};

} // namespace lots
