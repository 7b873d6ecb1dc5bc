#include "display/DisplayWindow.h"

#include "applications/CounterContext.h"
#include "catalog/CatalogStore.h"
#include "common/Announcer.h"
#include "common/Clock.h"
#include "common/MessageBox.h"
#include "storage/ChangeFeed.h"
#include "storage/Database.h"
#include "storage/ServerAddress.h"
#include "display/FitLabel.h"
#include "display/TickerLine.h"

#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QScreen>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace {

constexpr int kCoalesceMs = 150;      // changes that come together are read once
constexpr int kPeriodicMs = 30 * 1000; // read again anyway (the date at midnight, a missed change)
constexpr int kFlashMs = 400;
constexpr int kFlashSteps = 12;       // about five seconds

const char *const kBackground = "#0b1730";
const char *const kPanel = "#132a52";
const char *const kAccent = "#ffd21f";
const char *const kMuted = "#9db8e6";

FitLabel *makeLabel(QWidget *parent, const QString &name, Qt::Alignment align)
{
    auto *label = new FitLabel(parent);
    label->setObjectName(name);
    label->setAlignment(align);
    return label;
}

QString panelStyle(bool flash)
{
    if (flash)
        return QStringLiteral("QFrame#currentPanel { background: %1; border-radius: 18px; } QLabel { color: %2; }")
            .arg(QLatin1String(kAccent), QLatin1String(kBackground));
    return QStringLiteral("QFrame#currentPanel { background: %1; border-radius: 18px; border: 4px solid %2; } "
                          "QLabel#currentNumber { color: %2; } QLabel#currentDesk { color: white; } QLabel#currentCaption { color: %3; }")
        .arg(QLatin1String(kPanel), QLatin1String(kAccent), QLatin1String(kMuted));
}

} // namespace

DisplayWindow::DisplayWindow(Database &db, QWidget *parent) : DisplayWindow(db, nullptr, parent) {}

DisplayWindow::DisplayWindow(std::unique_ptr<Database> db, QWidget *parent) : DisplayWindow(*db, std::move(db), parent) {}

DisplayWindow::DisplayWindow(Database &db, std::unique_ptr<Database> &&owned, QWidget *parent)
    : QWidget(parent), m_owned(std::move(owned)), m_db(db), m_ctx(std::make_unique<CounterContext>(db)),
      m_board(std::make_unique<DisplayBoard>(*m_ctx))
{
    setWindowTitle(tr("Loket — Layar antrian"));
    m_announcer = new Announcer(this);
    build();

    m_coalesce = new QTimer(this);
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(kCoalesceMs);
    connect(m_coalesce, &QTimer::timeout, this, &DisplayWindow::refresh);
    m_periodic = new QTimer(this);
    m_periodic->setInterval(kPeriodicMs);
    connect(m_periodic, &QTimer::timeout, this, &DisplayWindow::refresh);
    m_periodic->start();
    m_clock = new QTimer(this);
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &DisplayWindow::tick);
    m_clock->start();
    m_flash = new QTimer(this);
    m_flash->setInterval(kFlashMs);
    connect(m_flash, &QTimer::timeout, this, &DisplayWindow::paintFlash);

    // The board's role may read no events: the feed only says that something changed.
    m_feed = new ChangeFeed(m_db, this, ChangeFeed::Reads::NothingElse);
    connect(m_feed, &ChangeFeed::changed, this, &DisplayWindow::scheduleRefresh);
    connect(m_feed, &ChangeFeed::connectionChanged, this, &DisplayWindow::setOnline);
    if (const Status started = m_feed->start(); !started)
        qWarning("display: live updates not started (read every %d s): %s", kPeriodicMs / 1000, qUtf8Printable(started.error()));

    refresh();
    tick();
}

DisplayWindow::~DisplayWindow()
{
    // The feed speaks to the connection as it goes: before the connection closes.
    delete m_feed;
    m_feed = nullptr;
}

