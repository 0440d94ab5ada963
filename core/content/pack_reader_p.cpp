#include "content/pack_reader_p.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

namespace lots::content_detail {

void fail(const QString &message) {
    throw PackError{message};
}

QJsonObject openPack(const QString &path, const QString &expectedKind, int supportedFormat,
                     const QString &packLabel) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail(Msg::tr("%1: cannot read '%2': %3").arg(packLabel, path, file.errorString()));
    const QByteArray bytes = file.readAll();
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        fail(Msg::tr("%1: not valid JSON at offset %2: %3")
                 .arg(packLabel)
                 .arg(parseError.offset)
                 .arg(parseError.errorString()));
    if (!doc.isObject())
        fail(Msg::tr("%1: the top level must be a JSON object").arg(packLabel));
    const QJsonObject root = doc.object();

    const QJsonValue format = root.value(QLatin1String("format"));
    if (format.isUndefined() || format.isNull())
        fail(Msg::tr("%1: missing format version").arg(packLabel));
    if (!format.isDouble() || format.toDouble() != format.toInt())
        fail(Msg::tr("%1: the format version must be a whole number").arg(packLabel));
    if (format.toInt() != supportedFormat)
        fail(Msg::tr("%1: unsupported format version %2 (this app reads format %3)")
                 .arg(packLabel)
                 .arg(format.toInt())
                 .arg(supportedFormat));

    const QString kind = root.value(QLatin1String("kind")).toString();
    if (kind != expectedKind)
        fail(Msg::tr("%1: wrong kind of pack '%2' (expected '%3')")
                 .arg(packLabel, kind, expectedKind));

    const QJsonValue version = root.value(QLatin1String("contentVersion"));
    if (!version.isString() || version.toString().trimmed().isEmpty())
        fail(Msg::tr("%1: missing content version").arg(packLabel));
    return root;
}

QString requireString(const QJsonObject &obj, const QString &key, const QString &where) {
    const QJsonValue v = obj.value(key);
    if (!v.isString() || v.toString().trimmed().isEmpty())
        fail(Msg::tr("%1: missing '%2'").arg(where, key));
    return v.toString();
}

QString optionalString(const QJsonObject &obj, const QString &key, const QString &where) {
    const QJsonValue v = obj.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString())
        fail(Msg::tr("%1: '%2' must be a text").arg(where, key));
    return v.toString();
}

LocalizedText requireText(const QJsonObject &obj, const QString &key, const QString &where,
                          const QString &field) {
    const QJsonValue v = obj.value(key);
    const QString suffix = field.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(field);
    if (!v.isObject())
        fail(Msg::tr("%1: missing text%2").arg(where, suffix));
    const QJsonObject t = v.toObject();
    LocalizedText text;
    text.sv = t.value(QLatin1String("sv")).toString().trimmed();
    text.en = t.value(QLatin1String("en")).toString().trimmed();
    if (text.sv.isEmpty())
        fail(Msg::tr("%1: missing Swedish text%2").arg(where, suffix));
    if (text.en.isEmpty())
        fail(Msg::tr("%1: missing English text%2").arg(where, suffix));
    return text;
}

QJsonArray requireArray(const QJsonObject &obj, const QString &key, const QString &where,
                        bool nonEmpty) {
    const QJsonValue v = obj.value(key);
    if (!v.isArray())
        fail(Msg::tr("%1: missing list '%2'").arg(where, key));
    if (nonEmpty && v.toArray().isEmpty())
        fail(Msg::tr("%1: the list '%2' is empty").arg(where, key));
    return v.toArray();
}

QJsonObject requireObject(const QJsonValue &value, const QString &where) {
    if (!value.isObject())
        fail(Msg::tr("%1: must be a JSON object").arg(where));
    return value.toObject();
}

QString requireId(const QJsonObject &obj, const QString &itemLabel, qsizetype index) {
    const QJsonValue v = obj.value(QLatin1String("id"));
    if (!v.isString() || v.toString().trimmed().isEmpty())
        fail(Msg::tr("%1 number %2: missing id").arg(itemLabel).arg(index + 1));
    return v.toString();
}

void requireUnique(QSet<QString> &seen, const QString &id, const QString &where) {
    if (seen.contains(id))
        fail(Msg::tr("%1: duplicate id").arg(where));
    seen.insert(id);
}

} // namespace lots::content_detail
