#pragma once

#include "common/Result.h"
#include "settings/OfficeSettings.h"
#include "survey/IkmUnitReport.h"

#include <QCoreApplication>
#include <QDate>

class QTextDocument;

// The IKM report on portrait A4 with the office's letterhead and the Kepala Bagian's
// signature (PermenPAN-RB 14/2017): the unit's NRR per element, weighted NRR and IKM,
// the IKM per service, the sample per service, the respondents' profile, the categories.
// Every figure is IkmReportFormat's, as on the screen and on the command line.
class IkmDocument final
{
    Q_DECLARE_TR_FUNCTIONS(IkmDocument)

public:
    IkmDocument() = delete;

    // `signedOn`: the date above the signature.
    static void build(QTextDocument &doc, const IkmUnitReport &report, const OfficeIdentity &office, const QDate &signedOn, qreal basePt);
    static Status writePdf(const IkmUnitReport &report, const OfficeIdentity &office, const QDate &signedOn, const QString &path);
};
