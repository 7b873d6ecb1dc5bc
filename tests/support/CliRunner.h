#pragma once

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <grp.h>
#include <unistd.h>

struct CliResult
{
    int exitCode = -1; // -1: crashed, or killed after the timeout
    QString out;
    QString err;
    bool timedOut = false;
    qint64 ms = 0;
};

// Runs the real loket binary headless, optionally feeding standard input.
inline CliResult runLoket(const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("minimal"));
    env.insert(QStringLiteral("TZ"), QStringLiteral("Asia/Makassar"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(LOKET_BINARY), args);
    p.waitForStarted();
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    CliResult r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// A run with more control: a home of its own (HOME and the XDG folders under it, so
// that the default database path is inside it), a timeout after which the process is
// killed (a GUI started by mistake must not hang a test), and, when the tests run as
// root, the process run as "nobody" so that file permissions apply to it.
struct CliRun
{
    QStringList args;
    QByteArray input;
    QString home;              // empty: the caller's environment
    bool unprivileged = false; // as root: setuid(nobody); as anyone else: no change
    int timeoutMs = 20000;
    QString platform = QStringLiteral("minimal");
    QStringList extraEnv;      // "NAME=value"
};

constexpr uid_t kNobody = 65534;

// The account the unprivileged runs use (for chown in tests); the current one when not root.
inline uid_t unprivilegedUid()
{
    return geteuid() == 0 ? kNobody : geteuid();
}

inline CliResult runLoketWith(const CliRun &run)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), run.platform);
    env.insert(QStringLiteral("TZ"), QStringLiteral("Asia/Makassar"));
    if (!run.home.isEmpty()) {
        env.insert(QStringLiteral("HOME"), run.home);
        env.insert(QStringLiteral("XDG_DATA_HOME"), run.home + QStringLiteral("/.local/share"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), run.home + QStringLiteral("/.config"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), run.home + QStringLiteral("/.cache"));
    }
    for (const QString &kv : run.extraEnv)
        env.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    p.setProcessEnvironment(env);
    if (run.unprivileged && geteuid() == 0)
        p.setChildProcessModifier([] {
            // In the child, between fork and exec: only async-signal-safe calls.
            if (setgroups(0, nullptr) != 0 || setgid(kNobody) != 0 || setuid(kNobody) != 0)
                _exit(127);
        });
    QElapsedTimer clock;
    clock.start();
    p.start(QStringLiteral(LOKET_BINARY), run.args);
    p.waitForStarted();
    if (!run.input.isEmpty())
        p.write(run.input);
    p.closeWriteChannel();
    CliResult r;
    if (!p.waitForFinished(run.timeoutMs)) {
        r.timedOut = true;
        p.kill();
        p.waitForFinished(5000);
    }
    r.ms = clock.elapsed();
    r.exitCode = !r.timedOut && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// Whether an unprivileged run reaches the binary at all: a checkout inside a private
// folder (a home of mode 700) is closed to "nobody". Tests that need such runs say so
// and stop there instead of failing on the machine's layout.
inline bool unprivilegedRunsPossible()
{
    if (geteuid() != 0)
        return true;
    CliRun probe;
    probe.args = {QStringLiteral("--version")};
    probe.unprivileged = true;
    return runLoketWith(probe).exitCode == 0;
}

// Every file and folder under `dir`, relative to it (to prove that nothing was created).
inline QStringList filesUnder(const QString &dir)
{
    QStringList found;
    QDir root(dir);
    const QFileInfoList entries = root.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    for (const QFileInfo &e : entries) {
        found << root.relativeFilePath(e.filePath());
        if (e.isDir() && !e.isSymLink())
            for (const QString &sub : filesUnder(e.filePath()))
                found << root.relativeFilePath(e.filePath()) + QLatin1Char('/') + sub;
    }
    return found;
}
