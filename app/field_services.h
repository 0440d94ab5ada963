#pragma once

#include "content/indicator_catalogue.h"
#include "content/keyword_catalogue.h"
#include "domain/field_documentation.h"
#include "position_service.h"

#include <QObject>
#include <QPointer>
#include <memory>

namespace lots {

class AppController;

// Owns the FieldDocumentation of the open session (created when the session starts,
// destroyed right before it ends) and the content packs it reads. Emits started() after
// creating it and ending() BEFORE destroying it, so that services built on top of it
// (the acute phase) can go first. Holds nothing while locked.
class FieldServices : public QObject {
    Q_OBJECT
public:
    FieldServices(AppController *app, PositionService *position, QObject *parent = nullptr);
    ~FieldServices() override;

    FieldDocumentation *docs() const { return m_docs.get(); }
    const IndicatorCatalogue &indicators() const { return m_indicators; }
    const KeywordCatalogue &keywords() const { return m_keywords; }
    PositionService *position() const { return m_position; }
    QString deviceId() const;
    // Where the next record is made: the fresh fix, the typed place, or nothing.
    std::optional<Position> positionNow();
    // Words for where the last record was saved ("Position saved (within 8 m)").
    QString lastPositionText() const;

    // Called by the session signals of AppController; public for tests.
    void start();
    void stop();

signals:
    void started();
    void ending();

private:
    QPointer<AppController> m_app;
    QPointer<PositionService> m_position;
    IndicatorCatalogue m_indicators;
    KeywordCatalogue m_keywords;
    std::unique_ptr<FieldDocumentation> m_docs;
};

} // namespace lots
