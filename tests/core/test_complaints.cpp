#include "WorkflowFixture.h"

#include "common/Clock.h"
#include "complaints/ComplaintRules.h"
#include "complaints/ComplaintRegister.h"
#include "complaints/ComplaintStore.h"
#include "complaints/LaporFollowUp.h"
#include "events/EventLog.h"
#include "history/EventText.h"
#include "storage/SqlQuery.h"
#include "suggestions/CsvWriter.h"
#include "suggestions/SuggestionStore.h"
#include "survey/CsvReader.h"
#include "validation/Validators.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

// Deadlines are worked out by hand from resources/calendar/defaults.json and the
// convention "close of office hours on the N-th working day after the day of receipt".

namespace {

// A complete written complaint, as in "13:30, a complaint" of day-at-the-counter.md.
ComplaintInput completeComplaint()
{
    ComplaintInput in;
    in.channel = FeedbackChannel::InPerson;
    in.complainantName = QStringLiteral("Budi Santoso");
    in.complainantAddress = QStringLiteral("Jl. Pramuka No. 12, Kel. Kebun Bunga, Banjarmasin Timur");
    in.contact = QStringLiteral("0812-5123-4567");
    in.notPerStandard = QStringLiteral("Perubahan NPWP memakan dua hari, padahal standarnya 30 menit.");
    in.materialLoss = QStringLiteral("Biaya transportasi dua kali datang");
    in.immaterialLoss = QStringLiteral("Tertunda mengikuti tender");
    in.resolutionRequested = QStringLiteral("Penjelasan dan perbaikan prosedur");
    in.place = QStringLiteral("Banjarmasin");
    in.submittedAt = Clock::nowUtc();
    in.isSigned = true;
    return in;
}

Complaint recorded(WorkflowFixture &f, const ComplaintInput &in)
{
    ComplaintStore store(f.db());
    const Result<Complaint> c = ComplaintRegister(store).record(f.helpdesk, in);
    INFO(c.error().toStdString());
    REQUIRE(c.ok());
    return c.value();
}

QString due(const DeadlineReading &r)
{
    return WorkflowFixture::localText(r.due);
}

QStringList kindsOf(const QList<Event> &events)
{
    QStringList kinds;
    for (const Event &e : events)
        kinds << e.kind;
    return kinds;
}

QStringList missingKeys(const QList<MissingElement> &missing)
{
    QStringList keys;
    for (const MissingElement &m : missing)
        keys << m.key;
    return keys;
}

void require(const Status &s)
{
    INFO(s.error().toStdString());
    REQUIRE(s.ok());
}

} // namespace

TEST_CASE("complaint deadlines: 3 and 6 working days from the day of receipt, across holidays and cuti bersama", "[complaints][deadlines]")
{
    const WorkingCalendar calendar = WorkingCalendar::defaults();
    const QDateTime now = WorkflowFixture::local(QStringLiteral("2026-01-05 08:00"));
    struct Case { const char *received; const char *ack; const char *response; };
    const Case cases[] = {
        // Thu; Fri 18, Mon 21, Tue 22 | Wed 23, (Thu 24 cuti bersama, Fri 25 Natal), Mon 28, Tue 29.
        {"2026-12-17", "2026-12-22 16:00", "2026-12-29 16:00"},
        // Tue; Wed 18 cuti, Thu 19 Nyepi, Fri 20 cuti, Sat-Sun 21-22 Idul Fitri, Mon 23 and Tue 24 cuti:
        // Wed 25, Thu 26, Fri 27 | Mon 30, Tue 31, Wed 1 April.
        {"2026-03-17", "2026-03-27 16:00", "2026-04-01 16:00"},
        // Wed; Thu 14 Kenaikan, Fri 15 cuti: Mon 18, Tue 19, Wed 20 | Thu 21, Fri 22, Mon 25.
        {"2026-05-13", "2026-05-20 16:00", "2026-05-25 16:00"},
        // Received on a Saturday (an e-mail): the day of receipt never counts.
        {"2026-12-19", "2026-12-23 16:00", "2026-12-30 16:00"},
        // An ordinary week: Mon -> Thu, and the next Tue.
        {"2026-11-23", "2026-11-26 16:00", "2026-12-01 16:00"},
    };
    for (const Case &c : cases) {
        INFO("received " << c.received);
        const ComplaintDeadlines d = ComplaintRules::deadlines(calendar, QDate::fromString(QString::fromLatin1(c.received), Qt::ISODate), {}, {}, now);
        CHECK(due(d.acknowledgement) == QString::fromLatin1(c.ack));
        CHECK(due(d.response) == QString::fromLatin1(c.response));
    }
}

