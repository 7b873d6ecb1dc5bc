#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <random>

// The draws of the demo history. std::mt19937_64 is the same everywhere; the standard
// distributions are not, so the draws are made here.
class Dice
{
public:
    explicit Dice(quint64 seed) : m_engine(seed) {}
    double real() { return double(m_engine() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return real() < p; }
    qint64 between(qint64 lo, qint64 hi) { return lo + qint64(m_engine() % quint64(hi - lo + 1)); }
    template<typename T>
    const T &pick(const QList<T> &list) { return list.at(between(0, list.size() - 1)); }
    // Skewed towards lo: most waits are short, a few are long.
    qint64 skewed(qint64 lo, qint64 hi) { const double r = real(); return lo + qint64(r * r * double(hi - lo)); }

private:
    std::mt19937_64 m_engine;
};

// The people and places of the demo history (Banjarmasin).
namespace DemoPeople {

extern const QStringList kNameWords; // for company names
extern const QStringList kStreets;

QString nik(Dice &dice, bool woman);
QString phone(Dice &dice);
QString personName(Dice &dice);

} // namespace DemoPeople
