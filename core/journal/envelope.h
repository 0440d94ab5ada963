#pragma once

#include "journal/event.h"

#include <QByteArray>

namespace lots {

// The exact bytes an event's hash covers. Every field is included, each in a fixed order
// and an unambiguous (length-prefixed or fixed-width) encoding:
//
//   field("lots.journal.event")      domain-separation tag
//   u32be(1)                         envelope format version
//   field(event_id)                  UTF-8
//   field(case_id)                   UTF-8, empty for device-level events
//   field(device_id)                 UTF-8
//   i64be(device_seq)
//   i64be(hlc)                       Hlc::packed()
//   field(type)                      UTF-8
//   field(payload)                   canonical JSON bytes
//   field(amends)                    UTF-8, empty when none
//   field(position)                  canonical JSON bytes, empty when none
//   field(prev_hash)                 32 bytes (zeros for a device's first event)
//
// where field(x) = u32be(byte length of x) || x. hash = BLAKE2b-256(envelope bytes).
//
// The signature on the last event of each append transaction is Ed25519 over
//   field("lots.journal.signature") || u32be(1) || hash
QByteArray envelopeBytes(const Event &event);
QByteArray envelopeHash(const Event &event);
QByteArray signatureMessage(const QByteArray &hash);

constexpr int EnvelopeVersion = 1;
constexpr int HashSize = 32;
constexpr int SignatureSize = 64;

} // namespace lots
