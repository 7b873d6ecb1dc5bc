#pragma once

#include <QCoreApplication>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QWidget>

class QListWidget;
class QTextBrowser;

// The desk's guide (docs/panduan, built into the program) opened from Bantuan or with F1,
// at the chapter and section of the screen in use. A screen names its topic with
// Help::setTopic; F1 anywhere takes the topic of the focused widget or the nearest of its
// parents that has one ("" for none: the survey kiosk opens nothing).
namespace Help {

struct Topic
{
    QString id;      // "helpdesk", "pengawas/laporan", ...
    QString chapter; // the file in docs/panduan, "helpdesk.md"
    QString heading; // a section heading of that chapter, or empty for its top
};

// Every topic a screen may name, in the guide's order.
const QList<Topic> &topics();
// The chapters, in order: file and title.
QList<std::pair<QString, QString>> chapters();

void setTopic(QWidget *widget, const QString &topic);
// The topic for `widget`: its own or its nearest parent's; "index" when none names one.
// An explicitly empty topic (the survey kiosk) gives an empty string.
QString topicFor(const QWidget *widget);

// Installs the F1 key on the whole application (once).
void installKey();

} // namespace Help

// The guide's window: the chapters on the left, the chapter on the right.
class HelpWindow final : public QWidget
{
    Q_OBJECT

public:
    explicit HelpWindow(QWidget *parent = nullptr);

    // Shows the window at `topic` (raising it when already open); the one window of the
    // application, made with `parent` the first time or when its parent has gone.
    static HelpWindow *open(QWidget *parent, const QString &topic);
    static HelpWindow *current();

    void showTopic(const QString &topic);
    QString chapter() const { return m_chapter; }
    // The heading of the section shown at the top of the view, for tests.
    QString visibleHeading() const;
    QTextBrowser *browser() const { return m_browser; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showChapter(const QString &file, const QString &heading);
    void scrollToHeading();
    void fitImages();

    QListWidget *m_list = nullptr;
    QTextBrowser *m_browser = nullptr;
    QString m_chapter;
    QString m_heading;
};
