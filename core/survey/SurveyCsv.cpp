#include "survey/SurveyCsv.h"

#include "survey/CsvReader.h"
#include "survey/SurveyProfile.h"
#include "validation/Validators.h"

#include <QHash>

Result<SurveyCsvContent> SurveyCsv::parse(const QByteArray &bytes, const QList<int> &services, const QDate &today)
{
    using R = Result<SurveyCsvContent>;
    const Result<QList<CsvRecord>> read = CsvReader::read(bytes);
    if (!read)
        return R::failure(read.error());
    const QList<CsvRecord> &records = read.value();
    if (records.isEmpty())
        return R::failure(tr("Berkas kosong: baris pertama harus berisi judul kolom tanggal, layanan, U1 ... U9."));
    const CsvRecord &header = records.first();
    if (!header.problem.isEmpty())
        return R::failure(tr("Baris judul (baris %1): %2.").arg(header.line).arg(header.problem));

    QHash<QString, int> columns;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        if (name.isEmpty())
            continue;
        if (columns.contains(name))
            return R::failure(tr("Kolom \"%1\" muncul dua kali pada baris judul.").arg(header.fields.at(i).trimmed()));
        columns.insert(name, i);
    }
    QStringList absent;
    if (!columns.contains(QStringLiteral("tanggal")))
        absent << QStringLiteral("tanggal");
    for (int e = 0; e < SurveyElement::kCount; ++e)
        if (!columns.contains(SurveyElement::code(e).toLower()))
            absent << SurveyElement::code(e);
    if (!absent.isEmpty())
        return R::failure(tr("Kolom wajib tidak ada pada baris judul: %1. Judul yang diperlukan: tanggal, layanan (boleh "
                             "tidak ada), U1 ... U9.")
                              .arg(absent.join(QStringLiteral(", "))));
    const int dateColumn = columns.value(QStringLiteral("tanggal"));
    const int serviceColumn = columns.value(QStringLiteral("layanan"), -1);
    // The respondent's profile, each column optional: its name, the options, what to tell.
    struct ProfileColumn
    {
        int column;
        QList<SurveyProfile::Option> options;
        QString SurveyResponse::*target;
        QString name;
        QString hint;
    };
    const QList<ProfileColumn> profileColumns = {
        {columns.value(QStringLiteral("jenis_kelamin"), -1), SurveyProfile::genders(), &SurveyResponse::gender,
         QStringLiteral("jenis_kelamin"), tr("tulis L atau P")},
        {columns.value(QStringLiteral("usia"), -1), SurveyProfile::ageBands(), &SurveyResponse::ageBand, QStringLiteral("usia"),
         tr("tulis umur dalam tahun, mis. 34, atau kelompoknya, mis. 30-39")},
        {columns.value(QStringLiteral("pendidikan"), -1), SurveyProfile::educations(), &SurveyResponse::education,
         QStringLiteral("pendidikan"), tr("tulis sd, smp, sma, diploma, s1, s2 atau s3")},
        {columns.value(QStringLiteral("pekerjaan"), -1), SurveyProfile::occupations(), &SurveyResponse::occupation,
         QStringLiteral("pekerjaan"), tr("tulis pns, tni_polri, swasta, wirausaha atau lainnya")},
    };

    SurveyCsvContent content;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvRecord &record = records.at(r);
        auto cell = [&](int column) { return column >= 0 && column < record.fields.size() ? record.fields.at(column).trimmed() : QString(); };
        bool allEmpty = true;
        for (const QString &f : record.fields)
            allEmpty = allEmpty && f.trimmed().isEmpty();
        if (allEmpty && record.problem.isEmpty())
            continue; // a spreadsheet's empty row: ";;;;;"
        ++content.dataRows;
        QStringList reasons;
        if (!record.problem.isEmpty())
            reasons << record.problem;

        SurveyResponse response;
        response.source = SurveyResponse::Source::Import;
        const QString date = cell(dateColumn);
        const Validation v = Validators::date(date);
        if (date.isEmpty())
            reasons << tr("tanggal kosong");
        else if (!v.ok)
            reasons << tr("tanggal \"%1\" tidak sah (tulis TTTT-BB-HH)").arg(date);
        else {
            response.date = QDate::fromString(v.value, Qt::ISODate);
            if (today.isValid() && response.date > today)
                reasons << tr("tanggal %1 belum terjadi").arg(v.value);
        }
        const QString service = cell(serviceColumn);
        if (!service.isEmpty()) {
            bool ok = false;
            const int number = service.toInt(&ok);
            if (!ok || number <= 0)
                reasons << tr("layanan \"%1\" bukan nomor layanan").arg(service);
            else if (!services.isEmpty() && !services.contains(number))
                reasons << tr("layanan %1 tidak ada dalam katalog").arg(number);
            else
                response.serviceNumber = number;
        }
        for (int e = 0; e < SurveyElement::kCount; ++e) {
            const QString answer = cell(columns.value(SurveyElement::code(e).toLower()));
            if (answer.isEmpty()) {
                reasons << tr("%1 kosong").arg(SurveyElement::code(e));
                continue;
            }
            if (answer.size() != 1 || answer.at(0) < QLatin1Char('1') || answer.at(0) > QLatin1Char('4')) {
                reasons << tr("%1 bernilai \"%2\"; harus 1, 2, 3 atau 4").arg(SurveyElement::code(e), answer);
                continue;
            }
            response.answers[e] = answer.at(0).digitValue();
        }
        for (const ProfileColumn &p : profileColumns) {
            const QString typed = cell(p.column);
            if (typed.isEmpty())
                continue; // not given: every item of the profile is optional
            QString key = SurveyProfile::keyOf(p.options, typed);
            bool isNumber = false;
            const int years = typed.toInt(&isNumber);
            if (key.isEmpty() && isNumber && p.target == &SurveyResponse::ageBand)
                key = SurveyProfile::ageBandOf(years);
            if (key.isEmpty())
                reasons << tr("%1 \"%2\" tidak dikenal (%3)").arg(p.name, typed, p.hint);
            else
                response.*p.target = key;
        }
        if (reasons.isEmpty())
            content.rows << response;
        else
            content.problems << CsvProblem{record.line, reasons.join(QStringLiteral("; "))};
    }
    return content;
}
