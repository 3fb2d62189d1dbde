#include "protocol/OdtWriter.h"

#include "protocol/DateForms.h"
#include "protocol/ZipWriter.h"

#include <QXmlStreamWriter>

namespace hattama::protocol {

namespace {

const QString kOffice = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString kStyle = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString kText = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString kFo = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
const QString kXlink = QStringLiteral("http://www.w3.org/1999/xlink");
const QString kSvg = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0");
const QString kMeta = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0");
const QString kDc = QStringLiteral("http://purl.org/dc/elements/1.1/");
const QString kManifest = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");

void declareNamespaces(QXmlStreamWriter &xml)
{
    xml.writeNamespace(kOffice, QStringLiteral("office"));
    xml.writeNamespace(kStyle, QStringLiteral("style"));
    xml.writeNamespace(kText, QStringLiteral("text"));
    xml.writeNamespace(kFo, QStringLiteral("fo"));
    xml.writeNamespace(kXlink, QStringLiteral("xlink"));
    xml.writeNamespace(kSvg, QStringLiteral("svg"));
}

void fontDecls(QXmlStreamWriter &xml)
{
    xml.writeStartElement(kOffice, QStringLiteral("font-face-decls"));
    for (const QString &name : { QStringLiteral("DejaVu Serif"), QStringLiteral("DejaVu Sans Mono") }) {
        xml.writeStartElement(kStyle, QStringLiteral("font-face"));
        xml.writeAttribute(kStyle, QStringLiteral("name"), name);
        xml.writeAttribute(kSvg, QStringLiteral("font-family"), QStringLiteral("'%1'").arg(name));
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

// Text with line breaks, tabs and runs of spaces kept (ODF collapses plain spaces).
void writeText(QXmlStreamWriter &xml, const QString &text)
{
    QString run;
    auto flush = [&] {
        if (!run.isEmpty())
            xml.writeCharacters(run);
        run.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n')) {
            flush();
            xml.writeEmptyElement(kText, QStringLiteral("line-break"));
        } else if (c == QLatin1Char('\t')) {
            flush();
            xml.writeEmptyElement(kText, QStringLiteral("tab"));
        } else if (c == QLatin1Char(' ') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char(' ')) {
            run += c;
            qsizetype count = 0;
            while (i + 1 < text.size() && text.at(i + 1) == QLatin1Char(' ')) {
                ++count;
                ++i;
            }
            flush();
            xml.writeEmptyElement(kText, QStringLiteral("s"));
            xml.writeAttribute(kText, QStringLiteral("c"), QString::number(count));
        } else {
            run += c;
        }
    }
    flush();
}

struct ParagraphStyle {
    const char *name;
    const char *align;
    const char *weight;
    const char *fontStyle;
    const char *size;
    const char *marginTop;
    const char *marginLeft;
};

const ParagraphStyle kParagraphStyles[] = {
    { "para", "justify", "normal", "normal", "12pt", "0.1cm", "0cm" },
    { "title", "center", "bold", "normal", "13pt", "0.4cm", "0cm" },
    { "subtitle", "center", "bold", "normal", "12pt", "0.1cm", "0cm" },
    { "center", "center", "normal", "normal", "12pt", "0.1cm", "0cm" },
    { "right", "end", "normal", "normal", "12pt", "0.1cm", "0cm" },
    { "heading", "start", "bold", "normal", "12pt", "0.4cm", "0cm" },
    { "field", "start", "normal", "normal", "12pt", "0.1cm", "0cm" },
    { "item", "start", "normal", "normal", "12pt", "0.05cm", "0.8cm" },
    { "entry", "justify", "normal", "normal", "12pt", "0.1cm", "0cm" },
    { "recess", "justify", "normal", "italic", "12pt", "0.1cm", "0cm" },
    { "sealed", "justify", "normal", "italic", "12pt", "0.1cm", "0.4cm" },
    { "signature", "start", "normal", "normal", "12pt", "1cm", "0cm" },
    { "small", "start", "normal", "normal", "10pt", "0.1cm", "0cm" },
    { "header", "end", "normal", "normal", "9pt", "0cm", "0cm" },
    { "footer", "center", "normal", "normal", "9pt", "0cm", "0cm" },
};

bool knownStyle(const QString &name)
{
    for (const auto &style : kParagraphStyles)
        if (name == QLatin1String(style.name))
            return true;
    return false;
}

void writeFooterLabel(QXmlStreamWriter &xml, const QString &label)
{
    // label holds %1 (page number) and %2 (page count) in the language's order.
    qsizetype pos = 0;
    while (pos < label.size()) {
        const qsizetype next = label.indexOf(QLatin1Char('%'), pos);
        if (next < 0 || next + 1 >= label.size()) {
            xml.writeCharacters(label.mid(pos));
            break;
        }
        xml.writeCharacters(label.mid(pos, next - pos));
        const QChar which = label.at(next + 1);
        if (which == QLatin1Char('1')) {
            xml.writeStartElement(kText, QStringLiteral("page-number"));
            xml.writeAttribute(kText, QStringLiteral("select-page"), QStringLiteral("current"));
            xml.writeCharacters(QStringLiteral("1"));
            xml.writeEndElement();
        } else if (which == QLatin1Char('2')) {
            xml.writeStartElement(kText, QStringLiteral("page-count"));
            xml.writeCharacters(QStringLiteral("1"));
            xml.writeEndElement();
        } else {
            xml.writeCharacters(label.mid(next, 2));
        }
        pos = next + 2;
    }
}

} // namespace

QByteArray OdtWriter::contentXml(const ProtocolDocument &document)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    declareNamespaces(xml); // before the root element: its declarations go there
    xml.writeStartElement(kOffice, QStringLiteral("document-content"));
    xml.writeAttribute(kOffice, QStringLiteral("version"), QStringLiteral("1.2"));
    fontDecls(xml);
    xml.writeStartElement(kOffice, QStringLiteral("automatic-styles"));
    xml.writeStartElement(kStyle, QStringLiteral("style"));
    xml.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("T_tc"));
    xml.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("text"));
    xml.writeEmptyElement(kStyle, QStringLiteral("text-properties"));
    xml.writeAttribute(kStyle, QStringLiteral("font-name"), QStringLiteral("DejaVu Sans Mono"));
    xml.writeAttribute(kFo, QStringLiteral("font-size"), QStringLiteral("10pt"));
    xml.writeEndElement();
    xml.writeEndElement(); // automatic-styles
    xml.writeStartElement(kOffice, QStringLiteral("body"));
    xml.writeStartElement(kOffice, QStringLiteral("text"));
    for (const ProtocolBlock &block : document.blocks) {
        if (block.text.isEmpty())
            continue; // removed by an edit
        xml.writeStartElement(kText, QStringLiteral("p"));
        xml.writeAttribute(
            kText, QStringLiteral("style-name"), knownStyle(block.style) ? block.style : QStringLiteral("para"));
        if (block.hasTimeCode()) {
            xml.writeStartElement(kText, QStringLiteral("a"));
            xml.writeAttribute(kXlink, QStringLiteral("type"), QStringLiteral("simple"));
            xml.writeAttribute(kXlink, QStringLiteral("href"), document.timeLink(block.timeMs));
            xml.writeStartElement(kText, QStringLiteral("span"));
            xml.writeAttribute(kText, QStringLiteral("style-name"), QStringLiteral("T_tc"));
            xml.writeCharacters(DateForms::timeCode(block.timeMs));
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeCharacters(QStringLiteral(" "));
            if (!block.wallTime.isEmpty()) {
                xml.writeStartElement(kText, QStringLiteral("span"));
                xml.writeAttribute(kText, QStringLiteral("style-name"), QStringLiteral("T_tc"));
                xml.writeCharacters(block.wallTime);
                xml.writeEndElement();
                xml.writeCharacters(QStringLiteral(" "));
            }
        }
        writeText(xml, block.text);
        xml.writeEndElement();
    }
    xml.writeEndElement(); // text
    xml.writeEndElement(); // body
    xml.writeEndElement(); // document-content
    xml.writeEndDocument();
    return out;
}

