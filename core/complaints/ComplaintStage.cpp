#include "complaints/ComplaintStage.h"

#include "complaints/Complaint.h"

#include <QCoreApplication>

namespace ComplaintStages {

using S = ComplaintStage;

const QList<ComplaintStage> &all()
{
    static const QList<S> list = {S::Received, S::AdministrativeCheck, S::Coordination, S::Responded, S::Finished, S::Refused};
    return list;
}

QString key(S stage)
{
    switch (stage) {
    case S::Received: return QStringLiteral("diterima");
    case S::AdministrativeCheck: return QStringLiteral("cek_administrasi");
    case S::Coordination: return QStringLiteral("koordinasi");
    case S::Responded: return QStringLiteral("ditanggapi");
    case S::Finished: return QStringLiteral("selesai");
    case S::Refused: return QStringLiteral("ditolak");
    }
    return {};
}

bool fromKey(const QString &k, S *stage)
{
    for (S s : all()) {
        if (key(s) == k) {
            *stage = s;
            return true;
        }
    }
    return false;
}

QString title(S stage)
{
    switch (stage) {
    case S::Received: return QCoreApplication::translate("ComplaintStage", "Diterima");
    case S::AdministrativeCheck: return QCoreApplication::translate("ComplaintStage", "Cek administrasi");
    case S::Coordination: return QCoreApplication::translate("ComplaintStage", "Koordinasi internal/eksternal");
    case S::Responded: return QCoreApplication::translate("ComplaintStage", "Ditanggapi");
    case S::Finished: return QCoreApplication::translate("ComplaintStage", "Selesai");
    case S::Refused: return QCoreApplication::translate("ComplaintStage", "Ditolak");
    }
    return {};
}

bool isFinal(S stage)
{
    return stage == S::Finished || stage == S::Refused;
}

bool canMove(S from, S to)
{
    if (isFinal(from))
        return false;
    if (to == S::Refused)
        return true;
    return all().indexOf(to) == all().indexOf(from) + 1;
}

} // namespace ComplaintStages

namespace WindowDecisions {

QString key(WindowDecision w)
{
    switch (w) {
    case WindowDecision::None: return {};
    case WindowDecision::AcceptedLate: return QStringLiteral("accepted_late");
    case WindowDecision::Refused: return QStringLiteral("refused");
    }
    return {};
}

WindowDecision fromKey(const QString &key)
{
    if (key == QLatin1String("accepted_late"))
        return WindowDecision::AcceptedLate;
    if (key == QLatin1String("refused"))
        return WindowDecision::Refused;
    return WindowDecision::None;
}

} // namespace WindowDecisions
