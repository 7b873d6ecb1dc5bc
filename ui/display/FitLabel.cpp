#include "display/FitLabel.h"

#include <QFontMetrics>

FitLabel::FitLabel(QWidget *parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

void FitLabel::setPixelSize(int px)
{
    m_px = std::max(8, px);
    refit();
}

void FitLabel::refit()
{
    if (m_px <= 0)
        return;
    QFont f = font();
    int px = m_px;
    f.setPixelSize(px);
    const QRect room = contentsRect();
    auto tooBig = [&] {
        if (room.width() <= 0 || text().isEmpty())
            return false;
        const QFontMetrics metrics(f);
        // A label whose height comes from the layout must fit it too; one whose height
        // follows its font needs no such check (it would only ever shrink).
        const bool heightGiven = sizePolicy().verticalPolicy() == QSizePolicy::Ignored;
        if (!wordWrap())
            return metrics.horizontalAdvance(text()) > room.width() || (heightGiven && room.height() > 0 && metrics.height() > room.height());
        return room.height() > 0
               && metrics.boundingRect(QRect(0, 0, room.width(), 100000), Qt::TextWordWrap, text()).height() > room.height();
    };
    while (px > 10 && tooBig()) {
        px = px * 92 / 100;
        f.setPixelSize(px);
    }
    if (font().pixelSize() != px)
        setFont(f);
}

void FitLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    refit();
}
