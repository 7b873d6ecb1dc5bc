#pragma once

#include "common/Result.h"
#include "print/PaperProfile.h"
#include "receipts/ReceiptKind.h"

class Database;

// The paper each receipt kind prints on, kept in the database's settings so every
// counter PC of the office prints alike. Posters are always A4.
class PrintSettings final
{
public:
    explicit PrintSettings(Database &db) : m_db(db) {}

    PaperProfile paperFor(ReceiptKind kind);
    Status setPaperFor(ReceiptKind kind, const PaperProfile &paper);

    static PaperProfile defaultPaper(ReceiptKind kind);
    static QString settingKey(ReceiptKind kind); // "print.paper.ticket", ...

private:
    Database &m_db;
};
