// Opening a case: building its detail (persons, signs, notes, injuries, evidence kits and
// the overview) from the field-documentation read model, against reading the same case's
// event rows raw from SQLCipher, in the same database and the same run. The case has 1,000
// events written through the services (persons, amendments, signs and re-recordings, notes,
// injuries, kits, handovers, reveals); 9 other cases with 1,000 events each share the file.
//
// And the first page (50 rows) of a case list of 10,000 cases, with the child flag of each
// row, and the process RSS (VmRSS / VmHWM from /proc/self/status) after it.
//
// Ratios: python3 bench/ratios.py --pair Projection Raw <json>
#include "content/indicator_catalogue.h"
#include "content/keyword_catalogue.h"
#include "domain/case_service.h"
#include "domain/field_documentation.h"
#include "journal/journal.h"
#include "store/database.h"
#include "store/session.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

using namespace lots;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Day = 24LL * 3600 * 1000;

double procStatusMiB(const char *key) {
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key)) {
            const QByteArray kb = line.mid(int(qstrlen(key))).trimmed().split(' ').value(0);
            return kb.toDouble() / 1024.0;
        }
    }
    return -1;
}

std::unique_ptr<Session> newSession(const QString &dir) {
    QByteArray p("246813579");
    SetupRequest request;
    request.role = Role::HealthCare;
    request.deviceName = u"bench"_s;
    request.kdf = KdfParams::fastForTests();
    auto outcome = Session::setup(DataDir{dir}, SecureBytes::takeFrom(p), request);
    if (!outcome.session)
        qFatal("setup failed: %s", qPrintable(outcome.message));
    return std::move(outcome.session);
}

struct Catalogues {
    IndicatorCatalogue indicators = IndicatorCatalogue::loadShipped().value();
    KeywordCatalogue keywords = KeywordCatalogue::loadShipped().value();
};

Catalogues &catalogues() {
    static Catalogues c;
    return c;
}

// One case of 1,000 events plus 9,000 events in other cases.
struct CaseFixture {
    QTemporaryDir dir;
    std::unique_ptr<Session> session;
    std::unique_ptr<FieldDocumentation> docs;
    QString caseId;
    qint64 caseEvents = 0;

