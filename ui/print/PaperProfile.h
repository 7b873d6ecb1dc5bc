#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMarginsF>
#include <QPageLayout>
#include <QString>

#include <optional>

// The paper a document is printed on: an 80 mm thermal roll (the page is as long as
// the content), A4 or A5. Sizes are in millimetres.
class PaperProfile final
{
    Q_DECLARE_TR_FUNCTIONS(PaperProfile)

public:
    enum class Size { Roll80, A4, A5 };

    explicit PaperProfile(Size size = Size::Roll80) : m_size(size) {}
    // Posters use the sheet nearly to its edges.
    PaperProfile(Size size, const QMarginsF &marginsMm) : m_size(size), m_margins(marginsMm) {}

    // "80mm", "a4", "a5" (case-insensitive); nullopt for anything else.
    static std::optional<PaperProfile> fromKey(const QString &key);
    static QList<PaperProfile> all();

    Size size() const { return m_size; }
    QString key() const;
    QString title() const;
    bool isRoll() const { return m_size == Size::Roll80; }

    qreal widthMm() const;
    // 0 for the roll: its height follows the content.
    qreal fixedHeightMm() const;
    QMarginsF marginsMm() const;
    qreal printableWidthMm() const { return widthMm() - marginsMm().left() - marginsMm().right(); }
    // The body text size; headings and the queue number are sized from it.
    qreal baseFontPt() const;
    // The page for a document whose laid-out content is contentHeightMm tall (used by the roll).
    QPageLayout pageLayout(qreal contentHeightMm = 0) const;

    bool operator==(const PaperProfile &other) const { return m_size == other.m_size && m_margins == other.m_margins; }

private:
    Size m_size;
    std::optional<QMarginsF> m_margins;
};
