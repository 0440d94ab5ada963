#include "journal/envelope.h"

#include "crypto/signing.h"

#include <QtEndian>

namespace lots {

namespace {
void appendU32(QByteArray &out, quint32 value) {
    char buf[4];
    qToBigEndian(value, buf);
    out.append(buf, 4);
}

void appendI64(QByteArray &out, qint64 value) {
    char buf[8];
    qToBigEndian(value, buf);
    out.append(buf, 8);
}

void appendField(QByteArray &out, const QByteArray &bytes) {
    appendU32(out, quint32(bytes.size()));
    out.append(bytes);
}
} // namespace

QByteArray envelopeBytes(const Event &event) {
    QByteArray out;
    out.reserve(200 + event.payload.size() + event.position.size());
    appendField(out, QByteArrayLiteral("lots.journal.event"));
    appendU32(out, EnvelopeVersion);
    appendField(out, event.eventId.toUtf8());
    appendField(out, event.caseId.toUtf8());
    appendField(out, event.deviceId.toUtf8());
    appendI64(out, event.deviceSeq);
    appendI64(out, event.hlc.packed());
    appendField(out, event.type.toUtf8());
    appendField(out, event.payload);
    appendField(out, event.amends.toUtf8());
    appendField(out, event.position);
    appendField(out, event.prevHash);
    return out;
}

QByteArray envelopeHash(const Event &event) {
    return hash256(envelopeBytes(event));
}

QByteArray signatureMessage(const QByteArray &hash) {
    QByteArray out;
    appendField(out, QByteArrayLiteral("lots.journal.signature"));
    appendU32(out, EnvelopeVersion);
    appendField(out, hash);
    return out;
}

} // namespace lots
