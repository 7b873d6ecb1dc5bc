// A check-in never rewrites a vendor's history (issue 13 item 3): each visit keeps the
// company as it was registered then; changing a stored vendor is a confirmed act,
// recorded with the old and new values; what the officer can still act on is shown
// before the queue number is issued.
#include "WorkflowFixture.h"

#include "common/Clock.h"
#include "history/EventText.h"
#include "storage/SqlQuery.h"
#include "vendors/VendorStore.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

namespace {

CheckInRequest visitor(const QString &company, const QString &npwp = QStringLiteral("01.234.567.8-901.000"))
{
    CheckInRequest r;
    r.applicantName = QStringLiteral("Budi Santoso");
    r.applicantNik = QStringLiteral("6371011203850001");
    r.vendor.name = company;
    r.vendor.legalForm = QStringLiteral("CV");
    r.vendor.npwp = npwp;
    r.vendor.email = QStringLiteral("admin@sinarbarito.co.id");
    r.serviceNumber = 1;
    return r;
}

int count(Database &db, const QString &sql)
{
    SqlQuery q(db.connection(), sql);
    REQUIRE(q.exec().ok());
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("a check-in with a stored NPWP and another name changes nothing until the change is confirmed, and past visits keep the old name",
          "[workflow][vendors]")
{
    WorkflowFixture f;
    const auto first = f.wf().guestBook().checkIn(f.helpdesk, visitor(QStringLiteral("Sinar Barito")));
    REQUIRE(first.ok());
    f.tickAll(first->applicationId);
    REQUIRE(f.wf().documents().accept(f.helpdesk, first->applicationId).ok());
    REQUIRE(f.wf().queue().claim(f.verifikator, first->applicationId).ok());
    REQUIRE(f.wf().queue().complete(f.verifikator, first->applicationId, QStringLiteral("User ID aktif")).ok());

    // The same NPWP typed with a new name: the review lists the change, old and new.
    CheckInRequest renamed = visitor(QStringLiteral("Sinar Barito Jaya Abadi"));
    renamed.vendor.email = QStringLiteral("kantor@sinarbaritojaya.co.id");
    const auto review = f.wf().guestBook().reviewCheckIn(renamed);
    REQUIRE(review.ok());
    REQUIRE(review->storedVendor.has_value());
    REQUIRE(review->vendorChanges.size() == 2);
    CHECK(review->vendorChanges.at(0).field == QStringLiteral("name"));
    CHECK(review->vendorChanges.at(0).oldValue == QStringLiteral("Sinar Barito"));
    CHECK(review->vendorChanges.at(0).newValue == QStringLiteral("Sinar Barito Jaya Abadi"));
    CHECK(review->vendorChanges.at(1).field == QStringLiteral("email"));
    CHECK(review->needsConfirmation());

    // Not confirmed: refused, nothing recorded, no number issued.
    const int visits = count(f.db(), QStringLiteral("SELECT COUNT(*) FROM visits"));
    const auto refused = f.wf().guestBook().checkIn(f.helpdesk, renamed);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("harus dikonfirmasi")));
    CHECK(refused.error().contains(QStringLiteral("Sinar Barito Jaya Abadi")));
    CHECK(count(f.db(), QStringLiteral("SELECT COUNT(*) FROM visits")) == visits);
    CHECK(VendorStore(f.db()).vendor(first->vendorId)->name == QStringLiteral("Sinar Barito"));

