#include "help/Help.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QFile>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QListWidget>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextFrame>
#include <QTextImageFormat>
#include <QTimer>

namespace {

const char *const kTopicProperty = "loketHelpTopic";
const QString kRoot = QStringLiteral("qrc:/panduan/");

// The F1 key anywhere in the application: the guide at the topic of what has the focus.
class HelpKey final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress || static_cast<QKeyEvent *>(event)->key() != Qt::Key_F1
            || static_cast<QKeyEvent *>(event)->modifiers() != Qt::NoModifier || !watched->isWidgetType())
            return false;
        QWidget *from = QApplication::focusWidget() ? QApplication::focusWidget() : QApplication::activeWindow();
        if (!from)
            from = static_cast<QWidget *>(watched);
        const QString topic = Help::topicFor(from);
        if (topic.isEmpty())
            return false; // the survey kiosk: no way out of it
        HelpWindow::open(from->window(), topic);
        return true;
    }
};

QPointer<HelpWindow> g_window;

} // namespace

namespace Help {

const QList<Topic> &topics()
{
    static const QList<Topic> all = {
        {QStringLiteral("index"), QStringLiteral("index.md"), QString()},
        {QStringLiteral("helpdesk"), QStringLiteral("helpdesk.md"), QString()},
        {QStringLiteral("helpdesk/pengaduan"), QStringLiteral("helpdesk.md"), QStringLiteral("Mencatat pengaduan dan saran")},
        {QStringLiteral("verifikator"), QStringLiteral("verifikator.md"), QString()},
        {QStringLiteral("admin-sistem"), QStringLiteral("admin-sistem.md"), QString()},
        {QStringLiteral("pengawas"), QStringLiteral("pengawas.md"), QString()},
        {QStringLiteral("pengawas/pengaduan"), QStringLiteral("pengawas.md"), QStringLiteral("Pengaduan")},
        {QStringLiteral("pengawas/survei"), QStringLiteral("pengawas.md"), QStringLiteral("Survei kepuasan (IKM)")},
        {QStringLiteral("pengawas/laporan"), QStringLiteral("pengawas.md"), QStringLiteral("Laporan kinerja")},
        {QStringLiteral("administrator"), QStringLiteral("administrator.md"), QString()},
        {QStringLiteral("administrator/penyiapan"), QStringLiteral("administrator.md"), QStringLiteral("Penyiapan pertama")},
        {QStringLiteral("standar"), QStringLiteral("index.md"), QStringLiteral("Standar Pelayanan dan Maklumat")},
        {QStringLiteral("ti"), QStringLiteral("ti-kantor.md"), QString()},
    };
    return all;
}

QList<std::pair<QString, QString>> chapters()
{
    return {
        {QStringLiteral("index.md"), QCoreApplication::translate("Help", "Tentang panduan ini")},
        {QStringLiteral("helpdesk.md"), QCoreApplication::translate("Help", "Petugas helpdesk")},
        {QStringLiteral("verifikator.md"), QCoreApplication::translate("Help", "Verifikator")},
        {QStringLiteral("admin-sistem.md"), QCoreApplication::translate("Help", "Admin sistem")},
        {QStringLiteral("pengawas.md"), QCoreApplication::translate("Help", "Pengawas (Kasubbag, Kepala Bagian)")},
        {QStringLiteral("administrator.md"), QCoreApplication::translate("Help", "Administrator")},
        {QStringLiteral("ti-kantor.md"), QCoreApplication::translate("Help", "TI kantor")},
    };
}

void setTopic(QWidget *widget, const QString &topic)
{
    widget->setProperty(kTopicProperty, topic);
}

QString topicFor(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        const QVariant topic = w->property(kTopicProperty);
        if (topic.isValid())
            return topic.toString();
    }
    return QStringLiteral("index");
}

void installKey()
{
    static HelpKey *key = nullptr;
    if (key)
        return;
    key = new HelpKey(qApp);
    qApp->installEventFilter(key);
}

} // namespace Help

