#pragma once

#include "domain/position_policy.h"

#include <QGeoPositionInfo>
#include <QGeoPositionInfoSource>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <optional>

namespace lots {

// Where a record was made, without ever making the record wait. Wraps one
// QGeoPositionInfoSource (the platform's, or an NMEA log replayed in tests and the demo)
// and applies PositionPolicy: a fix younger than 2 minutes is reused; otherwise one update
// is requested with a timeout; no fix means the record is saved without one. The precision
// setting (exact / rounded ~1 km / off) and a place typed by hand are applied here. The
// status is always stated in words ("No position (indoors); saved without").
class PositionService : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY statusChanged)
    Q_PROPERTY(QString precision READ precisionKey WRITE setPrecisionKey NOTIFY settingsChanged)
    Q_PROPERTY(QString manualPlace READ manualPlace WRITE setManualPlace NOTIFY settingsChanged)

public:
    using Clock = std::function<qint64()>; // epoch ms; the wall clock by default
    using Callback = std::function<void(const std::optional<Position> &, PositionOutcome)>;

    // source may be null (no positioning on this device). The service takes ownership.
    explicit PositionService(QGeoPositionInfoSource *source, QObject *parent = nullptr,
                             Clock clock = {});
    ~PositionService() override;

    // The platform's default source, or null.
    static QGeoPositionInfoSource *createDefaultSource(QObject *parent = nullptr);
    // An NMEA log replayed at its recorded pace (SimulationMode). uere: the receiver's User
    // Equivalent Range Error in metres, so that horizontal accuracy is reported (HDOP x UERE).
    // Null when the file cannot be opened.
    static QGeoPositionInfoSource *createNmeaReplay(const QString &path, double uere = 5.1,
                                                    QObject *parent = nullptr);

    void setPrecision(PositionPrecision precision);
    PositionPrecision precision() const { return m_precision; }
    QString precisionKey() const { return positionPrecisionKey(m_precision); }
    void setPrecisionKey(const QString &key);
    void setManualPlace(const QString &place);
    QString manualPlace() const { return m_manualPlace; }
    void setTimeoutMsecs(int msecs) { m_timeoutMsecs = msecs; }
    int timeoutMsecs() const { return m_timeoutMsecs; }

    // Calls done exactly once: at once when a fresh fix is known, the setting is off or
    // there is no source; otherwise after one update or the timeout. Never blocks; the
    // caller saves the record in the callback with whatever it gets.
    void acquire(Callback done);
    // For a record saved right now without waiting: the fresh fix (or the typed place), or
    // nothing; when the last fix is stale it also starts one background request so that
    // the next record has a fix.
    std::optional<Position> positionNow();

    std::optional<PositionFix> lastFix() const { return m_lastFix; }
    PositionOutcome lastOutcome() const { return m_lastOutcome; }
    QString statusText() const { return m_statusText; }
    bool isBusy() const { return !m_waiting.isEmpty(); }
    int requestsMade() const { return m_requests; } // update requests sent to the source

signals:
    void statusChanged();
    void settingsChanged();
    void fixChanged();

private:
    void onPositionUpdated(const QGeoPositionInfo &info);
    void onError(QGeoPositionInfoSource::Error error);
    void request();
    void finish(PositionOutcome outcome);
    std::optional<Position> withPlace(const std::optional<Position> &fromFix) const;
    void setOutcome(PositionOutcome outcome, const std::optional<Position> &stored);
    qint64 now() const;

    QPointer<QGeoPositionInfoSource> m_source;
    Clock m_clock;
    PositionPrecision m_precision = PositionPrecision::Exact;
    QString m_manualPlace;
    int m_timeoutMsecs = PositionPolicy::DefaultTimeoutMsecs;
    std::optional<PositionFix> m_lastFix;
    PositionOutcome m_lastOutcome = PositionOutcome::Unavailable;
    QString m_statusText;
    QList<Callback> m_waiting;
    QTimer m_guard;
    int m_requests = 0;
};

} // namespace lots