QByteArray OdtWriter::stylesXml(const ProtocolDocument &document)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    declareNamespaces(xml);
    xml.writeStartElement(kOffice, QStringLiteral("document-styles"));
    xml.writeAttribute(kOffice, QStringLiteral("version"), QStringLiteral("1.2"));
    fontDecls(xml);

    xml.writeStartElement(kOffice, QStringLiteral("styles"));
    xml.writeStartElement(kStyle, QStringLiteral("default-style"));
    xml.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("paragraph"));
    xml.writeEmptyElement(kStyle, QStringLiteral("text-properties"));
    xml.writeAttribute(kStyle, QStringLiteral("font-name"), QStringLiteral("DejaVu Serif"));
    xml.writeAttribute(kFo, QStringLiteral("font-size"), QStringLiteral("12pt"));
    xml.writeAttribute(kFo, QStringLiteral("language"), document.language);
    xml.writeAttribute(kFo, QStringLiteral("country"), QStringLiteral("KZ"));
    xml.writeEndElement();
    for (const auto &style : kParagraphStyles) {
        xml.writeStartElement(kStyle, QStringLiteral("style"));
        xml.writeAttribute(kStyle, QStringLiteral("name"), QString::fromLatin1(style.name));
        xml.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("paragraph"));
        xml.writeEmptyElement(kStyle, QStringLiteral("paragraph-properties"));
        xml.writeAttribute(kFo, QStringLiteral("text-align"), QString::fromLatin1(style.align));
        xml.writeAttribute(kFo, QStringLiteral("margin-top"), QString::fromLatin1(style.marginTop));
        xml.writeAttribute(kFo, QStringLiteral("margin-left"), QString::fromLatin1(style.marginLeft));
        xml.writeEmptyElement(kStyle, QStringLiteral("text-properties"));
        xml.writeAttribute(kFo, QStringLiteral("font-size"), QString::fromLatin1(style.size));
        xml.writeAttribute(kFo, QStringLiteral("font-weight"), QString::fromLatin1(style.weight));
        xml.writeAttribute(kFo, QStringLiteral("font-style"), QString::fromLatin1(style.fontStyle));
        xml.writeEndElement();
    }
    xml.writeEndElement(); // styles

    xml.writeStartElement(kOffice, QStringLiteral("automatic-styles"));
    xml.writeStartElement(kStyle, QStringLiteral("page-layout"));
    xml.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("A4"));
    xml.writeEmptyElement(kStyle, QStringLiteral("page-layout-properties"));
    xml.writeAttribute(kFo, QStringLiteral("page-width"), QStringLiteral("21cm"));
    xml.writeAttribute(kFo, QStringLiteral("page-height"), QStringLiteral("29.7cm"));
    xml.writeAttribute(kStyle, QStringLiteral("print-orientation"), QStringLiteral("portrait"));
    xml.writeAttribute(kFo, QStringLiteral("margin-top"), QStringLiteral("1.5cm"));
    xml.writeAttribute(kFo, QStringLiteral("margin-bottom"), QStringLiteral("1.5cm"));
    xml.writeAttribute(kFo, QStringLiteral("margin-left"), QStringLiteral("3cm"));
    xml.writeAttribute(kFo, QStringLiteral("margin-right"), QStringLiteral("1.5cm"));
    xml.writeEndElement();
    xml.writeEndElement(); // automatic-styles

    xml.writeStartElement(kOffice, QStringLiteral("master-styles"));
    xml.writeStartElement(kStyle, QStringLiteral("master-page"));
    xml.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("Standard"));
    xml.writeAttribute(kStyle, QStringLiteral("page-layout-name"), QStringLiteral("A4"));
    xml.writeStartElement(kStyle, QStringLiteral("header"));
    xml.writeStartElement(kText, QStringLiteral("p"));
    xml.writeAttribute(kText, QStringLiteral("style-name"), QStringLiteral("header"));
    xml.writeCharacters(document.caseLabel.arg(document.caseNumber));
    xml.writeEndElement();
    xml.writeEndElement(); // header
    xml.writeStartElement(kStyle, QStringLiteral("footer"));
    xml.writeStartElement(kText, QStringLiteral("p"));
    xml.writeAttribute(kText, QStringLiteral("style-name"), QStringLiteral("footer"));
    writeFooterLabel(xml, document.pageLabel);
    xml.writeEndElement();
    xml.writeEndElement(); // footer
    xml.writeEndElement(); // master-page
    xml.writeEndElement(); // master-styles
    xml.writeEndElement(); // document-styles
    xml.writeEndDocument();
    return out;
}

