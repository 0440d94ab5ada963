#include "position_service.h"

#include <QDateTime>
#include <QFile>
#include <QNmeaPositionInfoSource>
#include <cmath>

using namespace Qt::StringLiterals;

namespace lots {

PositionService::PositionService(QGeoPositionInfoSource *source, QObject *parent, Clock clock)
    : QObject(parent)
    , m_source(source)
    , m_clock(std::move(clock)) {
    m_guard.setSingleShot(true);
    connect(&m_guard, &QTimer::timeout, this, [this] { finish(PositionOutcome::TimedOut); });
    if (m_source) {
        m_source->setParent(this);
        connect(m_source, &QGeoPositionInfoSource::positionUpdated, this,
                &PositionService::onPositionUpdated);
        connect(m_source, &QGeoPositionInfoSource::errorOccurred, this, &PositionService::onError);
        m_statusText = tr("Position not requested yet");
    } else {
        m_statusText = PositionPolicy::statusText(PositionOutcome::Unavailable, std::nullopt);
    }
}

PositionService::~PositionService() = default;

QGeoPositionInfoSource *PositionService::createDefaultSource(QObject *parent) {
    return QGeoPositionInfoSource::createDefaultSource(parent);
}

QGeoPositionInfoSource *PositionService::createNmeaReplay(const QString &path, double uere,
                                                          QObject *parent) {
    auto *source = new QNmeaPositionInfoSource(QNmeaPositionInfoSource::SimulationMode, parent);
    // The file belongs to the source, so it lives exactly as long as the source reads it.
    auto *file = new QFile(path, source);
    if (!file->open(QIODevice::ReadOnly)) {
        delete source;
        return nullptr;
    }
    source->setDevice(file);
    source->setUserEquivalentRangeError(uere);
    return source;
}

qint64 PositionService::now() const {
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

void PositionService::setPrecision(PositionPrecision precision) {
    if (precision == m_precision)
        return;
    m_precision = precision;
    emit settingsChanged();
}

void PositionService::setPrecisionKey(const QString &key) {
    if (const auto p = positionPrecisionFromKey(key))
        setPrecision(*p);
}

void PositionService::setManualPlace(const QString &place) {
    if (place == m_manualPlace)
        return;
    m_manualPlace = place;
    emit settingsChanged();
}

std::optional<Position> PositionService::withPlace(const std::optional<Position> &fromFix) const {
    return PositionPolicy::withManualPlace(fromFix, m_manualPlace);
}

void PositionService::setOutcome(PositionOutcome outcome, const std::optional<Position> &stored) {
    m_lastOutcome = outcome;
    m_statusText = PositionPolicy::statusText(outcome, stored, m_precision);
    emit statusChanged();
}

void PositionService::acquire(Callback done) {
    if (!m_source || m_precision == PositionPrecision::Off) {
        const auto place = withPlace(std::nullopt);
        const PositionOutcome o =
            place ? PositionOutcome::Manual
                  : (m_source ? PositionOutcome::Off : PositionOutcome::Unavailable);
        setOutcome(o, place);
        if (done)
            done(place, o);
        return;
    }
    switch (PositionPolicy::decide(m_precision, m_lastFix, now())) {
    case PositionPolicy::Action::ReuseLast: {
        const auto p = withPlace(PositionPolicy::toPosition(m_precision, *m_lastFix));
        setOutcome(PositionOutcome::ReusedFresh, p);
        if (done)
            done(p, PositionOutcome::ReusedFresh);
        return;
    }
    case PositionPolicy::Action::None: // handled above (Off)
    case PositionPolicy::Action::RequestUpdate:
        break;
    }
    m_waiting.append(std::move(done));
    if (m_waiting.size() == 1)
        request();
}

std::optional<Position> PositionService::positionNow() {
    if (!m_source || m_precision == PositionPrecision::Off)
        return withPlace(std::nullopt);
    if (m_lastFix && PositionPolicy::isFresh(*m_lastFix, now()))
        return withPlace(PositionPolicy::toPosition(m_precision, *m_lastFix));
    if (m_waiting.isEmpty()) {
        m_waiting.append(Callback{});
        request();
        // A source with data at hand may have answered within the request.
        if (m_lastFix && PositionPolicy::isFresh(*m_lastFix, now()))
            return withPlace(PositionPolicy::toPosition(m_precision, *m_lastFix));
    }
    return withPlace(std::nullopt);
}

void PositionService::request() {
    ++m_requests;
    m_statusText = tr("Looking for a position...");
    emit statusChanged();
    // Our own guard as well: not every platform source reports its timeout.
    m_guard.start(m_timeoutMsecs + 250);
    // May deliver positionUpdated synchronously (a replay with data at hand).
    m_source->requestUpdate(m_timeoutMsecs);
}

void PositionService::onPositionUpdated(const QGeoPositionInfo &info) {
    if (!info.isValid())
        return;
    PositionFix fix;
    fix.latitude = info.coordinate().latitude();
    fix.longitude = info.coordinate().longitude();
    fix.horizontalAccuracyM = info.hasAttribute(QGeoPositionInfo::HorizontalAccuracy)
                                  ? info.attribute(QGeoPositionInfo::HorizontalAccuracy)
                                  : -1.0;
    if (!std::isfinite(fix.horizontalAccuracyM))
        fix.horizontalAccuracyM = -1.0;
    fix.fixTimeMsecs = info.timestamp().isValid() ? info.timestamp().toMSecsSinceEpoch() : 0;
    fix.receivedAtMsecs = now();
    fix.source = qobject_cast<QNmeaPositionInfoSource *>(m_source.data()) ? u"nmea"_s
                                                                          : m_source->sourceName();
    m_lastFix = fix;
    emit fixChanged();
    if (!m_waiting.isEmpty())
        finish(PositionOutcome::Updated);
}

void PositionService::onError(QGeoPositionInfoSource::Error error) {
    if (m_waiting.isEmpty())
        return;
    finish(error == QGeoPositionInfoSource::UpdateTimeoutError ? PositionOutcome::TimedOut
                                                               : PositionOutcome::Unavailable);
}

void PositionService::finish(PositionOutcome outcome) {
    m_guard.stop();
    std::optional<Position> p;
    if (outcome == PositionOutcome::Updated && m_lastFix)
        p = PositionPolicy::toPosition(m_precision, *m_lastFix);
    p = withPlace(p);
    // No fix, but a place typed by hand: say so.
    if (outcome != PositionOutcome::Updated && p)
        outcome = PositionOutcome::Manual;
    setOutcome(outcome, p);
    const QList<Callback> waiting = std::exchange(m_waiting, {});
    for (const Callback &cb : waiting) {
        if (cb)
            cb(p, outcome);
    }
}

} // namespace lots
