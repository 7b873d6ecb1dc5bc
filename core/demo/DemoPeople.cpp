#include "demo/DemoPeople.h"

namespace {

const QStringList kFirstNames = {
    QStringLiteral("Ahmad"), QStringLiteral("Muhammad"), QStringLiteral("Rahmat"), QStringLiteral("Budi"), QStringLiteral("Dewi"),
    QStringLiteral("Siti"), QStringLiteral("Nur"), QStringLiteral("Rina"), QStringLiteral("Agus"), QStringLiteral("Fitri"),
    QStringLiteral("Hendra"), QStringLiteral("Yusuf"), QStringLiteral("Rizky"), QStringLiteral("Lestari"), QStringLiteral("Aulia"),
    QStringLiteral("Fauzan"), QStringLiteral("Syahrani"), QStringLiteral("Noor"), QStringLiteral("Ardiansyah"), QStringLiteral("Wahyuni")};
const QStringList kLastNames = {
    QStringLiteral("Santoso"), QStringLiteral("Hidayat"), QStringLiteral("Rahman"), QStringLiteral("Saputra"), QStringLiteral("Pratama"),
    QStringLiteral("Kartika"), QStringLiteral("Fadillah"), QStringLiteral("Hakim"), QStringLiteral("Maulana"), QStringLiteral("Syarifuddin"),
    QStringLiteral("Anwar"), QStringLiteral("Hasanah"), QStringLiteral("Ramadhan"), QStringLiteral("Wijaya"), QStringLiteral("Firdaus")};

} // namespace

namespace DemoPeople {

const QStringList kNameWords = {
    QStringLiteral("Sinar"), QStringLiteral("Barito"), QStringLiteral("Kahayan"), QStringLiteral("Jaya"), QStringLiteral("Abadi"),
    QStringLiteral("Martapura"), QStringLiteral("Banua"), QStringLiteral("Mandiri"), QStringLiteral("Sejahtera"), QStringLiteral("Karya"),
    QStringLiteral("Bumi"), QStringLiteral("Lambung"), QStringLiteral("Mangkurat"), QStringLiteral("Intan"), QStringLiteral("Permata"),
    QStringLiteral("Utama"), QStringLiteral("Sungai"), QStringLiteral("Tabuk"), QStringLiteral("Anugerah"), QStringLiteral("Berkah"),
    QStringLiteral("Cahaya"), QStringLiteral("Borneo"), QStringLiteral("Persada"), QStringLiteral("Nusantara"), QStringLiteral("Teknik"),
    QStringLiteral("Konstruksi"), QStringLiteral("Rezeki"), QStringLiteral("Pelita"), QStringLiteral("Makmur"), QStringLiteral("Raya"),
    QStringLiteral("Alalak"), QStringLiteral("Kuin"), QStringLiteral("Pasar"), QStringLiteral("Kayu"), QStringLiteral("Tangi")};
const QStringList kStreets = {
    QStringLiteral("Jl. A. Yani Km 4"), QStringLiteral("Jl. Pangeran Antasari"), QStringLiteral("Jl. Veteran"),
    QStringLiteral("Jl. Sultan Adam"), QStringLiteral("Jl. Kayu Tangi"), QStringLiteral("Jl. Lambung Mangkurat"), QStringLiteral("Jl. Belitung Darat")};

QString nik(Dice &dice, bool woman)
{
    const int day = int(dice.between(1, 28)) + (woman ? 40 : 0);
    return QStringLiteral("6371%1%2%3%4%5")
        .arg(dice.between(1, 5), 2, 10, QLatin1Char('0'))
        .arg(day, 2, 10, QLatin1Char('0'))
        .arg(dice.between(1, 12), 2, 10, QLatin1Char('0'))
        .arg(dice.between(60, 99), 2, 10, QLatin1Char('0'))
        .arg(dice.between(1, 9999), 4, 10, QLatin1Char('0'));
}

QString phone(Dice &dice)
{
    return QStringLiteral("08%1%2").arg(dice.between(11, 59)).arg(dice.between(1000000, 99999999));
}

QString personName(Dice &dice)
{
    return dice.pick(kFirstNames) + QLatin1Char(' ') + dice.pick(kLastNames);
}

} // namespace DemoPeople
