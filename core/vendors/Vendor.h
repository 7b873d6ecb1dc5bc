#pragma once

#include <QString>
#include <QStringList>

struct Vendor
{
    qint64 id = 0;
    QString name;
    QString legalForm; // CV, PT, Koperasi, Perorangan, Firma, ...
    QString npwp;      // digits only
    QString nib;
    QString email;
    QString phone;
    QString address;
    QString spseUserId;

    static QStringList legalForms()
    {
        return {QStringLiteral("CV"), QStringLiteral("PT"), QStringLiteral("Koperasi"), QStringLiteral("Perorangan"),
                QStringLiteral("Firma"), QStringLiteral("Persekutuan Perdata"), QStringLiteral("Yayasan"), QStringLiteral("Lainnya")};
    }
};

// A person who came for a vendor before, offered when the vendor returns.
struct KnownPerson
{
    QString name;
    QString nik;
    QString phone;
    QString standing; // "head" or "proxy", as last time
};