TEST_CASE("a complaint recorded at the counter gets its number and its deadlines from the office calendar", "[complaints][deadlines]")
{
    WorkflowFixture f;
    f.setNow(QStringLiteral("2026-12-17 13:30"));
    const Complaint first = recorded(f, completeComplaint());
    CHECK(first.number == QStringLiteral("ADU-2026-0001"));
    CHECK(first.stage == ComplaintStage::Received);
    CHECK(first.receivedDate == QDate(2026, 12, 17));
    CHECK(first.isComplete());
    CHECK(first.recordedBy == f.helpdesk.id);
    CHECK(first.recordedByName == f.helpdesk.fullName);
    ComplaintStore store(f.db());
    const ComplaintDeadlines d = store.deadlines(first);
    CHECK(due(d.acknowledgement) == QStringLiteral("2026-12-22 16:00"));
    CHECK(due(d.response) == QStringLiteral("2026-12-29 16:00"));
    CHECK(d.acknowledgement.state == DeadlineState::Pending);

    // Evening of the same day still counts from the 17th.
    f.setNow(QStringLiteral("2026-12-17 19:45"));
    const Complaint second = recorded(f, completeComplaint());
    CHECK(second.number == QStringLiteral("ADU-2026-0002"));
    CHECK(due(store.deadlines(second).acknowledgement) == QStringLiteral("2026-12-22 16:00"));

    // Numbers restart with the year.
    f.setNow(QStringLiteral("2027-01-04 08:00"));
    CHECK(recorded(f, completeComplaint()).number == QStringLiteral("ADU-2027-0001"));

    const auto found = store.findByNumber(QStringLiteral(" adu-2026-2 "));
    REQUIRE(found.ok());
    CHECK(found->id == second.id);
    CHECK_FALSE(store.findByNumber(QStringLiteral("ADU-2026-0099")).ok());
    CHECK(store.list()->size() == 3);
}

TEST_CASE("deadline states: pending, due soon, overdue, met and missed", "[complaints][deadlines]")
{
    const WorkingCalendar calendar = WorkingCalendar::defaults();
    const QDate received(2026, 12, 17); // ack due Tue 22 16:00
    auto at = [](const char *t) { return WorkflowFixture::local(QString::fromLatin1(t)); };
    CHECK(ComplaintRules::deadlines(calendar, received, {}, {}, at("2026-12-17 14:00")).acknowledgement.state == DeadlineState::Pending);
    // Friday 18: the due day (Tue) is not yet the next working day (Mon).
    CHECK(ComplaintRules::deadlines(calendar, received, {}, {}, at("2026-12-18 09:00")).acknowledgement.state == DeadlineState::Pending);
    // Monday 21: due on the next working day.
    CHECK(ComplaintRules::deadlines(calendar, received, {}, {}, at("2026-12-21 09:00")).acknowledgement.state == DeadlineState::DueSoon);
    CHECK(ComplaintRules::deadlines(calendar, received, {}, {}, at("2026-12-22 15:59")).acknowledgement.state == DeadlineState::DueSoon);
    const ComplaintDeadlines late = ComplaintRules::deadlines(calendar, received, {}, {}, at("2026-12-22 16:01"));
    CHECK(late.acknowledgement.state == DeadlineState::Overdue);
    CHECK(late.response.state == DeadlineState::Pending); // Tue 29: Wed 23 -> next working day is Mon 28
    CHECK(late.overdue());
    const ComplaintDeadlines met = ComplaintRules::deadlines(calendar, received, at("2026-12-22 16:00"), {}, at("2026-12-28 09:00"));
    CHECK(met.acknowledgement.state == DeadlineState::Met);
    CHECK(met.response.state == DeadlineState::DueSoon);
    const ComplaintDeadlines missed = ComplaintRules::deadlines(calendar, received, at("2026-12-23 08:00"), at("2026-12-30 08:00"), at("2027-01-04 08:00"));
    CHECK(missed.acknowledgement.state == DeadlineState::Missed);
    CHECK(missed.response.state == DeadlineState::Missed);
    CHECK_FALSE(missed.overdue());
}

