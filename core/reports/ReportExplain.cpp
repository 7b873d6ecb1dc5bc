#include "reports/ReportExplain.h"

#include "applications/Workflow.h"
#include "calendar/CalendarStore.h"
#include "common/Clock.h"
#include "common/IdNumber.h"
#include "complaints/ComplaintRules.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportFormat.h"
#include "reports/ReportTrace.h"
#include "storage/Database.h"

#include <algorithm>
#include <optional>

namespace {

struct FigureName
{
    const char *name;
    std::optional<TracedFigure> files; // absent for the complaints' figures
    int column;                        // in ReportFormat::cells; -1 for the complaints'
};

// The figures that count records, with the column of the report's table that prints them.
const QList<FigureName> &figures()
{
    static const QList<FigureName> all = {
        {"visits", TracedFigure::Visits, 1},       {"new", TracedFigure::New, 2},
        {"returned", TracedFigure::Returned, 3},   {"accepted", TracedFigure::Accepted, 4},
        {"served", TracedFigure::Served, 5},       {"cancelled", TracedFigure::Cancelled, 6},
        {"open", TracedFigure::Open, 7},           {"met", TracedFigure::Met, 8},
        {"late", TracedFigure::Late, 8},           {"median", TracedFigure::Served, 9},
        {"complaints", std::nullopt, -1},          {"ack3", std::nullopt, -1},
        {"resp6", std::nullopt, -1},
    };
    return all;
}

const FigureName *figureNamed(const QString &name)
{
    for (const FigureName &f : figures())
        if (name == QLatin1String(f.name))
            return &f;
    return nullptr;
}

QString instant(const QDateTime &utc, const QTimeZone &zone)
{
    return utc.isValid() ? utc.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString pauseText(const PausePeriod &p, const QTimeZone &zone)
{
    PauseReason reason;
    QString title = PauseReasons::fromKey(p.reasonKey, &reason) ? PauseReasons::title(reason) : p.reasonKey;
    if (!p.reasonText.isEmpty() && p.reasonText != title)
        title += QStringLiteral(": ") + p.reasonText;
    const QString until = p.end.isValid() ? instant(p.end, zone) : ReportExplain::tr("belum berakhir");
    return QStringLiteral("%1 – %2 (%3)").arg(instant(p.start, zone), until, title);
}

QString verdict(const ExplainedFile &f)
{
    if (!f.clock.started)
        return ReportExplain::tr("belum diterima");
    if (f.clock.finished && f.status == ApplicationStatus::Done && !f.clock.promised)
        return ReportExplain::tr("selesai, tanpa standar waktu");
    if (f.clock.finished && f.status == ApplicationStatus::Done)
        return f.clock.met ? ReportExplain::tr("tepat janji") : ReportExplain::tr("terlambat");
    if (f.clock.finished)
        return ApplicationStatuses::title(f.status);
    return ServiceClock::stateTitle(f.clock.state);
}

QString deadlineText(const DeadlineReading &d, const QTimeZone &zone)
{
    QString text = ReportExplain::tr("batas %1").arg(instant(d.due, zone));
    if (d.doneAt.isValid())
        text += ReportExplain::tr(", dilakukan %1").arg(instant(d.doneAt, zone));
    return text + QStringLiteral(" (%1)").arg(ComplaintRules::stateTitle(d.state));
}

// The complaints behind a figure of the complaints, as FeedbackFigures counts them.
Status explainComplaints(FigureExplanation &e, Database &db, const WorkingCalendar &calendar, const PerformanceReport &report,
                         const QDateTime &now)
{
    const bool total = e.rowKey == QLatin1String("total");
    std::optional<ComplaintFigures> figures = report.complaints;
    if (!total) {
        const auto row = std::find_if(report.rows.cbegin(), report.rows.cend(), [&](const ReportRow &r) { return r.key == e.rowKey; });
        figures = row != report.rows.cend() ? row->complaints : std::nullopt;
    }
    if (!report.complaints)
        return Status::failure(ReportExplain::tr("Basis data ini tidak mencatat pengaduan."));
    if (!figures)
        return Status::failure(ReportExplain::tr("Pengaduan dihitung per layanan atau untuk jumlahnya, bukan per petugas."));
    const Result<QList<TracedComplaint>> all = FeedbackFigures::complaints(db.connection(), calendar, report.from, report.to, now);
    if (!all)
        return Status::failure(all.error());
    int met = 0;
    for (const TracedComplaint &c : all.value()) {
        if (!total && QString::number(c.service) != e.rowKey)
            continue;
        const DeadlineReading *deadline = e.figure == QLatin1String("ack3")    ? &c.deadlines.acknowledgement
                                          : e.figure == QLatin1String("resp6") ? &c.deadlines.response
                                                                               : nullptr;
        if (deadline && (c.refused || !FeedbackFigures::isDecided(deadline->state)))
            continue;
        if (deadline && deadline->state == DeadlineState::Met)
            met++;
        e.complaints << c;
    }
    if (e.figure == QLatin1String("complaints")) {
        e.label = ReportFormat::tr("Pengaduan diterima");
        e.value = IdNumber::format(figures->received);
    } else if (e.figure == QLatin1String("ack3")) {
        e.label = ReportFormat::tr("Ditanggapi awal dalam 3 hari kerja (%)");
        e.value = ReportFormat::percent(figures->acknowledgedPercent());
        e.note = ReportExplain::tr("tepat waktu %1 dari %2 pengaduan yang batasnya sudah lewat atau sudah ditanggapi")
                     .arg(IdNumber::format(met), IdNumber::format(e.complaints.size()));
    } else {
        e.label = ReportFormat::tr("Direspons dalam 6 hari kerja (%)");
        e.value = ReportFormat::percent(figures->respondedPercent());
        e.note = ReportExplain::tr("tepat waktu %1 dari %2 pengaduan yang batasnya sudah lewat atau sudah direspons")
                     .arg(IdNumber::format(met), IdNumber::format(e.complaints.size()));
    }
    return Status::success();
}

} // namespace

QStringList ReportExplain::figureNames()
{
    QStringList names;
    for (const FigureName &f : figures())
        names << QString::fromLatin1(f.name);
    return names;
}

QString ReportExplain::figureError(const QString &typed)
{
    if (figureNamed(typed.trimmed().toLower().section(QLatin1Char(':'), 0, 0)))
        return QString();
    return tr("Angka \"%1\" tidak dikenal. Yang dapat ditelusuri: %2, masing-masing NAMA:BARIS (nomor layanan, nomor petugas, "
              "atau total).")
        .arg(typed.trimmed(), figureNames().join(QStringLiteral(", ")));
}

QString ReportExplain::figureOfColumn(int column)
{
    if (column == 10 || column == 11) // P90 and the longest: read off the same list as the median
        column = 9;
    for (const FigureName &f : figures())
        if (f.column == column && QLatin1String(f.name) != QLatin1String("late"))
            return QString::fromLatin1(f.name);
    return QString();
}

Result<FigureExplanation> ReportExplain::explain(Database &db, const QDate &from, const QDate &to, ReportGrouping grouping,
                                                 const QString &figureText, const QDateTime &nowInput)
{
    using R = Result<FigureExplanation>;
    const QString typed = figureText.trimmed().toLower();
    const qsizetype colon = typed.indexOf(QLatin1Char(':'));
    FigureExplanation e;
    e.figure = colon < 0 ? typed : typed.left(colon);
    e.rowKey = colon < 0 ? QStringLiteral("total") : typed.mid(colon + 1).trimmed();
    const FigureName *name = figureNamed(e.figure);
    if (!name)
        return R::failure(figureError(figureText));
    const QDateTime now = nowInput.isValid() ? nowInput.toUTC() : Clock::nowUtc();
    ReportTrace trace;
    const Result<PerformanceReport> built = ReportBuilder(db).build(from, to, grouping, now, &trace);
    if (!built)
        return R::failure(built.error());
    const PerformanceReport &report = built.value();
    const ReportRow *row = e.rowKey == QLatin1String("total") ? &report.total : nullptr;
    for (const ReportRow &r : report.rows)
        if (r.key == e.rowKey)
            row = &r;
    if (!row)
        return R::failure(tr("Baris \"%1\" tidak ada dalam laporan %2 ini; sebutkan nomor %3 atau total.")
                              .arg(e.rowKey, ReportFormat::groupingTitle(grouping).toLower(),
                                   grouping == ReportGrouping::Service ? tr("layanan") : tr("petugas")));
    e.rowTitle = row->title;
    OfficeCalendar calendars(db);
    const Result<const WorkingCalendar *> calendar = calendars.current();
    if (!calendar)
        return R::failure(calendar.error());
    e.zone = calendar.value()->timeZone();

    if (!name->files) {
        e.aboutComplaints = true;
        if (const Status s = explainComplaints(e, db, *calendar.value(), report, now); !s)
            return R::failure(s.error());
        return e;
    }
    e.label = ReportFormat::columnTitles(grouping).value(name->column);
    e.value = ReportFormat::cells(*row).value(name->column);
    QList<TracedFile> traced = trace.files(*name->files, e.rowKey);
    const bool median = e.figure == QLatin1String("median");
    if (median) // by the time counted, as the median is taken
        std::stable_sort(traced.begin(), traced.end(), [](const TracedFile &a, const TracedFile &b) { return a.seconds < b.seconds; });
    if (e.figure == QLatin1String("met") || e.figure == QLatin1String("late"))
    {
        e.note = tr("tepat janji %1, terlambat %2, dari %3 berkas selesai yang berjanji waktu")
                     .arg(IdNumber::format(row->met), IdNumber::format(row->late()), IdNumber::format(row->promisedDone()));
        if (row->unpromised > 0)
            e.note += QStringLiteral("; ") + tr("%1 berkas Layanan lain tanpa standar waktu tidak dihitung").arg(IdNumber::format(row->unpromised));
    }
    if (median && !traced.isEmpty())
        e.note = tr("median dari %1 berkas selesai menurut waktu kerja terhitung; yang di tengah ditandai").arg(IdNumber::format(traced.size()));

    Workflow workflow(db);
    const qsizetype n = traced.size();
    for (qsizetype i = 0; i < n; ++i) {
        const Result<ApplicationFile> loaded = workflow.files().file(traced.at(i).id, now);
        if (!loaded)
            return R::failure(loaded.error());
        const ApplicationFile &f = loaded.value();
        ExplainedFile x;
        x.id = f.application.id;
        x.number = f.application.number;
        x.service = f.service.number;
        x.serviceName = f.service.name;
        x.status = f.application.status;
        x.arrivedAt = f.visit.arrivedAt;
        x.acceptedAt = f.application.acceptedAt;
        x.finishedAt = f.application.finishedAt;
        x.pauses = f.pauses;
        x.clock = f.clock;
        x.countedSeconds = traced.at(i).seconds;
        x.middle = median && (i == n / 2 || (n % 2 == 0 && i == n / 2 - 1));
        e.files << x;
    }
    return e;
}

QStringList ReportExplain::fileTitles()
{
    return {tr("Nomor berkas"), tr("Layanan"), tr("Status"), tr("Datang"), tr("Diterima"), tr("Janji selesai"), tr("Selesai"),
            tr("Masa tunda"), tr("Waktu kerja terhitung"), tr("Dihitung laporan (menit)"), tr("Hasil")};
}

QStringList ReportExplain::fileCells(const ExplainedFile &f, const QTimeZone &zone)
{
    QStringList pauses;
    for (const PausePeriod &p : f.pauses)
        pauses << pauseText(p, zone);
    QString used;
    if (f.clock.started && f.clock.promised)
        used = tr("%1 dari %2 (tunda %3)")
                   .arg(ServiceClock::describeDuration(f.clock.elapsedSeconds), ServiceClock::describeDuration(f.clock.allowanceSeconds),
                        ServiceClock::describeDuration(f.clock.pausedSeconds));
    else if (f.clock.started)
        used = tr("%1 tanpa standar waktu (tunda %2)")
                   .arg(ServiceClock::describeDuration(f.clock.elapsedSeconds), ServiceClock::describeDuration(f.clock.pausedSeconds));
    QString result = verdict(f);
    if (f.middle)
        result += tr(" · median");
    return {f.number,
            Service::titleOf(f.service, f.serviceName),
            ApplicationStatuses::title(f.status),
            instant(f.arrivedAt, zone),
            instant(f.acceptedAt, zone),
            instant(f.clock.dueAt, zone),
            f.clock.finished ? instant(f.finishedAt, zone) : QString(),
            pauses.join(QStringLiteral("; ")),
            used,
            f.countedSeconds >= 0 ? ReportFormat::minutes(double(f.countedSeconds)) : QString(),
            result};
}

QStringList ReportExplain::complaintTitles()
{
    return {tr("Nomor pengaduan"), tr("Diterima"), tr("Berkas"), tr("Tanggapan awal (3 hari kerja)"), tr("Respons (6 hari kerja)")};
}

QStringList ReportExplain::complaintCells(const TracedComplaint &c, const QTimeZone &zone)
{
    const QString refused = tr("ditolak: di luar 30 hari");
    return {c.number,
            c.receivedDate.toString(Qt::ISODate),
            c.applicationNumber.isEmpty() ? tr("tanpa berkas") : c.applicationNumber,
            c.refused ? refused : deadlineText(c.deadlines.acknowledgement, zone),
            c.refused ? refused : deadlineText(c.deadlines.response, zone)};
}

QString ReportExplain::heading(const FigureExplanation &e)
{
    QString h = QStringLiteral("%1 · %2: %3").arg(e.rowTitle, e.label, e.value.isEmpty() ? QStringLiteral("–") : e.value);
    if (!e.note.isEmpty())
        h += QStringLiteral(" (%1)").arg(e.note);
    return h;
}

QString ReportExplain::text(const FigureExplanation &e)
{
    QString out = heading(e) + QLatin1Char('\n');
    out += (e.aboutComplaints ? tr("%1 pengaduan").arg(IdNumber::format(e.count())) : tr("%1 berkas").arg(IdNumber::format(e.count())))
           + QLatin1Char('\n');
    const QStringList titles = e.aboutComplaints ? complaintTitles() : fileTitles();
    const qsizetype n = e.count();
    for (qsizetype i = 0; i < n; ++i) {
        const QStringList cells = e.aboutComplaints ? complaintCells(e.complaints.at(i), e.zone) : fileCells(e.files.at(i), e.zone);
        out += QLatin1Char('\n') + cells.first() + QLatin1Char('\n');
        for (qsizetype c = 1; c < titles.size(); ++c)
            if (!cells.at(c).isEmpty())
                out += QStringLiteral("  %1: %2\n").arg(titles.at(c), cells.at(c));
    }
    return out;
}
