// Field documentation on a real SQLCipher database opened through Session::setup: every
// event type through the projection, amendment history, masking, reveal + audit, search
// (normal and protected), child-only signs, body map validation, evidence kit rules,
// position policy, and rebuild == incremental on a random history.

#include "../store/session_test_util.h"

#include "content/indicator_catalogue.h"
#include "content/keyword_catalogue.h"
#include "domain/case_service.h"
#include "domain/field_documentation.h"
#include "domain/position_policy.h"
#include "journal/journal.h"
#include "store/database.h"
#include "store/session.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>
#include <cmath>
#include <limits>

using namespace lots;
using namespace lots::test;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Day = 24LL * 3600 * 1000;

struct Fixture {
    std::unique_ptr<Session> session;
    std::unique_ptr<FieldDocumentation> docs; // destroyed before the session
    QString caseId;
    ~Fixture() { docs.reset(); }
};

QStringList tableDump(Database &db, const char *sql, int columns) {
    QStringList rows;
    Statement q = db.prepare(sql);
    while (q.step()) {
        QStringList cells;
        for (int c = 0; c < columns; ++c)
            cells << (q.isNull(c) ? u"<null>"_s : q.text(c));
        rows << cells.join(u'|');
    }
    return rows;
}

QStringList snapshot(Database &db) {
    QStringList all;
    all << tableDump(db,
                     "SELECT record_id, case_id, kind, person_id, record_key, keyword_id, "
                     "protected, is_child, data, field_stamps, created_hlc, created_event, "
                     "created_device, updated_hlc, updated_device, change_count FROM fd_record "
                     "ORDER BY record_id",
                     16);
    all << tableDump(db,
                     "SELECT event_id, record_id, hlc, device_id, type, fields FROM fd_history "
                     "ORDER BY event_id",
                     6);
    all << tableDump(db,
                     "SELECT event_id, case_id, hlc, device_id, role, action, scope, item_id, "
                     "item_kind, query_length, hits FROM fd_audit ORDER BY event_id",
                     11);
    all << tableDump(db,
                     "SELECT r.record_id, f.body FROM fd_fts f JOIN fd_record r "
                     "ON r.row_id = f.docid ORDER BY r.record_id",
                     2);
    return all;
}

PersonDetails adult(const QString &label) {
    PersonDetails d;
    d.label = label;
    d.ageGroup = AgeGroup::Adult;
    d.estimatedAge = 30;
    return d;
}

PersonDetails child(const QString &label) {
    PersonDetails d;
    d.label = label;
    d.ageGroup = AgeGroup::Child;
    d.estimatedAge = 15;
    return d;
}

InjuryDetails injuryAt(double x, double y, const QString &text = {}) {
    InjuryDetails d;
    d.marker.x = x;
    d.marker.y = y;
    d.marker.side = Injuries::sideFromTap(BodyView::Front, x);
    d.type = InjuryType::Bruise;
    d.lengthMm = 40;
    d.widthMm = 25;
    d.text = text;
    return d;
}

} // namespace

class TestFieldDocumentation : public QObject {
    Q_OBJECT

private:
    int m_n = 0;
    IndicatorCatalogue m_indicators;
    KeywordCatalogue m_keywords;

    std::unique_ptr<Fixture> open(Role role = Role::HealthCare) {
        auto f = std::make_unique<Fixture>();
        SetupRequest r;
        r.role = role;
        r.deviceName = u"Ward tablet"_s;
        r.kdf = KdfParams::fastForTests();
        auto outcome =
            Session::setup(DataDir{sessionScratch(u"fd%1"_s.arg(++m_n))}, passcode("482913"), r);
        if (!outcome.session)
            qFatal("setup failed: %s", qPrintable(outcome.message));
        f->session = std::move(outcome.session);
        f->docs = std::make_unique<FieldDocumentation>(*f->session, m_indicators, m_keywords);
        f->docs->context().language = u"en"_s;
        f->caseId = f->session->cases().openCase(QDateTime::currentMSecsSinceEpoch(), u"K-1"_s);
        return f;
    }

    static qint64 eventCount(Fixture &f) { return f.session->journal().count(); }

private slots:
    void initTestCase() {
        auto i = IndicatorCatalogue::loadShipped();
        QVERIFY2(i.ok(), qPrintable(i.error()));
        m_indicators = i.value();
        auto k = KeywordCatalogue::loadShipped();
        QVERIFY2(k.ok(), qPrintable(k.error()));
        m_keywords = k.value();
    }

    // --- persons --------------------------------------------------------------------

    void personRoundTripAndChildFlag() {
        auto f = open();
        PersonDetails d;
        d.label = u"Woman A"_s;
        d.ageGroup = AgeGroup::Unknown;
        d.estimatedAge = 16;
        d.gender = Gender::Female;
        d.languages = {u"Romanian"_s, u"English"_s};
        d.interpreterNeeded = true;
        d.pregnant = TriState::Yes;
        d.children = {ChildInPicture{true, AtAddress::PartTime, 3},
                      ChildInPicture{false, AtAddress::FullTime, std::nullopt}};
        d.livesInAnotherCountry = TriState::Yes;
        d.country = u"Romania"_s;
        const WriteResult w = f->docs->persons().add(f->caseId, d);
        QVERIFY2(w.ok(), qPrintable(w.error));
        const auto v = f->docs->persons().get(w.recordId);
        QVERIFY(v);
        QCOMPARE(v->details, d);
        QVERIFY(v->isChild); // estimated age under 18 with an unknown age group
        QCOMPARE(v->caseId, f->caseId);
        QCOMPARE(v->addedByDevice, f->session->device().deviceId);
        QCOMPARE(v->changeCount, 0);

        const auto a = f->docs->persons().add(f->caseId, adult(u"Man B"_s));
        const auto c = f->docs->persons().add(f->caseId, child(u"Girl C"_s));
        const QList<PersonView> list = f->docs->persons().list(f->caseId);
        QCOMPARE(list.size(), 3);
        QCOMPARE(list[0].details.label, u"Woman A"_s);
        QCOMPARE(list[1].isChild, false);
        QCOMPARE(list[2].isChild, true);
        QCOMPARE(list[2].personId, c.recordId);
        QVERIFY(a.ok());

        // The stored event is the documented payload.
        const auto ev = f->session->journal().event(w.eventId);
        QVERIFY(ev);
        QCOMPARE(ev->type, u"person.added"_s);
        QCOMPARE(ev->payloadObject().value(u"label"_s).toString(), u"Woman A"_s);
        QCOMPARE(ev->caseId, f->caseId);
    }

