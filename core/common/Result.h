#pragma once

#include <QString>

#include <optional>
#include <utility>

// One error style across core: an operation returns a value or a user-facing message
// (already translated), never throws.
template<typename T>
class [[nodiscard]] Result final
{
public:
    Result(T value) : m_value(std::move(value)) {}
    static Result failure(QString message)
    {
        Result r;
        r.m_error = std::move(message);
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    // By value, so that `for (x : f().value())` does not dangle.
    T value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const T &operator*() const { return *m_value; }
    const QString &error() const { return m_error; }

private:
    Result() = default;
    std::optional<T> m_value;
    QString m_error;
};

// For operations with nothing to return.
class [[nodiscard]] Status final
{
public:
    Status() = default;
    static Status success() { return {}; }
    static Status failure(QString message)
    {
        Status s;
        s.m_error = std::move(message);
        s.m_failed = true;
        return s;
    }
    // A failure because another process holds the database for the moment: the whole
    // write transaction may be tried again (runWriteTransaction).
    static Status busy(QString message)
    {
        Status s = failure(std::move(message));
        s.m_busy = true;
        return s;
    }
    template<typename T>
    static Status from(const Result<T> &r) { return r.ok() ? success() : failure(r.error()); }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }
    bool isBusy() const { return m_busy; }

private:
    QString m_error;
    bool m_failed = false;
    bool m_busy = false;
};
