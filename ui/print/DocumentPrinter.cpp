#include "print/DocumentPrinter.h"
#include "storage/LiveFiles.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QFont>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPalette>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextOption>

#include <cmath>

namespace {

constexpr int kPdfResolution = 600;
constexpr qreal kNoLigatureSpacing = 0.02;

qreal mmToPixels(qreal mm, int dpi)
{
    return mm / 25.4 * dpi;
}

// QTextDocument::drawContents() takes its text colour from the application palette,
// which is white on a dark desktop theme: paper always gets black on white.
void drawPart(QPainter &painter, const QTextDocument &doc, const QRectF &rect)
{
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = QPalette(Qt::black, Qt::white);
    context.palette.setColor(QPalette::Text, Qt::black);
    context.palette.setColor(QPalette::WindowText, Qt::black);
    context.clip = rect;
    painter.save();
    painter.setClipRect(rect);
    doc.documentLayout()->draw(&painter, context);
    painter.restore();
}

} // namespace

int DocumentPrinter::layOut(QTextDocument &doc, QPagedPaintDevice *device, const PaperProfile &paper, const Builder &build,
                            const Options &options)
{
    device->setPageLayout(paper.pageLayout());
    const QMarginsF margins = paper.marginsMm();
    const qreal width = mmToPixels(paper.printableWidthMm(), device->logicalDpiX());
    const qreal height = paper.isRoll() ? 0 : mmToPixels(paper.fixedHeightMm() - margins.top() - margins.bottom(), device->logicalDpiY());

    auto buildAt = [&](qreal pt) {
        doc.clear();
        doc.documentLayout()->setPaintDevice(device); // before any content, or the text is laid out at screen size
        doc.setDocumentMargin(0);
        QTextOption wrap = doc.defaultTextOption();
        wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // a long word wraps rather than runs off the roll
        doc.setDefaultTextOption(wrap);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(pt);
        // No ligatures: a letter spacing too small to see (0.005 mm a letter at 600 dpi)
        // turns them off in Qt's shaper. With them, "fi" is one glyph whose text a printer's
        // PostScript step drops (scripts/prove-printing.sh: "Verifikator" read back as
        // "Verikator"), and the text copied from a PDF would not be the letters typed.
        font.setLetterSpacing(QFont::AbsoluteSpacing, kNoLigatureSpacing);
        doc.setDefaultFont(font);
        build(doc, pt);
        if (paper.isRoll()) {
            doc.setTextWidth(width);
            return 1;
        }
        doc.setPageSize(QSizeF(width, height));
        return doc.pageCount();
    };

    // Shrinking to fit: the largest size (in quarter points) that fits, found by bisection.
    const qreal base = paper.baseFontPt();
    int pages = buildAt(base);
    if (options.fitPages <= 0 || pages <= options.fitPages || options.minimumPt >= base)
        return pages;
    int lo = int(std::ceil(options.minimumPt * 4)); // quarter points
    int hi = int(base * 4) - 1;
    if (const int smallest = buildAt(lo / 4.0); smallest > options.fitPages)
        return smallest; // does not fit even at the smallest size: several pages
    while (lo < hi) {
        const int mid = (lo + hi + 1) / 2;
        if (buildAt(mid / 4.0) <= options.fitPages)
            lo = mid;
        else
            hi = mid - 1;
    }
    return buildAt(lo / 4.0);
}

int DocumentPrinter::paint(QPagedPaintDevice *device, const PaperProfile &paper, const Builder &build, const Options &options)
{
    QTextDocument doc;
    const int pages = layOut(doc, device, paper, build, options);
    if (paper.isRoll()) {
        const qreal contentMm = doc.size().height() / device->logicalDpiY() * 25.4;
        device->setPageLayout(paper.pageLayout(contentMm));
    }
    QPainter painter;
    if (!painter.begin(device))
        return 0;
    if (paper.isRoll()) {
        drawPart(painter, doc, QRectF(QPointF(0, 0), doc.size()));
    } else {
        const QSizeF page = doc.pageSize();
        for (int i = 0; i < pages; ++i) {
            if (i > 0)
                device->newPage();
            painter.save();
            painter.translate(0, -i * page.height());
            drawPart(painter, doc, QRectF(QPointF(0, i * page.height()), page));
            painter.restore();
        }
    }
    painter.end();
    return pages;
}

Status DocumentPrinter::writePdf(const QString &path, const PaperProfile &paper, const Builder &build, const Options &options)
{
    if (const Status target = LiveFiles::checkUserTarget(path); !target)
        return target;
    {
        QPdfWriter writer(path);
        writer.setResolution(kPdfResolution);
        writer.setCreator(QStringLiteral("Loket"));
        writer.setTitle(options.title);
        if (paint(&writer, paper, build, options) == 0)
            return Status::failure(tr("Berkas PDF tidak dapat ditulis: %1").arg(path));
    }
    if (QFileInfo(path).size() == 0)
        return Status::failure(tr("Berkas PDF tidak dapat ditulis: %1").arg(path));
    return Status::success();
}
