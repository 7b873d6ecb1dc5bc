#pragma once

#include <QList>
#include <QString>

// The stages of a complaint (each service's annex, item 6): received, administrative
// check, internal/external coordination, responded, finished with a resolution; or
// refused because it came more than 30 days after the service.
enum class ComplaintStage { Received, AdministrativeCheck, Coordination, Responded, Finished, Refused };

namespace ComplaintStages {

const QList<ComplaintStage> &all();
// "diterima", "cek_administrasi", "koordinasi", "ditanggapi", "selesai", "ditolak"
QString key(ComplaintStage stage);
bool fromKey(const QString &key, ComplaintStage *stage);
QString title(ComplaintStage stage); // Indonesian, translated
bool isFinal(ComplaintStage stage);
// Forward one step at a time; refusal from any open stage; nothing leaves a final stage.
bool canMove(ComplaintStage from, ComplaintStage to);

} // namespace ComplaintStages

enum class WindowDecision;

namespace WindowDecisions {

// "", "accepted_late", "refused": the stored decision on a complaint flagged late.
QString key(WindowDecision decision);
WindowDecision fromKey(const QString &key);

} // namespace WindowDecisions