QByteArray OdtWriter::metaXml(const ProtocolDocument &document)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    xml.writeNamespace(kOffice, QStringLiteral("office"));
    xml.writeNamespace(kMeta, QStringLiteral("meta"));
    xml.writeNamespace(kDc, QStringLiteral("dc"));
    xml.writeStartElement(kOffice, QStringLiteral("document-meta"));
    xml.writeAttribute(kOffice, QStringLiteral("version"), QStringLiteral("1.2"));
    xml.writeStartElement(kOffice, QStringLiteral("meta"));
    xml.writeTextElement(kMeta, QStringLiteral("generator"), QStringLiteral("Hattama"));
    xml.writeTextElement(kDc, QStringLiteral("title"),
        document.title + QStringLiteral(" — ") + document.caseLabel.arg(document.caseNumber));
    xml.writeTextElement(kDc, QStringLiteral("language"), document.language + QStringLiteral("-KZ"));
    xml.writeTextElement(kMeta, QStringLiteral("keyword"), document.hearingId);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

QByteArray OdtWriter::manifestXml()
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    xml.writeNamespace(kManifest, QStringLiteral("manifest"));
    xml.writeStartElement(kManifest, QStringLiteral("manifest"));
    xml.writeAttribute(kManifest, QStringLiteral("version"), QStringLiteral("1.2"));
    auto entry = [&xml](const QString &path, const QString &type) {
        xml.writeEmptyElement(kManifest, QStringLiteral("file-entry"));
        xml.writeAttribute(kManifest, QStringLiteral("full-path"), path);
        if (path == QLatin1String("/"))
            xml.writeAttribute(kManifest, QStringLiteral("version"), QStringLiteral("1.2"));
        xml.writeAttribute(kManifest, QStringLiteral("media-type"), type);
    };
    entry(QStringLiteral("/"), QStringLiteral("application/vnd.oasis.opendocument.text"));
    entry(QStringLiteral("content.xml"), QStringLiteral("text/xml"));
    entry(QStringLiteral("styles.xml"), QStringLiteral("text/xml"));
    entry(QStringLiteral("meta.xml"), QStringLiteral("text/xml"));
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

QByteArray OdtWriter::write(const ProtocolDocument &document)
{
    ZipWriter zip;
    zip.addFile(QStringLiteral("mimetype"), QByteArrayLiteral("application/vnd.oasis.opendocument.text"));
    zip.addFile(QStringLiteral("content.xml"), contentXml(document));
    zip.addFile(QStringLiteral("styles.xml"), stylesXml(document));
    zip.addFile(QStringLiteral("meta.xml"), metaXml(document));
    zip.addFile(QStringLiteral("META-INF/manifest.xml"), manifestXml());
    return zip.finish();
}

} // namespace hattama::protocol