Result<std::unique_ptr<Database>> DisplayWindow::openDatabase(const QString &location)
{
    using R = Result<std::unique_ptr<Database>>;
    if (ServerAddress::isServer(location)) {
        // Read only: the board's role may change nothing, the schema least of all.
        auto opened = Database::open(location, Database::Mode::Inspect);
        if (!opened)
            return R::failure(opened.error());
        const int version = opened.value()->schemaVersion();
        const int latest = Database::latestSchemaVersion();
        if (version < latest)
            return R::failure(tr("Basis data %1 di server masih memakai skema versi %2, dan layar antrian versi ini memerlukan versi %3. "
                                 "Layar antrian tidak memperbarui skema: petugas TI perlu memperbaruinya dulu di server (\"loket server "
                                 "setup\" sekali lagi, lihat docs/server.md), lalu buka layar antrian kembali.")
                                  .arg(opened.value()->path())
                                  .arg(version)
                                  .arg(latest));
        return opened;
    }
    auto opened = Database::open(location, Database::Mode::Open);
    if (!opened)
        return R::failure(opened.error());
    if (const Status seeded = CatalogStore(*opened.value()).ensureSeeded(); !seeded)
        return R::failure(seeded.error());
    return opened;
}

QScreen *DisplayWindow::defaultScreen()
{
    QScreen *primary = QGuiApplication::primaryScreen();
    for (QScreen *s : QGuiApplication::screens())
        if (s != primary)
            return s;
    return primary;
}

DisplayWindow *DisplayWindow::openBeside(QWidget *owner, const QString &location)
{
    if (auto *open = owner->findChild<DisplayWindow *>(QString(), Qt::FindDirectChildrenOnly)) {
        open->raise();
        open->activateWindow();
        return open;
    }
    Result<std::unique_ptr<Database>> db = openDatabase(location);
    if (!db) {
        MessageBox::error(owner, tr("Layar antrian"), db.error());
        return nullptr;
    }
    auto *board = new DisplayWindow(std::move(db).value(), owner);
    board->setWindowFlag(Qt::Window);
    board->setAttribute(Qt::WA_DeleteOnClose);
    board->showOn(defaultScreen());
    return board;
}

void DisplayWindow::showOn(QScreen *screen)
{
    if (screen) {
        setScreen(screen);
        setGeometry(screen->geometry());
    }
    setCursor(Qt::BlankCursor);
    showFullScreen();
}