    void personValidation() {
        auto f = open();
        const qint64 before = eventCount(*f);
        PersonDetails d;
        QVERIFY(!f->docs->persons().add(f->caseId, d).ok()); // no label
        d = adult(u"A"_s);
        d.estimatedAge = 15;
        const WriteResult w = f->docs->persons().add(f->caseId, d);
        QVERIFY(!w.ok());
        QVERIFY(w.error.contains(u"under 18"_s));
        d = adult(u"A"_s);
        d.estimatedAge = 130;
        QVERIFY(!f->docs->persons().add(f->caseId, d).ok());
        QVERIFY(!f->docs->persons().add(QString(), adult(u"A"_s)).ok());
        QCOMPARE(eventCount(*f), before); // nothing written on refusal
    }

    void amendmentHistory() {
        auto f = open();
        const WriteResult w = f->docs->persons().add(f->caseId, adult(u"Woman A"_s));
        PersonDetails d = adult(u"Woman A (kitchen)"_s);
        d.languages = {u"Bulgarian"_s};
        const WriteResult a1 = f->docs->persons().amend(w.recordId, d);
        QVERIFY2(a1.ok(), qPrintable(a1.error));
        QCOMPARE(a1.recordId, w.recordId);
        // Unchanged: nothing written.
        const qint64 n = eventCount(*f);
        const WriteResult same = f->docs->persons().amend(w.recordId, d);
        QVERIFY(same.ok());
        QVERIFY(same.eventId.isEmpty());
        QCOMPARE(eventCount(*f), n);
        d.estimatedAge = 17;
        d.ageGroup = AgeGroup::Child;
        const WriteResult a2 = f->docs->persons().amend(w.recordId, d);
        QVERIFY2(a2.ok(), qPrintable(a2.error));

        const auto v = f->docs->persons().get(w.recordId);
        QCOMPARE(v->details.label, u"Woman A (kitchen)"_s);
        QCOMPARE(v->details.languages, QStringList{u"Bulgarian"_s});
        QVERIFY(v->isChild);         // the amendment made her a child
        QCOMPARE(v->changeCount, 2); // "2 changes"

        const QList<ChangeEntry> h = f->docs->persons().history(w.recordId);
        QCOMPARE(h.size(), 3);
        QCOMPARE(h[0].type, u"person.added"_s);
        QCOMPARE(h[1].type, u"person.amended"_s);
        QCOMPARE(h[1].fields, (QStringList{u"label"_s, u"languages"_s}));
        QCOMPARE(h[1].values.value(u"label"_s).toString(), u"Woman A (kitchen)"_s);
        QCOMPARE(h[2].fields, (QStringList{u"ageGroup"_s, u"estimatedAge"_s}));
        for (const ChangeEntry &c : h) {
            QCOMPARE(c.deviceId, f->session->device().deviceId);
            QCOMPARE(c.deviceName, u"Ward tablet"_s);
            QCOMPARE(c.deviceRole, u"health-care"_s);
            QVERIFY(c.atMsecs > 0);
            QVERIFY(!c.masked);
        }
        QVERIFY(h[0].hlc < h[1].hlc && h[1].hlc < h[2].hlc);
        // Each amendment names the event it amends; the original is never changed.
        QCOMPARE(f->session->journal().event(a1.eventId)->amends, w.eventId);
        QCOMPARE(f->session->journal().event(a2.eventId)->amends, a1.eventId);
        QCOMPARE(f->session->journal().event(w.eventId)->payloadObject().value(u"label"_s),
                 QJsonValue(u"Woman A"_s));
    }

    // --- signs ----------------------------------------------------------------------

    void signRecordReRecordAndHistory() {
        auto f = open();
        const QString p = f->docs->persons().add(f->caseId, adult(u"A"_s)).recordId;
        SignInput in;
        in.personId = p;
        in.indicatorId = u"ident.documents-held-by-other"_s;
        in.status = SignStatus::Observed;
        in.note = u"Passport kept by the 'landlord'"_s;
        in.source = SignSource::ToldByPerson;
        const WriteResult w = f->docs->signs().record(in);
        QVERIFY2(w.ok(), qPrintable(w.error));

        // Protected by default: masked in every list.
        const QList<SignView> listed = f->docs->signs().forPerson(p);
        QCOMPARE(listed.size(), 1);
        QVERIFY(listed[0].mask.masked);
        QVERIFY(listed[0].indicatorId.isEmpty());
        QVERIFY(listed[0].note.isEmpty());
        QCOMPARE(listed[0].mask.keywordId, u"human-trafficking"_s);
        QCOMPARE(listed[0].mask.keywordLabel, u"Human trafficking"_s);

        const auto clear = f->docs->signs().reveal(w.recordId);
        QVERIFY(clear);
        QVERIFY(!clear->mask.masked);
        QCOMPARE(clear->indicatorId, in.indicatorId);
        QCOMPARE(clear->status, SignStatus::Observed);
        QCOMPARE(clear->source, SignSource::ToldByPerson);
        QCOMPARE(clear->note, in.note);

        // Re-recording the same sign changes the same record and keeps history.
        in.status = SignStatus::NotObserved;
        in.source = SignSource::SeenByMe;
        const WriteResult again = f->docs->signs().record(in);
        QVERIFY(again.ok());
        QCOMPARE(again.recordId, w.recordId);
        QCOMPARE(f->session->journal().event(again.eventId)->amends, w.eventId);
        QCOMPARE(f->docs->signs().countForCase(f->caseId), 1);
        const auto h = f->docs->signs().history(w.recordId);
        QCOMPARE(h.size(), 2);
        QCOMPARE(h[1].fields,
                 (QStringList{u"indicatorId"_s, u"personId"_s, u"source"_s, u"status"_s}));
        QVERIFY(h[1].masked); // protected: what changed, not to what
        QVERIFY(h[1].values.isEmpty());
        QCOMPARE(f->docs->signs().reveal(w.recordId)->status, SignStatus::NotObserved);
    }