TEST_CASE("an incomplete complaint is recorded, and the acknowledgement names exactly what is missing", "[complaints][completeness]")
{
    WorkflowFixture f;
    f.setNow(QStringLiteral("2026-11-23 13:30"));
    ComplaintInput in = completeComplaint();
    in.complainantAddress.clear();
    in.immaterialLoss = QStringLiteral("   ");
    in.isSigned = false;
    const Complaint c = recorded(f, in);
    CHECK_FALSE(c.isComplete());
    CHECK(missingKeys(c.missing) == QStringList{QStringLiteral("address"), QStringLiteral("immaterial_loss"), QStringLiteral("signature")});
    CHECK(ComplaintRules::describeMissing(c.missing) == QStringLiteral("(a) alamat lengkap; (b) kerugian immateriil; (d) tanda tangan"));

    // "Tidak ada" is an answer: a complaint may state that there was no material loss.
    ComplaintInput none = completeComplaint();
    none.materialLoss = QStringLiteral("Tidak ada");
    CHECK(ComplaintRules::missingElements(none).isEmpty());

    // An anonymous note from the suggestion box lacks every element.
    ComplaintInput empty;
    empty.channel = FeedbackChannel::SuggestionBox;
    const QList<MissingElement> all = ComplaintRules::missingElements(empty);
    CHECK(missingKeys(all) == QStringList{QStringLiteral("name"), QStringLiteral("address"), QStringLiteral("not_per_standard"),
                                          QStringLiteral("material_loss"), QStringLiteral("immaterial_loss"),
                                          QStringLiteral("resolution_requested"), QStringLiteral("place"), QStringLiteral("submitted_at"),
                                          QStringLiteral("signature")});
    QString letters;
    for (const MissingElement &m : all)
        letters += m.letter;
    CHECK(letters == QStringLiteral("aabbbcddd"));
    CHECK(recorded(f, empty).missing.size() == 9);

    ComplaintStore store(f.db());
    ComplaintRegister desk(store);
    require(desk.startCheck(f.kasubbag, c.id));
    f.setNow(QStringLiteral("2026-11-24 09:00"));
    require(desk.acknowledge(f.kasubbag, c.id, QStringLiteral("Dikirim lewat WhatsApp.")));
    const Complaint acked = store.complaint(c.id).value();
    CHECK(acked.acknowledgementText.contains(QStringLiteral("belum lengkap")));
    CHECK(acked.acknowledgementText.contains(QStringLiteral("(a) alamat lengkap; (b) kerugian immateriil; (d) tanda tangan")));
    CHECK(acked.acknowledgementText.contains(c.number));
    CHECK(acked.acknowledgementText.endsWith(QStringLiteral("Dikirim lewat WhatsApp.")));
    CHECK(store.deadlines(acked).acknowledgement.state == DeadlineState::Met);
    const QList<Event> history = store.history(c.id).value();
    REQUIRE(history.size() == 3);
    CHECK(history.first().data.value(QStringLiteral("missing")).toArray().size() == 3);
    CHECK(EventText::describe(history.first()).contains(QStringLiteral("(a) alamat lengkap")));
    CHECK(EventText::describe(history.last()).contains(QStringLiteral("belum lengkap")));

    // The complainant sends the missing parts; the complaint becomes complete.
    ComplaintInput amended = in;
    amended.complainantAddress = QStringLiteral("Jl. Pramuka No. 12, Banjarmasin");
    amended.immaterialLoss = QStringLiteral("Tidak ada");
    amended.isSigned = true;
    require(desk.amend(f.helpdesk, c.id, amended));
    CHECK(store.complaint(c.id)->isComplete());
    CHECK(store.history(c.id)->last().kind == QStringLiteral("complaint_amended"));
    CHECK_FALSE(desk.amend(f.helpdesk, c.id, amended).ok()); // nothing changed

    // A complete complaint is acknowledged as complete.
    const Complaint whole = recorded(f, completeComplaint());
    require(desk.startCheck(f.kasubbag, whole.id));
    require(desk.acknowledge(f.kasubbag, whole.id));
    CHECK(store.complaint(whole.id)->acknowledgementText.contains(QStringLiteral("isinya lengkap")));
}

