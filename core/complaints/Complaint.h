#pragma once

#include "complaints/ComplaintStage.h"
#include "complaints/FeedbackChannel.h"

#include <QChar>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

// What the officer types from a written complaint. Empty fields are elements the
// complaint does not contain; it is recorded all the same (Pasal 8 ayat 5).
struct ComplaintInput
{
    FeedbackChannel channel = FeedbackChannel::InPerson;
    QString laporReference;      // SP4N-LAPOR! tracking number; required for that channel
    QString complainantName;     // (a)
    QString complainantAddress;  // (a) the full address
    QString contact;             // telephone or e-mail, to send the answers to
    QString notPerStandard;      // (b) what in the service did not follow the standard
    QString materialLoss;        // (b) "tidak ada" is an answer; empty is not
    QString immaterialLoss;      // (b)
    QString resolutionRequested; // (c)
    QString place;               // (d)
    QDateTime submittedAt;       // (d) time of submission; invalid when the complaint does not say
    bool isSigned = false;       // (d)
    QString applicationNumber;   // optional: the file (and visit) the complaint is about
    QDate serviceDate;           // optional: when the service was received; taken from the file when empty
};

// One element of Pasal 8 ayat (4) that a complaint lacks.
struct MissingElement
{
    QChar letter;  // 'a'..'d': the element of Pasal 8 ayat (4)
    QString key;   // "name", "address", "not_per_standard", "material_loss", ...
    QString label; // Indonesian, e.g. "alamat lengkap"

    QString text() const { return QStringLiteral("(%1) %2").arg(letter, label); }
};

enum class WindowDecision { None, AcceptedLate, Refused };

struct Complaint
{
    qint64 id = 0;
    QString number;              // ADU-2026-0001
    QDateTime receivedAt;        // UTC
    QDate receivedDate;          // local: deadlines count from this day
    ComplaintInput content;      // content.applicationNumber: the linked file's number
    qint64 applicationId = 0;
    qint64 visitId = 0;
    // More than 30 days between the service and the receipt; the officer decides.
    bool late = false;
    WindowDecision window = WindowDecision::None;
    QString windowReason;
    ComplaintStage stage = ComplaintStage::Received;
    QString acknowledgementText;
    QDateTime acknowledgedAt;
    QString coordinationNote;
    QString responseText;
    QDateTime respondedAt;
    QString resolutionText;
    QDateTime finishedAt;
    qint64 recordedBy = 0;
    QString recordedByName;
    QList<MissingElement> missing;

    bool isComplete() const { return missing.isEmpty(); }
    // Late and not yet accepted or refused: no other step until the officer decides.
    bool awaitsWindowDecision() const { return late && window == WindowDecision::None; }
};

// Where a deadline stands: still open (and whether it falls today or on the next working
// day), passed while open, or met or missed when done.
enum class DeadlineState { Pending, DueSoon, Overdue, Met, Missed };

struct DeadlineReading
{
    QDateTime due;    // in the calendar's time zone
    QDateTime doneAt; // UTC; invalid while open
    DeadlineState state = DeadlineState::Pending;
};

struct ComplaintDeadlines
{
    DeadlineReading acknowledgement; // 3 working days (Pasal 8 ayat 5)
    DeadlineReading response;        // 6 working days (the annex)

    bool overdue() const
    {
        return acknowledgement.state == DeadlineState::Overdue || response.state == DeadlineState::Overdue;
    }
};
