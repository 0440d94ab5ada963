#include "store/store_error.h"

#include <QCoreApplication>

namespace lots {

QString describe(StoreError error) {
    switch (error) {
    case StoreError::None:
        return QString();
    case StoreError::Missing:
        return QCoreApplication::translate(
            "lots::StoreError",
            "The database file is missing, although the key file says it was created. The data "
            "cannot be opened. Restore the data folder from a backup, or contact support.");
    case StoreError::NotLotsDatabase:
        return QCoreApplication::translate(
            "lots::StoreError",
            "The database file is not the Lots database of this device (it is another program's "
            "file, an unencrypted file, or the database of another installation). Nothing was "
            "changed. Put the right file back, or contact support.");
    case StoreError::Truncated:
        return QCoreApplication::translate(
            "lots::StoreError",
            "The database file is shorter than it was written; part of it is missing. Nothing "
            "was changed. Restore the data folder from a backup, or contact support.");
    case StoreError::Damaged:
        return QCoreApplication::translate(
            "lots::StoreError",
            "The database file is damaged: part of it does not pass its integrity check. "
            "Nothing was changed. Restore the data folder from a backup, or contact support.");
    case StoreError::WrongKey:
        return QCoreApplication::translate(
            "lots::StoreError",
            "The key file and the database file do not belong together, so the database cannot "
            "be decrypted. Nothing was changed. Put back the key file that belongs to this "
            "database, or contact support.");
    case StoreError::NotSqlCipher:
        return QCoreApplication::translate(
            "lots::StoreError",
            "This build of Lots cannot encrypt its database, so it refuses to store anything. "
            "Install an official build of Lots.");
    case StoreError::SchemaTooNew:
        return QCoreApplication::translate(
            "lots::StoreError",
            "The data was written by a newer version of Lots. Update Lots to open it; nothing "
            "was changed.");
    case StoreError::MigrationFailed:
        return QCoreApplication::translate(
            "lots::StoreError",
            "Lots could not upgrade the database to this version. The data was kept as it was. "
            "Try again; if it keeps failing, contact support.");
    case StoreError::DiskFull:
        return QCoreApplication::translate(
            "lots::StoreError",
            "The device storage is full, so the last change was not saved. Free some space and "
            "try again.");
    case StoreError::ReadOnly:
        return QCoreApplication::translate(
            "lots::StoreError",
            "The data folder cannot be written to, so nothing can be saved. Check the storage "
            "permissions of Lots, then restart it.");
    case StoreError::Io:
        return QCoreApplication::translate(
            "lots::StoreError",
            "Reading or writing the device storage failed, so the last change may not have been "
            "saved. Restart Lots and try again; if it keeps failing, the storage may be faulty.");
    case StoreError::Sql:
        return QCoreApplication::translate(
            "lots::StoreError",
            "Lots hit an internal error while saving or reading data. Nothing was lost that was "
            "already saved. Restart Lots; if it happens again, report it to support.");
    }
    return QString();
}

} // namespace lots
