// "Layanan lain" (issue 18, part 6; Pasal 9): a walk-in for a service whose standard is
// not set yet is logged with what was asked, handed to the verifikator, completed and
// counted in its own report row, with no promised time anywhere.

#include "CatalogFixture.h"
#include "TestSupport.h"
#include "WorkflowFixture.h"

#include "accounts/AccountStore.h"
#include "applications/DisplayBoard.h"
#include "applications/VisitTable.h"
#include "catalog/CatalogStore.h"
#include "complaints/LateFile.h"
#include "reports/PerformanceBoard.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportExplain.h"
#include "reports/ReportFormat.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QJsonObject>

#include <catch2/catch.hpp>

#include <algorithm>
#include <optional>

namespace {

Result<CheckInResult> checkInOther(WorkflowFixture &f, const QString &asked)
{
    return f.checkInOther(asked);
}

const ReportRow *rowOf(const PerformanceReport &report, int service)
{
    for (const ReportRow &r : report.rows)
        if (r.key == QString::number(service))
            return &r;
    return nullptr;
}

} // namespace

TEST_CASE("Layanan lain is a service of every catalogue version, reserved for it, with no promised time", "[other-service][catalog]")
{
    const Result<ServiceCatalog> builtIn = ServiceCatalog::builtIn();
    REQUIRE(builtIn);
    const Service *other = builtIn->service(Service::kOtherNumber);
    REQUIRE(other != nullptr);
    CHECK(other->isOther());
    CHECK(other->queueLetter == QLatin1Char('X'));
    CHECK(other->handledBy == QStringLiteral("verifikator"));
    CHECK(other->requirements.isEmpty());
    CHECK_FALSE(other->hasPromisedTime());
    CHECK(ServiceCatalog::describeTime(other->time) == QStringLiteral("Belum ada standar waktu layanan (Pasal 9)"));
    // The standards list only what a regulation set.
    for (const Service &s : builtIn->services())
        CHECK(s.hasPromisedTime());
    CHECK(std::none_of(builtIn->services().cbegin(), builtIn->services().cend(), [](const Service &s) { return s.isOther(); }));

    // A catalogue cannot take its number or its letter.
    const Result<ServiceCatalog> byNumber =
        ServiceCatalog::fromJson(catalogWithEighthService([](QJsonObject &s) { s.insert(QStringLiteral("number"), 99); }));
    REQUIRE_FALSE(byNumber);
    CHECK(byNumber.error().contains(QStringLiteral("layanan 99 (Legalisasi Dokumen Pengadaan)")));
    CHECK(byNumber.error().contains(QStringLiteral("\"number\"")));
    CHECK(byNumber.error().contains(QStringLiteral("dicadangkan")));
    const Result<ServiceCatalog> byLetter =
        ServiceCatalog::fromJson(catalogWithEighthService([](QJsonObject &s) { s.insert(QStringLiteral("queue_letter"), QStringLiteral("X")); }));
    REQUIRE_FALSE(byLetter);
    CHECK(byLetter.error().contains(QStringLiteral("layanan 8 (Legalisasi Dokumen Pengadaan)")));
    CHECK(byLetter.error().contains(QStringLiteral("\"queue_letter\"")));
    CHECK(ServiceCatalog::fromJson(catalogWithEighthService())); // the same eighth service, on its own number and letter
}

