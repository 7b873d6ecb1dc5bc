#pragma once

#include "applications/DisplayBoard.h"
#include "common/Result.h"

#include <QList>
#include <QWidget>

#include <memory>

class Announcer;
class ChangeFeed;
class Database;
class QFrame;
class FitLabel;
class QScreen;
class QTimer;
class TickerLine;
struct CounterContext;

// The waiting room's screen (issue 17): a full-screen board for a TV at 1920x1080, read
// from five metres. The current call in very large type with its desk, the five calls
// before it, how many wait per service, the office's date and time, and the running line.
// It shows what DisplayBoard reads and nothing else (no name, NIK or company: no officer
// logs in to it), flashes a call as it arrives and has the Announcer speak it, once per
// call, in order; calls already made when it opened are not spoken again. It follows the
// database live (ChangeFeed, which reads no events: a display role may not) and at least
// every half minute (the date at midnight); when the server is gone it keeps the last
// board on screen under a small banner and reconnects by itself.
class DisplayWindow final : public QWidget
{
    Q_OBJECT

public:
    explicit DisplayWindow(Database &db, QWidget *parent = nullptr);
    // The board on a connection of its own, which it keeps until it closes.
    explicit DisplayWindow(std::unique_ptr<Database> db, QWidget *parent = nullptr);
    ~DisplayWindow() override;

    // The board's own connection to `location`. A file is created or migrated as the app
    // does (a new one: an empty board); a server is only read, never migrated: a schema
    // older or newer than this Loket's is refused with what to do.
    static Result<std::unique_ptr<Database>> openDatabase(const QString &location);
    // The screen a board goes to: the second one when there is one, else the primary.
    static QScreen *defaultScreen();
    // Full screen on `screen`.
    void showOn(QScreen *screen);
    // "Layar antrian (TV)…" of the counter window: the board of `location` on its own
    // connection, full screen on defaultScreen(), closed with `owner`; the one already
    // open is raised instead. A database that cannot be read is said in a message box.
    static DisplayWindow *openBeside(QWidget *owner, const QString &location);

    const BoardSnapshot &snapshot() const { return m_snapshot; }
    Announcer &announcer() { return *m_announcer; }
    // Reads the board again now, announcing the calls that arrived since the last read.
    void refresh();
    bool isOnline() const { return m_online; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    DisplayWindow(Database &db, std::unique_ptr<Database> &&owned, QWidget *parent);
    void build();
    void render();
    void applyScale();
    void fitLabels();
    void tick();
    void setOnline(bool online);
    void updateBanner();
    void startFlash();
    void paintFlash();
    void scheduleRefresh();

    struct QueueRow {
        QFrame *frame = nullptr;
        FitLabel *letter = nullptr;
        FitLabel *name = nullptr;
        FitLabel *count = nullptr;
    };
    struct RecentRow {
        FitLabel *number = nullptr;
        FitLabel *desk = nullptr;
    };

    // Declared first: the connection outlives everything that reads through it.
    std::unique_ptr<Database> m_owned;
    Database &m_db;
    std::unique_ptr<CounterContext> m_ctx;
    std::unique_ptr<DisplayBoard> m_board;
    ChangeFeed *m_feed = nullptr;
    Announcer *m_announcer = nullptr;
    BoardSnapshot m_snapshot;
    bool m_read = false;       // a board was read since the window opened
    qint64 m_lastCallId = 0;   // the newest call announced (or there when the board opened)
    bool m_online = true;
    QString m_problem;         // why the last read failed, while the board shown is older
    QDateTime m_readAt;        // when the board shown was read

    QTimer *m_clock = nullptr;
    QTimer *m_coalesce = nullptr;
    QTimer *m_periodic = nullptr;
    QTimer *m_flash = nullptr;
    int m_flashSteps = 0;

    FitLabel *m_banner = nullptr;
    FitLabel *m_title = nullptr;
    FitLabel *m_date = nullptr;
    FitLabel *m_time = nullptr;
    QFrame *m_currentPanel = nullptr;
    FitLabel *m_currentCaption = nullptr;
    FitLabel *m_currentNumber = nullptr;
    FitLabel *m_currentDesk = nullptr;
    FitLabel *m_recentCaption = nullptr;
    QList<RecentRow> m_recent;
    FitLabel *m_waitingCaption = nullptr;
    QList<QueueRow> m_queues;
    QWidget *m_queueBox = nullptr;
    TickerLine *m_ticker = nullptr;
};
