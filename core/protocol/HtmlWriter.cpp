#include "protocol/HtmlWriter.h"

#include "protocol/DateForms.h"

namespace hattama::protocol {

namespace {

QString escaped(const QString &text)
{
    QString html = text.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QLatin1String("<br>\n"));
    return html;
}

const char kStyle[]
    = R"(body{font-family:"DejaVu Serif",serif;font-size:12pt;max-width:48em;margin:2em auto;line-height:1.4}
header.case{text-align:right;font-size:9pt;color:#444}
p{margin:0.3em 0}
p.title{text-align:center;font-weight:bold;font-size:13pt;margin-top:1em}
p.center{text-align:center}
p.right{text-align:right}
p.heading{font-weight:bold;margin-top:1em}
p.item{margin-left:1.5em}
p.small{font-size:10pt}
p.recess{font-style:italic}
p.sealed{border-left:3px solid #a00;padding-left:0.5em}
p.signature{margin-top:2em}
p.conflict{background:#fee}
a.tc{font-family:"DejaVu Sans Mono",monospace;font-size:10pt;text-decoration:none}
span.wall{font-family:"DejaVu Sans Mono",monospace;font-size:10pt;color:#444}
)";

} // namespace

QByteArray HtmlWriter::write(const ProtocolDocument &document)
{
    QString html;
    html.reserve(4096 + document.blocks.size() * 160);
    html += QLatin1String("<!DOCTYPE html>\n<html lang=\"") + document.language + QLatin1String("\">\n<head>\n");
    html += QLatin1String("<meta charset=\"utf-8\">\n<title>") + escaped(document.title) + QStringLiteral(" — ")
        + escaped(document.caseLabel.arg(document.caseNumber)) + QLatin1String("</title>\n");
    html += QLatin1String("<style>\n") + QString::fromUtf8(kStyle) + QLatin1String("</style>\n</head>\n<body>\n");
    html += QLatin1String("<header class=\"case\">") + escaped(document.caseLabel.arg(document.caseNumber))
        + QLatin1String("</header>\n<main>\n");
    for (const ProtocolBlock &block : document.blocks) {
        if (block.text.isEmpty())
            continue; // removed by an edit
        QString cls = block.style;
        if (block.conflict)
            cls += QLatin1String(" conflict");
        html += QLatin1String("<p class=\"") + cls.toHtmlEscaped() + QLatin1Char('"');
        if (block.hasTimeCode())
            html += QLatin1String(" data-t=\"") + QString::number(block.timeMs) + QLatin1Char('"');
        html += QLatin1Char('>');
        if (block.hasTimeCode()) {
            html += QLatin1String("<a class=\"tc\" href=\"") + document.timeLink(block.timeMs).toHtmlEscaped()
                + QLatin1String("\">") + DateForms::timeCode(block.timeMs) + QLatin1String("</a> ");
            if (!block.wallTime.isEmpty())
                html += QLatin1String("<span class=\"wall\">") + escaped(block.wallTime) + QLatin1String("</span> ");
        }
        html += escaped(block.text) + QLatin1String("</p>\n");
    }
    html += QLatin1String("</main>\n</body>\n</html>\n");
    return html.toUtf8();
}

} // namespace hattama::protocol