    void childSignsRefusedForAdults() {
        auto f = open();
        const QString grown = f->docs->persons().add(f->caseId, adult(u"A"_s)).recordId;
        PersonDetails unknown;
        unknown.label = u"B"_s;
        const QString unsure = f->docs->persons().add(f->caseId, unknown).recordId;
        const QString kid = f->docs->persons().add(f->caseId, child(u"C"_s)).recordId;
        const qint64 before = eventCount(*f);
        SignInput in;
        in.indicatorId = u"child.intimidated"_s;
        in.personId = grown;
        WriteResult w = f->docs->signs().record(in);
        QVERIFY(!w.ok());
        QVERIFY2(w.error.contains(u"only to children"_s), qPrintable(w.error));
        in.personId = unsure; // age unknown: not a child either
        QVERIFY(!f->docs->signs().record(in).ok());
        QCOMPARE(eventCount(*f), before);
        in.personId = kid;
        w = f->docs->signs().record(in);
        QVERIFY2(w.ok(), qPrintable(w.error));
        // Not in the catalogue / no such person.
        in.indicatorId = u"made.up"_s;
        QVERIFY(!f->docs->signs().record(in).ok());
        in.indicatorId = u"ctrl.disappears"_s;
        in.personId = u"nobody"_s;
        QVERIFY(!f->docs->signs().record(in).ok());
    }

    // --- notes, masking, reveal, audit -----------------------------------------------

    void notesMaskedRevealedAudited() {
        auto f = open(Role::HealthCare);
        NoteInput secret{f->caseId, {}, u"sexual-violence"_s, u"Assaulted on 12 May"_s, false};
        const WriteResult s = f->docs->notes().add(secret);
        QVERIFY2(s.ok(), qPrintable(s.error));
        NoteInput plain{f->caseId, {}, u"living"_s, u"Sleeps in the basement"_s, false};
        const WriteResult p = f->docs->notes().add(plain);
        QVERIFY(p.ok());
        QVERIFY(!f->docs->notes().add(NoteInput{f->caseId, {}, u"nope"_s, u"x"_s, false}).ok());
        QVERIFY(!f->docs->notes().add(NoteInput{f->caseId, {}, u"living"_s, u"  "_s, false}).ok());

        QList<NoteView> list = f->docs->notes().list(f->caseId);
        QCOMPARE(list.size(), 2);
        QVERIFY(list[0].mask.masked);
        QVERIFY(list[0].text.isEmpty());
        QCOMPARE(list[0].mask.keywordLabel, u"Sexual violence"_s);
        QVERIFY(!list[1].mask.masked);
        QCOMPARE(list[1].text, u"Sleeps in the basement"_s);
        QVERIFY(f->docs->protection().auditLog(f->caseId).isEmpty());

        // Marked protected by hand.
        QVERIFY(f->docs->notes().setProtectedByHand(p.recordId, true).ok());
        QVERIFY(f->docs->notes().get(p.recordId)->mask.masked);
        QCOMPARE(f->docs->notes().get(p.recordId)->mask.keywordLabel, u"Living situation"_s);
        // A protected keyword cannot be unprotected by hand.
        const WriteResult un = f->docs->notes().setProtectedByHand(s.recordId, false);
        QVERIFY(!un.ok());
        QVERIFY(!un.error.isEmpty());

        // Reveal: the clear text and an audit entry (device + role, when, which item).
        const auto clear = f->docs->notes().reveal(s.recordId);
        QCOMPARE(clear->text, u"Assaulted on 12 May"_s);
        const QList<AuditEntry> log = f->docs->protection().auditLog(f->caseId);
        QCOMPARE(log.size(), 1);
        QCOMPARE(log[0].action, u"revealed"_s);
        QCOMPARE(log[0].scope, u"item"_s);
        QCOMPARE(log[0].itemId, s.recordId);
        QCOMPARE(log[0].itemKind, u"note"_s);
        QCOMPARE(log[0].deviceId, f->session->device().deviceId);
        QCOMPARE(log[0].role, u"health-care"_s);
        QVERIFY(log[0].atMsecs > 0);
        // Still masked in the list afterwards: reveal state is the UI's.
        QVERIFY(f->docs->notes().get(s.recordId)->mask.masked);

        // The generic reveal and the case reveal record audit events too.
        const auto item = f->docs->protection().reveal(p.recordId);
        QCOMPARE(item->content.value(u"text"_s).toString(), u"Sleeps in the basement"_s);
        QCOMPARE(item->history.size(), 2);
        QVERIFY(!item->history[1].values.isEmpty());
        const QList<RevealedItem> all = f->docs->protection().revealCase(f->caseId);
        QCOMPARE(all.size(), 2);
        const QList<AuditEntry> log2 = f->docs->protection().auditLog(f->caseId);
        QCOMPARE(log2.size(), 3);
        QCOMPARE(log2[0].scope, u"case"_s); // newest first
        QCOMPARE(f->docs->protection().protectedCount(f->caseId), 2);
        // Revealing something that is not protected is not an audit event.
        NoteInput other{f->caseId, {}, u"work"_s, u"Works at a car wash"_s, false};
        const QString o = f->docs->notes().add(other).recordId;
        f->docs->notes().reveal(o);
        QCOMPARE(f->docs->protection().auditLog(f->caseId).size(), 3);
    }

