#include "display/TickerLine.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTimer>

namespace {

constexpr int kFrameMs = 33;
// Pixels per frame for each pixel of height: one line's height in about 0.4 s.
constexpr qreal kSpeed = 0.08;

} // namespace

TickerLine::TickerLine(QWidget *parent) : QWidget(parent)
{
    m_timer = new QTimer(this);
    m_timer->setInterval(kFrameMs);
    connect(m_timer, &QTimer::timeout, this, &TickerLine::step);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void TickerLine::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_placed = false; // a new text starts at the left margin, readable at once
    update();
}

void TickerLine::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_timer->start();
}

void TickerLine::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer->stop();
}

void TickerLine::step()
{
    if (m_text.isEmpty())
        return;
    if (!m_placed)
        return;
    m_x -= std::max<qreal>(1.0, height() * kSpeed);
    if (m_x < -QFontMetricsF(font()).horizontalAdvance(m_text))
        m_x = width(); // gone on the left: in again from the right
    update();
}

void TickerLine::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    if (m_text.isEmpty())
        return;
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setFont(font());
    p.setPen(palette().windowText().color());
    const QFontMetricsF metrics(font());
    if (!m_placed) {
        m_x = height() * 0.5;
        m_placed = true;
    }
    const qreal x = m_x;
    const qreal y = (height() - metrics.height()) / 2 + metrics.ascent();
    p.drawText(QPointF(x, y), m_text);
}
