#pragma once

#include <QString>
#include <QWidget>

class QTimer;

// The waiting room's running line: one line of text moving from right to left, again
// and again, at a speed that follows the line's height (readable from afar).
class TickerLine final : public QWidget
{
    Q_OBJECT

public:
    explicit TickerLine(QWidget *parent = nullptr);

    void setText(const QString &text);
    const QString &text() const { return m_text; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void step();

    QString m_text;
    QTimer *m_timer = nullptr;
    qreal m_x = -1; // where the text starts; -1: at the left margin, once laid out
    bool m_placed = false;
};
