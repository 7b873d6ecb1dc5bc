#include "print/PaperProfile.h"

#include <QPageSize>
#include <QSizeF>

#include <algorithm>
#include <cmath>

namespace {

// A thermal head prints about 72 mm of an 80 mm roll; the bottom margin leaves room
// for the cutter so the last line is not cut through.
constexpr qreal kRollWidth = 80.0;
constexpr qreal kRollMinimumHeight = 50.0;

} // namespace

std::optional<PaperProfile> PaperProfile::fromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("80mm") || k == QLatin1String("80") || k == QLatin1String("roll"))
        return PaperProfile(Size::Roll80);
    if (k == QLatin1String("a4"))
        return PaperProfile(Size::A4);
    if (k == QLatin1String("a5"))
        return PaperProfile(Size::A5);
    return std::nullopt;
}

QList<PaperProfile> PaperProfile::all()
{
    return {PaperProfile(Size::Roll80), PaperProfile(Size::A4), PaperProfile(Size::A5)};
}

QString PaperProfile::key() const
{
    switch (m_size) {
    case Size::Roll80: return QStringLiteral("80mm");
    case Size::A4: return QStringLiteral("a4");
    case Size::A5: return QStringLiteral("a5");
    }
    return {};
}

QString PaperProfile::title() const
{
    switch (m_size) {
    case Size::Roll80: return tr("Gulungan termal 80 mm");
    case Size::A4: return tr("A4");
    case Size::A5: return tr("A5");
    }
    return {};
}

qreal PaperProfile::widthMm() const
{
    switch (m_size) {
    case Size::Roll80: return kRollWidth;
    case Size::A4: return 210.0;
    case Size::A5: return 148.0;
    }
    return kRollWidth;
}

qreal PaperProfile::fixedHeightMm() const
{
    switch (m_size) {
    case Size::Roll80: return 0;
    case Size::A4: return 297.0;
    case Size::A5: return 210.0;
    }
    return 0;
}

QMarginsF PaperProfile::marginsMm() const
{
    if (m_margins)
        return *m_margins;
    switch (m_size) {
    case Size::Roll80: return QMarginsF(4, 4, 4, 10);
    case Size::A4: return QMarginsF(20, 18, 20, 18);
    case Size::A5: return QMarginsF(14, 12, 14, 12);
    }
    return {};
}

qreal PaperProfile::baseFontPt() const
{
    switch (m_size) {
    case Size::Roll80: return 8.0;
    case Size::A4: return 10.5;
    case Size::A5: return 9.5;
    }
    return 9.0;
}

QPageLayout PaperProfile::pageLayout(qreal contentHeightMm) const
{
    const QMarginsF m = marginsMm();
    if (isRoll()) {
        const qreal height = std::max(kRollMinimumHeight, std::ceil(m.top() + contentHeightMm + m.bottom()));
        const QPageSize size(QSizeF(widthMm(), height), QPageSize::Millimeter, tr("Gulungan 80 mm"), QPageSize::ExactMatch);
        return QPageLayout(size, QPageLayout::Portrait, m, QPageLayout::Millimeter);
    }
    const QPageSize size(m_size == Size::A4 ? QPageSize::A4 : QPageSize::A5);
    return QPageLayout(size, QPageLayout::Portrait, m, QPageLayout::Millimeter);
}
