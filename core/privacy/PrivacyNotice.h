#pragma once

#include "settings/OfficeSettings.h"

#include <QCoreApplication>
#include <QStringList>

// The notice at collection (UU 27/2022 Pasal 20-21): why the counter asks for NIK, phone
// and e-mail, how long they are kept (the retention setting), and whom to ask. One text,
// printed on the queue ticket (short) and on the counter's A4 sign (full).
class PrivacyNotice final
{
    Q_DECLARE_TR_FUNCTIONS(PrivacyNotice)

public:
    static QString title();
    static QStringList statements(const OfficeIdentity &office, int years);
    static QString shortText(const OfficeIdentity &office, int years);
};