void DisplayWindow::build()
{
    setObjectName(QStringLiteral("displayWindow"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral("QWidget#displayWindow { background: %1; } QLabel { color: white; } "
                                 "QFrame#header { background: #102447; } "
                                 "QFrame#recentPanel, QFrame#waitingPanel { background: %2; border-radius: 18px; } "
                                 "QLabel#recentCaption, QLabel#waitingCaption { color: %3; } "
                                 "QLabel#banner { background: #c62828; color: white; padding: 4px 16px; } "
                                 "QLabel[role=\"recentNumber\"] { color: %4; } "
                                 "QLabel[role=\"letter\"] { background: %4; color: %1; border-radius: 10px; } "
                                 "QLabel[role=\"count\"] { color: %4; } QLabel[role=\"count\"][none=\"true\"] { color: %3; } "
                                 "QFrame[role=\"queueRow\"] { border-bottom: 1px solid #2c4a7c; }")
                      .arg(QLatin1String(kBackground), QLatin1String(kPanel), QLatin1String(kMuted), QLatin1String(kAccent)));

    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(0, 0, 0, 0);
    root->setSpacing(0);

    m_banner = makeLabel(this, QStringLiteral("banner"), Qt::AlignCenter);
    m_banner->hide();
    root->addWidget(m_banner);

    auto *header = new QFrame(this);
    header->setObjectName(QStringLiteral("header"));
    auto *headerRow = new QHBoxLayout(header);
    m_title = makeLabel(header, QStringLiteral("title"), Qt::AlignLeft | Qt::AlignVCenter);
    m_title->setText(tr("ANTRIAN LAYANAN LPSE"));
    m_date = makeLabel(header, QStringLiteral("date"), Qt::AlignRight | Qt::AlignVCenter);
    m_time = makeLabel(header, QStringLiteral("time"), Qt::AlignRight | Qt::AlignVCenter);
    m_time->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(kAccent)));
    headerRow->addWidget(m_title, 40);
    headerRow->addWidget(m_date, 42);
    headerRow->addWidget(m_time, 18);
    root->addWidget(header);

    auto *body = new QWidget(this);
    auto *bodyRow = new QHBoxLayout(body);
    root->addWidget(body, 1);

    auto *left = new QVBoxLayout;
    bodyRow->addLayout(left, 60);

    m_currentPanel = new QFrame(body);
    m_currentPanel->setObjectName(QStringLiteral("currentPanel"));
    m_currentPanel->setStyleSheet(panelStyle(false));
    auto *current = new QVBoxLayout(m_currentPanel);
    m_currentCaption = makeLabel(m_currentPanel, QStringLiteral("currentCaption"), Qt::AlignCenter);
    m_currentNumber = makeLabel(m_currentPanel, QStringLiteral("currentNumber"), Qt::AlignCenter);
    m_currentNumber->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_currentDesk = makeLabel(m_currentPanel, QStringLiteral("currentDesk"), Qt::AlignCenter);
    current->addWidget(m_currentCaption);
    current->addWidget(m_currentNumber, 1);
    current->addWidget(m_currentDesk);
    left->addWidget(m_currentPanel, 60);

    auto *recentPanel = new QFrame(body);
    recentPanel->setObjectName(QStringLiteral("recentPanel"));
    auto *recent = new QVBoxLayout(recentPanel);
    m_recentCaption = makeLabel(recentPanel, QStringLiteral("recentCaption"), Qt::AlignLeft | Qt::AlignVCenter);
    m_recentCaption->setText(tr("PANGGILAN SEBELUMNYA"));
    recent->addWidget(m_recentCaption);
    for (int i = 0; i < DisplayBoard::kRecent; ++i) {
        auto *row = new QHBoxLayout;
        RecentRow r;
        r.number = makeLabel(recentPanel, QStringLiteral("recentNumber%1").arg(i), Qt::AlignLeft | Qt::AlignVCenter);
        r.number->setProperty("role", QStringLiteral("recentNumber"));
        r.desk = makeLabel(recentPanel, QStringLiteral("recentDesk%1").arg(i), Qt::AlignLeft | Qt::AlignVCenter);
        row->addWidget(r.number, 30);
        row->addWidget(r.desk, 70);
        recent->addLayout(row, 1);
        m_recent << r;
    }
    left->addWidget(recentPanel, 40);

    auto *waitingPanel = new QFrame(body);
    waitingPanel->setObjectName(QStringLiteral("waitingPanel"));
    auto *waiting = new QVBoxLayout(waitingPanel);
    m_waitingCaption = makeLabel(waitingPanel, QStringLiteral("waitingCaption"), Qt::AlignLeft | Qt::AlignVCenter);
    m_waitingCaption->setText(tr("MENUNGGU PER LAYANAN"));
    waiting->addWidget(m_waitingCaption);
    m_queueBox = new QWidget(waitingPanel);
    auto *queues = new QVBoxLayout(m_queueBox);
    queues->setContentsMargins(0, 0, 0, 0);
    queues->setSpacing(0);
    waiting->addWidget(m_queueBox, 1);
    bodyRow->addWidget(waitingPanel, 40);

    m_ticker = new TickerLine(this);
    m_ticker->setObjectName(QStringLiteral("ticker"));
    QPalette tickerColours = m_ticker->palette();
    tickerColours.setColor(QPalette::Window, QColor(QLatin1String(kAccent)));
    tickerColours.setColor(QPalette::WindowText, QColor(QLatin1String(kBackground)));
    m_ticker->setPalette(tickerColours);
    root->addWidget(m_ticker);
    resize(1920, 1080);
}

void DisplayWindow::scheduleRefresh()
{
    if (!m_coalesce->isActive())
        m_coalesce->start();
}

void DisplayWindow::refresh()
{
    if (!m_online) {
        updateBanner();
        return;
    }
    const QDate day = m_ctx->today();
    // The calls to announce are read before the board, so that every one of them is on it.
    QList<BoardCall> arrived;
    if (m_read) {
        const Result<QList<BoardCall>> fresh = m_board->callsAfter(day, m_lastCallId);
        if (!fresh) {
            m_problem = fresh.error();
            updateBanner();
            return;
        }
        arrived = fresh.value();
    }
    Result<BoardSnapshot> read = m_board->read(day);
    if (!read) {
        m_problem = read.error();
        updateBanner();
        return;
    }
    m_snapshot = std::move(read).value();
    for (const BoardCall &c : std::as_const(arrived)) {
        m_announcer->announce(c.queueNumber, c.desk);
        m_lastCallId = std::max(m_lastCallId, c.id);
    }
    // What was called before the board opened (or beyond the list above) is not spoken.
    if (m_snapshot.current)
        m_lastCallId = std::max(m_lastCallId, m_snapshot.current->id);
    m_read = true;
    m_readAt = Clock::nowUtc();
    m_problem.clear();
    render();
    updateBanner();
    if (!arrived.isEmpty())
        startFlash();
}

