#include "WorkflowFixture.h"

#include "accounts/Permissions.h"
#include "accounts/ScreenUnlock.h"
#include "common/Clock.h"
#include "events/EventLog.h"
#include "privacy/PersonalData.h"
#include "storage/SqlQuery.h"

#include <catch2/catch.hpp>

TEST_CASE("the role x action table, cell by cell", "[security][roles]")
{
    using R = Role;
    using A = Action;
    // The expected table, written out independently of core's.
    const QMap<A, QList<R>> expected = {
        {A::CheckIn, {R::Helpdesk}},
        {A::CheckDocuments, {R::Helpdesk}},
        {A::WorkQueue, {R::Verifikator, R::AdminSistem}},
        {A::ReleaseAny, {R::Kasubbag, R::KepalaBagian}},
        {A::Cancel, {R::Helpdesk, R::Verifikator, R::AdminSistem, R::Kasubbag, R::KepalaBagian}},
        {A::Discretion, {R::KepalaBagian}},
        {A::ViewAllOpen, {R::Kasubbag, R::KepalaBagian}},
        {A::ViewReports, {R::Kasubbag, R::KepalaBagian, R::Administrator}},
        {A::ManageUsers, {R::Administrator}},
        {A::EditCalendar, {R::Administrator}},
        {A::EditSettings, {R::Administrator}},
        {A::EditCatalog, {R::Administrator}},
        {A::RevealPersonalData, {R::Helpdesk, R::Verifikator, R::AdminSistem, R::Kasubbag, R::KepalaBagian}},
        {A::RecordComplaint, {R::Helpdesk, R::Kasubbag, R::KepalaBagian}},
        {A::HandleComplaint, {R::Kasubbag, R::KepalaBagian}},
        {A::PrintReceipt, {R::Helpdesk, R::Verifikator, R::AdminSistem, R::Kasubbag, R::KepalaBagian}},
    };
    REQUIRE(Permissions::allActions().size() == expected.size());
    for (A action : Permissions::allActions()) {
        REQUIRE(expected.contains(action));
        for (R role : Roles::all()) {
            INFO(Permissions::actionKey(action).toStdString() << " x " << Roles::key(role).toStdString());
            CHECK(Permissions::roleMay(role, action) == expected.value(action).contains(role));
        }
    }
    // A deactivated user may do nothing.
    User inactive;
    inactive.roles = {R::Helpdesk, R::Administrator};
    inactive.active = false;
    for (A action : Permissions::allActions())
        CHECK_FALSE(Permissions::userMay(inactive, action));
}

