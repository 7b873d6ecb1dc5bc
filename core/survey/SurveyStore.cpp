#include "survey/SurveyStore.h"

#include "accounts/Permissions.h"
#include "calendar/CalendarStore.h"
#include "catalog/CatalogStore.h"
#include "common/Clock.h"
#include "events/EventLog.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteRetry.h"
#include "survey/SurveyProfile.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QHash>

namespace {

QString sourceKey(SurveyResponse::Source source)
{
    return source == SurveyResponse::Source::Import ? QStringLiteral("import") : QStringLiteral("counter");
}

} // namespace

SurveyStore::SurveyStore(Database &db) : m_db(db), m_sql(db.connection()) {}

QList<int> SurveyStore::serviceNumbers()
{
    QList<int> numbers;
    const Result<ServiceCatalog> catalog = CatalogStore(m_db).current(CalendarStore(m_db).today());
    if (catalog)
        for (const Service &s : catalog->services())
            numbers << s.number;
    numbers << Service::kOtherNumber; // a respondent served under "Layanan lain"
    return numbers;
}

QString SurveyStore::importKey(const SurveyResponse &r, int occurrence)
{
    QString answers;
    for (int e = 0; e < SurveyElement::kCount; ++e)
        answers += QString::number(r.answers.at(e));
    return QStringLiteral("%1|%2|%3|%4")
        .arg(r.date.toString(Qt::ISODate), r.serviceNumber > 0 ? QString::number(r.serviceNumber) : QString(), answers)
        .arg(occurrence);
}

Result<qint64> SurveyStore::insert(const SurveyResponse &r, const QString &batch, const QString &importKey, const QDateTime &createdAt)
{
    SqlQuery q(m_sql, QStringLiteral(
        "INSERT INTO survey_responses (local_date, service_number, u1, u2, u3, u4, u5, u6, u7, u8, u9, gender, age_band, education, "
        "occupation, source, import_batch, import_key, created_at) VALUES (:day, :service, :u1, :u2, :u3, :u4, :u5, :u6, :u7, :u8, :u9, "
        ":gender, :age, :education, :occupation, :source, :batch, :key, :at) RETURNING id"));
    q.bind(QStringLiteral(":day"), r.date.toString(Qt::ISODate))
        .bind(QStringLiteral(":service"), r.serviceNumber > 0 ? QVariant(r.serviceNumber) : QVariant());
    for (int e = 0; e < SurveyElement::kCount; ++e)
        q.bind(QStringLiteral(":u%1").arg(e + 1), r.answers.at(e));
    q.bind(QStringLiteral(":gender"), r.gender)
        .bind(QStringLiteral(":age"), r.ageBand)
        .bind(QStringLiteral(":education"), r.education)
        .bind(QStringLiteral(":occupation"), r.occupation)
        .bind(QStringLiteral(":source"), sourceKey(r.source))
        .bind(QStringLiteral(":batch"), batch)
        .bind(QStringLiteral(":key"), importKey.isEmpty() ? QVariant() : QVariant(importKey))
        .bind(QStringLiteral(":at"), Clock::toStorage(createdAt.isValid() ? createdAt : Clock::nowUtc()));
    if (const Status s = q.exec(); !s)
        return Result<qint64>::failure(s.error());
    return q.insertedId();
}

Result<qint64> SurveyStore::record(const SurveyResponse &input)
{
    using R = Result<qint64>;
    SurveyResponse r = input;
    r.source = SurveyResponse::Source::Counter;
    if (!r.date.isValid()) {
        const Result<WorkingCalendar> calendar = CalendarStore(m_db).load();
        r.date = Clock::nowUtc().toTimeZone(calendar ? calendar->timeZone() : QTimeZone::systemTimeZone()).date();
    }
    for (int e = 0; e < SurveyElement::kCount; ++e)
        if (r.answers.at(e) < 1 || r.answers.at(e) > 4)
            return R::failure(tr("Pertanyaan %1 (%2) belum dijawab.").arg(e + 1).arg(SurveyElement::title(e)));
    if (!SurveyProfile::accepts(SurveyProfile::genders(), r.gender) || !SurveyProfile::accepts(SurveyProfile::ageBands(), r.ageBand)
        || !SurveyProfile::accepts(SurveyProfile::educations(), r.education)
        || !SurveyProfile::accepts(SurveyProfile::occupations(), r.occupation))
        return R::failure(tr("Data responden tidak dikenal."));
    if (r.serviceNumber < 0 || (r.serviceNumber > 0 && !serviceNumbers().contains(r.serviceNumber)))
        return R::failure(tr("Layanan %1 tidak ada dalam katalog.").arg(r.serviceNumber));
    qint64 id = 0;
    const Status s = runWriteTransaction(m_sql, [&]() -> Status {
        const Result<qint64> inserted = insert(r, QString());
        if (inserted)
            id = inserted.value();
        return Status::from(inserted);
    });
    if (!s)
        return R::failure(s.error());
    return id;
}

