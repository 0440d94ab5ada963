#pragma once

#include "case_list_model.h"
#include "domain/case_service.h"

#include <QObject>
#include <QPointer>

namespace lots {

class AppController;

// The case list and the one open case. Forgets the open case when the session ends.
class CaseController : public QObject {
    Q_OBJECT
    Q_PROPERTY(lots::CaseListModel *cases READ cases CONSTANT)
    Q_PROPERTY(bool hasCase READ hasCase NOTIFY currentChanged)
    Q_PROPERTY(QString caseId READ caseId NOTIFY currentChanged)
    Q_PROPERTY(QString reference READ reference NOTIFY currentChanged)
    Q_PROPERTY(QString title READ title NOTIFY currentChanged)
    Q_PROPERTY(QString openedAtText READ openedAtText NOTIFY currentChanged)
    Q_PROPERTY(QString lastChangeText READ lastChangeText NOTIFY currentChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    static constexpr int ReferenceMaxLength = 40;

    CaseController(AppController *app, CaseListModel *cases, QObject *parent = nullptr);

    CaseListModel *cases() const { return m_cases; }
    bool hasCase() const { return m_current.has_value(); }
    QString caseId() const;
    QString reference() const;
    QString title() const;
    QString openedAtText() const;
    QString lastChangeText() const;
    QString message() const { return m_message; }

    // Opens a new case now. Returns its id, or an empty string with message set.
    Q_INVOKABLE QString newCase(const QString &reference);
    Q_INVOKABLE bool openCase(const QString &caseId);
    Q_INVOKABLE void closeCase();
    Q_INVOKABLE void clearMessage();

public slots:
    void retranslate();

signals:
    void currentChanged();
    void messageChanged();

private:
    void setMessage(const QString &message);
    void forget();

    QPointer<AppController> m_app;
    CaseListModel *m_cases = nullptr;
    std::optional<CaseSummary> m_current;
    QString m_message;
};

} // namespace lots
