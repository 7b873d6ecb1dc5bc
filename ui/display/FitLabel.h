#pragma once

#include <QLabel>

// A label of the waiting room's board: its text at a set pixel size, made smaller only
// as far as needed to fit its room (one line in its width and height, or its wrapped
// lines in its height), whenever it is resized or refit() after a new text.
class FitLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit FitLabel(QWidget *parent = nullptr);

    void setPixelSize(int px);
    void refit();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    int m_px = 0;
};
