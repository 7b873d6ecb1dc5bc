#include "survey/SurveyProfile.h"

QList<SurveyProfile::Option> SurveyProfile::genders()
{
    return {{QStringLiteral("L"), tr("Laki-laki")}, {QStringLiteral("P"), tr("Perempuan")}};
}

QList<SurveyProfile::Option> SurveyProfile::ageBands()
{
    return {{QStringLiteral("<20"), tr("di bawah 20 tahun")}, {QStringLiteral("20-29"), tr("20–29 tahun")},
            {QStringLiteral("30-39"), tr("30–39 tahun")},     {QStringLiteral("40-49"), tr("40–49 tahun")},
            {QStringLiteral("50-59"), tr("50–59 tahun")},     {QStringLiteral("60+"), tr("60 tahun ke atas")}};
}

QList<SurveyProfile::Option> SurveyProfile::educations()
{
    return {{QStringLiteral("sd"), tr("SD atau sederajat")}, {QStringLiteral("smp"), tr("SMP atau sederajat")},
            {QStringLiteral("sma"), tr("SMA/SMK atau sederajat")}, {QStringLiteral("diploma"), tr("D1–D4")},
            {QStringLiteral("s1"), tr("S1")}, {QStringLiteral("s2"), tr("S2")}, {QStringLiteral("s3"), tr("S3")}};
}

QList<SurveyProfile::Option> SurveyProfile::occupations()
{
    return {{QStringLiteral("pns"), tr("PNS/ASN")},       {QStringLiteral("tni_polri"), tr("TNI/Polri")},
            {QStringLiteral("swasta"), tr("Pegawai swasta")}, {QStringLiteral("wirausaha"), tr("Wirausaha/pengusaha")},
            {QStringLiteral("lainnya"), tr("Lainnya")}};
}

bool SurveyProfile::accepts(const QList<Option> &options, const QString &key)
{
    if (key.isEmpty())
        return true;
    for (const Option &o : options)
        if (o.key == key)
            return true;
    return false;
}

QString SurveyProfile::titleOf(const QList<Option> &options, const QString &key)
{
    for (const Option &o : options)
        if (o.key == key)
            return o.title;
    return key;
}

QString SurveyProfile::keyOf(const QList<Option> &options, const QString &typed)
{
    const QString t = typed.trimmed();
    for (const Option &o : options)
        if (o.key.compare(t, Qt::CaseInsensitive) == 0 || o.title.compare(t, Qt::CaseInsensitive) == 0)
            return o.key;
    return {};
}

QString SurveyProfile::ageBandOf(int years)
{
    if (years < 1 || years > 150)
        return {};
    if (years < 20)
        return QStringLiteral("<20");
    if (years >= 60)
        return QStringLiteral("60+");
    const int decade = years / 10 * 10;
    return QStringLiteral("%1-%2").arg(decade).arg(decade + 9);
}
