#include "reports/ReportCharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QDateTimeAxis>
#include <QFont>
#include <QGraphicsScene>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QValueAxis>

namespace {

std::unique_ptr<QChart> newChart(const QString &title)
{
    auto chart = std::make_unique<QChart>();
    chart->setTitle(title);
    QFont font = chart->titleFont();
    font.setPointSizeF(11);
    font.setBold(true);
    chart->setTitleFont(font);
    chart->setAnimationOptions(QChart::NoAnimation);
    // Axis and bar labels as an Indonesian reader writes figures ("82,2", "2.201").
    chart->setLocale(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    chart->setLocalizeNumbers(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setBackgroundRoundness(0);
    return chart;
}

// One set of bars over named categories, with a value axis from 0 to `top`.
QBarCategoryAxis *addBars(QChart *chart, QBarSeries *series, QBarSet *set, const QStringList &categories, int top)
{
    series->append(set);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    auto *y = new QValueAxis;
    y->setRange(0, top);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->hide();
    return x;
}

// Ticks on the first day of every month, or of every 2nd, 3rd, 6th or 12th month so that
// there are at most twelve blocks, each labelled under its middle with its first month
// ("Jan 2026"): evenly spaced by the calendar, where a date axis with a fixed tick count
// puts them on arbitrary days.
QCategoryAxis *monthAxis(const QDate &from, const QDate &to)
{
    const int months = (to.year() - from.year()) * 12 + to.month() - from.month() + 1;
    int step = 1;
    for (int s : {1, 2, 3, 6, 12}) {
        step = s;
        if ((months + s - 1) / s <= 12)
            break;
    }
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    QFont font = axis->labelsFont();
    font.setPointSizeF(7.5);
    axis->setLabelsFont(font);
    auto ms = [](const QDate &day) { return qreal(QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch()); };
    const qreal end = qreal(QDateTime(to, QTime(23, 59)).toMSecsSinceEpoch());
    axis->setRange(ms(from), end);
    axis->setStartValue(ms(from));
    static const QLocale indonesian(QLocale::Indonesian, QLocale::Indonesia);
    // The blocks start in January, so that the same months carry a tick every year.
    QDate block(from.year(), from.month(), 1);
    while ((block.month() - 1) % step != 0)
        block = block.addMonths(-1);
    while (block <= to) {
        const QDate next = block.addMonths(step);
        axis->append(indonesian.toString(std::max(block, QDate(from.year(), from.month(), 1)), QStringLiteral("MMM yyyy")),
                     next > to ? end : ms(next));
        block = next;
    }
    return axis;
}

} // namespace

std::unique_ptr<QChart> ReportCharts::dailyVolume(const PerformanceReport &report)
{
    auto chart = newChart(tr("Kunjungan dan berkas selesai per hari"));
    auto *visits = new QLineSeries;
    visits->setName(tr("Kunjungan"));
    auto *done = new QLineSeries;
    done->setName(tr("Selesai"));
    int top = 1;
    for (const DailyCount &d : report.daily) {
        if (d.visits == 0 && d.done == 0)
            continue; // closed days: the lines join the working days
        const qreal x = qreal(QDateTime(d.day, QTime(12, 0)).toMSecsSinceEpoch());
        visits->append(x, d.visits);
        done->append(x, d.done);
        top = std::max({top, d.visits, d.done});
    }
    chart->addSeries(visits);
    chart->addSeries(done);
    QAbstractAxis *x = report.from.daysTo(report.to) > 62 ? monthAxis(report.from, report.to) : nullptr;
    if (!x) {
        auto *days = new QDateTimeAxis;
        days->setFormat(QStringLiteral("dd-MM"));
        days->setTickCount(std::min<int>(8, int(report.daily.size()) + 1));
        if (!report.daily.isEmpty())
            days->setRange(QDateTime(report.from, QTime(0, 0)), QDateTime(report.to, QTime(23, 59)));
        x = days;
    }
    auto *y = new QValueAxis;
    y->setRange(0, top);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *s : {visits, done}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    return chart;
}

std::unique_ptr<QChart> ReportCharts::metPercent(const PerformanceReport &report)
{
    auto chart = newChart(report.grouping == ReportGrouping::Service ? tr("Tepat janji per layanan (%)")
                                                                     : tr("Tepat janji per petugas (%)"));
    auto *set = new QBarSet(tr("Tepat janji (%)"));
    QStringList categories;
    for (const ReportRow &r : report.rows) {
        if (r.promisedDone() == 0) // none done, or none with a promise (Layanan lain)
            continue;
        categories << (report.grouping == ReportGrouping::Service ? r.key : r.title.section(QLatin1Char(' '), 0, 0));
        *set << r.metPercent();
    }
    auto *series = new QBarSeries;
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(3);
    series->setLabelsAngle(-90); // upright along the bar: narrow bars still show their figure
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    addBars(chart.get(), series, set, categories, 100);
    return chart;
}

QList<std::pair<QString, int>> ReportCharts::distribution(const QList<qint64> &seconds)
{
    // Bounds in working minutes; the last bucket is open.
    static const QList<int> bounds = {10, 20, 30, 45, 60, 120, 450, 2250};
    QList<std::pair<QString, int>> buckets;
    // Short labels ("<30": under 30 minutes, and at least the bound before; then hours
    // and working days of 7.5 hours), so that nine of them fit under a small chart.
    const QStringList labels = {QStringLiteral("<10"), QStringLiteral("<20"), QStringLiteral("<30"), QStringLiteral("<45"),
                                QStringLiteral("<60"), tr("<2j"), tr("<1h"), tr("<5h")};
    for (const QString &label : labels)
        buckets << std::pair(label, 0);
    buckets << std::pair(QString(QChar(0x2265)) + tr("5h"), 0); // at least five working days
    for (qint64 s : seconds) {
        const double minutes = double(s) / 60.0;
        qsizetype i = 0;
        while (i < bounds.size() && minutes >= bounds.at(i))
            ++i;
        buckets[i].second++;
    }
    return buckets;
}

std::unique_ptr<QChart> ReportCharts::serviceTimeDistribution(const PerformanceReport &report)
{
    auto chart = newChart(tr("Sebaran waktu layanan"));
    auto *set = new QBarSet(tr("Berkas"));
    QStringList categories;
    int top = 1;
    for (const auto &[label, count] : distribution(report.total.serviceSeconds)) {
        categories << label.toHtmlEscaped(); // axis labels are rich text: "<10" would vanish as a tag
        *set << count;
        top = std::max(top, count);
    }
    QBarCategoryAxis *x = addBars(chart.get(), new QBarSeries, set, categories, top);
    QFont small = x->labelsFont();
    small.setPointSizeF(7);
    x->setLabelsFont(small);
    x->setTitleFont(small);
    x->setTitleText(tr("menit; j = jam, h = hari kerja"));
    return chart;
}

QImage ReportCharts::render(QChart *chart, const QSize &size, qreal pixelRatio)
{
    QImage image(size * pixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(pixelRatio);
    image.fill(Qt::white);
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    scene.removeItem(chart);
    return image;
}
