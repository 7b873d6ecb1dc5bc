#include "calendar/IcsImporter.h"

#include "common/FileSize.h"

#include <QMap>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace {

constexpr int kMaxDepth = 16;
constexpr qsizetype kMaxNameLength = 200;

struct IcsDate
{
    QDate date;
    bool hasTime = false;
};

struct EventState
{
    int beginLine = 0;
    std::optional<IcsDate> start;
    std::optional<IcsDate> end;
    std::optional<int> durationDays;
    int endLine = 0;
    QString summary;
    bool hasSummary = false;
    std::optional<Holiday::Kind> categoryKind; // from CATEGORIES; cuti bersama wins over the others
    bool cancelled = false;
};

// An error already phrased for the user, with its line.
struct Failure
{
    int line = 0;
    QString text;
};

QString shortened(const QString &value)
{
    return value.size() > 40 ? value.left(40) + QStringLiteral("...") : value;
}

QString unescapeText(QStringView value)
{
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c != QLatin1Char('\\') || i + 1 == value.size()) {
            out += c;
            continue;
        }
        const QChar next = value.at(++i);
        if (next == QLatin1Char('n') || next == QLatin1Char('N'))
            out += QLatin1Char('\n');
        else if (next == QLatin1Char('\\') || next == QLatin1Char(';') || next == QLatin1Char(','))
            out += next;
        else
            out += QStringView(value).mid(i - 1, 2);
    }
    return out;
}

// Splits a TEXT list on commas that are not escaped.
QStringList splitTextList(const QString &value)
{
    QStringList parts;
    qsizetype from = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) == QLatin1Char('\\')) {
            ++i;
        } else if (value.at(i) == QLatin1Char(',')) {
            parts << unescapeText(QStringView(value).mid(from, i - from));
            from = i + 1;
        }
    }
    parts << unescapeText(QStringView(value).mid(from));
    return parts;
}

std::optional<IcsDate> parseDate(const QString &value)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})(?:T(\\d{2})(\\d{2})(\\d{2})Z?)?$"));
    const QRegularExpressionMatch m = re.match(value.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    IcsDate d;
    d.date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!d.date.isValid())
        return std::nullopt;
    d.hasTime = m.lastCapturedIndex() >= 4;
    if (d.hasTime && (m.captured(4).toInt() > 23 || m.captured(5).toInt() > 59 || m.captured(6).toInt() > 60))
        return std::nullopt;
    return d;
}

// Whole days of a DURATION ("P2D", "P1W", "P1DT0H0M0S"); the time part does not add days.
std::optional<int> parseDurationDays(const QString &value)
{
    static const QRegularExpression re(
        QStringLiteral("^\\+?P(?:(\\d{1,6})W)?(?:(\\d{1,6})D)?(?:T(?:\\d{1,6}H)?(?:\\d{1,6}M)?(?:\\d{1,6}S)?)?$"));
    const QString v = value.trimmed();
    const QRegularExpressionMatch m = re.match(v);
    if (!m.hasMatch() || v == QLatin1String("P") || v == QLatin1String("+P") || v.endsWith(QLatin1Char('T')))
        return std::nullopt;
    return m.captured(1).toInt() * 7 + m.captured(2).toInt();
}

// The kind a CATEGORIES value names, if any.
std::optional<Holiday::Kind> categoryKind(const QString &category)
{
    const QString c = category.simplified().toLower();
    if (c.contains(QLatin1String("cuti")))
        return Holiday::Kind::CutiBersama;
    static const QStringList national = {QStringLiteral("nasional"), QStringLiteral("libur nasional"), QStringLiteral("hari libur nasional"),
                                         QStringLiteral("national"), QStringLiteral("national holiday"), QStringLiteral("public holiday")};
    static const QStringList local = {QStringLiteral("lokal"), QStringLiteral("libur lokal"), QStringLiteral("local"),
                                      QStringLiteral("local holiday"), QStringLiteral("daerah"), QStringLiteral("libur daerah")};
    if (national.contains(c))
        return Holiday::Kind::National;
    if (local.contains(c))
        return Holiday::Kind::Local;
    return std::nullopt;
}

// The kind a SUMMARY starts with, if any ("Cuti Bersama Idul Fitri", "Libur Nasional: ...").
std::optional<Holiday::Kind> summaryKind(const QString &summary)
{
    const QString s = summary.simplified();
    auto starts = [&](const char *prefix) { return s.startsWith(QLatin1String(prefix), Qt::CaseInsensitive); };
    if (starts("cuti bersama"))
        return Holiday::Kind::CutiBersama;
    if (starts("libur nasional") || starts("hari libur nasional"))
        return Holiday::Kind::National;
    if (starts("libur lokal") || starts("libur daerah"))
        return Holiday::Kind::Local;
    return std::nullopt;
}

class Parser
{
public:
    std::optional<Failure> line(int number, const QByteArray &bytes);
    std::optional<Failure> finish();
    QList<IcsImporter::Day> days() const { return m_days.values(); }

private:
    std::optional<Failure> endEvent();
    std::optional<Failure> eventProperty(int line, const QString &name, const QString &value);

