#pragma once

#include "common/Result.h"
#include "print/DocumentPrinter.h"
#include "privacy/PersonRecord.h"
#include "settings/OfficeSettings.h"

#include <QCoreApplication>
#include <QTimeZone>

class QTextDocument;

// The A4 documents of personal data: a person's own data for the supervisor to hand
// over (PersonRecord), and the counter's sign "Pemberitahuan pelindungan data pribadi".
class PrivacyDocuments final
{
    Q_DECLARE_TR_FUNCTIONS(PrivacyDocuments)

public:
    static void buildPerson(QTextDocument &doc, const OfficeIdentity &office, const PersonData &data, const QTimeZone &zone, qreal basePt);
    static void buildNotice(QTextDocument &doc, const OfficeIdentity &office, int years, qreal basePt);

    static DocumentPrinter::Builder person(const OfficeIdentity &office, const PersonData &data, const QTimeZone &zone);
    static DocumentPrinter::Builder notice(const OfficeIdentity &office, int years);
    static DocumentPrinter::Options personOptions();
    static DocumentPrinter::Options noticeOptions();

    static Status writePersonPdf(const OfficeIdentity &office, const PersonData &data, const QTimeZone &zone, const QString &path);
    static Status writeNoticePdf(const OfficeIdentity &office, int years, const QString &path);
};
