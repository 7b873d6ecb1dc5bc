// The house rules of the source tree (issue 14), checked on every build: no core folder
// includes one that includes it back; no file in core/ over 600 lines; no SQLite-specific
// construct outside core/storage; no SQL in ui/ or app/.
#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace {

QStringList sources(const QString &folder)
{
    QStringList files;
    QDirIterator it(QStringLiteral(LOKET_SOURCE_DIR "/") + folder, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

QString text(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

QString coreFolderOf(const QString &path)
{
    return QDir(QStringLiteral(LOKET_SOURCE_DIR "/core")).relativeFilePath(path).section(QLatin1Char('/'), 0, 0);
}

} // namespace

TEST_CASE("no core folder includes a folder that includes it back", "[house]")
{
    QHash<QString, QSet<QString>> uses;
    static const QRegularExpression include(QStringLiteral("#include \"([a-z]+)/"));
    for (const QString &file : sources(QStringLiteral("core"))) {
        const QString folder = coreFolderOf(file);
        auto it = include.globalMatch(text(file));
        while (it.hasNext()) {
            const QString used = it.next().captured(1);
            if (used != folder)
                uses[folder].insert(used);
        }
    }
    auto reaches = [&](const QString &from, const QString &to) {
        QSet<QString> seen;
        QStringList stack{from};
        while (!stack.isEmpty()) {
            const QString f = stack.takeLast();
            for (const QString &u : uses.value(f)) {
                if (u == to)
                    return true;
                if (!seen.contains(u)) {
                    seen.insert(u);
                    stack << u;
                }
            }
        }
        return false;
    };
    QStringList cycles;
    for (auto it = uses.cbegin(); it != uses.cend(); ++it)
        for (const QString &used : it.value())
            if (reaches(used, it.key()))
                cycles << it.key() + QStringLiteral(" -> ") + used;
    cycles.sort();
    INFO(cycles.join(QStringLiteral("; ")).toStdString());
    CHECK(cycles.isEmpty());
}

TEST_CASE("no file in core/ is over 600 lines", "[house]")
{
    QStringList long_;
    for (const QString &file : sources(QStringLiteral("core")))
        if (const qsizetype lines = text(file).count(QLatin1Char('\n')); lines > 600)
            long_ << QStringLiteral("%1 (%2)").arg(file).arg(lines);
    INFO(long_.join(QStringLiteral("; ")).toStdString());
    CHECK(long_.isEmpty());
}

TEST_CASE("engine-specific constructs live in core/storage, ui/ and app/ hold no SQL", "[house]")
{
    static const QRegularExpression sqlite(QStringLiteral("sqlite3_|PRAGMA|json_each|INSERT OR|ON CONFLICT|COLLATE|instr\\(|strpos|PQ[a-z]+\\(|timestamptz|jsonb"));
    static const QRegularExpression sql(QStringLiteral("\\b(SELECT|INSERT INTO|UPDATE [a-z_]+ SET|DELETE FROM)\\b"));
    QStringList found;
    for (const QString &file : sources(QStringLiteral("core"))) {
        if (coreFolderOf(file) != QLatin1String("storage") && sqlite.match(text(file)).hasMatch())
            found << file;
    }
    for (const QString &folder : {QStringLiteral("ui"), QStringLiteral("app")})
        for (const QString &file : sources(folder))
            if (sql.match(text(file)).hasMatch() || sqlite.match(text(file)).hasMatch())
                found << file;
    INFO(found.join(QStringLiteral("; ")).toStdString());
    CHECK(found.isEmpty());
}

TEST_CASE("each table has one writer in core", "[house]")
{
    static const QRegularExpression write(QStringLiteral(
        "(?:INSERT INTO|UPDATE|DELETE FROM) ([a-z_]+)|(?:upsert|insertIgnoringDuplicates)\\(QStringLiteral\\(\"([a-z_]+)\"\\)"));
    QHash<QString, QSet<QString>> writers;
    for (const QString &file : sources(QStringLiteral("core"))) {
        if (file.contains(QLatin1String("/storage/SqlDialect.")) || file.contains(QLatin1String("/storage/PgDialect."))
            || file.contains(QLatin1String("/storage/Database.")) || file.contains(QLatin1String("/storage/DatabaseCopy.")))
            continue; // the builders, the migration runner (schema_version) and the copy of a whole database
        auto it = write.globalMatch(text(file));
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const QString table = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
            writers[table].insert(QFileInfo(file).completeBaseName());
        }
    }
    QStringList shared;
    for (auto it = writers.cbegin(); it != writers.cend(); ++it)
        if (it.value().size() != 1)
            shared << it.key() + QStringLiteral(": ") + QStringList(it.value().values()).join(QStringLiteral(", "));
    INFO(shared.join(QStringLiteral("; ")).toStdString());
    CHECK(shared.isEmpty());
    CHECK(writers.value(QStringLiteral("applications")) == QSet<QString>{QStringLiteral("ApplicationTable")});
    CHECK(writers.value(QStringLiteral("events")) == QSet<QString>{QStringLiteral("EventLog")});
    CHECK(writers.value(QStringLiteral("settings")) == QSet<QString>{QStringLiteral("OfficeSettings")});
    INFO(QStringList(writers.keys()).join(QStringLiteral(", ")).toStdString());
    CHECK(writers.size() >= 13);
}