TEST_CASE("a walk-in for Layanan lain is logged with what was asked, handed off, completed and never late",
          "[other-service][workflow]")
{
    WorkflowFixture f;
    WorkflowFixture::setNow(QStringLiteral("2026-11-23 08:00")); // Monday

    // What was asked is required, and kept to a sane length.
    const Result<CheckInResult> empty = checkInOther(f, QStringLiteral("   "));
    REQUIRE_FALSE(empty);
    CHECK(empty.error() == QStringLiteral("Layanan lain: tuliskan layanan yang diminta pemohon."));
    const Result<CheckInResult> tooLong = checkInOther(f, QString(501, QLatin1Char('a')));
    REQUIRE_FALSE(tooLong);
    CHECK(tooLong.error().startsWith(QStringLiteral("Layanan yang diminta: ")));

    const QString asked = QStringLiteral("Surat keterangan pernah menjadi penyedia di SPSE Kota Banjarmasin");
    const Result<CheckInResult> in = checkInOther(f, asked);
    INFO((in ? QString() : in.error()).toStdString());
    REQUIRE(in);
    CHECK(in->queueNumber == QStringLiteral("X-001"));
    CHECK(in->applicationNumber == QStringLiteral("20261123-X001"));

    // The walk-in is in the guest book with what was asked; its file has no checklist.
    const Result<ApplicationFile> registered = f.wf().files().file(in->applicationId);
    REQUIRE(registered);
    CHECK(registered->visit.request == asked);
    CHECK(registered->visit.serviceNumber == Service::kOtherNumber);
    CHECK(registered->service.isOther());
    CHECK(registered->checklist.isEmpty());
    CHECK(registered->application.handledBy == QStringLiteral("verifikator"));

    // The waiting room's board shows the X queue while someone waits for it.
    const auto xQueue = [&]() -> std::optional<BoardQueue> {
        const Result<BoardSnapshot> board = f.wf().board().read(QDate(2026, 11, 23));
        REQUIRE(board);
        for (const BoardQueue &q : board->queues)
            if (q.letter == QStringLiteral("X"))
                return q;
        return std::nullopt;
    };
    const std::optional<BoardQueue> waiting = xQueue();
    REQUIRE(waiting.has_value());
    CHECK(waiting->waiting == 1);
    CHECK(waiting->service == QStringLiteral("Layanan lain (belum ada standar)"));

    // Nothing to check: the helpdesk hands it on; the verifikator claims and completes it.
    const Result<Completeness> c = f.wf().documents().completeness(in->applicationId);
    REQUIRE(c);
    CHECK(c->complete);
    WorkflowFixture::setNow(QStringLiteral("2026-11-23 08:05"));
    const Status handedOn = f.wf().documents().accept(f.helpdesk, in->applicationId);
    INFO(handedOn.error().toStdString());
    REQUIRE(handedOn.ok());
    const Result<ApplicationFile> accepted = f.wf().files().file(in->applicationId);
    REQUIRE(accepted);
    CHECK(accepted->clock.started);
    CHECK_FALSE(accepted->clock.promised);
    CHECK(accepted->clock.state == ClockState::Unpromised);
    CHECK_FALSE(accepted->clock.dueAt.isValid());
    CHECK_FALSE(accepted->application.dueAt.isValid()); // no stored due time either
    CHECK_FALSE(xQueue().has_value()); // nobody waits for X any more
    CHECK(ServiceClock::stateTitle(accepted->clock.state) == QStringLiteral("Belum ada standar waktu"));

    WorkflowFixture::setNow(QStringLiteral("2026-11-23 08:10"));
    REQUIRE(f.wf().queue().claim(f.verifikator, in->applicationId).ok());
    // Days later it is still not overdue: nothing was promised, so no lateness complaint.
    WorkflowFixture::setNow(QStringLiteral("2026-11-30 10:10"));
    const Result<ClockTimeline> timeline = LateFile::timeline(f.wf(), in->applicationId);
    REQUIRE(timeline);
    CHECK_FALSE(LateFile::isLate(timeline->file.clock));
    CHECK(timeline->file.clock.elapsedSeconds > 0);
    const Result<ComplaintInput> draft = LateFile::draft(timeline.value(), f.wf().calendar().timeZone());
    CHECK_FALSE(draft);

    REQUIRE(f.wf().queue().complete(f.verifikator, in->applicationId, QStringLiteral("Surat keterangan diterbitkan")).ok());
    const Result<ApplicationFile> done = f.wf().files().file(in->applicationId);
    REQUIRE(done);
    CHECK(done->application.status == ApplicationStatus::Done);
    CHECK(done->clock.finished);
    CHECK_FALSE(done->clock.met);
    CHECK_FALSE(done->clock.promised);
    CHECK_FALSE(LateFile::isLate(done->clock));
    // Its working time is what the clock counted: 08:05 Monday to 10:10 the Monday after.
    const qint64 elapsed = done->clock.elapsedSeconds;
    CHECK(elapsed == f.wf().calendar().workingSecondsBetween(WorkflowFixture::local(QStringLiteral("2026-11-23 08:05")),
                                                            WorkflowFixture::local(QStringLiteral("2026-11-30 10:10"))));
}

