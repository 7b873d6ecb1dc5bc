#pragma once

#include "accounts/User.h"
#include "applications/Application.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

// What can be done to a file, by whom and from which status: the one rule that the
// workflow checks before every change and that the buttons and receipts ask.
enum class FileAction {
    StartChecking, // registered -> checking
    Accept,        // checking -> accepted (then queued)
    Return,        // checking / sent back -> returned (the return slip)
    Recheck,       // sent back -> checking
    Discretion,    // Pasal 6: accepted although incomplete
    Claim,         // queued -> in progress
    Release,       // in progress -> queued
    Complete,      // in progress -> done
    SendBack,      // in progress -> sent back to the helpdesk
    Pause,         // in progress -> paused
    Resume,        // paused -> in progress
    Cancel,        // any open status -> cancelled
};

class FileActions final
{
    Q_DECLARE_TR_FUNCTIONS(FileActions)

public:
    explicit FileActions(QSqlDatabase &sql) : m_sql(sql) {}

    static const QList<FileAction> &all();
    // The status the action leaves the file in, and the event kind that records it.
    static ApplicationStatus target(FileAction action);
    static QString eventKind(FileAction action);
    static const QList<ApplicationStatus> &from(FileAction action);

    // Whether `actor` may do `action` to `file` now; the refusal says why, in the
    // officer's words.
    Status check(const User &actor, const Application &file, FileAction action);
    // Everything `actor` may do to `file` now, in the order of all().
    QList<FileAction> allowed(const User &actor, const Application &file);

    // The account's permission for the action on its own (the helpdesk's actions ask it
    // before they read their input).
    Status permission(const User &actor, FileAction action);
    // The role rules on their own (the file's handling role; the officer who claimed it).
    Status requireHandler(const User &actor, const Application &file);
    Status requireClaimer(const User &actor, const Application &file);

private:
    Status party(const User &actor, const Application &file, FileAction action);

    QSqlDatabase &m_sql;
};