    CaseFixture() {
        session = newSession(dir.path());
        docs = std::make_unique<FieldDocumentation>(*session, catalogues().indicators,
                                                    catalogues().keywords);
        Journal &journal = session->journal();
        for (int c = 0; c < 9; ++c) { // other cases, written in batches
            const QString other = session->cases().openCase(c, u"other %1"_s.arg(c));
            QList<NewEvent> batch;
            for (int i = 0; i < 999; ++i)
                batch.append(NewEvent{other,
                                      u"note.added"_s,
                                      {{u"keywordId"_s, u"living"_s},
                                       {u"text"_s, u"Other case note %1 about the flat"_s.arg(i)},
                                       {u"protectedByHand"_s, false},
                                       {u"protected"_s, false}},
                                      {},
                                      {}});
            journal.append(batch);
        }

        caseId = session->cases().openCase(0, u"K-1000"_s);
        QStringList indicatorIds;
        for (const Indicator &i : catalogues().indicators.indicators()) {
            if (i.appliesTo == AppliesTo::Both)
                indicatorIds << i.id;
        }
        const QStringList keywords{u"violence"_s, u"health"_s, u"living"_s,
                                   u"work"_s,     u"travel"_s, u"sexual-violence"_s};
        QStringList persons, notes, injuries, kits;
        for (int p = 0; p < 12; ++p) {
            PersonDetails d;
            d.label = u"Person %1"_s.arg(p);
            d.ageGroup = p % 4 == 0 ? AgeGroup::Child : AgeGroup::Adult;
            d.estimatedAge = p % 4 == 0 ? 15 : 28 + p;
            d.languages = {u"Romanian"_s};
            persons << docs->persons().add(caseId, d).recordId;
        }
        for (int i = 0; i < 40; ++i) {
            const QString p = persons[i % persons.size()];
            PersonDetails d = docs->persons().get(p)->details;
            d.label = d.label + u"."_s;
            docs->persons().amend(p, d);
        }
        int signsWritten = 0;
        for (const QString &p : persons) {
            for (int i = 0; i < 25; ++i) {
                docs->signs().record(SignInput{p, indicatorIds[i % indicatorIds.size()],
                                               SignStatus::Observed, u"Seen at the door"_s,
                                               SignSource::SeenByMe, true});
                ++signsWritten;
            }
        }
        for (int i = 0; i < 100; ++i) // re-recorded signs
            docs->signs().record(SignInput{persons[i % persons.size()], indicatorIds[(i / 12) % 25],
                                           SignStatus::NotObserved, u"Checked again"_s,
                                           SignSource::ToldByPerson, true});
        for (int i = 0; i < 213; ++i)
            notes << docs->notes()
                         .add(NoteInput{
                             caseId, persons[i % persons.size()], keywords[i % keywords.size()],
                             u"Note %1: sleeps in the kitchen, works nights"_s.arg(i), false})
                         .recordId;
        for (int i = 0; i < 80; ++i)
            docs->notes().amendText(notes[i * 2], u"Corrected note %1"_s.arg(i));
        for (int i = 0; i < 150; ++i) {
            InjuryDetails d;
            d.marker.x = (i % 10) / 10.0 + 0.05;
            d.marker.y = (i % 13) / 13.0 + 0.02;
            d.type = InjuryType::Bruise;
            d.lengthMm = 10 + i % 30;
            d.widthMm = 5 + i % 10;
            d.text = u"Bruise %1"_s.arg(i);
            injuries << docs->injuries().record(persons[i % persons.size()], d).recordId;
        }
        for (int i = 0; i < 40; ++i) {
            InjuryDetails d = docs->injuries().reveal(injuries[i])->details;
            d.colour = u"yellow"_s;
            docs->injuries().amend(injuries[i], d);
        }
        for (int i = 0; i < 8; ++i) {
            EvidenceKitDetails k;
            k.kitId = u"NCK-%1"_s.arg(i);
            k.assaultAtMsecs = 1'780'000'000'000 - 2 * Day;
            k.examinedAtMsecs = 1'780'000'000'000;
            kits << docs->evidenceKits().record(persons[i], k).recordId;
        }
        for (const QString &k : kits) {
            docs->evidenceKits().confirmHandover(k, HandoverParty::Clinician, u"Dr B"_s,
                                                 u"Insp. E"_s, 1'780'000'000'000);
            docs->evidenceKits().confirmHandover(k, HandoverParty::Officer, u"Insp. E"_s,
                                                 u"Insp. E"_s, 1'780'000'000'000);
        }
        Statement q = session->database().prepare("SELECT count(*) FROM events WHERE case_id = ?");
        q.bind(1, caseId);
        q.step();
        // The injury reveals above are audit events of this case too; top up to 1,000.
        const qint64 have = q.int64(0);
        for (qint64 i = have; i < 1000; ++i)
            docs->protection().reveal(notes[int(i % notes.size())]);
        Statement again =
            session->database().prepare("SELECT count(*) FROM events WHERE case_id = ?");
        again.bind(1, caseId);
        again.step();
        caseEvents = again.int64(0);
    }

    ~CaseFixture() {
        docs.reset();
        session.reset();
    }
};

CaseFixture &caseFixture() {
    static CaseFixture f;
    return f;
}

void BM_CaseOpen_Projection(benchmark::State &state) {
    CaseFixture &f = caseFixture();
    qint64 items = 0;
    for (auto _ : state) {
        const auto persons = f.docs->persons().list(f.caseId);
        const auto signs = f.docs->signs().forCase(f.caseId);
        const auto notes = f.docs->notes().list(f.caseId);
        const auto injuries = f.docs->injuries().forCase(f.caseId);
        const auto kits = f.docs->evidenceKits().forCase(f.caseId);
        const auto overview = f.docs->overview().overview(f.caseId);
        items = persons.size() + signs.size() + notes.size() + injuries.size() + kits.size();
        benchmark::DoNotOptimize(overview.protectedItems);
    }
    state.counters["events"] = double(f.caseEvents);
    state.counters["records"] = double(items);
}

