#pragma once

#include "crypto/secure_bytes.h"

#include <QByteArray>

namespace lots {

// Ed25519 via libsodium.
struct SigningKeyPair {
    QByteArray publicKey; // 32 bytes
    SecureBytes secretKey; // 64 bytes (libsodium's seed||pk form)
    static SigningKeyPair generate();
};

QByteArray sign(const SecureBytes &secretKey, const QByteArray &message); // 64-byte detached
bool verifySignature(const QByteArray &publicKey, const QByteArray &message,
                     const QByteArray &signature);

// BLAKE2b-256 (crypto_generichash, 32 bytes).
QByteArray hash256(const QByteArray &data);

} // namespace lots