HelpWindow::HelpWindow(QWidget *parent) : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("HelpWindow"));
    setWindowTitle(tr("Panduan Loket"));
    Help::setTopic(this, QStringLiteral("index"));
    auto *layout = new QHBoxLayout(this);
    auto *split = new QSplitter(this);
    m_list = new QListWidget(split);
    m_list->setObjectName(QStringLiteral("chapters"));
    for (const auto &[file, title] : Help::chapters()) {
        auto *item = new QListWidgetItem(title, m_list);
        item->setData(Qt::UserRole, file);
    }
    m_browser = new QTextBrowser(split);
    m_browser->setObjectName(QStringLiteral("guide"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setSearchPaths({QStringLiteral(":/panduan")});
    split->addWidget(m_list);
    split->addWidget(m_browser);
    split->setStretchFactor(1, 1);
    split->setSizes({270, 730});
    layout->addWidget(split);
    resize(1000, 700);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && item->data(Qt::UserRole).toString() != m_chapter)
            showChapter(item->data(Qt::UserRole).toString(), QString());
    });
    // A link to another chapter (helpdesk.md#...) is followed inside the guide.
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this](const QUrl &url) {
        m_chapter = url.fileName();
        for (int i = 0; i < m_list->count(); ++i)
            if (m_list->item(i)->data(Qt::UserRole).toString() == m_chapter) {
                const QSignalBlocker block(m_list);
                m_list->setCurrentRow(i);
            }
        fitImages();
    });
}

HelpWindow *HelpWindow::open(QWidget *parent, const QString &topic)
{
    if (g_window && g_window->parentWidget() != parent) {
        g_window->deleteLater();
        g_window = nullptr;
    }
    if (!g_window) {
        g_window = new HelpWindow(parent);
        g_window->setAttribute(Qt::WA_DeleteOnClose);
    }
    g_window->showTopic(topic);
    g_window->show();
    g_window->raise();
    g_window->activateWindow();
    return g_window;
}

HelpWindow *HelpWindow::current()
{
    return g_window;
}

void HelpWindow::showTopic(const QString &topic)
{
    for (const Help::Topic &t : Help::topics())
        if (t.id == topic)
            return showChapter(t.chapter, t.heading);
    showChapter(QStringLiteral("index.md"), QString());
}

void HelpWindow::showChapter(const QString &file, const QString &heading)
{
    if (file != m_chapter || m_browser->source().isEmpty())
        m_browser->setSource(QUrl(kRoot + file), QTextDocument::MarkdownResource);
    m_heading = heading;
    scrollToHeading();
    // Once the window is laid out at its size the positions change: once more then.
    QTimer::singleShot(0, this, &HelpWindow::scrollToHeading);
}

void HelpWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fitImages();
    QTimer::singleShot(0, this, &HelpWindow::scrollToHeading); // at the window's own width
}

void HelpWindow::scrollToHeading()
{
    QTextDocument *doc = m_browser->document();
    // Room below the end, so that the last section's heading too can come to the top.
    QTextFrameFormat root = doc->rootFrame()->frameFormat();
    if (root.bottomMargin() < m_browser->viewport()->height()) {
        root.setBottomMargin(m_browser->viewport()->height());
        doc->rootFrame()->setFrameFormat(root);
    }
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        if (m_heading.isEmpty() || (block.blockFormat().headingLevel() > 0 && block.text().trimmed() == m_heading)) {
            m_browser->setTextCursor(QTextCursor(block));
            // The section's heading at the top of the view, not just somewhere in it.
            const qreal y = doc->documentLayout()->blockBoundingRect(block).top();
            m_browser->verticalScrollBar()->setValue(qRound(y));
            return;
        }
    }
}

void HelpWindow::fitImages()
{
    // A screenshot is 1366 pixels wide: shown at the width of the view, never wider.
    const int width = std::max(300, std::min(900, m_browser->viewport()->width() - 24));
    QTextDocument *doc = m_browser->document();
    struct Found { int position; int length; QTextImageFormat format; };
    QList<Found> images;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().isImageFormat())
                images.append({it.fragment().position(), it.fragment().length(), it.fragment().charFormat().toImageFormat()});
    for (Found &found : images) {
        const QVariant data = m_browser->loadResource(QTextDocument::ImageResource, QUrl(found.format.name()));
        const QImage picture = data.canConvert<QImage>() && data.typeId() != QMetaType::QByteArray ? data.value<QImage>()
                                                                                                   : QImage::fromData(data.toByteArray());
        if (picture.isNull() || picture.width() <= width)
            continue;
        found.format.setWidth(width);
        found.format.setHeight(picture.height() * qreal(width) / picture.width());
        QTextCursor cursor(doc);
        cursor.setPosition(found.position);
        cursor.setPosition(found.position + found.length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(found.format);
    }
}

QString HelpWindow::visibleHeading() const
{
    const QTextCursor top = m_browser->cursorForPosition(QPoint(4, 4));
    for (QTextBlock block = top.block(); block.isValid(); block = block.previous())
        if (block.blockFormat().headingLevel() > 0)
            return block.text().trimmed();
    return {};
}
