#pragma once

#include "domain/case_service.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <functional>

namespace lots {

class AppController;

// The next open deadline of a case, in words (from the acute-phase controller).
struct CaseDueInfo {
    QDateTime dueUtc;
    QString text;  // "Protection assessment: due today 23:59"
    QString state; // "upcoming", "due-today", "overdue"
};

// The cases on this device: cases with an open deadline first (soonest first), then the
// others, newest change first. Empty while locked: the rows are dropped the moment the
// session ends.
class CaseListModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString reminderText READ reminderText NOTIFY reminderChanged)
    Q_PROPERTY(QString reminderState READ reminderState NOTIFY reminderChanged)
public:
    using DueProvider = std::function<QHash<QString, CaseDueInfo>(const QStringList &caseIds)>;

    enum Roles {
        CaseIdRole = Qt::UserRole + 1,
        ReferenceRole,
        OpenedAtRole,
        LastChangeRole,
        TitleRole,
        SubtitleRole,
        DueTextRole,
        DueStateRole,
    };
    Q_ENUM(Roles)

    explicit CaseListModel(AppController *app, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(m_rows.size()); }
    // "1 case overdue, 2 due today" when something is overdue or due today, else empty.
    QString reminderText() const { return m_reminderText; }
    QString reminderState() const { return m_reminderState; } // "overdue", "due-today", ""
    // Where the deadlines come from (the acute-phase controller); empty = none.
    void setDueProvider(DueProvider provider);

    static QString titleFor(const CaseSummary &summary);
    static QString subtitleFor(const CaseSummary &summary);

public slots:
    void refresh();
    void clear();
    // Recomputes the deadline words and the order (e.g. every minute, after a change).
    void refreshDue();

signals:
    void countChanged();
    void reminderChanged();

private:
    QPointer<AppController> m_app;
    void applyDue(); // fills m_due, sorts m_rows, updates the reminder
    QList<CaseSummary> m_rows;
    QHash<QString, CaseDueInfo> m_due;
    DueProvider m_dueProvider;
    QString m_reminderText;
    QString m_reminderState;
};

} // namespace lots