TEST_CASE("every stage of a complaint is an event with its user and time, in order only", "[complaints][stages]")
{
    WorkflowFixture f;
    ComplaintStore store(f.db());
    ComplaintRegister desk(store);
    f.setNow(QStringLiteral("2026-12-17 13:30"));
    const Complaint c = recorded(f, completeComplaint());

    // Out of order: refused with the reason.
    CHECK_FALSE(desk.respond(f.kasubbag, c.id, QStringLiteral("Sudah diperbaiki")).ok());
    CHECK_FALSE(desk.finish(f.kasubbag, c.id, QStringLiteral("Selesai")).ok());
    CHECK_FALSE(desk.acknowledge(f.kasubbag, c.id).ok()); // the acknowledgement comes from the administrative check
    // Helpdesk records complaints but does not handle them; a verifikator does neither.
    const Status byHelpdesk = desk.startCheck(f.helpdesk, c.id);
    CHECK_FALSE(byHelpdesk.ok());
    CHECK(byHelpdesk.error().contains(QStringLiteral("Kasubbag")));
    CHECK_FALSE(desk.record(f.verifikator, completeComplaint()).ok());

    f.setNow(QStringLiteral("2026-12-18 08:00"));
    require(desk.startCheck(f.kasubbag, c.id));
    CHECK(store.complaint(c.id)->stage == ComplaintStage::AdministrativeCheck);
    const Status early = desk.coordinate(f.kasubbag, c.id, QStringLiteral("internal"));
    CHECK_FALSE(early.ok());
    CHECK(early.error().contains(QStringLiteral("tanggapan awal")));
    f.setNow(QStringLiteral("2026-12-18 09:00"));
    require(desk.acknowledge(f.kasubbag, c.id));
    CHECK_FALSE(desk.acknowledge(f.kasubbag, c.id).ok()); // once
    f.setNow(QStringLiteral("2026-12-21 10:00"));
    require(desk.coordinate(f.kepalaBagian, c.id, QStringLiteral("Internal dengan verifikator")));
    CHECK_FALSE(desk.respond(f.kasubbag, c.id, QStringLiteral("ok")).ok()); // too short to be an answer
    f.setNow(QStringLiteral("2026-12-28 14:00"));
    require(desk.respond(f.kasubbag, c.id, QStringLiteral("Keterlambatan karena gangguan SPSE; prosedur diperbaiki.")));
    f.setNow(QStringLiteral("2026-12-30 10:00"));
    require(desk.finish(f.kasubbag, c.id, QStringLiteral("Pengadu menerima penjelasan; NPWP sudah berubah.")));

    const Complaint done = store.complaint(c.id).value();
    CHECK(done.stage == ComplaintStage::Finished);
    CHECK(done.coordinationNote == QStringLiteral("Internal dengan verifikator"));
    CHECK(done.responseText.contains(QStringLiteral("gangguan SPSE")));
    CHECK(done.resolutionText.contains(QStringLiteral("NPWP sudah berubah")));
    CHECK(WorkflowFixture::localText(done.acknowledgedAt) == QStringLiteral("2026-12-18 09:00"));
    CHECK(WorkflowFixture::localText(done.respondedAt) == QStringLiteral("2026-12-28 14:00"));
    CHECK(WorkflowFixture::localText(done.finishedAt) == QStringLiteral("2026-12-30 10:00"));
    const ComplaintDeadlines d = store.deadlines(done);
    CHECK(d.acknowledgement.state == DeadlineState::Met);
    CHECK(d.response.state == DeadlineState::Met);

    const QList<Event> history = store.history(c.id).value();
    CHECK(kindsOf(history) == QStringList{QStringLiteral("complaint_recorded"), QStringLiteral("complaint_checking"),
                                          QStringLiteral("complaint_acknowledged"), QStringLiteral("complaint_coordinating"),
                                          QStringLiteral("complaint_responded"), QStringLiteral("complaint_resolved")});
    QStringList stages;
    for (const Event &e : history) {
        CHECK(e.complaintId == c.id);
        CHECK(e.applicationId == 0);
        CHECK_FALSE(EventText::describe(e).isEmpty());
        CHECK_FALSE(EventText::describe(e).startsWith(QStringLiteral("complaint_")));
        if (!e.toStatus.isEmpty())
            stages << e.fromStatus + QStringLiteral(">") + e.toStatus;
    }
    CHECK(stages == QStringList{QStringLiteral(">diterima"), QStringLiteral("diterima>cek_administrasi"),
                                QStringLiteral("cek_administrasi>koordinasi"), QStringLiteral("koordinasi>ditanggapi"),
                                QStringLiteral("ditanggapi>selesai")});
    CHECK(history.at(0).userId == f.helpdesk.id);
    CHECK(history.at(3).userId == f.kepalaBagian.id);
    CHECK(history.at(3).userName == f.kepalaBagian.fullName);
    CHECK(history.at(3).reason == QStringLiteral("Internal dengan verifikator"));
    CHECK(WorkflowFixture::localText(history.at(4).at) == QStringLiteral("2026-12-28 14:00"));

    // Nothing leaves "selesai".
    CHECK_FALSE(desk.refuse(f.kasubbag, c.id, QStringLiteral("terlambat")).ok());
    CHECK_FALSE(desk.startCheck(f.kasubbag, c.id).ok());

    // The whole log, complaint events included, still chains.
    const auto chain = EventLog(f.db().connection()).verifyChain();
    REQUIRE(chain.ok());
    CHECK(chain->firstBadId == 0);
}

TEST_CASE("a response after the sixth working day is missed, and overdue ones stand out", "[complaints][deadlines]")
{
    WorkflowFixture f;
    ComplaintStore store(f.db());
    ComplaintRegister desk(store);
    f.setNow(QStringLiteral("2026-03-17 10:00"));
    const Complaint c = recorded(f, completeComplaint());
    f.setNow(QStringLiteral("2026-03-30 08:00")); // ack was due Fri 27 16:00
    CHECK(store.deadlines(store.complaint(c.id).value()).acknowledgement.state == DeadlineState::Overdue);
    // Response due Wed 1 April: not yet the next working day (Tue 31).
    CHECK(store.deadlines(store.complaint(c.id).value()).response.state == DeadlineState::Pending);
    require(desk.startCheck(f.kasubbag, c.id));
    require(desk.acknowledge(f.kasubbag, c.id));
    require(desk.coordinate(f.kasubbag, c.id));
    f.setNow(QStringLiteral("2026-04-02 08:00"));
    CHECK(store.deadlines(store.complaint(c.id).value()).response.state == DeadlineState::Overdue);
    CHECK(store.list(true)->size() == 1);
    require(desk.respond(f.kasubbag, c.id, QStringLiteral("Maaf atas keterlambatan.")));
    const ComplaintDeadlines d = store.deadlines(store.complaint(c.id).value());
    CHECK(d.acknowledgement.state == DeadlineState::Missed);
    CHECK(d.response.state == DeadlineState::Missed);
}

