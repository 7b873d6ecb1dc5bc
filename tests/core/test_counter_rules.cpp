// The redesigned counter (issue 14): one cache rule for the calendar, catalogue and
// settings; a stored calendar that does not parse is an error; one rule of what may be
// done to a file, asked by the buttons and checked by every change.
#include "WorkflowFixture.h"

#include "applications/CalendarChange.h"
#include "calendar/CalendarStore.h"
#include "catalog/CatalogStore.h"
#include "storage/ConfigVersions.h"
#include "settings/OfficeSettings.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <catch2/catch.hpp>

namespace {

qint64 acceptedFile(WorkflowFixture &f)
{
    const auto in = f.checkIn(1);
    REQUIRE(in.ok());
    f.tickAll(in->applicationId);
    REQUIRE(f.wf().documents().accept(f.helpdesk, in->applicationId).ok());
    return in->applicationId;
}

} // namespace

TEST_CASE("a second window sees a calendar change at once, without being told", "[counter][cache]")
{
    WorkflowFixture f;
    WorkflowFixture::setNow(QStringLiteral("2026-11-23 15:50"));
    const qint64 id = acceptedFile(f);
    Workflow other(f.db()); // another window on the same database
    const auto before = other.files().file(id);
    REQUIRE(before.ok());
    CHECK(WorkflowFixture::localText(before->clock.dueAt) == QStringLiteral("2026-11-24 07:50"));
    CHECK(other.calendar().holiday(QDate(2026, 11, 24)) == nullptr);

    WorkingCalendar calendar = f.wf().calendar();
    calendar.addHoliday(Holiday{QDate(2026, 11, 24), QStringLiteral("Hari Jadi Kota Banjarmasin"), Holiday::Kind::Local});
    REQUIRE(CalendarChange(f.db()).apply(f.admin, calendar, QStringLiteral("libur lokal")).ok());

    CHECK(other.calendar().holiday(QDate(2026, 11, 24)) != nullptr);
    const auto after = other.files().file(id);
    REQUIRE(after.ok());
    CHECK(WorkflowFixture::localText(after->clock.dueAt) == QStringLiteral("2026-11-25 07:50"));
    CHECK(WorkflowFixture::localText(after->application.dueAt) == QStringLiteral("2026-11-25 07:50"));
}

TEST_CASE("each change of the calendar, the catalogue or a setting moves its version in the same transaction", "[counter][cache]")
{
    WorkflowFixture f;
    ConfigVersions versions(f.db());
    const qint64 calendar = versions.current(ConfigTopic::Calendar).value();
    const qint64 catalog = versions.current(ConfigTopic::Catalog).value();
    const qint64 settings = versions.current(ConfigTopic::Settings).value();

    REQUIRE(OfficeSettings(f.db()).setValue(QStringLiteral("receipt_paper"), QStringLiteral("roll80")).ok());
    CHECK(versions.current(ConfigTopic::Settings).value() == settings + 1);
    CHECK(versions.current(ConfigTopic::Calendar).value() == calendar);

    REQUIRE(CalendarChange(f.db()).apply(f.admin, f.wf().calendar(), QStringLiteral("simpan ulang")).ok());
    CHECK(versions.current(ConfigTopic::Calendar).value() == calendar + 1);

    const Result<ServiceCatalog> current = CatalogStore(f.db()).current(CalendarStore(f.db()).today());
    REQUIRE(current.ok());
    REQUIRE(CatalogStore(f.db()).addVersion(current->toJson(), QStringLiteral("versi baru")).ok());
    CHECK(versions.current(ConfigTopic::Catalog).value() == catalog + 1);

    // A change that is rolled back leaves the version where it was.
    const qint64 settingsNow = versions.current(ConfigTopic::Settings).value();
    {
        Transaction tx(f.db().connection());
        REQUIRE(tx.isActive());
        REQUIRE(OfficeSettings(f.db()).setValue(QStringLiteral("receipt_paper"), QStringLiteral("a4")).ok());
    }
    CHECK(versions.current(ConfigTopic::Settings).value() == settingsNow);
    CHECK(OfficeSettings(f.db()).value(QStringLiteral("receipt_paper")).value() == QStringLiteral("roll80"));
}

TEST_CASE("a stored calendar that does not parse is an error the officer sees, never the defaults", "[counter][cache]")
{
    WorkflowFixture f;
    WorkflowFixture::setNow(QStringLiteral("2026-11-23 09:00"));
    const auto in = f.checkIn(1);
    REQUIRE(in.ok());
    f.tickAll(in->applicationId);
    REQUIRE(OfficeSettings(f.db()).setValue(QStringLiteral("calendar"), QStringLiteral("{\"time_zone\": 12, \"week\": \"rusak\"")).ok());
    REQUIRE(ConfigVersions(f.db()).bump(ConfigTopic::Calendar).ok());

    const Status accepted = f.wf().documents().accept(f.helpdesk, in->applicationId);
    REQUIRE_FALSE(accepted.ok());
    CHECK(accepted.error().contains(QStringLiteral("Kalender kerja yang tersimpan tidak dapat dibaca")));
    CHECK(f.wf().files().application(in->applicationId)->status == ApplicationStatus::Checking); // nothing changed
    const auto second = f.checkIn(1);
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().contains(QStringLiteral("Kalender kerja yang tersimpan tidak dapat dibaca")));
}

TEST_CASE("what may be done to a file is one rule: the buttons ask it, every change checks it", "[counter][actions]")
{
    WorkflowFixture f;
    WorkflowFixture::setNow(QStringLiteral("2026-11-23 09:00"));
    const auto in = f.checkIn(1);
    REQUIRE(in.ok());
    const qint64 id = in->applicationId;
    auto allowed = [&](const User &u) { return f.wf().actions().allowed(u, f.wf().files().application(id).value()); };

    CHECK(allowed(f.helpdesk) == QList<FileAction>{FileAction::StartChecking, FileAction::Cancel});
    CHECK(allowed(f.verifikator).isEmpty());
    CHECK(allowed(f.kepalaBagian).contains(FileAction::Cancel));
    CHECK_FALSE(allowed(f.kepalaBagian).contains(FileAction::Discretion)); // not from "registered"

    f.tickAll(id);
    REQUIRE(f.wf().documents().accept(f.helpdesk, id).ok());
    CHECK(f.wf().files().application(id)->status == ApplicationStatus::Queued);
    CHECK(allowed(f.verifikator) == QList<FileAction>{FileAction::Claim, FileAction::Cancel});
    CHECK(allowed(f.adminSistem).isEmpty()); // service 1 is the verifikator's
    CHECK(allowed(f.helpdesk).isEmpty());

    REQUIRE(f.wf().queue().claim(f.verifikator, id).ok());
    CHECK(allowed(f.verifikator)
          == QList<FileAction>{FileAction::Release, FileAction::Complete, FileAction::SendBack, FileAction::Pause, FileAction::Cancel});
    // The other verifikator may do nothing with a file claimed by a colleague...
    CHECK(allowed(f.verifikator2).isEmpty());
    // ... and the refusal of the change is the rule's own words.
    const Status s = f.wf().queue().complete(f.verifikator2, id, QStringLiteral("selesai"));
    REQUIRE_FALSE(s.ok());
    CHECK(s.error() == f.wf().actions().check(f.verifikator2, f.wf().files().application(id).value(), FileAction::Complete).error());
}
