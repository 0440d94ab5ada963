#pragma once

#include "crypto/secure_bytes.h"

#include <QByteArray>
#include <QDir>
#include <QString>

namespace lots::test {

inline SecureBytes passcode(const char *text) {
    QByteArray bytes(text);
    return SecureBytes::takeFrom(bytes);
}

inline QString sessionScratch(const QString &sub) {
    QString base = qEnvironmentVariable("LOTS_TEST_SCRATCH");
    if (base.isEmpty())
        base = QDir::tempPath() + QStringLiteral("/lots-test");
    const QString path = base + QLatin1Char('/') + sub;
    QDir(path).removeRecursively();
    return path; // not created: Session::setup creates it
}

} // namespace lots::test
