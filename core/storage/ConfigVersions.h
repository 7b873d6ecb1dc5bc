#pragma once

#include "common/Result.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

// What a reader may keep parsed between two reads (migration 0007).
enum class ConfigTopic { Calendar, Catalog, Settings };

// The version of each topic, bumped by the topic's writer in the same transaction as
// its change. The only writer of config_versions.
class Database;

class ConfigVersions final
{
    Q_DECLARE_TR_FUNCTIONS(ConfigVersions)

public:
    explicit ConfigVersions(Database &db) : m_db(db) {}

    // 0 on a file opened for reading only whose schema predates the versions.
    Result<qint64> current(ConfigTopic topic);
    // The statement current() runs, for a ReadAhead.
    static SqlStatement currentStatement(ConfigTopic topic);
    Status bump(ConfigTopic topic);

private:
    Database &m_db;
};

// A value parsed from the database and kept while its topic's version stays: every
// reader of the calendar, the catalogue and the settings follows this one rule.
template<typename T>
class VersionedCache final
{
public:
    explicit VersionedCache(ConfigTopic topic) : m_topic(topic) {}

    // The kept value, or the value `load` gives when the version moved since it was kept
    // (or nothing is kept yet). A failed load keeps nothing: the next call tries again.
    Result<const T *> get(Database &db, const std::function<Result<T>()> &load)
    {
        const Result<qint64> version = ConfigVersions(db).current(m_topic);
        if (!version)
            return Result<const T *>::failure(version.error());
        if (!m_value || m_version != version.value()) {
            Result<T> loaded = load();
            if (!loaded) {
                m_value.reset();
                return Result<const T *>::failure(loaded.error());
            }
            m_value = std::move(loaded).value();
            m_version = version.value();
        }
        return &*m_value;
    }
    // The version of the kept value (0: nothing kept yet).
    qint64 version() const { return m_value ? m_version : 0; }
    // The kept value as it is, its version not asked again (nullptr: nothing kept): for
    // a value the caller checked itself moments ago, or a guess to read ahead with.
    const T *kept() const { return m_value ? &*m_value : nullptr; }

private:
    ConfigTopic m_topic;
    qint64 m_version = 0;
    std::optional<T> m_value;
};
