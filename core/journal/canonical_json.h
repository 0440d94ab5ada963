#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <optional>

namespace lots {

// Canonical JSON: the exact bytes that are hashed and signed for an event payload or
// position. Two equal JSON values always give the same bytes, on every device.
//
// Rules (what QJsonDocument::Compact produces from a QJsonObject, checked by tests):
//  - UTF-8, no byte order mark, no whitespace outside strings.
//  - Object keys sorted by UTF-16 code units (as RFC 8785), at every nesting level;
//    duplicate keys cannot occur (QJsonObject holds each key once).
//  - Integers (values stored as qint64, or whole doubles with |x| < 2^53) are written
//    as plain integers without exponent or fraction: 1, -42, 9007199254740993.
//  - Other doubles use the shortest representation that round-trips exactly
//    (e.g. 0.1, 2.5, 1e-07, 1e+300); -0 is written as 0. A whole double such as 1.0 is
//    written as 1 and reads back as an integer.
//  - NaN and +/-infinity are REJECTED (JSON has no spelling for them; Qt would
//    silently write null).
//  - Strings: '"' and '\' escaped, control characters below U+0020 as \b \f \n \r \t or
//    \u00XX (lower-case hex); everything else, including '/', non-ASCII and U+2028,
//    is written raw as UTF-8.
//  - null, true, false as such; arrays keep their order.
// Canonicalising is idempotent: canonicalJson(parse(canonicalJson(x))) == canonicalJson(x).

// Throws std::invalid_argument when the value holds NaN or infinity.
QByteArray canonicalJson(const QJsonObject &object);

// Non-throwing variant: nullopt for NaN/infinity.
std::optional<QByteArray> tryCanonicalJson(const QJsonObject &object);

// Parses bytes that must be a JSON object and returns its canonical form; nullopt when
// the bytes are not a JSON object (or hold non-finite numbers).
std::optional<QByteArray> canonicalizeJson(const QByteArray &json);

// True when every number in the value is finite.
bool isFiniteJson(const QJsonValue &value);

} // namespace lots
