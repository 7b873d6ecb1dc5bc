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

    // "CV Sinar Barito": the legal form before the name, unless the name already starts
    // with it ("CV Sinar Barito" typed as the name stays so, never "CV CV ...").
    QString title() const
    {
        const QString n = name.trimmed();
        const QString form = legalForm.trimmed();
        static const QStringList spoken{QStringLiteral("CV"), QStringLiteral("PT"), QStringLiteral("Koperasi"), QStringLiteral("Firma")};
        if (form.isEmpty() || !spoken.contains(form))
            return n;
        if (n.startsWith(form, Qt::CaseInsensitive) && (n.size() == form.size() || !n.at(form.size()).isLetter()))
            return n;
        return form + QLatin1Char(' ') + n;
    }

    static QStringList legalForms()
    {
        return {QStringLiteral("CV"), QStringLiteral("PT"), QStringLiteral("Koperasi"), QStringLiteral("Perorangan"),
                QStringLiteral("Firma"), QStringLiteral("Persekutuan Perdata"), QStringLiteral("Yayasan"), QStringLiteral("Lainnya")};
    }
};

// One field of a stored vendor that a check-in would change.
struct VendorChange
{
    QString field;    // "name", "legal_form", "npwp", "nib", "email"
    QString label;    // "Nama perusahaan"
    QString oldValue; // as shown to a person (NPWP formatted)
    QString newValue;
};

// A person who came for a vendor before, offered when the vendor returns.
struct KnownPerson
{
    QString name;
    QString nik;
    QString phone;
    QString standing; // "head" or "proxy", as last time
};