    // Confirmed: the vendor changes, with an event that holds both values.
    renamed.vendorChangesConfirmed = true;
    const auto second = f.wf().guestBook().checkIn(f.helpdesk, renamed);
    REQUIRE(second.ok());
    CHECK(second->vendorId == first->vendorId);
    CHECK(VendorStore(f.db()).vendor(first->vendorId)->name == QStringLiteral("Sinar Barito Jaya Abadi"));
    CHECK(count(f.db(), QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = 'vendor_changed'")) == 1);
    const auto newFile = f.wf().files().file(second->applicationId);
    REQUIRE(newFile.ok());
    bool recorded = false;
    for (const Event &e : newFile->history) {
        if (e.kind != QLatin1String("vendor_changed"))
            continue;
        recorded = true;
        const QJsonObject name = e.data.value(QStringLiteral("changes")).toArray().at(0).toObject();
        CHECK(name.value(QStringLiteral("old")).toString() == QStringLiteral("Sinar Barito"));
        CHECK(name.value(QStringLiteral("new")).toString() == QStringLiteral("Sinar Barito Jaya Abadi"));
        CHECK(EventText::describe(e).contains(QStringLiteral("Nama perusahaan \"Sinar Barito\" menjadi \"Sinar Barito Jaya Abadi\"")));
    }
    CHECK(recorded);
    CHECK(newFile->vendor->name == QStringLiteral("Sinar Barito Jaya Abadi"));

    // The first visit, its finished file and its reprints keep the company as it was then.
    const auto oldFile = f.wf().files().file(first->applicationId);
    REQUIRE(oldFile.ok());
    CHECK(oldFile->vendor->name == QStringLiteral("Sinar Barito"));
    CHECK(oldFile->vendor->email == QStringLiteral("admin@sinarbarito.co.id"));
    const auto book = f.wf().files().guestBook(Clock::nowUtc().toTimeZone(f.wf().calendar().timeZone()).date());
    REQUIRE(book.ok());
    REQUIRE(book->size() == 2);
    CHECK(book->at(0).vendorName == QStringLiteral("Sinar Barito"));
    CHECK(book->at(1).vendorName == QStringLiteral("Sinar Barito Jaya Abadi"));
    // Searching the guest book finds the old visit by the old name.
    const auto found = f.wf().files().guestBook(Clock::nowUtc().toTimeZone(f.wf().calendar().timeZone()).date(), QStringLiteral("barito"));
    REQUIRE(found.ok());
    CHECK(found->size() == 2);

    // The same data again needs no confirmation at all.
    CheckInRequest same = visitor(QStringLiteral("Sinar Barito Jaya Abadi"));
    same.vendor.email = QStringLiteral("kantor@sinarbaritojaya.co.id");
    const auto again = f.wf().guestBook().reviewCheckIn(same);
    REQUIRE(again.ok());
    CHECK(again->vendorChanges.isEmpty());
    CHECK(f.wf().guestBook().checkIn(f.helpdesk, same).ok());
}

TEST_CASE("the NPWP check-digit warning and a NIK known under another name are found before the number is issued", "[workflow][vendors]")
{
    WorkflowFixture f;
    // An NPWP whose check digit fails: accepted, but said before the number.
    const auto review = f.wf().guestBook().reviewCheckIn(visitor(QStringLiteral("Karya Mandiri"), QStringLiteral("01.234.567.9-901.000")));
    REQUIRE(review.ok());
    REQUIRE_FALSE(review->warnings.isEmpty());
    CHECK(review->warnings.join(QLatin1Char(' ')).contains(QStringLiteral("NPWP")));
    CHECK(review->vendorChanges.isEmpty());

    REQUIRE(f.wf().guestBook().checkIn(f.helpdesk, visitor(QStringLiteral("Sinar Barito"))).ok());
    CheckInRequest other = visitor(QStringLiteral("Sinar Barito"));
    other.applicantName = QStringLiteral("Siti Aminah");
    const auto nik = f.wf().guestBook().reviewCheckIn(other);
    REQUIRE(nik.ok());
    const QString said = nik->warnings.join(QStringLiteral(" | "));
    CHECK(said.contains(QStringLiteral("NIK ini sudah tercatat atas nama lain: Budi Santoso. Periksa kembali KTP pemohon.")));
    // The same person again (another spelling of case) is no warning.
    CheckInRequest sameName = visitor(QStringLiteral("Sinar Barito"));
    sameName.applicantName = QStringLiteral("BUDI SANTOSO");
    CHECK_FALSE(f.wf().guestBook().reviewCheckIn(sameName)->warnings.join(QLatin1Char(' ')).contains(QStringLiteral("NIK")));
}

TEST_CASE("a vendor named with its legal form is shown once with it", "[vendors]")
{
    Vendor v;
    v.legalForm = QStringLiteral("CV");
    v.name = QStringLiteral("CV Sinar Barito");
    CHECK(v.title() == QStringLiteral("CV Sinar Barito"));
    v.name = QStringLiteral("Sinar Barito");
    CHECK(v.title() == QStringLiteral("CV Sinar Barito"));
    v.name = QStringLiteral("Cvita Jaya");
    CHECK(v.title() == QStringLiteral("CV Cvita Jaya"));
}