TEST_CASE("the 30-day window: a late complaint is flagged, then accepted or refused with a reason", "[complaints][window]")
{
    WorkflowFixture f;
    ComplaintStore store(f.db());
    ComplaintRegister desk(store);
    // A service received on Monday 2026-11-23 (the file is returned the same morning).
    const auto in = f.checkIn(2, true);
    REQUIRE(in.ok());
    f.tickAll(in->applicationId, {QStringLiteral("surat_kuasa")});
    REQUIRE(f.wf().documents().returnToApplicant(f.helpdesk, in->applicationId).ok());
    const QString fileNumber = f.wf().files().application(in->applicationId)->number;

    CHECK(ComplaintRules::windowEnd(QDate(2026, 11, 23)) == QDate(2026, 12, 23));

    // Day 30: in time, linked to the file and its visit, service date taken from it.
    f.setNow(QStringLiteral("2026-12-23 15:00"));
    ComplaintInput onTime = completeComplaint();
    onTime.applicationNumber = fileNumber.toLower();
    const Complaint inside = recorded(f, onTime);
    CHECK(inside.applicationId == in->applicationId);
    CHECK(inside.visitId == in->visitId);
    CHECK(inside.content.applicationNumber == fileNumber);
    CHECK(inside.content.serviceDate == QDate(2026, 11, 23));
    CHECK_FALSE(inside.late);
    require(desk.startCheck(f.kasubbag, inside.id));

    // Day 31 (an e-mail on a cuti bersama day): flagged. Nothing moves until the officer decides.
    f.setNow(QStringLiteral("2026-12-24 08:00"));
    ComplaintInput late = completeComplaint();
    late.applicationNumber = fileNumber;
    const Complaint flagged = recorded(f, late);
    CHECK(flagged.late);
    CHECK(flagged.awaitsWindowDecision());
    CHECK(store.history(flagged.id)->first().data.value(QStringLiteral("late")).toBool());
    const Status blocked = desk.startCheck(f.kasubbag, flagged.id);
    CHECK_FALSE(blocked.ok());
    CHECK(blocked.error().contains(QStringLiteral("30 hari")));
    CHECK_FALSE(desk.refuse(f.kasubbag, flagged.id, QString()).ok()); // a reason is required
    CHECK_FALSE(desk.refuse(f.helpdesk, flagged.id, QStringLiteral("Lewat batas waktu pengaduan")).ok());
    require(desk.refuse(f.kasubbag, flagged.id, QStringLiteral("Lewat 30 hari sejak layanan (Pasal 8)")));
    const Complaint refused = store.complaint(flagged.id).value();
    CHECK(refused.stage == ComplaintStage::Refused);
    CHECK(refused.window == WindowDecision::Refused);
    CHECK(refused.windowReason == QStringLiteral("Lewat 30 hari sejak layanan (Pasal 8)"));
    CHECK(refused.finishedAt.isValid());
    CHECK(store.deadlines(refused).acknowledgement.state == DeadlineState::Met); // the refusal is the answer
    const Event last = store.history(flagged.id)->last();
    CHECK(last.kind == QStringLiteral("complaint_refused"));
    CHECK(last.toStatus == QStringLiteral("ditolak"));
    CHECK(last.userId == f.kasubbag.id);
    CHECK(EventText::describe(last).contains(QStringLiteral("Lewat 30 hari sejak layanan (Pasal 8)")));
    CHECK_FALSE(desk.startCheck(f.kasubbag, flagged.id).ok());
    CHECK(store.list(true)->size() == 1); // refused ones are not open

    // Another late one is accepted anyway, with the reason on record.
    ComplaintInput explicitDate = completeComplaint();
    explicitDate.serviceDate = QDate(2026, 11, 1);
    const Complaint accepted = recorded(f, explicitDate);
    CHECK(accepted.late);
    CHECK_FALSE(desk.acceptLate(f.kasubbag, accepted.id, QStringLiteral("x")).ok());
    require(desk.acceptLate(f.kepalaBagian, accepted.id, QStringLiteral("Pengadu sakit; surat keterangan dokter dilampirkan")));
    CHECK(store.complaint(accepted.id)->window == WindowDecision::AcceptedLate);
    CHECK_FALSE(desk.acceptLate(f.kepalaBagian, accepted.id, QStringLiteral("sekali lagi")).ok());
    CHECK_FALSE(desk.refuse(f.kasubbag, accepted.id, QStringLiteral("berubah pikiran")).ok());
    require(desk.startCheck(f.kasubbag, accepted.id));

    // One in time cannot be refused for lateness; one without a service date is not flagged.
    CHECK_FALSE(desk.refuse(f.kasubbag, inside.id, QStringLiteral("Lewat batas waktu")).ok());
    CHECK_FALSE(recorded(f, completeComplaint()).late);
}

