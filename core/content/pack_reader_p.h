#pragma once

// Internal helpers shared by the content pack loaders. Not part of the public API.

#include "content/localized_text.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>

namespace lots::content_detail {

// Thrown inside a loader and turned into ContentResult::failure by the public load().
struct PackError {
    QString message;
};

// Messages are translated in the context "lots::ContentPack" (Msg::tr is seen by lupdate).
class Msg {
    Q_DECLARE_TR_FUNCTIONS(lots::ContentPack)
};

[[noreturn]] void fail(const QString &message);

// Reads and parses path (file or ":/" resource), checks it is an object of the expected
// kind with a supported "format" and a "contentVersion". packLabel names the pack in
// messages ("indicators pack").
QJsonObject openPack(const QString &path, const QString &expectedKind, int supportedFormat,
                     const QString &packLabel);

QString requireString(const QJsonObject &obj, const QString &key, const QString &where);
QString optionalString(const QJsonObject &obj, const QString &key, const QString &where);
// A {"sv": ..., "en": ...} object; field empty = it is the item's main text.
LocalizedText requireText(const QJsonObject &obj, const QString &key, const QString &where,
                          const QString &field = {});
QJsonArray requireArray(const QJsonObject &obj, const QString &key, const QString &where,
                        bool nonEmpty = true);
QJsonObject requireObject(const QJsonValue &value, const QString &where);
// The "id" of item number index (1-based in messages) of kind itemLabel ("indicator").
QString requireId(const QJsonObject &obj, const QString &itemLabel, qsizetype index);
void requireUnique(QSet<QString> &seen, const QString &id, const QString &where);

} // namespace lots::content_detail
