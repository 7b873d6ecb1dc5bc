#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

class Database;
struct User;

// The office identity printed on receipts and public documents.
struct OfficeIdentity
{
    QString name;             // e.g. "Bagian Layanan Pengadaan Sekretariat Daerah Kota Banjarmasin"
    QString unit;             // e.g. "LPSE Kota Banjarmasin"
    QString address;
    QString city;             // place of signature on the Maklumat
    QString complaintChannel; // how to complain, printed on receipts
    QString headName;         // Kepala Bagian
    QString headNip;
    QString maklumat;         // the pledge text (Pasal 7)

    static OfficeIdentity defaults();
};

class OfficeSettings final
{
    Q_DECLARE_TR_FUNCTIONS(OfficeSettings)

public:
    explicit OfficeSettings(Database &db) : m_db(db) {}

    Result<OfficeIdentity> load();
    Status save(const User &actor, const OfficeIdentity &identity);

    // Generic settings (key/value), for the few preferences core keeps.
    Result<QString> value(const QString &key, const QString &fallback = {});
    Status setValue(const QString &key, const QString &value);

private:
    Database &m_db;
};
