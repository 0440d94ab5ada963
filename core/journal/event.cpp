#include "journal/event.h"

#include <QJsonDocument>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace lots {

QJsonObject Position::toJson() const {
    QJsonObject json;
    json.insert(u"latitude"_s, latitude);
    json.insert(u"longitude"_s, longitude);
    json.insert(u"horizontalAccuracyM"_s, horizontalAccuracyM);
    json.insert(u"source"_s, source);
    json.insert(u"fixTimeMsecs"_s, QJsonValue(fixTimeMsecs));
    json.insert(u"manualPlace"_s, manualPlace);
    return json;
}

std::optional<Position> Position::fromJson(const QJsonObject &json) {
    const QJsonValue lat = json.value(u"latitude"_s);
    const QJsonValue lon = json.value(u"longitude"_s);
    if (!lat.isDouble() || !lon.isDouble())
        return std::nullopt;
    Position p;
    p.latitude = lat.toDouble();
    p.longitude = lon.toDouble();
    if (p.latitude < -90 || p.latitude > 90 || p.longitude < -180 || p.longitude > 180)
        return std::nullopt;
    p.horizontalAccuracyM = json.value(u"horizontalAccuracyM"_s).toDouble(-1);
    p.source = json.value(u"source"_s).toString();
    p.fixTimeMsecs = json.value(u"fixTimeMsecs"_s).toInteger(0);
    p.manualPlace = json.value(u"manualPlace"_s).toString();
    return p;
}

QJsonObject Event::payloadObject() const {
    return QJsonDocument::fromJson(payload).object();
}

std::optional<Position> Event::positionValue() const {
    if (position.isEmpty())
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(position);
    if (!doc.isObject())
        return std::nullopt;
    return Position::fromJson(doc.object());
}

} // namespace lots
