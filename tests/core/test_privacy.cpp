// Personal data the law protects (issue 19): a person's own data for the supervisor,
// its correction recorded masked, the retention setting and its erasure, and personal
// values kept out of hashed event content.
#include "WorkflowFixture.h"

#include "common/Clock.h"
#include "events/EventLog.h"
#include "history/EventText.h"
#include "privacy/PersonRecord.h"
#include "privacy/PersonalData.h"
#include "privacy/PrivacyNotice.h"
#include "privacy/Retention.h"
#include "storage/SqlQuery.h"
#include "validation/Validators.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

namespace {

const QString kNik = QStringLiteral("6371011203850001");

// A phone number as Loket stores it.
QString stored(const QString &phone)
{
    return Validators::phone(phone).value;
}

QString single(Database &db, const QString &sql)
{
    SqlQuery q(db.connection(), sql);
    REQUIRE(q.exec().ok());
    REQUIRE(q.next());
    return q.value(0).toString();
}

} // namespace

TEST_CASE("a supervisor looks a NIK up: visits, files, every reveal, and a correction recorded masked", "[privacy][workflow]")
{
    WorkflowFixture f;
    WorkflowFixture::setNow(QStringLiteral("2026-03-02 09:00"));
    const auto first = f.checkIn(1);
    REQUIRE(first.ok());
    WorkflowFixture::setNow(QStringLiteral("2026-03-09 10:30"));
    const auto second = f.checkIn(2);
    REQUIRE(second.ok());
    const auto other = f.checkIn(1, true); // another person: not in the look-up
    REQUIRE(other.ok());
    REQUIRE(PersonalData(f.db()).reveal(f.helpdesk, second->applicationId, PersonalData::Field::ApplicantNik).ok());

    PersonRecord people(f.db());
    // Counter staff may reveal one value of one file, not look a whole person up.
    const auto refused = people.lookUp(f.helpdesk, kNik);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("kasubbag")));
    CHECK_FALSE(people.lookUp(f.kasubbag, QStringLiteral("123")).ok());

    const auto data = people.lookUp(f.kasubbag, kNik);
    INFO(data.error().toStdString());
    REQUIRE(data.ok());
    CHECK(data->names == QStringList{QStringLiteral("Budi Santoso")});
    REQUIRE(data->visits.size() == 2);
    CHECK(data->visits.at(0).applicationNumber == first->applicationNumber);
    CHECK(data->visits.at(1).applicationNumber == second->applicationNumber);
    CHECK(data->visits.at(1).phone == stored(QStringLiteral("0812-5123-4567")));
    REQUIRE(data->processing.size() == 1);
    CHECK(data->processing.at(0).officer == f.helpdesk.fullName);
    CHECK(data->processing.at(0).what.contains(second->applicationNumber));
    const QString text = PersonRecord::text(data.value());
    CHECK(text.contains(QStringLiteral("Kunjungan (2)")));
    CHECK(text.contains(f.helpdesk.fullName));

    // A wrong phone corrected: every visit of the NIK, one event with both values masked.
    REQUIRE_FALSE(people.correct(f.helpdesk, kNik, PersonRecord::Field::Phone, QStringLiteral("0813-4999-1234")).ok());
    const auto corrected = people.correct(f.kasubbag, kNik, PersonRecord::Field::Phone, QStringLiteral("0813-4999-1234"));
    INFO(corrected.error().toStdString());
    REQUIRE(corrected.ok());
    CHECK(corrected.value() == 2);
    CHECK(single(f.db(), QStringLiteral("SELECT COUNT(*) FROM visits WHERE applicant_phone = '%1'").arg(stored(QStringLiteral("0813-4999-1234"))))
          == QStringLiteral("2"));
    const QString eventData = single(f.db(), QStringLiteral("SELECT data FROM events WHERE kind = 'personal_data_corrected'"));
    CHECK_FALSE(eventData.contains(stored(QStringLiteral("0813-4999-1234"))));
    CHECK_FALSE(eventData.contains(stored(QStringLiteral("0812-5123-4567"))));
    CHECK(eventData.contains(Validators::mask(stored(QStringLiteral("0813-4999-1234")))));
    // The same value again changes nothing and records nothing.
    CHECK_FALSE(people.correct(f.kasubbag, kNik, PersonRecord::Field::Phone, QStringLiteral("0813 4999 1234")).ok());

    const auto again = people.lookUp(f.kasubbag, kNik);
    REQUIRE(again.ok());
    QStringList whats;
    for (const PersonProcessing &p : again->processing)
        whats << p.what;
    // The reveal, the first look-up, the correction (masked), in order.
    REQUIRE(whats.size() == 3);
    CHECK(whats.at(1).contains(QStringLiteral("Seluruh data pribadi")));
    CHECK(whats.at(2).contains(Validators::mask(stored(QStringLiteral("0813-4999-1234")))));
    CHECK(again->visits.at(0).phone == stored(QStringLiteral("0813-4999-1234")));
    const auto chain = EventLog(f.db().connection()).verifyChain();
    REQUIRE(chain.ok());
    CHECK(chain->firstBadId == 0);
}