    QStringList m_stack;
    QList<int> m_stackLines;
    bool m_sawCalendar = false;
    int m_lastLine = 1;
    int m_events = 0;
    EventState m_event;
    QMap<QDate, IcsImporter::Day> m_days;
};

std::optional<Failure> Parser::line(int number, const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    if (text.trimmed().isEmpty())
        return std::nullopt;
    m_lastLine = number;

    // name *(";" param) ":" value, where a quoted parameter value may hold ':' or ';'.
    qsizetype nameEnd = 0;
    while (nameEnd < text.size() && text.at(nameEnd) != QLatin1Char(';') && text.at(nameEnd) != QLatin1Char(':'))
        ++nameEnd;
    qsizetype colon = nameEnd;
    bool quoted = false;
    while (colon < text.size() && (quoted || text.at(colon) != QLatin1Char(':'))) {
        if (text.at(colon) == QLatin1Char('"'))
            quoted = !quoted;
        ++colon;
    }
    static const QRegularExpression nameRe(QStringLiteral("^[A-Za-z0-9-]+$"));
    const QString name = text.left(nameEnd).toUpper();
    const bool wellFormed = colon < text.size() && nameRe.match(name).hasMatch();
    const QString value = wellFormed ? text.mid(colon + 1) : QString();

    if (m_stack.isEmpty()) {
        if (!wellFormed || name != QLatin1String("BEGIN") || value.trimmed().toUpper() != QLatin1String("VCALENDAR"))
            return Failure{number, IcsImporter::tr("bukan berkas iCalendar: diharapkan BEGIN:VCALENDAR.")};
        m_sawCalendar = true;
        m_stack << QStringLiteral("VCALENDAR");
        m_stackLines << number;
        return std::nullopt;
    }

    if (!wellFormed)
        return Failure{number, IcsImporter::tr("bukan baris iCalendar yang sah (\"%1\").").arg(shortened(text))};
    if (name == QLatin1String("BEGIN")) {
        const QString component = value.trimmed().toUpper();
        if (component == QLatin1String("VCALENDAR"))
            return Failure{number, IcsImporter::tr("BEGIN:VCALENDAR di dalam kalender lain.")};
        if (m_stack.size() >= kMaxDepth)
            return Failure{number, IcsImporter::tr("komponen bersarang terlalu dalam.")};
        if (component == QLatin1String("VEVENT")) {
            if (m_stack.last() != QLatin1String("VCALENDAR"))
                return Failure{number, IcsImporter::tr("VEVENT harus langsung di dalam VCALENDAR.")};
            if (++m_events > IcsImporter::kMaxEvents)
                return Failure{number, IcsImporter::tr("terlalu banyak acara (paling banyak %1).").arg(IcsImporter::kMaxEvents)};
            m_event = EventState{};
            m_event.beginLine = number;
        }
        m_stack << component;
        m_stackLines << number;
        return std::nullopt;
    }
    if (name == QLatin1String("END")) {
        const QString component = value.trimmed().toUpper();
        if (component != m_stack.last())
            return Failure{number, IcsImporter::tr("END:%1 tidak cocok dengan BEGIN:%2 di baris %3.")
                                       .arg(shortened(component), shortened(m_stack.last()))
                                       .arg(m_stackLines.last())};
        if (component == QLatin1String("VEVENT"))
            if (auto failure = endEvent())
                return failure;
        m_stack.removeLast();
        m_stackLines.removeLast();
        return std::nullopt;
    }
    if (m_stack.last() == QLatin1String("VEVENT"))
        return eventProperty(number, name, value);
    return std::nullopt;
}

std::optional<Failure> Parser::eventProperty(int line, const QString &name, const QString &value)
{
    if (name == QLatin1String("DTSTART") || name == QLatin1String("DTEND")) {
        std::optional<IcsDate> &slot = name == QLatin1String("DTSTART") ? m_event.start : m_event.end;
        if (slot)
            return Failure{line, IcsImporter::tr("%1 muncul dua kali dalam satu acara.").arg(name)};
        slot = parseDate(value);
        if (!slot)
            return Failure{line, IcsImporter::tr("tanggal \"%1\" pada %2 tidak bisa dibaca (harus TTTTBBHH atau TTTTBBHHTjjmmdd).")
                                     .arg(shortened(value), name)};
        if (name == QLatin1String("DTEND"))
            m_event.endLine = line;
    } else if (name == QLatin1String("DURATION")) {
        m_event.durationDays = parseDurationDays(value);
        if (!m_event.durationDays)
            return Failure{line, IcsImporter::tr("DURATION \"%1\" tidak bisa dibaca.").arg(shortened(value))};
        m_event.endLine = line;
    } else if (name == QLatin1String("SUMMARY")) {
        if (!m_event.hasSummary) {
            m_event.summary = unescapeText(value).trimmed();
            m_event.hasSummary = true;
        }
    } else if (name == QLatin1String("CATEGORIES")) {
        for (const QString &category : splitTextList(value)) {
            const std::optional<Holiday::Kind> kind = categoryKind(category);
            if (kind && (!m_event.categoryKind || *kind == Holiday::Kind::CutiBersama))
                m_event.categoryKind = kind;
        }
    } else if (name == QLatin1String("STATUS")) {
        m_event.cancelled = value.trimmed().compare(QLatin1String("CANCELLED"), Qt::CaseInsensitive) == 0;
    }
    return std::nullopt;
}

