#include "protocol/PdfWriter.h"

#include "protocol/DateForms.h"
#include "util/Logging.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>
#include <vector>

namespace hattama::protocol {

namespace {

constexpr int kDpi = 300;
const QString kSerif = QStringLiteral("DejaVu Serif");
const QString kMono = QStringLiteral("DejaVu Sans Mono");

struct BlockLook {
    Qt::Alignment align = Qt::AlignLeft; // not justified: stretched spaces would blur the text
    bool bold = false;
    bool italic = false;
    qreal sizePt = 12;
    qreal topMm = 1;
    qreal indentMm = 0;
};

BlockLook lookFor(const QString &style)
{
    BlockLook look;
    if (style == QLatin1String("title")) {
        look.align = Qt::AlignHCenter;
        look.bold = true;
        look.sizePt = 13;
        look.topMm = 2;
    } else if (style == QLatin1String("subtitle")) {
        look.align = Qt::AlignHCenter;
        look.bold = true;
    } else if (style == QLatin1String("center")) {
        look.align = Qt::AlignHCenter;
    } else if (style == QLatin1String("right")) {
        look.align = Qt::AlignRight;
    } else if (style == QLatin1String("heading")) {
        look.align = Qt::AlignLeft;
        look.bold = true;
        look.topMm = 4;
    } else if (style == QLatin1String("field")) {
        look.align = Qt::AlignLeft;
    } else if (style == QLatin1String("item")) {
        look.align = Qt::AlignLeft;
        look.indentMm = 8;
        look.topMm = 0.5;
    } else if (style == QLatin1String("recess")) {
        look.italic = true;
    } else if (style == QLatin1String("sealed")) {
        look.italic = true;
        look.indentMm = 4;
    } else if (style == QLatin1String("signature")) {
        look.align = Qt::AlignLeft;
        look.topMm = 10;
    } else if (style == QLatin1String("small")) {
        look.sizePt = 10;
    }
    return look;
}

qreal mmToPx(qreal mm)
{
    return mm * kDpi / 25.4;
}

// Block margins and indents: the text layout scales them from 96 dpi to the device itself.
qreal mmToLayout(qreal mm)
{
    return mm * 96 / 25.4;
}

// One line of the laid-out text and the page it is drawn on.
struct PlacedLine {
    QTextLayout *layout;
    int line;
};

struct Pagination {
    std::vector<std::vector<PlacedLine>> pages;
    std::vector<qreal> pageTops; // where each page starts in the text's own coordinates
};

qreal lineTop(const QTextLayout *layout, int line)
{
    return layout->position().y() + layout->lineAt(line).y();
}

qreal lineBottom(const QTextLayout *layout, int line)
{
    return lineTop(layout, line) + layout->lineAt(line).height();
}

// Puts the lines of text (laid out as one endless page) on pages of pageHeight: a line that
// would not fit whole starts the next page, so no line reaches into the footer and no page is
// left without body text. A heading is never the last line of a page (it goes with the first
// line after it), and the end of the protocol (from the block keepFrom on) stays together.
Pagination paginate(QTextDocument &text, const std::vector<bool> &headings, int keepFrom, qreal pageHeight)
{
    Pagination result;
    result.pages.emplace_back();
    result.pageTops.push_back(0);
    const QTextBlock last = text.lastBlock();
    const qreal end = last.layout()->lineCount() > 0 ? lineBottom(last.layout(), last.layout()->lineCount() - 1) : 0;
    for (QTextBlock block = text.begin(); block.isValid(); block = block.next()) {
        QTextLayout *layout = block.layout();
        const int number = block.blockNumber();
        for (int i = 0; i < layout->lineCount(); ++i) {
            qreal needed = lineBottom(layout, i);
            if (number == keepFrom && i == 0 && end - lineTop(layout, i) <= pageHeight)
                needed = end;
            const bool heading = size_t(number) < headings.size() && headings[size_t(number)];
            if (heading && i == layout->lineCount() - 1) {
                const QTextBlock next = block.next();
                if (next.isValid() && next.layout()->lineCount() > 0)
                    needed = std::max(needed, lineBottom(next.layout(), 0));
            }
            const qreal top = lineTop(layout, i);
            if (needed - result.pageTops.back() > pageHeight && !result.pages.back().empty()) {
                result.pages.emplace_back();
                result.pageTops.push_back(top);
            }
            result.pages.back().push_back(PlacedLine { layout, i });
        }
    }
    return result;
}

} // namespace

QString PdfWriter::defaultFontDir()
{
    // HATTAMA_FONT_DIR first; then fonts/ beside the program (how an installer ships them on
    // Windows); then where Linux distributions put DejaVu.
    QStringList candidates;
    if (const QString configured = qEnvironmentVariable("HATTAMA_FONT_DIR"); !configured.isEmpty())
        candidates << configured;
    if (QCoreApplication::instance())
        candidates << QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("fonts"));
    candidates << QStringLiteral("/usr/share/fonts/truetype/dejavu") // Debian, Ubuntu
               << QStringLiteral("/usr/share/fonts/dejavu-serif-fonts") // Fedora
               << QStringLiteral("/usr/share/fonts/dejavu") // older Fedora, openSUSE
               << QStringLiteral("/usr/share/fonts/TTF"); // Arch
    for (const QString &dir : std::as_const(candidates))
        if (QFileInfo::exists(QDir(dir).filePath(QStringLiteral("DejaVuSerif.ttf"))))
            return dir;
    return candidates.value(candidates.size() - 4); // named in the error when nothing is found
}