    void overviewMasksAndCounts() {
        auto f = open();
        const QString kid = f->docs->persons().add(f->caseId, child(u"Girl C"_s)).recordId;
        PersonDetails mother = adult(u"Woman A"_s);
        mother.children = {ChildInPicture{true, AtAddress::FullTime, 4}};
        f->docs->persons().add(f->caseId, mother);
        SignInput in{kid,
                     u"child.no-school-or-play"_s,
                     SignStatus::Observed,
                     u"SECRETSIGN never went to school"_s,
                     SignSource::ToldByPerson,
                     true};
        QVERIFY(f->docs->signs().record(in).ok());
        QVERIFY(f->docs->injuries().record(kid, injuryAt(0.4, 0.3, u"SECRETINJURY"_s)).ok());
        InjuryDetails later = injuryAt(0.6, 0.3);
        later.redocumentOn = QDate::currentDate().addDays(3);
        QVERIFY(f->docs->injuries().record(kid, later).ok());
        InjuryDetails due = injuryAt(0.6, 0.6);
        due.redocumentOn = QDate::currentDate().addDays(-1);
        const QString dueId = f->docs->injuries().record(kid, due).recordId;
        QVERIFY(f->docs->notes()
                    .add(NoteInput{f->caseId, kid, u"violence"_s, u"SECRETNOTE"_s, false})
                    .ok());
        QVERIFY(f->docs->notes()
                    .add(NoteInput{f->caseId, {}, u"travel"_s, u"Came by bus"_s, false})
                    .ok());

        const CaseOverview o = f->docs->overview().overview(f->caseId);
        QCOMPARE(o.persons.size(), 2);
        QVERIFY(o.persons[0].isChild);
        QVERIFY(!o.persons[1].isChild);
        QVERIFY(o.hasChild);
        QVERIFY(o.childrenInPicture);
        QCOMPARE(o.signsRecorded, 1);
        QCOMPARE(o.injuries, 3);
        QCOMPARE(o.notes, 2);
        QCOMPARE(o.protectedItems, 5);
        int dueItems = 0;
        for (const MissingItem &m : o.missing) {
            if (m.key == u"injury-redocument"_s) {
                ++dueItems;
                QCOMPARE(m.itemId, dueId);
                QCOMPARE(m.personId, kid);
            }
        }
        QCOMPARE(dueItems, 1);
        QVERIFY(o.lastChangeMsecs > 0);
        QVERIFY(!o.missing.isEmpty());
        QCOMPARE(o.missing.first().key, u"report-of-concern"_s);
        for (const MissingItem &m : o.missing)
            QVERIFY(!m.text.contains(u"SECRET"_s));
        for (const OverviewPerson &p : o.persons)
            QVERIFY(!p.label.contains(u"SECRET"_s));

        // The action-plan hook: once a report is known, it is no longer missing.
        f->docs->overview().setReportOfConcernCheck([](const QString &) { return true; });
        for (const MissingItem &m : f->docs->overview().overview(f->caseId).missing)
            QVERIFY(m.key != u"report-of-concern"_s);
        f->docs->overview().addMissingRule([](const CaseOverview &ov) {
            return QList<MissingItem>{MissingItem{u"custom"_s, {}, {}, ov.caseId}};
        });
        QCOMPARE(f->docs->overview().overview(f->caseId).missing.last().key, u"custom"_s);

        // Case list flags.
        const QString other = f->session->cases().openCase(1, {});
        const auto flags = f->docs->overview().childFlags({f->caseId, other});
        QCOMPARE(flags.value(f->caseId), true);
        QCOMPARE(flags.value(other), false);

        // Masked everywhere: the lists of signs and injuries carry no content.
        for (const SignView &s : f->docs->signs().forCase(f->caseId)) {
            QVERIFY(s.mask.masked);
            QVERIFY(s.note.isEmpty() && s.indicatorId.isEmpty());
        }
        for (const InjuryView &i : f->docs->injuries().forCase(f->caseId)) {
            QVERIFY(i.mask.masked);
            QVERIFY(i.details.text.isEmpty());
            QCOMPARE(i.details.lengthMm, std::optional<int>());
            QCOMPARE(i.mask.keywordId, u"violence"_s);
        }
    }

    void verifyPasscodeBeforeReveal() {
        auto f = open();
        QVERIFY(f->session->verifyPasscode(passcode("482913")));
        UnlockResult r;
        QVERIFY(!f->session->verifyPasscode(passcode("000000"), &r));
        QCOMPARE(r.status, UnlockStatus::WrongPasscode);
        QCOMPARE(r.failures, 1);
        QVERIFY(!r.message.isEmpty());
        QVERIFY(r.dataKey.isEmpty());
        UnlockResult ok;
        QVERIFY(f->session->verifyPasscode(passcode("482913"), &ok));
        QCOMPARE(ok.status, UnlockStatus::Unlocked);
        QVERIFY(ok.dataKey.isEmpty());
    }

    // --- search -----------------------------------------------------------------------

    void searchNeverReturnsProtectedText() {
        auto f = open(Role::Police);
        const QString p = f->docs->persons().add(f->caseId, adult(u"Woman A"_s)).recordId;
        f->docs->notes().add(NoteInput{f->caseId, p, u"sexual-violence"_s,
                                       u"Zebracrossing apartment on Kungsgatan"_s, false});
        f->docs->signs().record(SignInput{p, u"ctrl.movement-controlled"_s, SignStatus::Observed,
                                          u"Zebracrossing driver"_s, SignSource::SeenByMe, true});
        f->docs->injuries().record(p, injuryAt(0.5, 0.5, u"Zebracrossing burn"_s));
        const QString open = f->docs->notes()
                                 .add(NoteInput{f->caseId, p, u"living"_s,
                                                u"Flat on Kungsgatan, no kitchen"_s, false})
                                 .recordId;
        const QString otherCase = f->session->cases().openCase(1, {});
        f->docs->notes().add(NoteInput{otherCase, {}, u"work"_s, u"Kungsgatan car wash"_s, false});

        QVERIFY(f->docs->search().search(u"zebracrossing"_s).isEmpty());
        QVERIFY(f->docs->search().search(u"zebra"_s).isEmpty());
        QVERIFY(f->docs->search().search(u"driver"_s).isEmpty());
        QVERIFY(f->docs->search().search(u"burn"_s).isEmpty());
        // The index itself never holds protected text.
        Statement q = f->session->database().prepare("SELECT body FROM fd_fts");
        int rows = 0;
        while (q.step()) {
            ++rows;
            QVERIFY(!q.text(0).contains(u"Zebracrossing"_s, Qt::CaseInsensitive));
        }
        QCOMPARE(rows, 3); // person label, two open notes

        // Across cases, prefix match, case folding, snippet.
        const QList<SearchHit> hits = f->docs->search().search(u"KUNGSG"_s);
        QCOMPARE(hits.size(), 2);
        for (const SearchHit &h : hits) {
            QVERIFY(!h.isProtected);
            QVERIFY(h.snippet.contains(u"[Kungsgatan]"_s));
        }
        QCOMPARE(f->docs->search().searchCase(otherCase, u"kungsgatan"_s).size(), 1);
        QCOMPARE(f->docs->search().search(u"woman"_s).size(), 1);
        // Operators and quotes in user input are words, never FTS syntax (no SQL error).
        QVERIFY(f->docs->search().search(u"\" OR * NEAR ( -"_s).isEmpty());
        QVERIFY(f->docs->search().search(u"  *** "_s).isEmpty());
        QCOMPARE(Search::matchExpression(u"\"a\" OR b*"_s), u"a* or* b*"_s);
        QVERIFY(f->docs->protection().auditLog().isEmpty());

        // A note that becomes protected leaves the index at once.
        QVERIFY(f->docs->notes().setProtectedByHand(open, true).ok());
        QCOMPARE(f->docs->search().searchCase(f->caseId, u"kungsgatan"_s).size(), 0);
        QCOMPARE(f->docs->search().search(u"kitchen"_s).size(), 0);

        // Protected search: clear hits, one audit event with the query length only.
        const QString query = u"zebracrossing"_s;
        const QList<SearchHit> secret = f->docs->search().searchProtected(query, f->caseId);
        QCOMPARE(secret.size(), 3);
        for (const SearchHit &h : secret) {
            QVERIFY(h.isProtected);
            QVERIFY(h.snippet.contains(u"[Zebracrossing]"_s));
        }
        const QList<AuditEntry> log = f->docs->protection().auditLog(f->caseId);
        QCOMPARE(log.size(), 1);
        QCOMPARE(log[0].action, u"searched_protected"_s);
        QCOMPARE(log[0].queryLength, std::optional<int>(int(query.size())));
        QCOMPARE(log[0].hits, std::optional<int>(3));
        QCOMPARE(log[0].role, u"police"_s);
        const auto ev = f->session->journal().event(log[0].eventId);
        QVERIFY(!ev->payload.contains("zebra"));
        // Over all cases: a device-level audit event.
        QCOMPARE(f->docs->search().searchProtected(u"kitchen"_s).size(), 1);
        QCOMPARE(f->docs->protection().auditLog().first().scope, u"all"_s);
    }

