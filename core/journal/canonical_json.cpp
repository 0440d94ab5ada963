#include "journal/canonical_json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <cmath>
#include <stdexcept>

namespace lots {

bool isFiniteJson(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::Double:
        return std::isfinite(value.toDouble());
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            if (!isFiniteJson(item))
                return false;
        }
        return true;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!isFiniteJson(it.value()))
                return false;
        }
        return true;
    }
    default:
        return true;
    }
}

std::optional<QByteArray> tryCanonicalJson(const QJsonObject &object) {
    if (!isFiniteJson(QJsonValue(object)))
        return std::nullopt;
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray canonicalJson(const QJsonObject &object) {
    auto bytes = tryCanonicalJson(object);
    if (!bytes)
        throw std::invalid_argument("JSON holds NaN or infinity, which have no canonical form");
    return *bytes;
}

std::optional<QByteArray> canonicalizeJson(const QByteArray &json) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return tryCanonicalJson(doc.object());
}

} // namespace lots