TEST_CASE("login lockout after 5 failures for 15 minutes, recorded", "[security][accounts]")
{
    WorkflowFixture f;
    AccountStore accounts(f.db());
    for (int i = 0; i < 4; ++i) {
        const auto r = accounts.authenticate(QStringLiteral("hana"), QStringLiteral("salah-salah"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().contains(QStringLiteral("salah")));
    }
    const auto fifth = accounts.authenticate(QStringLiteral("hana"), QStringLiteral("salah-salah"));
    REQUIRE_FALSE(fifth.ok());
    CHECK(fifth.error().contains(QStringLiteral("dikunci")));
    // Even the right password is refused while locked.
    const auto locked = accounts.authenticate(QStringLiteral("hana"), QStringLiteral("rahasia-loket-1"));
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.error().contains(QStringLiteral("15 menit")));
    Clock::setNowForTesting(Clock::nowUtc().addSecs(16 * 60));
    CHECK(accounts.authenticate(QStringLiteral("hana"), QStringLiteral("rahasia-loket-1")).ok());
    SqlQuery q(f.db().connection(), QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = 'login_locked'"));
    REQUIRE(q.exec().ok());
    q.next();
    CHECK(q.value(0).toInt() == 1);
}

TEST_CASE("the survey screen's password check counts nothing against the account and pauses after three wrong tries", "[security][accounts]")
{
    WorkflowFixture f;
    AccountStore accounts(f.db());
    CHECK(accounts.verifyPassword(f.helpdesk.id, QStringLiteral("rahasia-loket-1")).ok());
    CHECK_FALSE(accounts.verifyPassword(f.helpdesk.id, QStringLiteral("salah-salah")).ok());
    CHECK_FALSE(accounts.verifyPassword(9999, QStringLiteral("rahasia-loket-1")).ok());

    ScreenUnlock gate(f.db(), f.helpdesk.id);
    for (int round = 0; round < 3; ++round) { // nine wrong passwords in all: a login would be locked after five
        CHECK(gate.tryPassword(QStringLiteral("tebak-1")).error() == QStringLiteral("Kata sandi salah."));
        CHECK_FALSE(gate.tryPassword(QStringLiteral("tebak-2")).ok());
        const Status third = gate.tryPassword(QStringLiteral("tebak-3"));
        CHECK(third.error().contains(QStringLiteral("30 detik")));
        CHECK(gate.secondsPaused() == ScreenUnlock::kPauseSeconds);
        // During the pause not even the right password is checked.
        Clock::setNowForTesting(Clock::nowUtc().addSecs(10));
        const Status paused = gate.tryPassword(QStringLiteral("rahasia-loket-1"));
        CHECK_FALSE(paused.ok());
        CHECK(paused.error().contains(QStringLiteral("20 detik")));
        Clock::setNowForTesting(Clock::nowUtc().addSecs(21));
        CHECK(gate.secondsPaused() == 0);
    }
    SqlQuery q(f.db().connection(), QStringLiteral("SELECT failed_logins, locked_until FROM users WHERE id = :id"));
    q.bind(QStringLiteral(":id"), f.helpdesk.id);
    REQUIRE(q.exec().ok());
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
    CHECK(q.value(1).isNull());
    CHECK(gate.tryPassword(QStringLiteral("rahasia-loket-1")).ok());
    // A right password starts the count afresh.
    CHECK_FALSE(gate.tryPassword(QStringLiteral("tebak-1")).ok());
    CHECK_FALSE(gate.tryPassword(QStringLiteral("tebak-2")).ok());
    CHECK(gate.tryPassword(QStringLiteral("rahasia-loket-1")).ok());
    CHECK(accounts.authenticate(QStringLiteral("hana"), QStringLiteral("rahasia-loket-1")).ok());
    // A deactivated officer's password opens nothing.
    REQUIRE(accounts.setActive(f.admin.id, f.helpdesk.id, false).ok());
    CHECK(gate.tryPassword(QStringLiteral("rahasia-loket-1")).error().contains(QStringLiteral("dinonaktifkan")));
}

TEST_CASE("deactivated users cannot log in, passwords change only with the old one", "[security][accounts]")
{
    WorkflowFixture f;
    AccountStore accounts(f.db());
    CHECK_FALSE(accounts.setActive(f.helpdesk.id, f.verifikator.id, false).ok()); // not an administrator
    REQUIRE(accounts.setActive(f.admin.id, f.verifikator.id, false).ok());
    const auto refused = accounts.authenticate(QStringLiteral("vera"), QStringLiteral("rahasia-loket-1"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("dinonaktifkan")));
    CHECK_FALSE(f.wf().queue().claim(accounts.userByLogin(QStringLiteral("vera")).value(), 1).ok());

    CHECK_FALSE(accounts.changePassword(f.helpdesk.id, QStringLiteral("keliru"), QStringLiteral("sandi-baru-123")).ok());
    CHECK_FALSE(accounts.changePassword(f.helpdesk.id, QStringLiteral("rahasia-loket-1"), QStringLiteral("pendek")).ok());
    REQUIRE(accounts.changePassword(f.helpdesk.id, QStringLiteral("rahasia-loket-1"), QStringLiteral("sandi-baru-123")).ok());
    CHECK(accounts.authenticate(QStringLiteral("hana"), QStringLiteral("sandi-baru-123")).ok());
    CHECK_FALSE(accounts.authenticate(QStringLiteral("hana"), QStringLiteral("rahasia-loket-1")).ok());
}

TEST_CASE("revealing a masked identifier is permitted by role and recorded", "[security][privacy]")
{
    WorkflowFixture f;
    const auto in = f.checkIn(1);
    REQUIRE(in.ok());
    PersonalData data(f.db());
    CHECK_FALSE(data.reveal(f.admin, in->applicationId, PersonalData::Field::ApplicantNik).ok());
    const auto nik = data.reveal(f.verifikator, in->applicationId, PersonalData::Field::ApplicantNik);
    REQUIRE(nik.ok());
    CHECK(nik.value() == QStringLiteral("6371011203850001"));
    const auto npwp = data.reveal(f.kasubbag, in->applicationId, PersonalData::Field::VendorNpwp);
    REQUIRE(npwp.ok());
    CHECK(npwp.value() == QStringLiteral("012345678901000"));
    const auto events = EventLog(f.db().connection()).forApplication(in->applicationId).value();
    int reveals = 0;
    for (const Event &e : events)
        if (e.kind == QLatin1String("revealed")) {
            ++reveals;
            CHECK((e.userId == f.verifikator.id || e.userId == f.kasubbag.id));
        }
    CHECK(reveals == 2);
}
