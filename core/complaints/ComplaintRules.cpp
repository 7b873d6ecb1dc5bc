#include "complaints/ComplaintRules.h"

QList<MissingElement> ComplaintRules::missingElements(const ComplaintInput &in)
{
    QList<MissingElement> missing;
    auto check = [&](bool present, char letter, const char *key, const QString &label) {
        if (!present)
            missing << MissingElement{QLatin1Char(letter), QString::fromLatin1(key), label};
    };
    auto filled = [](const QString &s) { return !s.trimmed().isEmpty(); };
    check(filled(in.complainantName), 'a', "name", tr("nama pengadu"));
    check(filled(in.complainantAddress), 'a', "address", tr("alamat lengkap"));
    check(filled(in.notPerStandard), 'b', "not_per_standard", tr("uraian pelayanan yang tidak sesuai standar"));
    check(filled(in.materialLoss), 'b', "material_loss", tr("kerugian materiil"));
    check(filled(in.immaterialLoss), 'b', "immaterial_loss", tr("kerugian immateriil"));
    check(filled(in.resolutionRequested), 'c', "resolution_requested", tr("penyelesaian yang diminta"));
    check(filled(in.place), 'd', "place", tr("tempat"));
    check(in.submittedAt.isValid(), 'd', "submitted_at", tr("waktu penyampaian"));
    check(in.isSigned, 'd', "signature", tr("tanda tangan"));
    return missing;
}

QString ComplaintRules::describeMissing(const QList<MissingElement> &missing)
{
    QStringList parts;
    for (const MissingElement &m : missing)
        parts << m.text();
    return parts.join(QStringLiteral("; "));
}

Result<QString> ComplaintRules::laporReference(const QString &typed)
{
    using R = Result<QString>;
    const QString number = typed.trimmed();
    if (number.isEmpty())
        return R::failure(tr("Pengaduan dari SP4N-LAPOR! harus disertai nomor laporannya (%1 sampai %2 angka).")
                              .arg(kLaporMinDigits)
                              .arg(kLaporMaxDigits));
    for (const QChar c : number)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return R::failure(tr("Nomor laporan SP4N-LAPOR! hanya berisi angka, mis. 2611230042; \"%1\" berisi huruf atau tanda lain.")
                                  .arg(number.left(40)));
    if (number.size() < kLaporMinDigits || number.size() > kLaporMaxDigits)
        return R::failure(tr("Nomor laporan SP4N-LAPOR! terdiri atas %1 sampai %2 angka; \"%3\" berisi %4 angka.")
                              .arg(kLaporMinDigits)
                              .arg(kLaporMaxDigits)
                              .arg(number.left(40))
                              .arg(number.size()));
    return number;
}

QDate ComplaintRules::windowEnd(const QDate &serviceDate)
{
    return serviceDate.isValid() ? serviceDate.addDays(kWindowDays) : QDate();
}

bool ComplaintRules::isLate(const QDate &serviceDate, const QDate &receivedDate)
{
    return serviceDate.isValid() && receivedDate.isValid() && receivedDate > windowEnd(serviceDate);
}

DeadlineReading ComplaintRules::reading(const WorkingCalendar &calendar, const QDateTime &due, const QDateTime &doneAt, const QDateTime &now)
{
    DeadlineReading r;
    r.due = due;
    r.doneAt = doneAt;
    if (!due.isValid())
        return r;
    if (doneAt.isValid()) {
        r.state = doneAt <= due ? DeadlineState::Met : DeadlineState::Missed;
        return r;
    }
    if (now > due) {
        r.state = DeadlineState::Overdue;
        return r;
    }
    // Due today or on the next working day: it stands out before it is late.
    const QDate today = now.toTimeZone(calendar.timeZone()).date();
    const QDate nextWorkingDay = calendar.nthWorkingDayAfter(today, 1);
    const QDate dueDay = due.toTimeZone(calendar.timeZone()).date();
    r.state = dueDay <= today || (nextWorkingDay.isValid() && dueDay <= nextWorkingDay) ? DeadlineState::DueSoon : DeadlineState::Pending;
    return r;
}

ComplaintDeadlines ComplaintRules::deadlines(const WorkingCalendar &calendar, const QDate &receivedDate, const QDateTime &acknowledgedAt,
                                             const QDateTime &respondedAt, const QDateTime &now)
{
    ComplaintDeadlines d;
    d.acknowledgement = reading(calendar, calendar.closeOfWorkingDaysAfter(receivedDate, kAcknowledgeDays), acknowledgedAt, now);
    d.response = reading(calendar, calendar.closeOfWorkingDaysAfter(receivedDate, kResponseDays), respondedAt, now);
    return d;
}

ComplaintDeadlines ComplaintRules::deadlines(const WorkingCalendar &calendar, const Complaint &c, const QDateTime &now)
{
    return deadlines(calendar, c.receivedDate, c.acknowledgedAt, c.respondedAt, now);
}

QString ComplaintRules::stateTitle(DeadlineState state)
{
    switch (state) {
    case DeadlineState::Pending: return tr("berjalan");
    case DeadlineState::DueSoon: return tr("segera jatuh tempo");
    case DeadlineState::Overdue: return tr("terlambat");
    case DeadlineState::Met: return tr("tepat waktu");
    case DeadlineState::Missed: return tr("dipenuhi terlambat");
    }
    return {};
}

QString ComplaintRules::acknowledgementText(const Complaint &c)
{
    const QString received = c.receivedAt.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm"));
    if (c.missing.isEmpty())
        return tr("Pengaduan nomor %1 yang diterima pada %2 telah kami periksa: isinya lengkap sesuai Pasal 8 ayat (4) "
                  "dan akan ditindaklanjuti.")
            .arg(c.number, received);
    return tr("Pengaduan nomor %1 yang diterima pada %2 telah kami periksa: isinya belum lengkap. Yang belum ada "
              "(Pasal 8 ayat 4): %3. Mohon dilengkapi agar dapat ditindaklanjuti.")
        .arg(c.number, received, describeMissing(c.missing));
}