    // --- injuries ---------------------------------------------------------------------

    void bodyMapValidationAndNumbering() {
        auto f = open();
        const QString a = f->docs->persons().add(f->caseId, adult(u"A"_s)).recordId;
        const QString b = f->docs->persons().add(f->caseId, adult(u"B"_s)).recordId;
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double inf = std::numeric_limits<double>::infinity();
        for (auto [x, y] : {std::pair{-0.01, 0.5},
                            {1.01, 0.5},
                            {0.5, -0.2},
                            {0.5, 1.5},
                            {nan, 0.5},
                            {0.5, inf}}) {
            BodyMarker m;
            m.x = x;
            m.y = y;
            QVERIFY(!Injuries::validateMarker(m).isEmpty());
            const qint64 before = eventCount(*f);
            const WriteResult w = f->docs->injuries().record(a, injuryAt(x, y));
            QVERIFY(!w.ok());
            QVERIFY(w.error.contains(u"outside the body map"_s));
            QCOMPARE(eventCount(*f), before);
        }
        for (auto [x, y] : {std::pair{0.0, 0.0}, {1.0, 1.0}, {0.5, 0.5}}) {
            BodyMarker m;
            m.x = x;
            m.y = y;
            QVERIFY(Injuries::validateMarker(m).isEmpty());
        }
        InjuryDetails bad = injuryAt(0.2, 0.2);
        bad.pain = 11;
        QVERIFY(!f->docs->injuries().record(a, bad).ok());
        bad = injuryAt(0.2, 0.2);
        bad.lengthMm = 0;
        QVERIFY(!f->docs->injuries().record(a, bad).ok());

        // Person's side, not the viewer's.
        QCOMPARE(Injuries::sideFromTap(BodyView::Front, 0.2), BodySide::Right);
        QCOMPARE(Injuries::sideFromTap(BodyView::Front, 0.8), BodySide::Left);
        QCOMPARE(Injuries::sideFromTap(BodyView::Back, 0.2), BodySide::Left);
        QCOMPARE(Injuries::sideFromTap(BodyView::Back, 0.8), BodySide::Right);
        QCOMPARE(Injuries::sideFromTap(BodyView::Front, 0.51), BodySide::Midline);

        InjuryDetails full = injuryAt(0.3, 0.4, u"Round bruise"_s);
        full.marker.view = BodyView::Back;
        full.marker.figure = BodyFigure::Adult;
        full.marker.side = BodySide::Left;
        full.type = InjuryType::StrangulationOrPressureMark;
        full.shape = u"ring"_s;
        full.colour = u"blue-purple"_s;
        full.estimatedAge = u"1-3 days"_s;
        full.pain = 6;
        full.statedCause = u"Fell down the stairs"_s;
        full.redocumentOn = QDate(2026, 12, 2);
        const WriteResult i1 = f->docs->injuries().record(a, full);
        QVERIFY2(i1.ok(), qPrintable(i1.error));
        const WriteResult i2 = f->docs->injuries().record(a, injuryAt(0.6, 0.6));
        const WriteResult j1 = f->docs->injuries().record(b, injuryAt(0.6, 0.6));
        const WriteResult i3 = f->docs->injuries().record(a, injuryAt(0.7, 0.9));
        const QList<InjuryView> forA = f->docs->injuries().forPerson(a);
        QCOMPARE(forA.size(), 3);
        QCOMPARE(forA[0].number, 1);
        QCOMPARE(forA[0].injuryId, i1.recordId);
        QCOMPARE(forA[1].injuryId, i2.recordId);
        QCOMPARE(forA[2].number, 3);
        QCOMPARE(forA[2].injuryId, i3.recordId);
        QCOMPARE(f->docs->injuries().forPerson(b).first().number, 1);
        QCOMPARE(f->docs->injuries().get(j1.recordId)->number, 1);

        const auto clear = f->docs->injuries().reveal(i1.recordId);
        QCOMPARE(clear->details, full);
        QCOMPARE(clear->number, 1);
        QVERIFY(clear->details.photoRefs.isEmpty());

        InjuryDetails changed = full;
        changed.colour = u"yellow-green"_s;
        changed.lengthMm = 45;
        const WriteResult am = f->docs->injuries().amend(i1.recordId, changed);
        QVERIFY(am.ok());
        QCOMPARE(f->docs->injuries().reveal(i1.recordId)->details, changed);
        const auto h = f->docs->injuries().history(i1.recordId);
        QCOMPARE(h.size(), 2);
        QCOMPARE(h[1].type, u"injury.amended"_s);
        QCOMPARE(h[1].fields, (QStringList{u"colour"_s, u"lengthMm"_s}));
        QCOMPARE(f->docs->injuries().get(i1.recordId)->changeCount, 1);
        BodyMarker out = changed.marker;
        out.x = 2;
        changed.marker = out;
        QVERIFY(!f->docs->injuries().amend(i1.recordId, changed).ok());

        const auto due = f->docs->injuries().dueForRedocumentation(f->caseId, QDate(2026, 12, 3));
        QCOMPARE(due.size(), 1);
        QCOMPARE(due[0].number, 1);
        QCOMPARE(due[0].details.redocumentOn, QDate(2026, 12, 2));
        QVERIFY(due[0].mask.masked);
        QVERIFY(f->docs->injuries().dueForRedocumentation(f->caseId, QDate(2026, 12, 1)).isEmpty());
    }