TEST_CASE("the report keeps Layanan lain in its own row, out of the promised-time figures", "[other-service][reports]")
{
    WorkflowFixture f;
    WorkflowFixture::setNow(QStringLiteral("2026-11-23 08:00"));
    // One standard file done on time (service 1: 30 minutes) and one Layanan lain file done.
    const Result<CheckInResult> standard = f.checkIn(1);
    REQUIRE(standard);
    f.tickAll(standard->applicationId);
    REQUIRE(f.wf().documents().accept(f.helpdesk, standard->applicationId).ok());
    const Result<CheckInResult> other = checkInOther(f, QStringLiteral("Konsultasi pendaftaran penyedia perorangan"));
    REQUIRE(other);
    REQUIRE(f.wf().documents().accept(f.helpdesk, other->applicationId).ok());
    WorkflowFixture::setNow(QStringLiteral("2026-11-23 08:05"));
    REQUIRE(f.wf().queue().claim(f.verifikator, standard->applicationId).ok());
    REQUIRE(f.wf().queue().claim(f.verifikator, other->applicationId).ok());
    WorkflowFixture::setNow(QStringLiteral("2026-11-23 08:20"));
    REQUIRE(f.wf().queue().complete(f.verifikator, standard->applicationId, QStringLiteral("User ID aktif")).ok());
    WorkflowFixture::setNow(QStringLiteral("2026-11-23 11:00"));
    REQUIRE(f.wf().queue().complete(f.verifikator, other->applicationId, QStringLiteral("Dijelaskan")).ok());

    const Result<PerformanceReport> report = ReportBuilder(f.db()).build(QDate(2026, 11, 23), QDate(2026, 11, 23), ReportGrouping::Service);
    REQUIRE(report);
    const ReportRow *one = rowOf(report.value(), 1);
    const ReportRow *lain = rowOf(report.value(), Service::kOtherNumber);
    REQUIRE(one);
    REQUIRE(lain);
    CHECK(report->rows.last().key == QStringLiteral("99")); // after the catalogue's services
    CHECK(lain->title == QStringLiteral("Layanan lain (belum ada standar)"));
    CHECK(lain->visits == 1);
    CHECK(lain->done == 1);
    CHECK(lain->unpromised == 1);
    CHECK(lain->met == 0);
    CHECK(lain->late() == 0);
    CHECK(lain->metPercent() < 0); // no percentage: nothing was promised
    CHECK(one->metPercent() == 100.0);
    // The total counts both files served, and its percentage only the promised one.
    CHECK(report->total.done == 2);
    CHECK(report->total.unpromised == 1);
    CHECK(report->total.met == 1);
    CHECK(report->total.metPercent() == 100.0);

    // In the printed cells the row has no percentage; the board says why.
    const QStringList cells = ReportFormat::cells(*lain);
    CHECK(cells.at(0) == lain->title);
    CHECK(cells.at(5) == QStringLiteral("1"));
    CHECK(cells.at(8).isEmpty());
    const QList<QStringList> board = PerformanceBoard::rows(report.value());
    const auto boardRow = std::find_if(board.cbegin(), board.cend(), [](const QStringList &r) { return r.first().startsWith(QStringLiteral("Layanan lain")); });
    REQUIRE(boardRow != board.cend());
    CHECK(boardRow->at(1) == QStringLiteral("1"));
    CHECK(boardRow->at(2) == QStringLiteral("–"));
    CHECK(PerformanceBoard::notes(report.value()).join(QLatin1Char(' ')).contains(QStringLiteral("tidak masuk persentase tepat janji")));

    // "Late" of the total lists no file: the Layanan lain file is served, not late.
    const Result<FigureExplanation> late = ReportExplain::explain(f.db(), QDate(2026, 11, 23), QDate(2026, 11, 23), ReportGrouping::Service,
                                                                  QStringLiteral("late:total"));
    REQUIRE(late);
    CHECK(late->files.isEmpty());
    CHECK(late->note.contains(QStringLiteral("1 berkas Layanan lain tanpa standar waktu tidak dihitung")));
    const Result<FigureExplanation> served = ReportExplain::explain(f.db(), QDate(2026, 11, 23), QDate(2026, 11, 23),
                                                                    ReportGrouping::Service, QStringLiteral("served:99"));
    REQUIRE(served);
    REQUIRE(served->files.size() == 1);
    const QStringList fileCells = ReportExplain::fileCells(served->files.first(), f.wf().calendar().timeZone());
    CHECK(fileCells.at(1) == QStringLiteral("Layanan lain (belum ada standar)"));
    CHECK(fileCells.at(5).isEmpty()); // no promised time
    CHECK(fileCells.at(10) == QStringLiteral("selesai, tanpa standar waktu"));
}

TEST_CASE("a guest book of schema 10 is migrated by 0011: its visits stay, with nothing asked", "[other-service][storage]")
{
    TestLocation location;
    qint64 visitId = 0;
    {
        auto old = Database::open(location.path(), Database::Mode::Open, 10);
        INFO((old ? QString() : old.error()).toStdString());
        REQUIRE(old.ok());
        CHECK(old.value()->schemaVersion() == 10);
        const Result<qint64> user = AccountStore(*old.value()).addUserWithHash(QStringLiteral("hana"), QStringLiteral("Hana Lestari"),
                                                                               QStringLiteral("x"), {Role::Helpdesk},
                                                                               QDateTime::currentDateTimeUtc());
        REQUIRE(user);
        SqlQuery insert(old.value()->connection(),
                        QStringLiteral("INSERT INTO visits (arrived_at, local_date, queue_letter, queue_seq, applicant_name, standing, "
                                       "service_number, helpdesk_user_id) VALUES (:at, :day, 'A', 1, :name, 'head', 1, :user) RETURNING id"));
        insert.bind(QStringLiteral(":at"), QStringLiteral("2026-11-23T00:05:00.000Z"))
            .bind(QStringLiteral(":day"), QStringLiteral("2026-11-23"))
            .bind(QStringLiteral(":name"), QStringLiteral("Budi Santoso"))
            .bind(QStringLiteral(":user"), user.value());
        REQUIRE(insert.exec().ok());
        visitId = insert.insertedId();
    }
    auto current = Database::open(location.path());
    REQUIRE(current.ok());
    CHECK(current.value()->schemaVersion() == Database::latestSchemaVersion());
    const Result<VisitInfo> visit = VisitTable(current.value()->connection()).load(visitId);
    REQUIRE(visit);
    CHECK(visit->applicantName == QStringLiteral("Budi Santoso"));
    CHECK(visit->queueNumber == QStringLiteral("A-001"));
    CHECK(visit->request.isEmpty());
}
