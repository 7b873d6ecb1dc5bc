#pragma once

#include "catalog/Service.h"
#include "common/Result.h"
#include "print/DocumentPrinter.h"
#include "settings/OfficeSettings.h"

#include <QCoreApplication>
#include <QDate>

class QTextDocument;

// The documents the regulation wants on the wall, as A4 posters: the Maklumat
// Pelayanan (Pasal 7) and the Standar Pelayanan of each service with its 14
// components (Pasal 5).
class PublicDocuments final
{
    Q_DECLARE_TR_FUNCTIONS(PublicDocuments)

public:
    // The pledge from the settings (each line a statement), the office, place and
    // date, and the Kepala Bagian's name and NIP under the signature space.
    static void buildMaklumat(QTextDocument &doc, const OfficeIdentity &office, const QDate &date, qreal basePt);
    // `regulation` names the catalogue version and its legal source (CatalogStore::describe:
    // "Katalog versi 2, berlaku sejak 01-01-2027, Perwali ...").
    static void buildStandar(QTextDocument &doc, const OfficeIdentity &office, const Service &service, const QString &regulation,
                             qreal basePt);

    // The sheets they print on: A4 with narrow margins.
    static PaperProfile posterPaper();
    static PaperProfile boardPaper();

    static DocumentPrinter::Builder maklumat(const OfficeIdentity &office, const QDate &date);
    static DocumentPrinter::Builder standar(const OfficeIdentity &office, const Service &service, const QString &regulation);
    // Both fit on one A4 sheet: the font shrinks for long texts.
    static DocumentPrinter::Options maklumatOptions();
    static DocumentPrinter::Options standarOptions(const Service &service);

    static Status writeMaklumatPdf(const OfficeIdentity &office, const QDate &date, const QString &path);
    static Status writeStandarPdf(const OfficeIdentity &office, const Service &service, const QString &regulation, const QString &path);
};