TEST_CASE("complaint input is checked: LAPOR! reference, dates, the linked file", "[complaints][validation]")
{
    WorkflowFixture f;
    ComplaintStore store(f.db());
    ComplaintRegister desk(store);
    ComplaintInput lapor = completeComplaint();
    lapor.channel = FeedbackChannel::Sp4nLapor;
    const auto noReference = desk.record(f.helpdesk, lapor);
    CHECK_FALSE(noReference.ok());
    CHECK(noReference.error().contains(QStringLiteral("SP4N-LAPOR!")));
    // A tracking number is 7 to 10 digits; anything else is refused, saying so.
    lapor.laporReference = QStringLiteral("LAPOR-2611230042");
    const auto letters = desk.record(f.helpdesk, lapor);
    CHECK_FALSE(letters.ok());
    CHECK(letters.error().contains(QStringLiteral("hanya berisi angka")));
    lapor.laporReference = QStringLiteral("123456");
    const auto shortNumber = desk.record(f.helpdesk, lapor);
    CHECK_FALSE(shortNumber.ok());
    CHECK(shortNumber.error().contains(QStringLiteral("7 sampai 10 angka; \"123456\" berisi 6 angka")));
    lapor.laporReference = QStringLiteral("12345678901");
    CHECK_FALSE(desk.record(f.helpdesk, lapor).ok());
    lapor.laporReference = QStringLiteral(" 2611230042 ");
    const Complaint viaLapor = recorded(f, lapor);
    CHECK(viaLapor.content.channel == FeedbackChannel::Sp4nLapor);
    CHECK(viaLapor.content.laporReference == QStringLiteral("2611230042"));
    CHECK(ComplaintRules::laporReference(QStringLiteral("1234567")).ok());
    // Another channel keeps no tracking number.
    ComplaintInput inPerson = completeComplaint();
    inPerson.laporReference = QStringLiteral("abc");
    CHECK(recorded(f, inPerson).content.laporReference.isEmpty());
    CHECK(store.findByLaporReference(QStringLiteral("2611230042"))->id == viaLapor.id);
    CHECK_FALSE(store.findByLaporReference(QStringLiteral("2611230043")).ok());

    ComplaintInput future = completeComplaint();
    future.serviceDate = QDate(2026, 11, 24);
    CHECK_FALSE(desk.record(f.helpdesk, future).ok());
    ComplaintInput unknownFile = completeComplaint();
    unknownFile.applicationNumber = QStringLiteral("20261123-Z999");
    const auto unknown = desk.record(f.helpdesk, unknownFile);
    CHECK_FALSE(unknown.ok());
    CHECK(unknown.error().contains(QStringLiteral("20261123-Z999")));
    ComplaintInput later = completeComplaint();
    later.submittedAt = Clock::nowUtc().addDays(1);
    CHECK_FALSE(desk.record(f.helpdesk, later).ok());
    ComplaintInput control = completeComplaint();
    control.complainantName = QStringLiteral("Budi\x01");
    CHECK_FALSE(desk.record(f.helpdesk, control).ok());
    // Nothing refused was written.
    CHECK(store.list()->size() == 2);
}

TEST_CASE("complaint events keep the old hashes: 'complaint' enters the canonical form only when set", "[complaints][events]")
{
    Event e;
    e.id = 7;
    e.at = QDateTime(QDate(2026, 11, 23), QTime(0, 0), Qt::UTC);
    e.userId = 2;
    e.kind = QStringLiteral("checking");
    e.applicationId = 3;
    const QString prev = QString(64, QLatin1Char('0'));
    const QByteArray canonical = QByteArrayLiteral(
        "{\"application\":\"3\",\"at\":\"2026-11-23T00:00:00.000Z\",\"id\":\"7\",\"kind\":\"checking\",\"prev\":\"")
                                 + prev.toLatin1() + QByteArrayLiteral("\",\"user\":\"2\"}");
    CHECK(EventLog::hashOf(e, prev) == QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex()));
    Event withComplaint = e;
    withComplaint.complaintId = 5;
    CHECK(EventLog::hashOf(withComplaint, prev) != EventLog::hashOf(e, prev));
}

TEST_CASE("a complaint's printed receipt is an event", "[complaints][events]")
{
    WorkflowFixture f;
    ComplaintStore store(f.db());
    const Complaint c = recorded(f, completeComplaint());
    require(store.recordPrint(f.helpdesk, c.id));
    const Event printed = store.history(c.id)->last();
    CHECK(printed.kind == QStringLiteral("complaint_printed"));
    CHECK(EventText::describe(printed).contains(QStringLiteral("dicetak")));
}