    // --- evidence kit -----------------------------------------------------------------

    void evidenceKitTenDayRule() {
        const qint64 t0 = 1'780'000'000'000;
        KitTiming t = EvidenceKits::assessTiming(t0, t0 + 9 * Day);
        QVERIFY(t.known);
        QVERIFY(t.fullCollectionIndicated);
        QVERIFY(t.warning.isEmpty());
        QCOMPARE(t.daysSinceAssault, 9.0);
        t = EvidenceKits::assessTiming(t0, t0 + 10 * Day - 1);
        QVERIFY(t.fullCollectionIndicated);
        t = EvidenceKits::assessTiming(t0, t0 + 10 * Day);
        QVERIFY(!t.fullCollectionIndicated);
        QVERIFY(t.warning.contains(u"10 days"_s));
        t = EvidenceKits::assessTiming(0, t0);
        QVERIFY(!t.known);
        QVERIFY(t.fullCollectionIndicated);
        QVERIFY(!t.warning.isEmpty());

        auto f = open();
        const QString p = f->docs->persons().add(f->caseId, adult(u"A"_s)).recordId;
        EvidenceKitDetails k;
        k.kitId = u"NCK-2026-0042"_s;
        k.samples = {EvidenceSample{u"blood"_s, u"B-1"_s, true},
                     EvidenceSample{u"swab-oral"_s, u"S-1"_s, true},
                     EvidenceSample{u"hair"_s, {}, false}};
        k.assaultAtMsecs = t0;
        k.examinedAtMsecs = t0 + 12 * Day;
        // Samples taken without consent: refused.
        WriteResult w = f->docs->evidenceKits().record(p, k);
        QVERIFY(!w.ok());
        QVERIFY(w.error.contains(u"consent"_s));
        k.consentGiven = true;
        k.consentAtMsecs = t0 + 12 * Day - 3600'000;
        // Twelve days: saved, with a warning.
        w = f->docs->evidenceKits().record(p, k);
        QVERIFY2(w.ok(), qPrintable(w.error));
        QVERIFY(w.warning.contains(u"10 days"_s));
        const auto clear = f->docs->evidenceKits().reveal(w.recordId);
        QCOMPARE(clear->details, k);
        QVERIFY(!clear->timing.fullCollectionIndicated);
        // Masked by default.
        const auto masked = f->docs->evidenceKits().get(w.recordId);
        QVERIFY(masked->mask.masked);
        QVERIFY(masked->details.kitId.isEmpty());
        QCOMPARE(masked->mask.keywordId, u"sexual-violence"_s);
        // A missing sample id for a taken sample is refused.
        EvidenceKitDetails k2 = k;
        k2.samples[2].taken = true;
        QVERIFY(!f->docs->evidenceKits().amend(w.recordId, k2).ok());
        k2.samples[2].sampleId = u"H-1"_s;
        QVERIFY(f->docs->evidenceKits().amend(w.recordId, k2).ok());
        QCOMPARE(f->docs->evidenceKits().reveal(w.recordId)->details.samples[2].sampleId, u"H-1"_s);
    }

    void evidenceKitTwoPartyHandover() {
        auto f = open();
        const QString p = f->docs->persons().add(f->caseId, adult(u"A"_s)).recordId;
        EvidenceKitDetails k;
        k.kitId = u"NCK-7"_s;
        const QString kit = f->docs->evidenceKits().record(p, k).recordId;
        QVERIFY(!kit.isEmpty());
        const qint64 at = 1'780'000'000'000;
        auto view = f->docs->evidenceKits().get(kit);
        QVERIFY(!view->handoverComplete);
        QVERIFY(!view->handoverProblem.isEmpty());
        QVERIFY(!f->docs->evidenceKits()
                     .confirmHandover(kit, HandoverParty::Clinician, u"Dr Berg"_s, {}, at)
                     .ok());
        const WriteResult c = f->docs->evidenceKits().confirmHandover(
            kit, HandoverParty::Clinician, u"Dr Berg"_s, u"Insp. Ek 4711"_s, at);
        QVERIFY2(c.ok(), qPrintable(c.error));
        QVERIFY(c.warning.contains(u"receiving officer"_s));
        view = f->docs->evidenceKits().get(kit);
        QVERIFY(!view->handoverComplete);
        QVERIFY(view->clinicianConfirmation);
        QVERIFY(!view->officerConfirmation);
        // The same party cannot confirm twice.
        QVERIFY(!f->docs->evidenceKits()
                     .confirmHandover(kit, HandoverParty::Clinician, u"Dr Berg"_s,
                                      u"Insp. Ek 4711"_s, at)
                     .ok());
        QVERIFY(f->docs->overview().overview(f->caseId).missing.last().key == u"kit-handover"_s);
        const WriteResult o = f->docs->evidenceKits().confirmHandover(
            kit, HandoverParty::Officer, u"Insp. Ek"_s, u"insp. ek 4711"_s, at);
        QVERIFY(o.ok());
        QVERIFY(o.warning.isEmpty());
        const auto done = f->docs->evidenceKits().reveal(kit);
        QVERIFY(done->handoverComplete);
        QCOMPARE(done->clinicianConfirmation->name, u"Dr Berg"_s);
        QCOMPARE(done->officerConfirmation->name, u"Insp. Ek"_s);
        QCOMPARE(done->officerConfirmation->deviceId, f->session->device().deviceId);
        QCOMPARE(done->officerConfirmation->handedOverAtMsecs, at);
        for (const MissingItem &m : f->docs->overview().overview(f->caseId).missing)
            QVERIFY(m.key != u"kit-handover"_s);
        QCOMPARE(f->docs->evidenceKits().history(kit).size(), 3);
        // Masked view hides the names but shows the state.
        const auto masked = f->docs->evidenceKits().get(kit);
        QVERIFY(masked->handoverComplete);
        QVERIFY(masked->clinicianConfirmation->name.isEmpty());

        // Two confirmations naming different officers are not a handover.
        const QString kit2 = f->docs->evidenceKits().record(p, k).recordId;
        f->docs->evidenceKits().confirmHandover(kit2, HandoverParty::Clinician, u"Dr Berg"_s,
                                                u"Insp. Ek"_s, at);
        const WriteResult o2 = f->docs->evidenceKits().confirmHandover(
            kit2, HandoverParty::Officer, u"Insp. Lund"_s, u"Insp. Lund"_s, at);
        QVERIFY(o2.ok());
        QVERIFY(o2.warning.contains(u"different"_s));
        QVERIFY(!f->docs->evidenceKits().get(kit2)->handoverComplete);
    }

