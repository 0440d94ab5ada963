#pragma once

#include <QByteArray>
#include <QFileDevice>
#include <QString>

namespace lots {

// Replaces the file at `path` with `bytes` all at once: written to a temporary file in the
// same folder, fsynced, renamed over the old one, then the folder is fsynced. A failure at
// any point (disk full part-way, no permission) leaves the old file as it was and sets
// *error. The file is unbuffered: with a buffer, Qt 6.4's QSaveFile reports a short write
// as success and commit() renames the cut file over the good one.
bool writeFileAtomically(const QString &path, const QByteArray &bytes,
                         QFileDevice::Permissions permissions, QString *error);

} // namespace lots