void DisplayWindow::render()
{
    const BoardSnapshot &b = m_snapshot;
    if (b.current) {
        m_currentCaption->setText(b.current->repeat ? tr("PANGGILAN ULANG — NOMOR ANTRIAN") : tr("NOMOR ANTRIAN"));
        m_currentNumber->setText(b.current->queueNumber);
        m_currentDesk->setText(tr("→ %1").arg(b.current->desk));
    } else {
        m_currentCaption->setText(tr("NOMOR ANTRIAN"));
        m_currentNumber->setText(QStringLiteral("—"));
        m_currentDesk->setText(tr("Belum ada panggilan hari ini"));
    }
    for (int i = 0; i < m_recent.size(); ++i) {
        const bool has = i < b.recent.size();
        m_recent[i].number->setText(has ? b.recent.at(i).queueNumber : QString());
        m_recent[i].desk->setText(has ? b.recent.at(i).desk : QString());
    }
    if (m_queues.size() != b.queues.size()) {
        for (const QueueRow &r : std::as_const(m_queues))
            delete r.frame;
        m_queues.clear();
        auto *layout = static_cast<QVBoxLayout *>(m_queueBox->layout());
        for (int i = 0; i < b.queues.size(); ++i) {
            QueueRow r;
            r.frame = new QFrame(m_queueBox);
            r.frame->setProperty("role", QStringLiteral("queueRow"));
            auto *row = new QHBoxLayout(r.frame);
            row->setContentsMargins(0, 0, 0, 0);
            r.letter = makeLabel(r.frame, QStringLiteral("queueLetter%1").arg(i), Qt::AlignCenter);
            r.letter->setProperty("role", QStringLiteral("letter"));
            r.name = makeLabel(r.frame, QStringLiteral("queueName%1").arg(i), Qt::AlignLeft | Qt::AlignVCenter);
            r.name->setWordWrap(true);
            r.name->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
            r.count = makeLabel(r.frame, QStringLiteral("queueCount%1").arg(i), Qt::AlignRight | Qt::AlignVCenter);
            r.count->setProperty("role", QStringLiteral("count"));
            row->addWidget(r.letter, 12);
            row->addWidget(r.name, 70);
            row->addWidget(r.count, 18);
            layout->addWidget(r.frame, 1);
            m_queues << r;
        }
        applyScale();
    }
    for (int i = 0; i < b.queues.size(); ++i) {
        const BoardQueue &q = b.queues.at(i);
        m_queues[i].letter->setText(q.letter);
        m_queues[i].name->setText(q.service);
        m_queues[i].count->setText(QString::number(q.waiting));
        if (m_queues[i].count->property("none").toBool() != (q.waiting == 0)) {
            m_queues[i].count->setProperty("none", q.waiting == 0);
            m_queues[i].count->style()->unpolish(m_queues[i].count);
            m_queues[i].count->style()->polish(m_queues[i].count);
        }
    }
    m_ticker->setText(b.ticker);
    fitLabels();
}

void DisplayWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    applyScale();
}

// Every size follows the window's height: the same board on a 720p or a 4K screen.
void DisplayWindow::applyScale()
{
    const int h = std::max(240, height());
    const int gap = h * 18 / 1000;
    m_banner->setPixelSize(h * 26 / 1000);
    m_title->setPixelSize(h * 46 / 1000);
    m_date->setPixelSize(h * 38 / 1000);
    m_time->setPixelSize(h * 56 / 1000);
    m_title->parentWidget()->setFixedHeight(h * 95 / 1000);
    m_title->parentWidget()->layout()->setContentsMargins(gap * 2, 0, gap * 2, 0);
    static_cast<QBoxLayout *>(m_currentPanel->parentWidget()->layout())->setContentsMargins(gap, gap, gap, gap);
    static_cast<QBoxLayout *>(m_currentPanel->parentWidget()->layout())->setSpacing(gap);
    m_currentPanel->layout()->setContentsMargins(gap, gap, gap, gap);
    m_currentCaption->setPixelSize(h * 40 / 1000);
    m_currentNumber->setPixelSize(h * 250 / 1000);
    m_currentDesk->setPixelSize(h * 72 / 1000);
    m_recentCaption->setPixelSize(h * 32 / 1000);
    m_recentCaption->parentWidget()->layout()->setContentsMargins(gap * 3 / 2, gap / 2, gap * 3 / 2, gap / 2);
    for (const RecentRow &r : std::as_const(m_recent)) {
        r.number->setPixelSize(h * 58 / 1000);
        r.desk->setPixelSize(h * 46 / 1000);
    }
    m_waitingCaption->setPixelSize(h * 32 / 1000);
    m_waitingCaption->parentWidget()->layout()->setContentsMargins(gap, gap / 2, gap, gap / 2);
    for (const QueueRow &r : std::as_const(m_queues)) {
        r.letter->setPixelSize(h * 56 / 1000);
        r.letter->setFixedWidth(h * 82 / 1000);
        r.letter->setFixedHeight(h * 82 / 1000);
        r.name->setPixelSize(h * 28 / 1000);
        r.count->setPixelSize(h * 64 / 1000);
        r.frame->layout()->setSpacing(gap);
        r.frame->layout()->setContentsMargins(0, gap / 3, 0, gap / 3);
    }
    QFont tickerFont = m_ticker->font();
    tickerFont.setPixelSize(h * 44 / 1000);
    m_ticker->setFont(tickerFont);
    m_ticker->setFixedHeight(h * 75 / 1000);
    if (layout())
        layout()->activate();
    fitLabels();
}

