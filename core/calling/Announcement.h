#pragma once

#include <QCoreApplication>
#include <QString>

// What the waiting room hears for a call (issue 17): the one place its words are made.
// "Nomor antrian A, nol, nol, tujuh, silakan ke meja satu." The queue number is spoken
// letter first, then digit by digit, each after a pause, as Indonesian desks call it (a
// visitor compares it with the ticket in hand, figure by figure); the desk's number is
// spoken as a number ("meja dua belas"), and a desk named without "meja" or "loket" is
// still called a desk, so no call is ever spoken without its desk.
namespace Announcement {

// The spoken text of a call of `queueNumber` ("A-007") to `desk` ("Meja Helpdesk 1").
QString callText(const QString &queueNumber, const QString &desk);
// The words of a whole number, 0 to 999,999,999 ("dua belas", "seratus satu", "seribu").
QString numberWords(qint64 number);
// A digit's word: "nol" ... "sembilan".
QString digitWord(QChar digit);
// The desk as spoken: each run of digits in words, "meja" put in front when missing.
QString deskWords(const QString &desk);

} // namespace Announcement
