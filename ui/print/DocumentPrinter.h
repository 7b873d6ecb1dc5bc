#pragma once

#include "common/Result.h"
#include "print/PaperProfile.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QTextDocument;

struct DocumentOptions
{
    QString title;        // the PDF's title
    int fitPages = 0;     // > 0: shrink the font (down to minimumPt) until it fits in so many pages
    qreal minimumPt = 7.0;
};

// Lays a rich-text document out for one paint device (a PDF writer or a printer) and
// paints it page by page. Everything that prints goes through here, so the two
// pitfalls are handled once: the layout is bound to the device before any content is
// set (otherwise text comes out tiny on a high-resolution device), and the 80 mm roll
// gets a page exactly as long as its content.
class DocumentPrinter final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPrinter)

public:
    // Fills an empty document whose layout is already bound to the device; basePt is
    // the body font size to use (headings are sized from it).
    using Builder = std::function<void(QTextDocument &doc, qreal basePt)>;

    using Options = DocumentOptions;

    // Paints on a printer or a PDF writer; sets the device's page layout first. Returns
    // the number of pages painted, 0 when the device could not be opened.
    static int paint(QPagedPaintDevice *device, const PaperProfile &paper, const Builder &build, const Options &options = {});
    static Status writePdf(const QString &path, const PaperProfile &paper, const Builder &build, const Options &options = {});
    // The same document as a PNG picture of its sheet (white, margins included) at `dpi`,
    // laid out exactly as for a PDF at that resolution; several pages are stacked.
    static Status writePng(const QString &path, const PaperProfile &paper, const Builder &build, const Options &options = {},
                           int dpi = 150);

    // Builds a document bound to `device` and laid out to the paper's printable width,
    // without painting it: for tests and previews. Returns the number of pages.
    static int layOut(QTextDocument &doc, QPagedPaintDevice *device, const PaperProfile &paper, const Builder &build,
                      const Options &options = {});
};
