#include "common/Reveal.h"

#include "common/InputDialogs.h"
#include "common/MessageBox.h"
#include "privacy/PersonalData.h"

#include <QCoreApplication>

namespace Reveal {

void ask(QWidget *parent, Database &db, const User &actor, qint64 applicationId)
{
    if (!applicationId)
        return;
    const QList<PersonalData::Field> fields = {PersonalData::Field::ApplicantNik, PersonalData::Field::ApplicantPhone,
                                               PersonalData::Field::VendorNpwp, PersonalData::Field::VendorEmail};
    QStringList titles;
    for (PersonalData::Field f : fields)
        titles << PersonalData::fieldTitle(f);
    const QString title = QCoreApplication::translate("Reveal", "Buka data pribadi");
    bool ok = false;
    const QString chosen = InputDialogs::getItem(parent, title,
                                                 QCoreApplication::translate("Reveal", "Data yang dibuka dicatat dalam riwayat (siapa, apa, kapan). Buka:"),
                                                 titles, 0, &ok);
    if (!ok)
        return;
    const PersonalData::Field field = fields.at(titles.indexOf(chosen));
    const Result<QString> value = PersonalData(db).reveal(actor, applicationId, field);
    if (!value) {
        MessageBox::error(parent, title, value.error());
        return;
    }
    MessageBox::information(parent, title, QStringLiteral("%1: %2").arg(chosen, value->isEmpty() ? QStringLiteral("–") : value.value()));
}

} // namespace Reveal
