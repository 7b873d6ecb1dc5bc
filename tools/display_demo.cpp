// A waiting room in the middle of a morning, for the display's screenshot
// (scripts/screenshots.sh): walk-ins of today at every service, some of them called to
// the desks, the last one called again. Writes into the empty database given. Not a test.
#include "accounts/AccountStore.h"
#include "applications/Workflow.h"
#include "applications/WaitingRoom.h"
#include "catalog/CatalogStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        QTextStream(stderr) << "pakai: loket_display_demo BASIS-DATA" << Qt::endl;
        return 2;
    }
    auto opened = Database::open(QString::fromLocal8Bit(argv[1]));
    if (!opened) {
        QTextStream(stderr) << opened.error() << Qt::endl;
        return 1;
    }
    Database &db = *opened.value();
    (void)CatalogStore(db).ensureSeeded();
    (void)AccountStore(db).addUser(QStringLiteral("admin"), QStringLiteral("Administrator LPSE"), {}, {Role::Administrator},
                                   QStringLiteral("contoh-sandi-1"));
    const auto hana = AccountStore(db).addUser(QStringLiteral("hana"), QStringLiteral("Hana Lestari"), {}, {Role::Helpdesk},
                                               QStringLiteral("contoh-sandi-1"));
    if (!hana) {
        QTextStream(stderr) << hana.error() << Qt::endl;
        return 1;
    }
    Workflow wf(db);
    const int services[] = {1, 1, 2, 7, 1, 4, 6, 1, 2, 7, 3, 1, 5, 7, 1, 6, 2};
    int n = 0;
    for (const int service : services) {
        CheckInRequest r;
        static const char *const names[] = {"Budi Santoso", "Dewi Kartika", "Ahmad Fauzi", "Rina Marlina", "Yusuf Maulana", "Lina Suryani"};
        r.applicantName = QString::fromLatin1(names[n % 6]);
        ++n;
        r.applicantNik = QStringLiteral("63710112038500%1").arg(n, 2, 10, QLatin1Char('0'));
        r.applicantPhone = QStringLiteral("0812-5123-4567");
        r.vendor.name = QStringLiteral("CV Contoh Banua %1").arg(n);
        r.vendor.legalForm = QStringLiteral("CV");
        r.serviceNumber = service;
        r.vendor.npwp = QStringLiteral("01.234.567.8-9%1.000").arg(n, 2, 10, QLatin1Char('0'));
        if (const auto in = wf.guestBook().checkIn(hana.value(), r); !in) {
            QTextStream(stderr) << in.error() << Qt::endl;
            return 1;
        }
    }
    WaitingRoom &room = wf.waitingRoom();
    const QString desks[] = {QStringLiteral("Meja Helpdesk 1"), QStringLiteral("Meja Helpdesk 2"), QStringLiteral("Meja Helpdesk 1"),
                             QStringLiteral("Meja Helpdesk 3"), QStringLiteral("Meja Helpdesk 2"), QStringLiteral("Meja Helpdesk 1"),
                             QStringLiteral("Meja Helpdesk 3")};
    for (const QString &desk : desks)
        if (const auto called = room.callNext(hana.value(), desk, {}); !called) {
            QTextStream(stderr) << called.error() << Qt::endl;
            return 1;
        }
    if (const auto again = room.recall(hana.value(), desks[6]); !again) {
        QTextStream(stderr) << again.error() << Qt::endl;
        return 1;
    }
    return 0;
}
