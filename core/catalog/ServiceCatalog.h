#pragma once

#include "catalog/Service.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

// The service standards of the regulation (Pasal 4, 5 and the Lampiran): every service
// with its checklist, time, handling role and the 14 components.
class ServiceCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(ServiceCatalog)

public:
    // Parses and validates a catalogue; an error names the service and the field.
    static Result<ServiceCatalog> fromJson(const QByteArray &json);
    // The catalogue shipped with Loket (resources/catalog/services.json).
    static Result<ServiceCatalog> builtIn();

    QByteArray toJson() const;

    const QList<Service> &services() const { return m_services; }
    // The services a walk-in can come for: the catalogue's, then Layanan lain.
    QList<Service> servicesWithOther() const { return QList<Service>(m_services) << m_other; }
    // A service of this catalogue, or "Layanan lain" (Service::kOtherNumber), which every
    // version serves; nullptr for any other number.
    const Service *service(int number) const;
    // A service whose standard this catalogue sets (Layanan lain is none): what the
    // standards screen and the printed Standar Pelayanan can show.
    const Service *standard(int number) const;
    // The service for walk-ins whose standard is not set yet (Pasal 9): no checklist, no
    // promised time, handled by the verifikator. Not in services(): the standards list
    // only what a regulation set.
    static Service otherService();
    QString regulation() const { return m_regulation; }

    // The 14 components of Pasal 5 in order, and their Indonesian headings.
    static const QStringList &componentKeys();
    static QString componentTitle(const QString &key);
    // Human-readable service time, e.g. "30 menit" or "5 hari kerja".
    static QString describeTime(const ServiceTime &time);
    // Human-readable name of a role handling a service.
    static QString roleTitle(const QString &role);

private:
    QString m_regulation;
    QList<Service> m_services;
    Service m_other = otherService();
};