    // --- position -------------------------------------------------------------------------

    void positionPolicy() {
        const qint64 now = 1'780'000'000'000;
        PositionFix fix{59.334591, 18.063240, 8.0, now - 60'000, now - 60'000, u"gnss"_s};
        using A = PositionPolicy::Action;
        QCOMPARE(PositionPolicy::decide(PositionPrecision::Exact, fix, now), A::ReuseLast);
        QCOMPARE(PositionPolicy::decide(PositionPrecision::Rounded, fix, now), A::ReuseLast);
        fix.receivedAtMsecs = now - 3 * 60'000;
        QCOMPARE(PositionPolicy::decide(PositionPrecision::Exact, fix, now), A::RequestUpdate);
        fix.receivedAtMsecs = now - PositionPolicy::FreshForMsecs;
        QCOMPARE(PositionPolicy::decide(PositionPrecision::Exact, fix, now), A::RequestUpdate);
        QCOMPARE(PositionPolicy::decide(PositionPrecision::Exact, std::nullopt, now),
                 A::RequestUpdate);
        QCOMPARE(PositionPolicy::decide(PositionPrecision::Off, fix, now), A::None);
        fix.receivedAtMsecs = 0; // falls back to the fix time
        QCOMPARE(PositionPolicy::decide(PositionPrecision::Exact, fix, now), A::ReuseLast);

        const auto exact = PositionPolicy::toPosition(PositionPrecision::Exact, fix);
        QCOMPARE(exact->latitude, 59.334591);
        QCOMPARE(exact->horizontalAccuracyM, 8.0);
        QCOMPARE(exact->source, u"gnss"_s);
        const auto rounded = PositionPolicy::toPosition(PositionPrecision::Rounded, fix);
        QCOMPARE(rounded->latitude, 59.33);
        QCOMPARE(rounded->longitude, 18.06);
        QVERIFY(rounded->horizontalAccuracyM >= 1000.0);
        QCOMPARE(rounded->fixTimeMsecs, fix.fixTimeMsecs);
        fix.horizontalAccuracyM = 900;
        QCOMPARE(PositionPolicy::toPosition(PositionPrecision::Rounded, fix)->horizontalAccuracyM,
                 900 + PositionPolicy::RoundingErrorM);
        QVERIFY(!PositionPolicy::toPosition(PositionPrecision::Off, fix));
        fix.latitude = 95;
        QVERIFY(!PositionPolicy::toPosition(PositionPrecision::Exact, fix));

        const auto manual = PositionPolicy::withManualPlace(std::nullopt, u" Stairwell B "_s);
        QCOMPARE(manual->manualPlace, u"Stairwell B"_s);
        QCOMPARE(manual->source, u"manual"_s);
        QVERIFY(!PositionPolicy::withManualPlace(std::nullopt, u" "_s));
        QCOMPARE(PositionPolicy::withManualPlace(exact, u"Flat 3"_s)->latitude, 59.334591);

        QCOMPARE(PositionPolicy::statusText(PositionOutcome::TimedOut, std::nullopt),
                 u"No position (indoors); saved without"_s);
        QVERIFY(PositionPolicy::statusText(PositionOutcome::Updated, exact).contains(u"8 m"_s));
        QVERIFY(PositionPolicy::statusText(PositionOutcome::ReusedFresh, rounded,
                                           PositionPrecision::Rounded)
                    .contains(u"1 km"_s));
        QCOMPARE(positionPrecisionFromKey(u"rounded"_s),
                 std::optional<PositionPrecision>(PositionPrecision::Rounded));

        // The position travels in the event envelope; a record without one is still saved.
        auto f = open();
        const WriteResult with = f->docs->persons().add(f->caseId, adult(u"A"_s), rounded);
        QCOMPARE(f->session->journal().event(with.eventId)->positionValue(), rounded);
        const WriteResult without = f->docs->persons().add(f->caseId, adult(u"B"_s));
        QVERIFY(without.ok());
        QVERIFY(!f->session->journal().event(without.eventId)->positionValue());
        const auto h = f->docs->persons().history(with.recordId);
        QCOMPARE(h[0].position, rounded);
    }

    // --- projections ------------------------------------------------------------------