std::optional<Failure> Parser::endEvent()
{
    const EventState &e = m_event;
    if (!e.start)
        return Failure{e.beginLine, IcsImporter::tr("acara yang dimulai di sini tidak punya DTSTART.")};
    if (e.cancelled)
        return std::nullopt;
    int days = 1;
    if (!e.start->hasTime) {
        if (e.end) {
            const qint64 span = e.start->date.daysTo(e.end->date);
            if (span < 0)
                return Failure{e.endLine, IcsImporter::tr("DTEND sebelum DTSTART.")};
            days = int(std::clamp<qint64>(span, 1, IcsImporter::kMaxEventDays + 1));
        } else if (e.durationDays) {
            days = std::clamp(*e.durationDays, 1, IcsImporter::kMaxEventDays + 1);
        }
        if (days > IcsImporter::kMaxEventDays)
            return Failure{e.endLine, IcsImporter::tr("acara lebih dari %1 hari; bukan hari libur.").arg(IcsImporter::kMaxEventDays)};
    }
    IcsImporter::Day d;
    Holiday &h = d.holiday;
    h.name = e.summary.left(kMaxNameLength).trimmed();
    if (h.name.isEmpty())
        h.name = IcsImporter::tr("Hari libur");
    // Cuti bersama named anywhere wins; otherwise the categories, then the summary.
    std::optional<Holiday::Kind> kind = summaryKind(e.summary);
    if (e.categoryKind && (*e.categoryKind == Holiday::Kind::CutiBersama || kind != Holiday::Kind::CutiBersama))
        kind = e.categoryKind;
    d.kindFromFile = kind.has_value();
    h.kind = kind.value_or(Holiday::Kind::National);
    for (int i = 0; i < days; ++i) {
        h.date = e.start->date.addDays(i);
        if (!m_days.contains(h.date))
            m_days.insert(h.date, d);
    }
    return std::nullopt;
}

std::optional<Failure> Parser::finish()
{
    if (!m_sawCalendar)
        return Failure{1, IcsImporter::tr("berkas kosong, bukan iCalendar.")};
    if (!m_stack.isEmpty())
        return Failure{m_lastLine, IcsImporter::tr("berkas terpotong: BEGIN:%1 di baris %2 tidak ditutup dengan END:%1.")
                                     .arg(m_stack.last())
                                     .arg(m_stackLines.last())};
    return std::nullopt;
}

} // namespace

Result<QList<IcsImporter::Day>> IcsImporter::read(const QByteArray &ics)
{
    using R = Result<QList<Day>>;
    if (ics.size() > kMaxBytes)
        return R::failure(tr("Berkas iCalendar terlalu besar (%1; paling besar %2).").arg(FileSize::text(ics.size()), FileSize::text(kMaxBytes)));
    auto failed = [](const Failure &f) { return R::failure(tr("Berkas iCalendar, baris %1: %2").arg(f.line).arg(f.text)); };

    Parser parser;
    // Unfolding works on bytes: a fold may split a UTF-8 sequence.
    QByteArray logical;
    int logicalLine = 0;
    int physical = 0;
    qsizetype pos = ics.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (pos <= ics.size()) {
        qsizetype end = ics.indexOf('\n', pos);
        const bool last = end < 0;
        if (last)
            end = ics.size();
        QByteArrayView bytes(ics.constData() + pos, end - pos);
        if (bytes.endsWith('\r'))
            bytes.chop(1);
        ++physical;
        if (!bytes.isEmpty() && (bytes.front() == ' ' || bytes.front() == '\t') && logicalLine > 0) {
            logical.append(bytes.sliced(1));
        } else {
            if (logicalLine > 0)
                if (const auto failure = parser.line(logicalLine, logical))
                    return failed(*failure);
            logical = bytes.toByteArray();
            logicalLine = physical;
        }
        if (last)
            break;
        pos = end + 1;
    }
    if (logicalLine > 0)
        if (const auto failure = parser.line(logicalLine, logical))
            return failed(*failure);
    if (const auto failure = parser.finish())
        return failed(*failure);
    return parser.days();
}

Result<QList<Holiday>> IcsImporter::parse(const QByteArray &ics, Holiday::Kind defaultKind)
{
    const Result<QList<Day>> days = read(ics);
    if (!days)
        return Result<QList<Holiday>>::failure(days.error());
    QList<Holiday> holidays;
    holidays.reserve(days->size());
    for (const Day &d : days.value()) {
        holidays << d.holiday;
        if (!d.kindFromFile)
            holidays.last().kind = defaultKind;
    }
    return holidays;
}
