#include "TestSupport.h"
#include "WorkflowFixture.h"

#include "complaints/ComplaintRegister.h"
#include "complaints/ComplaintStore.h"
#include "complaints/LateFile.h"
#include "clock/ServiceClock.h"
#include "history/EventText.h"
#include "receipts/ReceiptSource.h"

#include <catch2/catch.hpp>

namespace {

qint64 acceptedFile(WorkflowFixture &f, int service)
{
    const auto in = f.checkIn(service);
    REQUIRE(in.ok());
    f.tickAll(in->applicationId);
    REQUIRE(f.wf().documents().accept(f.helpdesk, in->applicationId).ok());
    return in->applicationId;
}

} // namespace

TEST_CASE("a file made overdue by the clock becomes a complaint whose annex lists every event and the completion proof's working time",
          "[late-file][complaints]")
{
    WorkflowFixture f;
    const QTimeZone zone = f.wf().calendar().timeZone();
    WorkflowFixture::setNow(QStringLiteral("2026-11-23 07:45")); // Monday
    const qint64 id = acceptedFile(f, 1);
    WorkflowFixture::setNow(QStringLiteral("2026-11-23 07:50"));
    REQUIRE(f.wf().queue().claim(f.verifikator, id).ok());
    WorkflowFixture::setNow(QStringLiteral("2026-11-23 08:00"));
    REQUIRE(f.wf().queue().pause(f.verifikator, id, PauseReason::InternetOutage, QStringLiteral("SPSE tidak dapat diakses")).ok());
    WorkflowFixture::setNow(QStringLiteral("2026-11-23 08:20"));
    REQUIRE(f.wf().queue().resume(f.verifikator, id).ok());

    // On time at 08:30 (due 08:35): no complaint of lateness.
    WorkflowFixture::setNow(QStringLiteral("2026-11-23 08:30"));
    Result<ClockTimeline> early = LateFile::timeline(f.wf(), id);
    REQUIRE(early);
    CHECK_FALSE(LateFile::isLate(early->file.clock));
    const Result<ComplaintInput> refused = LateFile::draft(early.value(), zone);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().contains(QStringLiteral("tidak terlambat")));

    // 10:05: 90 minutes past the promise, the clock says overdue.
    WorkflowFixture::setNow(QStringLiteral("2026-11-23 10:05"));
    const Result<ClockTimeline> late = LateFile::timeline(f.wf(), id);
    REQUIRE(late);
    CHECK(LateFile::isLate(late->file.clock));
    CHECK(late->lateSeconds == 90 * 60);
    const Result<ComplaintInput> draft = LateFile::draft(late.value(), zone);
    REQUIRE(draft);
    CHECK(draft->applicationNumber == late->file.application.number);
    CHECK(draft->complainantName == late->file.visit.applicantName);
    CHECK(draft->notPerStandard.contains(QStringLiteral("23-11-2026 08.35")));
    CHECK(draft->notPerStandard.contains(QStringLiteral("1 jam 30 menit")));
    // What only the complainant can give stays empty: the form marks it.
    CHECK(draft->complainantAddress.isEmpty());
    CHECK(draft->resolutionRequested.isEmpty());

    // The complaint is recorded from the draft and the two link to each other.
    ComplaintStore store(f.db());
    ComplaintRegister complaints(store);
    const Result<Complaint> recorded = complaints.record(f.helpdesk, draft.value());
    INFO((recorded ? QString() : recorded.error()).toStdString());
    REQUIRE(recorded);
    CHECK(recorded->applicationId == id);
    CHECK_FALSE(recorded->missing.isEmpty()); // the address, the losses, ... still to add
    const Result<QList<Complaint>> about = store.aboutFile(id);
    REQUIRE(about);
    REQUIRE(about->size() == 1);
    CHECK(about->first().number == recorded->number);

    // The annex: every event of the file, the pause with its reason, the hours and days.
    const QStringList annex = LateFile::annexLines(late.value(), zone);
    const QString text = annex.join(QLatin1Char('\n'));
    REQUIRE(late->file.history.size() >= 5); // registered, accepted, claimed, paused, resumed
    for (const Event &e : late->file.history) {
        INFO(e.kind.toStdString());
        CHECK(text.contains(EventText::describe(e)));
    }
    CHECK(text.contains(QStringLiteral("SPSE tidak dapat diakses")));
    CHECK(text.contains(QStringLiteral("Senin: 07.30–16.00, istirahat 12.00–13.00")));
    CHECK(text.contains(QStringLiteral("Terlambat: 1 jam 30 menit")));

    // Finished at the same moment: the completion proof counts the same working time.
    REQUIRE(f.wf().queue().complete(f.verifikator, id, QStringLiteral("User ID aktif")).ok());
    const Result<ReceiptData> proof = ReceiptSource(f.db(), f.wf()).forApplication(id, ReceiptKind::Done);
    REQUIRE(proof);
    REQUIRE(proof->file);
    CHECK(proof->file->clock.elapsedSeconds == late->file.clock.elapsedSeconds);
    CHECK(proof->file->clock.elapsedSeconds == 120 * 60); // 07:45-10:05 less the 20 paused minutes
    CHECK(text.contains(QStringLiteral("Waktu kerja terhitung: %1").arg(ServiceClock::describeDuration(proof->file->clock.elapsedSeconds))));
    // Once finished late, the file is still late; its annex ends at the finish.
    const Result<ClockTimeline> after = LateFile::timeline(f.wf(), id);
    REQUIRE(after);
    CHECK(LateFile::isLate(after->file.clock));
    CHECK(after->lateSeconds == 90 * 60);
    CHECK(after->file.history.size() == late->file.history.size() + 1); // the completion
}

TEST_CASE("the annex of a late file over days lists the holidays the clock skipped", "[late-file][complaints]")
{
    WorkflowFixture f;
    const QTimeZone zone = f.wf().calendar().timeZone();
    // Service 7: five working days, accepted on a Tuesday; the Christmas holiday and the
    // weekend lie in the span.
    WorkflowFixture::setNow(QStringLiteral("2026-12-22 09:00"));
    const qint64 id = acceptedFile(f, 7);
    WorkflowFixture::setNow(QStringLiteral("2027-01-06 09:00"));
    const Result<ClockTimeline> t = LateFile::timeline(f.wf(), id);
    REQUIRE(t);
    CHECK(LateFile::isLate(t->file.clock));
    bool christmas = false;
    for (const Holiday &h : t->holidays)
        christmas = christmas || h.date == QDate(2026, 12, 25);
    CHECK(christmas);
    const QString text = LateFile::annexLines(t.value(), zone).join(QLatin1Char('\n'));
    CHECK(text.contains(QStringLiteral("25-12-2026")));
}