Result<SurveyImport> SurveyStore::importCsv(const User &actor, const QByteArray &bytes, const QString &fileName)
{
    using R = Result<SurveyImport>;
    if (!Permissions::userMay(actor, Action::RecordComplaint) && !Permissions::userMay(actor, Action::ViewReports))
        return R::failure(tr("Akun Anda tidak boleh mengimpor jawaban survei."));
    const Result<WorkingCalendar> calendar = CalendarStore(m_db).load();
    const QDate today = Clock::nowUtc().toTimeZone(calendar ? calendar->timeZone() : QTimeZone::systemTimeZone()).date();
    const Result<SurveyCsvContent> parsed = SurveyCsv::parse(bytes, serviceNumbers(), today);
    if (!parsed)
        return R::failure(parsed.error());
    const QString batch = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());

    // Each good row with its key: the n-th identical row of the file is occurrence n, so
    // two respondents who answered alike are both kept.
    QList<QPair<const SurveyResponse *, QString>> keyed;
    QHash<QString, int> occurrences;
    for (const SurveyResponse &r : parsed->rows) {
        const int n = ++occurrences[importKey(r, 0)];
        keyed.append({&r, importKey(r, n)});
    }

    SurveyImport result;
    result.dataRows = parsed->dataRows;
    result.problems = parsed->problems;
    const Status s = runWriteTransaction(m_sql, [&]() -> Status {
        result.imported = 0;
        result.alreadyStored = 0;
        SqlQuery seen(m_sql, QStringLiteral("SELECT MIN(created_at) FROM survey_responses WHERE import_batch = :batch"));
        seen.bind(QStringLiteral(":batch"), batch);
        if (const Status st = seen.exec(); !st)
            return st;
        if (seen.next() && !seen.value(0).isNull())
            return Status::failure(tr("Berkas ini sudah pernah diimpor pada %1; jawabannya tidak dihitung dua kali.")
                                       .arg(Clock::fromStorage(seen.value(0)).toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm"))));
        for (const auto &[response, key] : std::as_const(keyed)) {
            SqlQuery stored(m_sql, QStringLiteral("SELECT 1 FROM survey_responses WHERE import_key = :key"));
            stored.bind(QStringLiteral(":key"), key);
            if (const Status st = stored.exec(); !st)
                return st;
            if (stored.next()) {
                ++result.alreadyStored;
                continue;
            }
            if (const Result<qint64> inserted = insert(*response, batch, key); !inserted)
                return Status::failure(inserted.error());
            ++result.imported;
        }
        if (result.imported == 0)
            return Status::success(); // nothing new: no event, nothing written
        Event e;
        e.userId = actor.id;
        e.kind = QStringLiteral("survey_imported");
        e.data = QJsonObject{{QStringLiteral("file"), QFileInfo(fileName).fileName()},
                             {QStringLiteral("imported"), result.imported},
                             {QStringLiteral("already_stored"), result.alreadyStored},
                             {QStringLiteral("rejected"), static_cast<int>(parsed->problems.size())},
                             {QStringLiteral("sha256"), batch}};
        return Status::from(EventLog(m_sql).append(e));
    });
    if (!s)
        return R::failure(s.error());
    return result;
}

Result<QList<SurveyResponse>> SurveyStore::responses(const QDate &from, const QDate &to, int serviceNumber)
{
    SqlQuery q(m_sql, QStringLiteral("SELECT id, local_date, COALESCE(service_number, 0), u1, u2, u3, u4, u5, u6, u7, u8, u9, gender, "
                                     "age_band, education, occupation, source FROM survey_responses WHERE local_date BETWEEN :from AND :to "
                                     "AND (:service = 0 OR service_number = :service) ORDER BY local_date, id"));
    q.bind(QStringLiteral(":from"), from.toString(Qt::ISODate))
        .bind(QStringLiteral(":to"), to.toString(Qt::ISODate))
        .bind(QStringLiteral(":service"), serviceNumber);
    if (const Status s = q.exec(); !s)
        return Result<QList<SurveyResponse>>::failure(s.error());
    QList<SurveyResponse> list;
    while (q.next()) {
        SurveyResponse r;
        r.id = q.value(0).toLongLong();
        r.date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        r.serviceNumber = q.value(2).toInt();
        for (int e = 0; e < SurveyElement::kCount; ++e)
            r.answers[e] = q.value(3 + e).toInt();
        r.gender = q.value(12).toString();
        r.ageBand = q.value(13).toString();
        r.education = q.value(14).toString();
        r.occupation = q.value(15).toString();
        r.source = q.value(16).toString() == QLatin1String("import") ? SurveyResponse::Source::Import : SurveyResponse::Source::Counter;
        list << r;
    }
    return list;
}

Result<qint64> SurveyStore::population(const QDate &from, const QDate &to, int serviceNumber)
{
    SqlQuery q(m_sql, QStringLiteral("SELECT COUNT(*) FROM visits WHERE local_date BETWEEN :from AND :to "
                                     "AND (:service = 0 OR service_number = :service)"));
    q.bind(QStringLiteral(":from"), from.toString(Qt::ISODate))
        .bind(QStringLiteral(":to"), to.toString(Qt::ISODate))
        .bind(QStringLiteral(":service"), serviceNumber);
    if (const Status s = q.exec(); !s)
        return Result<qint64>::failure(s.error());
    q.next();
    return q.value(0).toLongLong();
}

Result<IkmReport> SurveyStore::ikm(const QDate &from, const QDate &to, int serviceNumber)
{
    using R = Result<IkmReport>;
    if (!from.isValid() || !to.isValid() || to < from)
        return R::failure(tr("Periode tidak sah: tanggal akhir harus sama dengan atau sesudah tanggal awal."));
    // Integer sums in SQL: the IKM is then exact (see Ikm).
    SqlQuery q(m_sql, QStringLiteral("SELECT COUNT(*), COALESCE(SUM(u1), 0), COALESCE(SUM(u2), 0), COALESCE(SUM(u3), 0), "
                                     "COALESCE(SUM(u4), 0), COALESCE(SUM(u5), 0), COALESCE(SUM(u6), 0), COALESCE(SUM(u7), 0), "
                                     "COALESCE(SUM(u8), 0), COALESCE(SUM(u9), 0) FROM survey_responses WHERE local_date BETWEEN :from AND :to "
                                     "AND (:service = 0 OR service_number = :service)"));
    q.bind(QStringLiteral(":from"), from.toString(Qt::ISODate))
        .bind(QStringLiteral(":to"), to.toString(Qt::ISODate))
        .bind(QStringLiteral(":service"), serviceNumber);
    if (const Status s = q.exec(); !s)
        return R::failure(s.error());
    q.next();
    std::array<qint64, SurveyElement::kCount> sums{};
    for (int e = 0; e < SurveyElement::kCount; ++e)
        sums[e] = q.value(1 + e).toLongLong();
    IkmReport report;
    report.from = from;
    report.to = to;
    report.serviceNumber = serviceNumber;
    report.result = Ikm::compute(q.value(0).toInt(), sums);
    const Result<qint64> visits = population(from, to, serviceNumber);
    if (!visits)
        return R::failure(visits.error());
    report.population = visits.value();
    report.sampleSize = Ikm::sampleSize(report.population);
    return report;
}

Result<QList<IkmReport>> SurveyStore::ikmPerService(const QDate &from, const QDate &to)
{
    using R = Result<QList<IkmReport>>;
    SqlQuery q(m_sql, QStringLiteral("SELECT DISTINCT service_number FROM survey_responses WHERE local_date BETWEEN :from AND :to "
                                     "AND service_number IS NOT NULL ORDER BY service_number"));
    q.bind(QStringLiteral(":from"), from.toString(Qt::ISODate)).bind(QStringLiteral(":to"), to.toString(Qt::ISODate));
    if (const Status s = q.exec(); !s)
        return R::failure(s.error());
    QList<int> numbers;
    while (q.next())
        numbers << q.value(0).toInt();
    QList<IkmReport> reports;
    for (int number : numbers) {
        const Result<IkmReport> r = ikm(from, to, number);
        if (!r)
            return R::failure(r.error());
        reports << r.value();
    }
    return reports;
}

Result<qint64> SurveyStore::insertRecorded(const SurveyResponse &r, const QDateTime &createdAt)
{
    Result<qint64> id = Result<qint64>::failure(QString());
    const Status status = inWriteTransaction(m_sql, [&]() -> Status {
        id = insert(r, QString(), QString(), createdAt);
        return Status::from(id);
    });
    if (!status)
        return Result<qint64>::failure(status.error());
    return id;
}

Result<QList<ProfileTally>> SurveyStore::profile(const QDate &from, const QDate &to)
{
    using R = Result<QList<ProfileTally>>;
    struct Item
    {
        QString column; // a fixed column name, never input
        QString title;
        QList<SurveyProfile::Option> options;
    };
    const QList<Item> items = {{QStringLiteral("gender"), tr("Jenis kelamin"), SurveyProfile::genders()},
                               {QStringLiteral("age_band"), tr("Usia"), SurveyProfile::ageBands()},
                               {QStringLiteral("education"), tr("Pendidikan terakhir"), SurveyProfile::educations()},
                               {QStringLiteral("occupation"), tr("Pekerjaan utama"), SurveyProfile::occupations()}};
    QList<ProfileTally> tallies;
    for (const Item &item : items) {
        SqlQuery q(m_sql, QStringLiteral("SELECT %1, COUNT(*) FROM survey_responses WHERE local_date BETWEEN :from AND :to GROUP BY %1")
                              .arg(item.column));
        q.bind(QStringLiteral(":from"), from.toString(Qt::ISODate)).bind(QStringLiteral(":to"), to.toString(Qt::ISODate));
        if (const Status s = q.exec(); !s)
            return R::failure(s.error());
        QHash<QString, int> counts;
        while (q.next())
            counts[q.value(0).toString()] += q.value(1).toInt();
        ProfileTally tally;
        tally.title = item.title;
        for (const SurveyProfile::Option &o : item.options)
            tally.rows << std::pair(o.title, counts.take(o.key));
        // Not given, or (from an older form) a key no option has any more: counted, never dropped.
        int notGiven = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            notGiven += it.value();
        if (notGiven > 0)
            tally.rows << std::pair(tr("Tidak diisi"), notGiven);
        tallies << tally;
    }
    return tallies;
}

Result<IkmUnitReport> SurveyStore::unitReport(const QDate &from, const QDate &to)
{
    using R = Result<IkmUnitReport>;
    IkmUnitReport report;
    report.from = from;
    report.to = to;
    const Result<IkmReport> unit = ikm(from, to);
    if (!unit)
        return R::failure(unit.error());
    report.unit = unit.value();

    QList<std::pair<int, QString>> services; // number, name
    const Result<ServiceCatalog> catalog = CatalogStore(m_db).current(CalendarStore(m_db).today());
    if (!catalog)
        return R::failure(catalog.error());
    for (const Service &s : catalog->services())
        services << std::pair(s.number, s.name);
    const Result<QList<IkmReport>> answered = ikmPerService(from, to);
    if (!answered)
        return R::failure(answered.error());
    for (const IkmReport &r : answered.value())
        if (std::none_of(services.cbegin(), services.cend(), [&](const auto &s) { return s.first == r.serviceNumber; })) {
            const Service *named = catalog->service(r.serviceNumber); // Layanan lain has its name
            services << std::pair(r.serviceNumber, named ? named->name : QString());
        }

    // What the services account for; the rest of the unit's answers name no service.
    int respondents = report.unit.result.respondents;
    std::array<qint64, SurveyElement::kCount> sums = report.unit.result.sums;
    for (const auto &[number, name] : std::as_const(services)) {
        const Result<IkmReport> r = ikm(from, to, number);
        if (!r)
            return R::failure(r.error());
        IkmServiceLine line;
        line.serviceNumber = number;
        line.serviceName = name;
        line.report = r.value();
        respondents -= line.report.result.respondents;
        for (int e = 0; e < SurveyElement::kCount; ++e)
            sums[e] -= line.report.result.sums.at(e);
        report.services << line;
    }
    if (respondents > 0) {
        IkmServiceLine none;
        none.kind = IkmServiceLine::Kind::NoService;
        none.report.from = from;
        none.report.to = to;
        none.report.result = Ikm::compute(respondents, sums);
        report.services << none;
    }
    const Result<QList<ProfileTally>> tallies = profile(from, to);
    if (!tallies)
        return R::failure(tallies.error());
    report.profile = tallies.value();
    return report;
}
