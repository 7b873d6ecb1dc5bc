#pragma once

#include "storage/SqlQuery.h"

#include <QSqlDatabase>
#include <QString>

class PgSession;

// The statements an action is about to run, sent to a PostgreSQL server together with its
// first statement that waits for an answer (one round trip for all), their rows kept for
// the SqlQuery that then runs the same text with the same values (issue 16; docs/
// architecture.md, "Round trips"). The owners of the statements give them out
// (VisitTable::nextSequenceStatement, ...), so the text is written once.
//
// A row read ahead is what the statement would read at that moment. It is kept while the
// ReadAhead (the outermost one) lives and no statement of this connection changed its
// table, and never past the end of a write transaction. Inside a write transaction (the
// write lock held) that is exactly what the statement itself would read later; outside
// one, another desk may write in between, as it may between any two statements.
// On SQLite, where nothing waits for a server, a ReadAhead does nothing: every statement
// runs when it is run.
class ReadAhead final
{
public:
    explicit ReadAhead(QSqlDatabase &db);
    ~ReadAhead();
    ReadAhead(const ReadAhead &) = delete;
    ReadAhead &operator=(const ReadAhead &) = delete;

    ReadAhead &add(const SqlStatement &statement);
    // An id for the next row of `table` (a plain identifier, Loket's own): on a server a
    // value of the table's identity sequence taken now, which an INSERT ... RETURNING id
    // of that table in this action then takes, so that it need not wait for its id (an
    // id not used is skipped, as an INSERT rolled back skips one). Nothing on SQLite.
    ReadAhead &reserveId(const QString &table);

private:
    PgSession *m_pg;
};