Status PdfWriter::loadFonts(const QString &fontDir)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return environmentError(QStringLiteral("PDF output needs the GUI application object (fonts)"),
            QStringLiteral("run the command through hattama, which sets it up"));
    static QStringList loaded;
    for (const char *file :
        { "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSansMono.ttf" }) {
        const QString path = QDir(fontDir).filePath(QString::fromLatin1(file));
        if (loaded.contains(path))
            continue;
        if (!QFileInfo::exists(path))
            return Error::of(ErrorCode::FontMissing, { path, QStringLiteral("fonts-dejavu-core") });
        if (QFontDatabase::addApplicationFont(path) < 0)
            return Error::of(ErrorCode::FontUnloadable, { path, QStringLiteral("fonts-dejavu-core") });
        loaded << path;
    }
    return {};
}

Status PdfWriter::write(const ProtocolDocument &document, QIODevice *device, const QString &fontDir)
{
    if (Status fonts = loadFonts(fontDir); !fonts.ok())
        return fonts;

    QPdfWriter writer(device);
    writer.setResolution(kDpi);
    writer.setCreator(QStringLiteral("Hattama"));
    // PDF/A-1b (ISO 19005-1): fonts embedded, XMP metadata with the pdfaid part, an sRGB output
    // intent; the archival form courts keep (docs/signature.md).
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setTitle(document.title + QStringLiteral(" — ") + document.caseLabel.arg(document.caseNumber));
    writer.setPageLayout(QPageLayout(
        QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(30, 20, 15, 20), QPageLayout::Millimeter));

    const QRect paintRect = writer.pageLayout().paintRectPixels(kDpi);
    const qreal headerPx = mmToPx(8);
    const qreal footerPx = mmToPx(8);
    const QSizeF bodySize(paintRect.width(), paintRect.height() - headerPx - footerPx);

    QTextDocument text;
    text.documentLayout()->setPaintDevice(&writer);
    QFont serif(kSerif);
    serif.setPointSizeF(12);
    text.setDefaultFont(serif);
    text.setDocumentMargin(0);
    text.setTextWidth(bodySize.width()); // one endless page: paginate() makes the pages

    QTextCursor cursor(&text);
    bool first = true;
    int firstSignature = -1; // QTextBlock number of the first signature line
    std::vector<bool> headings; // per QTextBlock number: a heading, kept with what follows
    for (const ProtocolBlock &block : document.blocks) {
        if (block.text.isEmpty())
            continue; // removed by an edit
        const BlockLook look = lookFor(block.style);
        QTextBlockFormat blockFormat;
        blockFormat.setAlignment(look.align);
        blockFormat.setTopMargin(mmToLayout(look.topMm));
        blockFormat.setLeftMargin(mmToLayout(look.indentMm));
        QTextCharFormat charFormat;
        charFormat.setFont(serif);
        charFormat.setFontPointSize(look.sizePt);
        charFormat.setFontWeight(look.bold ? QFont::Bold : QFont::Normal);
        charFormat.setFontItalic(look.italic);
        if (first) {
            cursor.setBlockFormat(blockFormat);
            cursor.setBlockCharFormat(charFormat);
            first = false;
        } else {
            cursor.insertBlock(blockFormat, charFormat);
        }
        if (firstSignature < 0 && block.style == QLatin1String("signature"))
            firstSignature = cursor.block().blockNumber();
        headings.resize(size_t(cursor.block().blockNumber()) + 1, false);
        headings.back() = block.style == QLatin1String("heading") || block.style == QLatin1String("title");
        if (block.hasTimeCode()) {
            QTextCharFormat code;
            code.setFontFamilies({ kMono });
            code.setFontPointSize(10);
            code.setAnchor(true);
            code.setAnchorHref(document.timeLink(block.timeMs));
            cursor.insertText(QStringLiteral("[%1]").arg(DateForms::timeCode(block.timeMs)), code);
            cursor.insertText(QStringLiteral(" "), charFormat);
            if (!block.wallTime.isEmpty()) {
                QTextCharFormat wall;
                wall.setFontFamilies({ kMono });
                wall.setFontPointSize(10);
                cursor.insertText(block.wallTime, wall);
                cursor.insertText(QStringLiteral(" "), charFormat);
            }
        }
        QString body = block.text;
        body.replace(QLatin1Char('\n'), QChar::LineSeparator);
        cursor.insertText(body, charFormat);
    }

    // Lines are drawn one by one on the page paginate() gave them: clipping whole-document
    // drawing to a page would still leave the neighbouring pages' text in the PDF.
    const qreal pageHeight = bodySize.height();
    (void)text.pageCount(); // lays the document out
    // The signatures never stand alone on a page: the paragraph before them goes along.
    const Pagination pagination = paginate(text, headings, std::max(0, firstSignature - 1), pageHeight);
    const int pageCount = int(pagination.pages.size());

    QPainter painter;
    if (!painter.begin(&writer))
        return Error::of(ErrorCode::PdfFailed);
    QFont small(kSerif);
    small.setPointSizeF(9);
    for (int page = 0; page < pageCount; ++page) {
        if (page > 0)
            writer.newPage();
        painter.setFont(small);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(0, 0, bodySize.width(), headerPx), Qt::AlignRight | Qt::AlignTop,
            document.caseLabel.arg(document.caseNumber));
        painter.drawText(QRectF(0, paintRect.height() - footerPx, bodySize.width(), footerPx),
            Qt::AlignHCenter | Qt::AlignBottom, document.pageLabel.arg(page + 1).arg(pageCount));
        painter.save();
        painter.translate(0, headerPx - pagination.pageTops[size_t(page)]);
        for (const PlacedLine &placed : pagination.pages[size_t(page)])
            placed.layout->lineAt(placed.line).draw(&painter, placed.layout->position());
        painter.restore();
    }
    if (!painter.end())
        return Error::of(ErrorCode::PdfFailed);
    qCInfo(lcProtocol) << "PDF written:" << pageCount << "pages," << document.blocks.size() << "blocks";
    return {};
}

} // namespace hattama::protocol
