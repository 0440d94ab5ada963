#include "domain/position_policy.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace lots {

QString positionPrecisionKey(PositionPrecision p) {
    switch (p) {
    case PositionPrecision::Exact:
        return u"exact"_s;
    case PositionPrecision::Rounded:
        return u"rounded"_s;
    case PositionPrecision::Off:
        break;
    }
    return u"off"_s;
}

std::optional<PositionPrecision> positionPrecisionFromKey(const QString &key) {
    for (PositionPrecision p :
         {PositionPrecision::Exact, PositionPrecision::Rounded, PositionPrecision::Off}) {
        if (positionPrecisionKey(p) == key)
            return p;
    }
    return std::nullopt;
}

bool PositionPolicy::isFresh(const PositionFix &fix, qint64 nowMsecs) {
    const qint64 at = fix.receivedAtMsecs > 0 ? fix.receivedAtMsecs : fix.fixTimeMsecs;
    if (at <= 0)
        return false;
    const qint64 age = nowMsecs - at;
    // A fix from the "future" (the clock was set back) is not trusted beyond the window.
    return age < FreshForMsecs && age > -FreshForMsecs;
}

PositionPolicy::Action PositionPolicy::decide(PositionPrecision precision,
                                              const std::optional<PositionFix> &last,
                                              qint64 nowMsecs) {
    if (precision == PositionPrecision::Off)
        return Action::None;
    if (last && isFresh(*last, nowMsecs))
        return Action::ReuseLast;
    return Action::RequestUpdate;
}

Position PositionPolicy::rounded(const Position &exact) {
    Position p = exact;
    p.latitude = std::round(exact.latitude * 100.0) / 100.0;
    p.longitude = std::round(exact.longitude * 100.0) / 100.0;
    const double own = exact.horizontalAccuracyM >= 0 ? exact.horizontalAccuracyM : 0.0;
    p.horizontalAccuracyM = std::max(RoundedAccuracyM, own + RoundingErrorM);
    return p;
}

std::optional<Position> PositionPolicy::toPosition(PositionPrecision precision,
                                                   const PositionFix &fix) {
    if (precision == PositionPrecision::Off)
        return std::nullopt;
    if (!std::isfinite(fix.latitude) || !std::isfinite(fix.longitude) ||
        std::abs(fix.latitude) > 90.0 || std::abs(fix.longitude) > 180.0)
        return std::nullopt;
    Position p;
    p.latitude = fix.latitude;
    p.longitude = fix.longitude;
    p.horizontalAccuracyM = std::isfinite(fix.horizontalAccuracyM) ? fix.horizontalAccuracyM : -1;
    p.source = fix.source;
    p.fixTimeMsecs = fix.fixTimeMsecs;
    if (precision == PositionPrecision::Rounded)
        return rounded(p);
    return p;
}

std::optional<Position> PositionPolicy::withManualPlace(const std::optional<Position> &fromFix,
                                                        const QString &manualPlace) {
    const QString place = manualPlace.trimmed();
    if (place.isEmpty())
        return fromFix;
    Position p;
    if (fromFix) {
        p = *fromFix;
    } else {
        p.source = u"manual"_s;
    }
    p.manualPlace = place;
    return p;
}

QString PositionPolicy::statusText(PositionOutcome outcome, const std::optional<Position> &stored,
                                   PositionPrecision precision) {
    auto accuracy = [&stored]() -> QString {
        if (!stored || stored->horizontalAccuracyM < 0)
            return tr("accuracy unknown");
        return tr("within %1 m").arg(qRound(stored->horizontalAccuracyM));
    };
    switch (outcome) {
    case PositionOutcome::ReusedFresh:
    case PositionOutcome::Updated:
        if (!stored)
            return tr("No position; saved without");
        if (precision == PositionPrecision::Rounded)
            return tr("Position saved, rounded to about 1 km");
        return tr("Position saved (%1)").arg(accuracy());
    case PositionOutcome::TimedOut:
        return tr("No position (indoors); saved without");
    case PositionOutcome::Unavailable:
        return tr("Position not available on this device; saved without");
    case PositionOutcome::Off:
        return tr("Position is off; saved without");
    case PositionOutcome::Manual:
        return tr("No position; place typed by hand: %1")
            .arg(stored ? stored->manualPlace : QString());
    }
    return {};
}

} // namespace lots
