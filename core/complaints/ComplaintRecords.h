#pragma once

#include "common/Result.h"
#include "complaints/Complaint.h"

#include <QSqlDatabase>

// A row of `complaints` as a whole: the complaint as received and as far as it has come
// (its stage, acknowledgement, coordination note, response and resolution), for a writer
// that builds finished records itself (the demo history). Nothing is checked and no event
// is written; the caller's write transaction holds it.
//
// Meant to move into the complaint writer class (ComplaintStore, being split) so that
// `complaints` has one writer. The number is ComplaintStore::formatNumber(year, sequence).
// The 30-day window decision (window_decision, window_reason) is not written: a written
// record has none ('' as a new complaint's); its key is ComplaintStore.cpp's windowKey().
namespace ComplaintRecords {

// `sequence` is the complaint's number within the year of its received date.
Result<qint64> insert(QSqlDatabase &sql, const Complaint &complaint, int sequence);

} // namespace ComplaintRecords
