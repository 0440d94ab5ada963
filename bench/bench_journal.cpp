// Journal append cost against a raw SQLCipher INSERT+COMMIT of the same bytes, in the same
// database (same key, same PRAGMAs: WAL, synchronous=FULL, secure_delete...), same run.
// The raw table has the same columns and the same indexes as `events` (event id unique,
// device id + sequence unique, case id + HLC), without triggers. The journal adds: ids,
// HLC, canonical JSON, BLAKE2b chain hash, one Ed25519 signature per transaction,
// projection updates. Ratios: bench/ratios.py.
#include "domain/case_service.h"
#include "journal/device_identity.h"
#include "journal/journal.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/session.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUuid>
#include <benchmark/benchmark.h>

using namespace lots;

namespace {

void createRawTable(Database &db) {
    db.exec("CREATE TABLE raw_events(local_seq INTEGER PRIMARY KEY, event_id TEXT NOT NULL,"
            " case_id TEXT, device_id TEXT NOT NULL, device_seq INTEGER NOT NULL,"
            " hlc INTEGER NOT NULL, type TEXT NOT NULL, payload TEXT NOT NULL, amends TEXT,"
            " position TEXT, prev_hash BLOB NOT NULL, hash BLOB NOT NULL, signature BLOB);"
            "CREATE UNIQUE INDEX raw_events_id ON raw_events(event_id);"
            "CREATE UNIQUE INDEX raw_events_dev ON raw_events(device_id, device_seq);"
            "CREATE INDEX raw_events_case ON raw_events(case_id, hlc);");
}

constexpr const char *RawInsertSql =
    "INSERT INTO raw_events(event_id, case_id, device_id, device_seq, hlc, type, payload, amends,"
    " position, prev_hash, hash, signature) VALUES(?,?,?,?,?,?,?,?,?,?,?,?)";

struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<Session> session;
    QString caseId;
    Statement rawInsert;

    Fixture() {
        QByteArray p("246813579");
        SetupRequest request;
        request.role = Role::Police;
        request.deviceName = QStringLiteral("bench");
        request.kdf = KdfParams::fastForTests();
        auto outcome = Session::setup(DataDir{dir.path()}, SecureBytes::takeFrom(p), request);
        if (!outcome.session)
            qFatal("setup failed: %s", qPrintable(outcome.message));
        session = std::move(outcome.session);
        caseId = session->cases().openCase(0, QStringLiteral("bench"));
        Database &db = session->database();
        createRawTable(db);
        rawInsert = db.prepare(RawInsertSql);
    }

    NewEvent newEvent(qint64 n) const {
        QJsonObject payload{
            {QStringLiteral("indicator"), QStringLiteral("ctrl.movement-controlled")},
            {QStringLiteral("observed"), QStringLiteral("yes")},
            {QStringLiteral("source"), QStringLiteral("seen")},
            {QStringLiteral("note"), QStringLiteral("Benchmark note number %1").arg(n)}};
        return NewEvent{caseId, QStringLiteral("sign.recorded"), payload, {}, {}};
    }

    // Inserts the same bytes the journal stored for `e`, under a fresh id and sequence.
    void insertRaw(const Event &e, qint64 seq) {
        rawInsert.bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces))
            .bind(2, e.caseId)
            .bind(3, e.deviceId)
            .bind(4, seq)
            .bind(5, e.hlc.packed())
            .bind(6, e.type)
            .bindText(7, e.payload)
            .bindNull(8)
            .bindNull(9)
            .bind(10, e.prevHash)
            .bind(11, e.hash);
        if (e.signature.isEmpty())
            rawInsert.bindNull(12);
        else
            rawInsert.bind(12, e.signature);
        rawInsert.run();
    }
};

// The bare journal ("sign, hash, insert, commit", no read models) in a database of its
// own, opened with the same code and settings, with its own raw baseline table.
struct BareFixture {
    QTemporaryDir dir;
    SecureBytes key = SecureBytes::random(32);
    std::unique_ptr<Database> db;
    std::unique_ptr<DeviceIdentity> identity;
    std::unique_ptr<Journal> journal;
    Statement rawInsert;