void BM_CaseOpen_Raw(benchmark::State &state) {
    CaseFixture &f = caseFixture();
    Database &db = f.session->database();
    qint64 rows = 0;
    for (auto _ : state) {
        Statement q = db.prepare("SELECT local_seq, event_id, case_id, device_id, device_seq, "
                                 "hlc, type, payload, amends, position, prev_hash, hash, "
                                 "signature FROM events WHERE case_id = ? ORDER BY hlc");
        q.bind(1, f.caseId);
        rows = 0;
        qint64 bytes = 0;
        while (q.step()) {
            ++rows;
            bytes += q.int64(0) + q.text(1).size() + q.text(2).size() + q.text(3).size() +
                     q.int64(4) + q.int64(5) + q.text(6).size() + q.textUtf8(7).size() +
                     (q.isNull(8) ? 0 : q.text(8).size()) +
                     (q.isNull(9) ? 0 : q.textUtf8(9).size()) + q.blob(10).size() +
                     q.blob(11).size() + (q.isNull(12) ? 0 : q.blob(12).size());
        }
        benchmark::DoNotOptimize(bytes);
    }
    state.counters["events"] = double(rows);
}

// 10,000 cases; every 10th has a child. Written in batches of 1,000 events.
struct ListFixture {
    QTemporaryDir dir;
    std::unique_ptr<Session> session;
    std::unique_ptr<FieldDocumentation> docs;

    ListFixture() {
        session = newSession(dir.path());
        docs = std::make_unique<FieldDocumentation>(*session, catalogues().indicators,
                                                    catalogues().keywords);
        PersonDetails adult;
        adult.label = u"Adult"_s;
        adult.ageGroup = AgeGroup::Adult;
        PersonDetails child;
        child.label = u"Child"_s;
        child.ageGroup = AgeGroup::Child;
        QList<NewEvent> batch;
        for (int c = 0; c < 10000; ++c) {
            const QString id = FieldContext::newId();
            batch.append(NewEvent{id,
                                  u"case.opened"_s,
                                  {{u"openedAt"_s, QJsonValue(qint64(1'780'000'000'000) + c)},
                                   {u"reference"_s, u"K-%1"_s.arg(c)}},
                                  {},
                                  {}});
            batch.append(
                NewEvent{id, u"person.added"_s, (c % 10 == 0 ? child : adult).toJson(), {}, {}});
            if (batch.size() >= 1000) {
                session->journal().append(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty())
            session->journal().append(batch);
    }

    ~ListFixture() {
        docs.reset();
        session.reset();
    }
};

ListFixture &listFixture() {
    static ListFixture f;
    return f;
}

void BM_CaseListFirstPage(benchmark::State &state) {
    ListFixture &f = listFixture();
    int children = 0;
    for (auto _ : state) {
        const QList<CaseSummary> page = f.session->cases().list(50);
        QStringList ids;
        ids.reserve(page.size());
        for (const CaseSummary &s : page)
            ids << s.caseId;
        const auto flags = f.docs->overview().childFlags(ids);
        children = 0;
        for (bool b : flags)
            children += b ? 1 : 0;
        benchmark::DoNotOptimize(children);
    }
    state.counters["cases"] = double(f.session->cases().count());
    state.counters["children_on_page"] = double(children);
    state.counters["rss_MiB"] = procStatusMiB("VmRSS:");
    state.counters["peak_rss_MiB"] = procStatusMiB("VmHWM:");
}

} // namespace

BENCHMARK(BM_CaseOpen_Raw)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_CaseOpen_Projection)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_CaseListFirstPage)->Unit(benchmark::kMillisecond)->MinTime(2.0);

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