TEST_CASE("retention: the administrator's setting, what is due, the erasure and its event", "[privacy][workflow]")
{
    WorkflowFixture f;
    WorkflowFixture::setNow(QStringLiteral("2019-05-06 09:00"));
    REQUIRE(f.checkIn(1).ok());      // Budi, last seen in 2019
    REQUIRE(f.checkIn(1, true).ok()); // Dewi, seen again below
    WorkflowFixture::setNow(QStringLiteral("2026-05-06 09:00"));
    REQUIRE(f.checkIn(1, true).ok());

    Retention retention(f.db());
    CHECK(retention.years().value() == Retention::kDefaultYears);
    CHECK_FALSE(retention.setYears(f.kasubbag, 3).ok());
    CHECK_FALSE(retention.setYears(f.admin, 0).ok());
    REQUIRE(retention.setYears(f.admin, 6).ok());
    CHECK(retention.years().value() == 6);
    CHECK(single(f.db(), QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = 'setting_changed'")) == QStringLiteral("1"));

    const QDate today(2026, 5, 6);
    const auto due = retention.due(today);
    REQUIRE(due.ok());
    CHECK(due->cutoff == QDate(2020, 5, 6));
    CHECK(due->persons == 1);
    CHECK(due->visits == 1);
    CHECK(due->oldestLastVisit == QDate(2019, 5, 6));
    CHECK(Retention::reminderDue(due.value(), Clock::nowUtc()));

    CHECK_FALSE(retention.apply(f.kasubbag, today).ok());
    const auto erased = retention.apply(f.admin, today);
    INFO(erased.error().toStdString());
    REQUIRE(erased.ok());
    CHECK(erased->persons == 1);
    CHECK(single(f.db(), QStringLiteral("SELECT COUNT(*) FROM visits WHERE applicant_nik = '%1'").arg(kNik)) == QStringLiteral("0"));
    CHECK(single(f.db(), QStringLiteral("SELECT applicant_name FROM visits ORDER BY id LIMIT 1")) == QStringLiteral("Budi Santoso"));
    // Dewi came back within the period: her old visit keeps her NIK too.
    CHECK(single(f.db(), QStringLiteral("SELECT COUNT(*) FROM visits WHERE applicant_nik = '6371015506900002'")) == QStringLiteral("2"));
    const QString event = single(f.db(), QStringLiteral("SELECT data FROM events WHERE kind = 'personal_data_erased'"));
    CHECK(QJsonDocument::fromJson(event.toUtf8()).object().value(QStringLiteral("persons")).toInt() == 1);
    CHECK_FALSE(event.contains(kNik));
    CHECK(retention.due(today)->persons == 0);
    CHECK_FALSE(Retention::reminderDue(retention.due(today).value(), Clock::nowUtc()));
    const auto chain = EventLog(f.db().connection()).verifyChain();
    REQUIRE(chain.ok());
    CHECK(chain->firstBadId == 0);
    // The notice at collection states the period set.
    CHECK(PrivacyNotice::shortText(OfficeIdentity::defaults(), 6).contains(QStringLiteral("6 tahun")));
}

TEST_CASE("a vendor's e-mail change is recorded masked in the hashed event", "[privacy][vendors]")
{
    WorkflowFixture f;
    REQUIRE(f.checkIn(1).ok());
    CheckInRequest changed;
    changed.applicantName = QStringLiteral("Budi Santoso");
    changed.applicantNik = kNik;
    changed.vendor.name = QStringLiteral("Sinar Barito");
    changed.vendor.npwp = QStringLiteral("01.234.567.8-901.000");
    changed.vendor.email = QStringLiteral("direktur.pribadi@contoh.example");
    changed.serviceNumber = 1;
    changed.vendorChangesConfirmed = true;
    const auto second = f.wf().guestBook().checkIn(f.helpdesk, changed);
    INFO(second.error().toStdString());
    REQUIRE(second.ok());
    const QString data = single(f.db(), QStringLiteral("SELECT data FROM events WHERE kind = 'vendor_changed'"));
    CHECK_FALSE(data.contains(QStringLiteral("direktur.pribadi@contoh.example")));
    CHECK_FALSE(data.contains(QStringLiteral("admin@sinarbarito.co.id")));
    // The value itself lives in the rows that retention can erase.
    CHECK(single(f.db(), QStringLiteral("SELECT vendor_email FROM visits ORDER BY id DESC LIMIT 1")) == QStringLiteral("direktur.pribadi@contoh.example"));
}
