#include "field_services.h"

#include "app_controller.h"
#include "position_service.h"

namespace lots {

FieldServices::FieldServices(AppController *app, PositionService *position, QObject *parent)
    : QObject(parent)
    , m_app(app)
    , m_position(position) {
    if (auto r = IndicatorCatalogue::loadShipped())
        m_indicators = r.value();
    else
        qWarning("indicator catalogue: %s", qPrintable(r.error()));
    if (auto r = KeywordCatalogue::loadShipped())
        m_keywords = r.value();
    else
        qWarning("keyword catalogue: %s", qPrintable(r.error()));
    connect(app, &AppController::sessionStarted, this, &FieldServices::start);
    connect(app, &AppController::sessionEnding, this, &FieldServices::stop);
    if (app->session())
        start();
}

FieldServices::~FieldServices() {
    stop();
}

QString FieldServices::deviceId() const {
    return m_app && m_app->session() ? m_app->session()->device().deviceId : QString();
}

std::optional<Position> FieldServices::positionNow() {
    return m_position ? m_position->positionNow() : std::nullopt;
}

QString FieldServices::lastPositionText() const {
    return m_position ? m_position->statusText() : QString();
}

void FieldServices::start() {
    if (m_docs || !m_app || !m_app->session())
        return;
    m_docs = std::make_unique<FieldDocumentation>(*m_app->session(), m_indicators, m_keywords);
    emit started();
}

void FieldServices::stop() {
    if (!m_docs)
        return;
    emit ending();
    m_docs.reset();
}

} // namespace lots