TEST_CASE("suggestions: recorded with channel and optional contact, listed, exported to CSV with BOM", "[suggestions]")
{
    WorkflowFixture f;
    SuggestionStore store(f.db());
    Suggestion box;
    box.channel = FeedbackChannel::SuggestionBox;
    box.date = QDate(2026, 11, 20);
    box.text = QStringLiteral("Mohon disediakan kursi tunggu tambahan, \"terutama\" pagi hari.\nTerima kasih.");
    REQUIRE(store.add(f.helpdesk, box).ok());
    Suggestion mail;
    mail.channel = FeedbackChannel::EmailOrIt;
    mail.contact = QStringLiteral("direktur@sinarbarito.co.id");
    mail.text = QStringLiteral("=HYPERLINK(\"http://contoh\")");
    const auto added = store.add(f.kasubbag, mail);
    REQUIRE(added.ok());
    CHECK(added->date == QDate(2026, 11, 23)); // today when not given
    CHECK_FALSE(store.add(f.verifikator, mail).ok());
    Suggestion blank;
    blank.text = QStringLiteral("  ");
    CHECK_FALSE(store.add(f.helpdesk, blank).ok());
    Suggestion tomorrow = box;
    tomorrow.date = QDate(2026, 11, 24);
    CHECK_FALSE(store.add(f.helpdesk, tomorrow).ok());

    const auto listed = store.list();
    REQUIRE(listed->size() == 2);
    CHECK(listed->first().channel == FeedbackChannel::EmailOrIt); // newest first
    CHECK(listed->first().recordedByName == f.kasubbag.fullName);
    CHECK(store.list(QDate(2026, 11, 21), QDate(2026, 11, 30))->size() == 1);

    // The kasubbag may reveal personal data: the contact goes out in full, and that is recorded.
    const QByteArray csv = store.exportCsv(f.kasubbag).value();
    CHECK(csv.contains("direktur@sinarbarito.co.id"));
    SqlQuery exported(f.db().connection(), QStringLiteral("SELECT data FROM events WHERE kind = 'personal_data_exported'"));
    REQUIRE(exported.exec().ok());
    REQUIRE(exported.next());
    CHECK(exported.value(0).toString().contains(QStringLiteral("suggestions")));
    // The administrator may not: masked, and nothing recorded.
    const QByteArray masked = store.exportCsv(f.admin).value();
    CHECK_FALSE(masked.contains("direktur@sinarbarito.co.id"));
    CHECK(masked.contains(Validators::mask(QStringLiteral("direktur@sinarbarito.co.id")).toUtf8()));
    CHECK(csv.startsWith("\xEF\xBB\xBFtanggal,saluran,kontak,saran,dicatat_oleh\r\n"));
    CHECK(csv.contains("2026-11-20,kotak_saran,,\"Mohon disediakan kursi tunggu tambahan, \"\"terutama\"\" pagi hari.\nTerima kasih.\",Hana Lestari\r\n"));
    CHECK(csv.contains(",\"'=HYPERLINK(\"\"http://contoh\"\")\",Siti Aminah\r\n")); // a formula is never run by a spreadsheet
    CHECK(csv.endsWith("\r\n"));
    // What we write, we read back.
    const auto back = CsvReader::read(csv);
    REQUIRE(back.ok());
    REQUIRE(back->size() == 3);
    CHECK(back->at(1).fields.at(3) == box.text);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("saran.csv"));
    const auto written = store.exportCsvTo(f.kasubbag, path);
    REQUIRE(written.ok());
    CHECK(written.value() == 2);
    CHECK(readFile(path) == csv);
    CHECK(CsvWriter::field(QStringLiteral("a;b"), QLatin1Char(';')) == QStringLiteral("\"a;b\""));
    CHECK(CsvWriter::field(QStringLiteral("-5")) == QStringLiteral("'-5"));
}

TEST_CASE("events written before schema 3 keep their hashes after the complaint column is added", "[complaints][events]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lama.sqlite"));
    {
        auto old = Database::open(path, Database::Mode::Open, 2);
        REQUIRE(old.ok());
        REQUIRE(old.value()->schemaVersion() == 2);
        QSqlDatabase &sql = old.value()->connection();
        REQUIRE(sql.transaction());
        for (const char *kind : {"login", "settings_changed"}) {
            Event e;
            e.kind = QString::fromLatin1(kind);
            e.data = QJsonObject{{QStringLiteral("n"), 1}};
            REQUIRE(EventLog(sql).append(e).ok());
        }
        Event c;
        c.kind = QStringLiteral("complaint_recorded");
        c.complaintId = 1;
        CHECK_FALSE(EventLog(sql).append(c).ok()); // no column for it yet
        REQUIRE(sql.commit());
        CHECK(EventLog(sql).verifyChain()->checked == 2);
    }
    {
        // Read as it is (a backup being checked): not migrated, still readable.
        auto inspected = Database::open(path, Database::Mode::Inspect);
        REQUIRE(inspected.ok());
        const auto chain = EventLog(inspected.value()->connection()).verifyChain();
        REQUIRE(chain.ok());
        CHECK(chain->firstBadId == 0);
    }
    auto migrated = Database::open(path);
    REQUIRE(migrated.ok());
    CHECK(migrated.value()->schemaVersion() == Database::latestSchemaVersion());
    const auto chain = EventLog(migrated.value()->connection()).verifyChain();
    REQUIRE(chain.ok());
    CHECK(chain->checked == 2);
    CHECK(chain->firstBadId == 0);
}