    void rebuildEqualsIncrementalOnRandomHistory() {
        auto f = open();
        QRandomGenerator rng(20261129);
        QList<QString> cases{f->caseId, f->session->cases().openCase(2, {})};
        QList<QString> persons, notes, injuries, kits, signs;
        const QStringList indicatorIds{u"ident.no-id-documents"_s, u"ctrl.disappears"_s,
                                       u"work.no-days-off"_s, u"child.intimidated"_s};
        const QStringList keywordIds{u"violence"_s, u"health"_s, u"living"_s, u"sexual-violence"_s,
                                     u"work"_s};
        auto word = [&rng]() {
            static const QStringList words{u"stairs"_s, u"bus"_s, u"kitchen"_s,   u"passport"_s,
                                           u"debt"_s,   u"car"_s, u"Kungsgatan"_s};
            return words[rng.bounded(int(words.size()))];
        };
        for (int i = 0; i < 160; ++i) {
            const QString c = cases[rng.bounded(int(cases.size()))];
            const int op = persons.isEmpty() ? 0 : rng.bounded(12);
            switch (op) {
            case 0: {
                PersonDetails d = rng.bounded(2) ? child(u"P%1"_s.arg(i)) : adult(u"P%1"_s.arg(i));
                d.languages = {word()};
                persons << f->docs->persons().add(c, d).recordId;
                break;
            }
            case 1: {
                const QString p = persons[rng.bounded(int(persons.size()))];
                PersonDetails d = f->docs->persons().get(p)->details;
                d.label = d.label + u" "_s + word();
                if (rng.bounded(3) == 0) {
                    d.ageGroup = AgeGroup::Unknown;
                    d.estimatedAge = std::nullopt;
                }
                QVERIFY(f->docs->persons().amend(p, d).ok());
                break;
            }
            case 2:
            case 3: {
                const QString p = persons[rng.bounded(int(persons.size()))];
                SignInput in{p,
                             indicatorIds[rng.bounded(int(indicatorIds.size()))],
                             SignStatus(rng.bounded(3)),
                             word(),
                             SignSource(rng.bounded(3)),
                             rng.bounded(4) != 0};
                const WriteResult w = f->docs->signs().record(in);
                if (w.ok())
                    signs << w.recordId;
                break;
            }
            case 4:
            case 5: {
                const QString p = persons[rng.bounded(int(persons.size()))];
                NoteInput in{f->docs->persons().get(p)->caseId, rng.bounded(2) ? p : QString(),
                             keywordIds[rng.bounded(int(keywordIds.size()))],
                             word() + u" "_s + word(), rng.bounded(5) == 0};
                notes << f->docs->notes().add(in).recordId;
                break;
            }
            case 6:
                if (!notes.isEmpty()) {
                    const QString n = notes[rng.bounded(int(notes.size()))];
                    if (rng.bounded(2))
                        f->docs->notes().amendText(n, word());
                    else
                        f->docs->notes().setProtectedByHand(n, rng.bounded(2));
                }
                break;
            case 7: {
                const QString p = persons[rng.bounded(int(persons.size()))];
                InjuryDetails d = injuryAt(rng.generateDouble(), rng.generateDouble(), word());
                d.isProtected = rng.bounded(3) != 0;
                injuries << f->docs->injuries().record(p, d).recordId;
                break;
            }
            case 8:
                if (!injuries.isEmpty()) {
                    const QString j = injuries[rng.bounded(int(injuries.size()))];
                    InjuryDetails d = f->docs->injuries().reveal(j)->details;
                    d.colour = word();
                    d.isProtected = rng.bounded(2);
                    f->docs->injuries().amend(j, d);
                }
                break;
            case 9: {
                const QString p = persons[rng.bounded(int(persons.size()))];
                EvidenceKitDetails k;
                k.kitId = u"K%1"_s.arg(i);
                k.assaultAtMsecs = 1'780'000'000'000 - rng.bounded(20) * Day;
                k.examinedAtMsecs = 1'780'000'000'000;
                kits << f->docs->evidenceKits().record(p, k).recordId;
                break;
            }
            case 10:
                if (!kits.isEmpty()) {
                    const QString k = kits[rng.bounded(int(kits.size()))];
                    f->docs->evidenceKits().confirmHandover(
                        k, rng.bounded(2) ? HandoverParty::Clinician : HandoverParty::Officer,
                        u"N"_s, u"Officer %1"_s.arg(rng.bounded(2)), 1'780'000'000'000);
                }
                break;
            case 11:
                if (rng.bounded(2) && !signs.isEmpty())
                    f->docs->protection().reveal(signs[rng.bounded(int(signs.size()))]);
                else
                    f->docs->search().searchProtected(word(), rng.bounded(2) ? c : QString());
                break;
            }
        }
        Database &db = f->session->database();
        const QStringList incremental = snapshot(db);
        QVERIFY(incremental.size() > 200);
        // Every event type appeared.
        Statement types = db.prepare("SELECT DISTINCT type FROM events ORDER BY type");
        QStringList seen;
        while (types.step())
            seen << types.text(0);
        for (const char *t :
             {field_events::PersonAdded, field_events::PersonAmended, field_events::SignRecorded,
              field_events::NoteAdded, field_events::NoteAmended, field_events::InjuryRecorded,
              field_events::InjuryAmended, field_events::KitRecorded,
              field_events::KitHandoverConfirmed, field_events::AuditRevealed,
              field_events::AuditSearchedProtected})
            QVERIFY2(seen.contains(QLatin1String(t)), t);

        f->session->journal().rebuildProjections();
        QCOMPARE(snapshot(db), incremental);
        f->docs->rebuild();
        QCOMPARE(snapshot(db), incremental);

        // A read model that missed events (e.g. written before migration 2) catches up.
        db.exec("DELETE FROM fd_record; DELETE FROM fd_history; DELETE FROM fd_audit; "
                "DELETE FROM fd_fts;");
        f->docs.reset();
        f->docs = std::make_unique<FieldDocumentation>(*f->session, m_indicators, m_keywords);
        QVERIFY(f->docs->isUpToDate());
        QCOMPARE(snapshot(db), incremental);
    }

    void reopenKeepsEverything() {
        const DataDir dir{sessionScratch(u"fd-reopen"_s)};
        SetupRequest r;
        r.role = Role::Police;
        r.deviceName = u"Car 12"_s;
        r.kdf = KdfParams::fastForTests();
        QString caseId, note;
        QStringList before;
        {
            auto out = Session::setup(dir, passcode("482913"), r);
            QVERIFY(out.session);
            FieldDocumentation docs(*out.session, m_indicators, m_keywords);
            caseId = out.session->cases().openCase(1, {});
            note = docs.notes()
                       .add(NoteInput{caseId, {}, u"violence"_s, u"Hit with a belt"_s, false})
                       .recordId;
            before = snapshot(out.session->database());
        }
        auto out = Session::unlock(dir, passcode("482913"));
        QVERIFY(out.session);
        FieldDocumentation docs(*out.session, m_indicators, m_keywords);
        QVERIFY(docs.isUpToDate());
        QCOMPARE(snapshot(out.session->database()), before);
        QVERIFY(docs.notes().get(note)->mask.masked);
        QCOMPARE(docs.notes().reveal(note)->text, u"Hit with a belt"_s);
    }
};

QTEST_GUILESS_MAIN(TestFieldDocumentation)
#include "test_field_documentation.moc"
