#pragma once

#include "print/DocumentPrinter.h"
#include "settings/OfficeSettings.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTimeZone>

struct ClockTimeline;

// The A4 annex to a complaint about a late file: the file's whole clock as evidence
// (LateFile::annexLines), under the letterhead, with the complaint's number.
class LateFileAnnex final
{
    Q_DECLARE_TR_FUNCTIONS(LateFileAnnex)

public:
    static DocumentPrinter::Builder builder(const OfficeIdentity &office, const QString &complaintNumber, const QStringList &lines);
};
