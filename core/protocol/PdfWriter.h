#pragma once

#include "protocol/ProtocolDocument.h"
#include "util/Result.h"

#include <QString>

class QIODevice;

namespace hattama::protocol {

// The protocol as a PDF on A4 (margins 30/15 mm left/right, 20 mm top/bottom) set in DejaVu
// Serif, which has every Kazakh letter; fonts are embedded. Every page carries the case number
// at the top and «Страница N из M» / «N-бет, барлығы M» at the bottom. The text is
// deterministic (the PDF's creation date is not). Needs a QGuiApplication (fonts).
class PdfWriter {
public:
    // Where the DejaVu font files are looked for (fonts-dejavu-core on Debian).
    static QString defaultFontDir();
    // Registers DejaVu Serif (regular, bold, italic) and DejaVu Sans Mono from fontDir.
    // Environment error naming the missing file when one is absent.
    static Status loadFonts(const QString &fontDir = defaultFontDir());
    static Status write(const ProtocolDocument &document, QIODevice *device, const QString &fontDir = defaultFontDir());
};

} // namespace hattama::protocol
