#include "case_controller.h"

#include "app_controller.h"
#include "case_list_model.h"
#include "display_format.h"
#include "store/store_error.h"

#include <QDateTime>

namespace lots {

CaseController::CaseController(AppController *app, CaseListModel *cases, QObject *parent)
    : QObject(parent)
    , m_app(app)
    , m_cases(cases) {
    connect(app, &AppController::sessionEnding, this, &CaseController::forget);
}

QString CaseController::caseId() const {
    return m_current ? m_current->caseId : QString();
}

QString CaseController::reference() const {
    return m_current ? m_current->reference : QString();
}

QString CaseController::title() const {
    return m_current ? CaseListModel::titleFor(*m_current) : QString();
}

QString CaseController::openedAtText() const {
    return m_current ? tr("Opened %1").arg(formatMoment(m_current->openedAtMsecs)) : QString();
}

QString CaseController::lastChangeText() const {
    return m_current ? tr("Last change %1").arg(formatMoment(m_current->lastChangeMsecs))
                     : QString();
}

QString CaseController::newCase(const QString &referenceText) {
    Session *session = m_app ? m_app->session() : nullptr;
    if (!session) {
        setMessage(tr("The app is locked. Unlock it to open a case."));
        return {};
    }
    const QString reference = referenceText.simplified();
    if (reference.size() > ReferenceMaxLength) {
        setMessage(
            tr("The reference number is too long: at most %1 characters.").arg(ReferenceMaxLength));
        return {};
    }
    QString id;
    try {
        id = session->cases().openCase(QDateTime::currentMSecsSinceEpoch(), reference);
    } catch (const StoreException &e) {
        setMessage(describe(e.code()));
        return {};
    }
    setMessage(QString());
    m_cases->refresh();
    openCase(id);
    return id;
}

bool CaseController::openCase(const QString &id) {
    Session *session = m_app ? m_app->session() : nullptr;
    if (!session)
        return false;
    std::optional<CaseSummary> summary = session->cases().get(id);
    if (!summary) {
        setMessage(tr("This case is not on this device."));
        return false;
    }
    m_current = std::move(summary);
    emit currentChanged();
    return true;
}

void CaseController::closeCase() {
    if (!m_current)
        return;
    m_current.reset();
    emit currentChanged();
}

void CaseController::clearMessage() {
    setMessage(QString());
}

void CaseController::retranslate() {
    emit currentChanged();
}

void CaseController::setMessage(const QString &message) {
    if (m_message == message)
        return;
    m_message = message;
    emit messageChanged();
}

void CaseController::forget() {
    setMessage(QString());
    closeCase();
}

} // namespace lots