TEST_CASE("the SP4N-LAPOR! follow-up: the tracking number, both answers with their dates, whether 3 and 6 working days were met", "[complaints][lapor]")
{
    WorkflowFixture f;
    ComplaintStore store(f.db());
    ComplaintRegister desk(store);
    const QTimeZone zone = store.calendar().timeZone();
    f.setNow(QStringLiteral("2026-11-23 09:00"));
    ComplaintInput in = completeComplaint();
    in.channel = FeedbackChannel::Sp4nLapor;
    in.laporReference = QStringLiteral("2611230042");
    const Complaint c = recorded(f, in);

    // Nothing answered yet, still in time.
    auto text = [&](const QDateTime &now = {}) {
        const Result<Complaint> loaded = store.complaint(c.id);
        REQUIRE(loaded.ok());
        const Result<QString> t = LaporFollowUp::text(loaded.value(), store.deadlines(loaded.value(), now), zone, QStringLiteral("LPSE Kota Banjarmasin"));
        INFO(t.error().toStdString());
        REQUIRE(t.ok());
        return t.value();
    };
    const ComplaintDeadlines d = store.deadlines(c);
    // The deadlines are ComplaintRules': close of office hours on the 3rd and the 6th working day.
    CHECK(due(d.acknowledgement) == QStringLiteral("2026-11-26 16:00"));
    CHECK(due(d.response) == QStringLiteral("2026-12-01 16:00"));
    QString t = text();
    CHECK(t.startsWith(QStringLiteral("TINDAK LANJUT PENGADUAN SP4N-LAPOR!\nNomor laporan SP4N-LAPOR!: 2611230042\nNomor pengaduan pada unit: ") + c.number));
    CHECK(t.contains(QStringLiteral("Unit pelayanan: LPSE Kota Banjarmasin")));
    CHECK(t.contains(QStringLiteral("Diterima unit: 23-11-2026 09.00 WITA")));
    CHECK(t.contains(QStringLiteral("Batas waktu (3 hari kerja): 26-11-2026 16.00 WITA\nDisampaikan: belum\n"
                                    "Batas 3 hari kerja: belum disampaikan; batas waktu belum lewat")));
    CHECK(t.contains(QStringLiteral("Batas waktu (6 hari kerja): 01-12-2026 16.00 WITA")));
    // Read after the 3rd day with nothing sent: not met.
    CHECK(text(WorkflowFixture::local(QStringLiteral("2026-11-27 08:00")).toUTC())
              .contains(QStringLiteral("Batas 3 hari kerja: tidak terpenuhi (belum disampaikan, batas waktu sudah lewat)")));

    // Acknowledged in time, answered after the 6th working day.
    f.setNow(QStringLiteral("2026-11-24 10:00"));
    require(desk.startCheck(f.kasubbag, c.id));
    require(desk.acknowledge(f.kasubbag, c.id));
    f.setNow(QStringLiteral("2026-12-03 10:30"));
    require(desk.coordinate(f.kasubbag, c.id, QStringLiteral("Admin sistem")));
    require(desk.respond(f.kasubbag, c.id, QStringLiteral("Perubahan NPWP telah diproses; mohon maaf atas keterlambatannya.")));
    t = text();
    CHECK(t.contains(QStringLiteral("Status: Ditanggapi")));
    CHECK(t.contains(QStringLiteral("Tanggapan awal (Pasal 8 ayat 5)\nBatas waktu (3 hari kerja): 26-11-2026 16.00 WITA\n"
                                    "Disampaikan: 24-11-2026 10.00 WITA\nBatas 3 hari kerja: terpenuhi (tepat waktu)\n")
                         + store.complaint(c.id)->acknowledgementText));
    CHECK(t.contains(QStringLiteral("Disampaikan: 03-12-2026 10.30 WITA\n"
                                    "Batas 6 hari kerja: tidak terpenuhi (disampaikan sesudah batas waktu)\n"
                                    "Perubahan NPWP telah diproses; mohon maaf atas keterlambatannya.")));

    // A complaint of another channel has nothing to follow up on LAPOR!.
    const Complaint direct = recorded(f, completeComplaint());
    const Result<QString> refused = LaporFollowUp::text(direct, store.deadlines(direct), zone, QString());
    CHECK_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("tidak masuk melalui SP4N-LAPOR!")));
}
