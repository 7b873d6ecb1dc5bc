#include "print/PrintSettings.h"

#include "settings/OfficeSettings.h"

PaperProfile PrintSettings::defaultPaper(ReceiptKind)
{
    // The counter's printer is an 80 mm thermal printer; an office without one picks A4.
    return PaperProfile(PaperProfile::Size::Roll80);
}

QString PrintSettings::settingKey(ReceiptKind kind)
{
    return QStringLiteral("print.paper.") + ReceiptKinds::key(kind);
}

PaperProfile PrintSettings::paperFor(ReceiptKind kind)
{
    const Result<QString> stored = OfficeSettings(m_db).value(settingKey(kind));
    if (!stored || stored->isEmpty())
        return defaultPaper(kind);
    return PaperProfile::fromKey(stored.value()).value_or(defaultPaper(kind));
}

Status PrintSettings::setPaperFor(ReceiptKind kind, const PaperProfile &paper)
{
    return OfficeSettings(m_db).setValue(settingKey(kind), paper.key());
}
