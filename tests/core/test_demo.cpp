// Demo data written through the owners of the tables: what each owner's rule says holds
// for the generated records too.
#include "TestSupport.h"

#include "accounts/AccountStore.h"
#include "calendar/CalendarStore.h"
#include "demo/DemoData.h"
#include "settings/OfficeSettings.h"
#include "storage/SqlQuery.h"
#include "validation/Validators.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

namespace {

DemoOptions smallHistory()
{
    DemoOptions options;
    options.years = 1;
    options.perDay = 3;
    options.seed = 5;
    options.until = QDate(2025, 3, 31);
    return options;
}

qint64 countOf(Database &db, const QString &table)
{
    SqlQuery q(db.connection(), QStringLiteral("SELECT COUNT(*) FROM ") + table);
    REQUIRE(q.exec().ok());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("demo data: the check digit is the validator's own", "[demo]")
{
    // 01.234.567.x: the ninth digit that makes the NPWP's Luhn check hold.
    CHECK(Validators::luhnCheckDigit(QStringLiteral("01234567")) == QLatin1Char('4'));
    CHECK(Validators::npwp(QStringLiteral("012345674731000")).warning.isEmpty());
    CHECK(!Validators::npwp(QStringLiteral("012345675731000")).warning.isEmpty());
    for (const QString &first8 : {QStringLiteral("00000000"), QStringLiteral("03000187"), QStringLiteral("02999999")}) {
        const QString npwp = first8 + Validators::luhnCheckDigit(first8) + QStringLiteral("731000");
        const Validation v = Validators::npwp(npwp);
        CHECK(v.ok);
        CHECK(v.warning.isEmpty());
    }

    TempDatabase t;
    const Result<DemoSummary> s = DemoData(t.db()).generate(smallHistory());
    INFO(s.error().toStdString());
    REQUIRE(s.ok());
    SqlQuery vendors(t.db().connection(), QStringLiteral("SELECT npwp FROM vendors"));
    REQUIRE(vendors.exec().ok());
    int checked = 0;
    while (vendors.next()) {
        const Validation v = Validators::npwp(vendors.value(0).toString());
        INFO(vendors.value(0).toString().toStdString());
        REQUIRE(v.ok);
        REQUIRE(v.warning.isEmpty());
        ++checked;
    }
    CHECK(checked == s->vendors);
    CHECK(checked > 0);
}

TEST_CASE("demo data: accounts, marker and records as their owners write them", "[demo]")
{
    TempDatabase t;
    const Result<DemoSummary> s = DemoData(t.db()).generate(smallHistory());
    INFO(s.error().toStdString());
    REQUIRE(s.ok());

    // The six accounts share one password and log in with it.
    AccountStore accounts(t.db());
    const Result<QList<User>> users = accounts.users();
    REQUIRE(users.ok());
    CHECK(users->size() == 6);
    const Result<User> vera = accounts.authenticate(QStringLiteral("demo.vera"), QStringLiteral("demo-loket-1"));
    INFO(vera.error().toStdString());
    REQUIRE(vera.ok());
    CHECK(vera->hasRole(Role::Verifikator));
    const Result<User> siti = accounts.userByLogin(QStringLiteral("demo.siti"));
    REQUIRE(siti.ok());
    CHECK(siti->hasRole(Role::Kasubbag));

    // The marker is an ordinary setting.
    const Result<QString> mark = OfficeSettings(t.db()).value(QStringLiteral("demo_data"));
    REQUIRE(mark.ok());
    const QJsonObject o = QJsonDocument::fromJson(mark->toUtf8()).object();
    CHECK(o.value(QStringLiteral("seed")).toString() == QStringLiteral("5"));
    CHECK(o.value(QStringLiteral("until")).toString() == QStringLiteral("2025-03-31"));

    CHECK(countOf(t.db(), QStringLiteral("visits")) == s->visits);
    CHECK(countOf(t.db(), QStringLiteral("applications")) == s->visits);
    CHECK(countOf(t.db(), QStringLiteral("complaints")) == s->complaints);
    CHECK(countOf(t.db(), QStringLiteral("suggestions")) == s->suggestions);
    CHECK(countOf(t.db(), QStringLiteral("survey_responses")) == s->surveyResponses);
    CHECK(s->complaints > 0);
    CHECK(s->suggestions > 0);
    CHECK(s->surveyResponses > 0);

    // Survey answers are the counter's, without an import key; complaints numbered per year.
    SqlQuery survey(t.db().connection(), QStringLiteral("SELECT COUNT(*) FROM survey_responses WHERE source = 'counter' "
                                                        "AND import_key IS NULL AND import_batch = ''"));
    REQUIRE(survey.exec().ok());
    REQUIRE(survey.next());
    CHECK(survey.value(0).toLongLong() == s->surveyResponses);
    SqlQuery complaints(t.db().connection(), QStringLiteral("SELECT number, year, seq FROM complaints ORDER BY id LIMIT 1"));
    REQUIRE(complaints.exec().ok());
    REQUIRE(complaints.next());
    CHECK(complaints.value(0).toString() == QStringLiteral("ADU-%1-0001").arg(complaints.value(1).toInt()));
    CHECK(complaints.value(2).toInt() == 1);
}

TEST_CASE("demo data: a stored calendar that does not parse is refused, nothing written", "[demo]")
{
    TempDatabase t;
    REQUIRE(OfficeSettings(t.db()).setValue(QStringLiteral("calendar"), QStringLiteral("{not a calendar")).ok());
    const Result<WorkingCalendar> stored = CalendarStore(t.db()).load();
    REQUIRE(!stored.ok());

    const Result<DemoSummary> s = DemoData(t.db()).generate(smallHistory());
    REQUIRE(!s.ok());
    CHECK(s.error() == stored.error());
    CHECK(countOf(t.db(), QStringLiteral("visits")) == 0);
    CHECK(countOf(t.db(), QStringLiteral("users")) == 0);
    CHECK(countOf(t.db(), QStringLiteral("events")) == 0);
}