void DisplayWindow::fitLabels()
{
    for (FitLabel *l : findChildren<FitLabel *>())
        l->refit();
}

void DisplayWindow::tick()
{
    const QDateTime now = Clock::nowUtc().toTimeZone(m_ctx->calendar.shown().timeZone());
    const QLocale indonesian(QLocale::Indonesian, QLocale::Indonesia);
    const QString date = indonesian.toString(now.date(), QStringLiteral("dddd, d MMMM yyyy"));
    const QString time = now.time().toString(QStringLiteral("HH.mm.ss"));
    if (m_date->text() != date) {
        m_date->setText(date);
        m_date->refit();
    }
    m_time->setText(time);
    // Midnight: the new day's board, without waiting for the next read.
    if (m_read && m_online && now.date() != m_snapshot.day)
        refresh();
    if (!m_online)
        updateBanner();
}

void DisplayWindow::setOnline(bool online)
{
    m_online = online;
    if (online)
        refresh();
    updateBanner();
}

void DisplayWindow::updateBanner()
{
    QString text;
    const QString at = m_readAt.isValid()
                           ? m_readAt.toTimeZone(m_ctx->calendar.shown().timeZone()).time().toString(QStringLiteral("HH.mm"))
                           : QString();
    if (!m_online) {
        const int seconds = m_feed ? m_feed->secondsToRetry() : -1;
        text = seconds > 0 ? tr("Tidak terhubung ke server — mencoba lagi dalam %1 detik. Papan ini menunjukkan keadaan pukul %2.")
                                 .arg(seconds)
                                 .arg(at)
                           : tr("Tidak terhubung ke server — mencoba menyambung… Papan ini menunjukkan keadaan pukul %1.").arg(at);
    } else if (!m_problem.isEmpty()) {
        text = at.isEmpty() ? tr("Papan antrian tidak dapat dibaca: %1").arg(m_problem)
                            : tr("Papan antrian tidak dapat diperbarui (keadaan pukul %1): %2").arg(at, m_problem);
    }
    if (text.isEmpty()) {
        m_banner->hide();
        return;
    }
    m_banner->setText(text);
    m_banner->setToolTip(text);
    if (!m_banner->isVisible()) {
        m_banner->show();
        if (layout())
            layout()->activate();
    }
    m_banner->refit();
}

void DisplayWindow::startFlash()
{
    m_flashSteps = kFlashSteps;
    paintFlash();
    m_flash->start();
}

void DisplayWindow::paintFlash()
{
    const bool on = m_flashSteps > 0 && m_flashSteps % 2 == 0;
    m_currentPanel->setStyleSheet(panelStyle(on));
    if (m_flashSteps <= 0) {
        m_flash->stop();
        return;
    }
    --m_flashSteps;
}

void DisplayWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_F11) {
        if (isFullScreen()) {
            unsetCursor();
            showNormal();
        } else {
            setCursor(Qt::BlankCursor);
            showFullScreen();
        }
        return;
    }
    if (event->key() == Qt::Key_Escape && isFullScreen()) {
        unsetCursor();
        showNormal();
        return;
    }
    QWidget::keyPressEvent(event);
}
