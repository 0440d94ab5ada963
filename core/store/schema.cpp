// The application schema. Owned by the journal/domain area; each later feature adds a
// migration at the end of the list (never edits an earlier one).
//
// Migration 1 is laid out so later features fit without a rewrite:
//  - sync from several devices: events carry (device_id, device_seq) and an HLC stamp;
//    devices holds the public key of every device whose events we store, own or remote;
//    verify() checks every device's chain the same way.
//  - photos hashed at capture: the content hash goes into an event payload (covered by
//    the chain); the encrypted blobs get their own table in a later migration.
//  - quick delete: destroys the key (vault), not rows, so events stay append-only with
//    no exception (the triggers below refuse every UPDATE and DELETE).
//  - end-to-end encrypted synced cases: a later migration adds per-case keys; the
//    envelope (ids, device, seq, hlc, hashes) stays readable for sync while the payload
//    can be sealed.
#include "domain/acute_phase_projection.h"
#include "domain/case_list_projection.h"
#include "domain/field_records.h"
#include "store/database.h"
#include "store/migrations.h"

namespace lots {

namespace {

const char *const SchemaV1 = R"sql(
CREATE TABLE meta (
    key TEXT PRIMARY KEY NOT NULL,
    value
);

-- This installation's identity. Exactly one row; the secret key exists only here (the
-- whole file is encrypted) and in locked memory while unlocked.
CREATE TABLE device_identity (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    device_id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    public_key BLOB NOT NULL,
    secret_key BLOB NOT NULL,
    created_at INTEGER NOT NULL
);

-- Every device whose events are stored here, this one included (is_self = 1).
CREATE TABLE devices (
    device_id TEXT PRIMARY KEY NOT NULL,
    public_key BLOB NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    first_seen INTEGER NOT NULL,
    is_self INTEGER NOT NULL DEFAULT 0
);

-- The signed append-only journal. local_seq is this database's insertion order; the
-- chain of each device is (device_id, device_seq) linked by prev_hash -> hash.
CREATE TABLE events (
    local_seq INTEGER PRIMARY KEY,
    event_id TEXT UNIQUE NOT NULL,
    case_id TEXT,
    device_id TEXT NOT NULL,
    device_seq INTEGER NOT NULL,
    hlc INTEGER NOT NULL,
    type TEXT NOT NULL,
    payload TEXT NOT NULL,
    amends TEXT,
    position TEXT,
    prev_hash BLOB NOT NULL,
    hash BLOB NOT NULL,
    signature BLOB,
    UNIQUE (device_id, device_seq)
);
CREATE INDEX events_by_case ON events(case_id, hlc);
CREATE INDEX events_by_amends ON events(amends) WHERE amends IS NOT NULL; -- most events amend nothing

CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN
    SELECT RAISE(ABORT, 'events are append-only: UPDATE is not allowed');
END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
BEGIN
    SELECT RAISE(ABORT, 'events are append-only: DELETE is not allowed');
END;
)sql";

} // namespace

const QList<Migration> &schemaMigrations() {
    static const QList<Migration> migrations = {
        {1, SchemaV1,
         [](Database &db) {
             db.exec(CaseListProjection::createTablesSql());
         }},
        // 2: field documentation read model (persons, signs, notes, injuries, kits, audit,
        // search index of non-protected text). Owner: domain/field_records (H5).
        {2, FieldRecordsProjection::createTablesSql()},
        // 3: acute phase read model (case facts, task status, reports of concern,
        // placements, next due deadline per case). Owner: domain/acute_phase (H6).
        {3, AcutePhaseProjection::createTablesSql()},
    };
    return migrations;
}

} // namespace lots
