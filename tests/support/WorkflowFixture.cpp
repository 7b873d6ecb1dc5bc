#include "WorkflowFixture.h"

#include "catalog/CatalogStore.h"
#include "common/Clock.h"
#include "storage/DatabaseCopy.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

namespace {

const QString kPassword = QStringLiteral("rahasia-loket-1");

QString templatePath()
{
    static QTemporaryDir dir;
    static QString path;
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("template.sqlite"));
        auto opened = Database::open(path);
        REQUIRE(opened.ok());
        Database &db = *opened.value();
        REQUIRE(CatalogStore(db).ensureSeeded().ok());
        AccountStore accounts(db);
        struct Seed { const char *login; const char *name; Role role; };
        const Seed seeds[] = {
            {"admin", "Administrator Sistem", Role::Administrator},
            {"hana", "Hana Lestari", Role::Helpdesk},
            {"vera", "Vera Anggraini", Role::Verifikator},
            {"vino", "Vino Pratama", Role::Verifikator},
            {"adi", "Adi Saputra", Role::AdminSistem},
            {"kabag", "Rahmat Hidayat", Role::KepalaBagian},
            {"kasub", "Siti Aminah", Role::Kasubbag},
        };
        for (const Seed &s : seeds) {
            const auto added = accounts.addUser(QString::fromLatin1(s.login), QString::fromLatin1(s.name), QString(), {s.role}, kPassword);
            INFO(added.error().toStdString());
            REQUIRE(added.ok());
        }
    }
    return path;
}

} // namespace

WorkflowFixture::WorkflowFixture()
{
    const QString source = templatePath();
    if (testOnServer()) {
        // The accounts are hashed once into an SQLite file and copied into this test's
        // schema as `loket migrate` copies a file onto the server.
        auto opened = Database::open(source, Database::Mode::Inspect);
        REQUIRE(opened.ok());
        const auto copied = DatabaseCopy::copy(*opened.value(), m_temp.db());
        INFO(copied.error().toStdString());
        REQUIRE(copied.ok());
    } else {
        m_temp.close();
        QFile::remove(m_temp.path());
        REQUIRE(QFile::copy(source, m_temp.path()));
        m_temp.reopen();
    }
    AccountStore accounts(db());
    admin = accounts.userByLogin(QStringLiteral("admin")).value();
    helpdesk = accounts.userByLogin(QStringLiteral("hana")).value();
    verifikator = accounts.userByLogin(QStringLiteral("vera")).value();
    verifikator2 = accounts.userByLogin(QStringLiteral("vino")).value();
    adminSistem = accounts.userByLogin(QStringLiteral("adi")).value();
    kepalaBagian = accounts.userByLogin(QStringLiteral("kabag")).value();
    kasubbag = accounts.userByLogin(QStringLiteral("kasub")).value();
    m_workflow = std::make_unique<Workflow>(db());
    setNow(QStringLiteral("2026-11-23 07:41")); // a Monday
}

WorkflowFixture::~WorkflowFixture()
{
    m_workflow.reset();
    Clock::setNowForTesting({});
}

QDateTime WorkflowFixture::local(const QString &text)
{
    const QDateTime naive = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm"));
    REQUIRE(naive.isValid());
    return QDateTime(naive.date(), naive.time(), QTimeZone(QByteArrayLiteral("Asia/Makassar")));
}

QString WorkflowFixture::localText(const QDateTime &instant)
{
    return instant.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Makassar"))).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

void WorkflowFixture::setNow(const QString &text)
{
    Clock::setNowForTesting(local(text).toUTC());
}

Result<CheckInResult> WorkflowFixture::checkIn(int service, bool proxy, const QString &npwp, qint64 previous, Priority priority)
{
    CheckInRequest r;
    r.applicantName = proxy ? QStringLiteral("Dewi Kartika") : QStringLiteral("Budi Santoso");
    r.applicantNik = proxy ? QStringLiteral("6371015506900002") : QStringLiteral("6371011203850001");
    r.applicantPhone = QStringLiteral("0812-5123-4567");
    r.proxy = proxy;
    r.vendor.name = QStringLiteral("CV Sinar Barito");
    r.vendor.legalForm = QStringLiteral("CV");
    r.vendor.npwp = npwp;
    r.vendor.email = QStringLiteral("admin@sinarbarito.co.id");
    r.serviceNumber = service;
    r.previousApplicationId = previous;
    r.priority = priority;
    return wf().guestBook().checkIn(helpdesk, r);
}

Result<CheckInResult> WorkflowFixture::checkInOther(const QString &asked)
{
    CheckInRequest r;
    r.applicantName = QStringLiteral("Siti Rahmah");
    r.applicantNik = QStringLiteral("6371014408920003");
    r.vendor.name = QStringLiteral("CV Sinar Barito");
    r.vendor.legalForm = QStringLiteral("CV");
    r.vendor.npwp = QStringLiteral("01.234.567.8-901.000");
    r.serviceNumber = Service::kOtherNumber;
    r.request = asked;
    return wf().guestBook().checkIn(helpdesk, r);
}

void WorkflowFixture::tickAll(qint64 applicationId, const QStringList &except)
{
    const auto items = wf().documents().checklist(applicationId);
    REQUIRE(items.ok());
    const QDate validUntil = Clock::nowUtc().date().addYears(1);
    for (const ChecklistItem &i : items.value()) {
        if (except.contains(i.requirementId))
            continue;
        ChecklistUpdate u;
        u.requirementId = i.requirementId;
        u.originalSeen = i.originalRequired;
        u.copyReceived = i.copyRequired;
        u.validUntil = i.validityRequired ? validUntil : QDate();
        const Status s = wf().documents().updateChecklist(helpdesk, applicationId, u);
        INFO(s.error().toStdString());
        REQUIRE(s.ok());
    }
}