    BareFixture() {
        db = Database::open(dir.filePath(QStringLiteral("bare.db")), key, Database::Mode::Create);
        migrate(*db, schemaMigrations());
        identity =
            DeviceIdentity::create(*db, QStringLiteral("bench"), QStringLiteral("police"), 0);
        journal = std::make_unique<Journal>(*db, *identity);
        createRawTable(*db);
        rawInsert = db->prepare(RawInsertSql);
    }
    ~BareFixture() {
        rawInsert = Statement();
        journal.reset();
    }
};

BareFixture &bareFixture() {
    static BareFixture f;
    return f;
}

Fixture &fixture() {
    static Fixture f;
    return f;
}

void BM_AppendOne_Journal(benchmark::State &state) {
    Fixture &f = fixture();
    qint64 n = 0;
    for (auto _ : state)
        f.session->journal().append(f.newEvent(++n));
}

void BM_AppendOneBare_Journal(benchmark::State &state) {
    BareFixture &b = bareFixture();
    Fixture &f = fixture(); // only for newEvent()
    qint64 n = 0;
    for (auto _ : state)
        b.journal->append(f.newEvent(++n));
}

void BM_AppendOneBare_RawInsert(benchmark::State &state) {
    BareFixture &b = bareFixture();
    Fixture &f = fixture();
    const Event sample = b.journal->append(f.newEvent(0));
    static qint64 seq = 0;
    for (auto _ : state) {
        Transaction tx(*b.db);
        b.rawInsert.bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces))
            .bind(2, sample.caseId)
            .bind(3, sample.deviceId)
            .bind(4, ++seq)
            .bind(5, sample.hlc.packed())
            .bind(6, sample.type)
            .bindText(7, sample.payload)
            .bindNull(8)
            .bindNull(9)
            .bind(10, sample.prevHash)
            .bind(11, sample.hash)
            .bind(12, sample.signature);
        b.rawInsert.run();
        tx.commit();
    }
}

void BM_AppendOne_RawInsert(benchmark::State &state) {
    Fixture &f = fixture();
    const Event sample = f.session->journal().append(f.newEvent(0));
    static qint64 seq = 0;
    for (auto _ : state) {
        Transaction tx(f.session->database());
        f.insertRaw(sample, ++seq);
        tx.commit();
    }
}

constexpr int BatchSize = 10000;

void BM_AppendBatch10k_Journal(benchmark::State &state) {
    Fixture &f = fixture();
    qint64 n = 0;
    for (auto _ : state) {
        state.PauseTiming();
        QList<NewEvent> batch;
        batch.reserve(BatchSize);
        for (int i = 0; i < BatchSize; ++i)
            batch.append(f.newEvent(++n));
        state.ResumeTiming();
        f.session->journal().append(batch);
    }
    state.SetItemsProcessed(state.iterations() * BatchSize);
}

void BM_AppendBatch10k_RawInsert(benchmark::State &state) {
    Fixture &f = fixture();
    const QList<Event> sample = f.session->journal().append(QList<NewEvent>{f.newEvent(0)});
    static qint64 seq = 1000000000;
    for (auto _ : state) {
        Transaction tx(f.session->database());
        for (int i = 0; i < BatchSize; ++i)
            f.insertRaw(sample.first(), ++seq);
        tx.commit();
    }
    state.SetItemsProcessed(state.iterations() * BatchSize);
}

} // namespace

BENCHMARK(BM_AppendOneBare_RawInsert)->Unit(benchmark::kMicrosecond)->MinTime(2.0);
BENCHMARK(BM_AppendOneBare_Journal)->Unit(benchmark::kMicrosecond)->MinTime(2.0);
BENCHMARK(BM_AppendOne_RawInsert)->Unit(benchmark::kMicrosecond)->MinTime(2.0);
BENCHMARK(BM_AppendOne_Journal)->Unit(benchmark::kMicrosecond)->MinTime(2.0);
BENCHMARK(BM_AppendBatch10k_RawInsert)->Unit(benchmark::kMillisecond)->Iterations(10);
BENCHMARK(BM_AppendBatch10k_Journal)->Unit(benchmark::kMillisecond)->Iterations(10);

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
