// HTML, ODT and PDF export, read back: bytes, ZIP structure, XML, pdftotext, fonts.
#include "ProtocolTestSupport.h"
#include "TestSupport.h"
#include "protocol/HtmlWriter.h"
#include "protocol/OdtWriter.h"
#include "protocol/PdfWriter.h"
#include "protocol/ProtocolBuilder.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace hattama::protocol;
using namespace hattama::test;

namespace {
ProtocolDocument build(
    const ProtocolInput &input, const QString &lang, ProtocolBuilder::Kind kind = ProtocolBuilder::Kind::Brief)
{
    auto document = ProtocolBuilder::build(input, { lang, kind, QString() });
    REQUIRE(document.ok());
    return *document;
}

QString writePdf(const ProtocolDocument &document, const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    const auto status = PdfWriter::write(document, &file);
    INFO((status.ok() ? std::string() : status.error().text().toStdString()));
    REQUIRE(status.ok());
    file.close();
    return pdfText(path);
}

// pdftotext -layout puts words of one line far apart; compare with spaces collapsed.
QString collapsed(const QString &text)
{
    QString result = text;
    result.replace(QRegularExpression(QStringLiteral("[ \\t]+")), QStringLiteral(" "));
    return result;
}
} // namespace

TEST_CASE("html export is byte-deterministic with escaped text and hattama time links")
{
    ProtocolInput input = sampleInput();
    input.entries[3].text = QStringLiteral("<b>не разметка</b> & «кавычки»");
    const ProtocolDocument document = build(input, QStringLiteral("ru"));
    const QByteArray first = HtmlWriter::write(document);
    const QByteArray second = HtmlWriter::write(build(input, QStringLiteral("ru")));
    CHECK(first == second);
    const QString html = QString::fromUtf8(first);
    CHECK(html.startsWith(QStringLiteral("<!DOCTYPE html>\n<html lang=\"ru\">")));
    CHECK(html.contains(QStringLiteral("<title>Краткий протокол судебного заседания — Дело № 1-123/2026</title>")));
    CHECK(html.contains(QStringLiteral("&lt;b&gt;не разметка&lt;/b&gt; &amp; «кавычки»")));
    CHECK_FALSE(html.contains(QStringLiteral("<b>не разметка")));
    CHECK(html.contains(QStringLiteral("<a class=\"tc\" href=\"hattama://hearing/H-2026-0042?t=65000\">00:01:05</a>")));
    CHECK(html.contains(QStringLiteral("<header class=\"case\">Дело № 1-123/2026</header>")));
    CHECK_FALSE(html.contains(QStringLiteral("SECRET-OFF-RECORD")));
    const QString kk = QString::fromUtf8(HtmlWriter::write(build(input, QStringLiteral("kk"))));
    CHECK(kk.contains(QStringLiteral("2026 жылғы 23 қараша")));
    CHECK(kk.contains(QStringLiteral("Іс № 1-123/2026")));
}

TEST_CASE("odt export is a valid deterministic package with the mimetype first and stored")
{
    for (const QString &lang : { QStringLiteral("ru"), QStringLiteral("kk") }) {
        INFO(lang.toStdString());
        const ProtocolDocument document = build(sampleInput(), lang);
        const QByteArray odt = OdtWriter::write(document);
        CHECK(odt == OdtWriter::write(build(sampleInput(), lang)));
        // ODF: "mimetype" is the first entry, uncompressed, with no extra field.
        CHECK(odt.mid(30, 8) == QByteArrayLiteral("mimetype"));
        CHECK(odt.mid(38, 39) == QByteArrayLiteral("application/vnd.oasis.opendocument.text"));
        QList<QPair<QString, QByteArray>> entries;
        QString error;
        REQUIRE(readStoredZip(odt, &entries, &error));
        INFO(error.toStdString());
        QStringList names;
        for (const auto &entry : entries)
            names << entry.first;
        CHECK(names
            == QStringList { QStringLiteral("mimetype"), QStringLiteral("content.xml"), QStringLiteral("styles.xml"),
                QStringLiteral("meta.xml"), QStringLiteral("META-INF/manifest.xml") });
        for (const auto &entry : entries) {
            if (!entry.first.endsWith(QLatin1String(".xml")))
                continue;
            INFO(entry.first.toStdString());
            CHECK(xmlWellFormed(entry.second, &error));
            INFO(error.toStdString());
        }
        const QString content = QString::fromUtf8(entries.at(1).second);
        CHECK(content.contains(QStringLiteral("xlink:href=\"hattama://hearing/H-2026-0042?t=2760000\"")));
        CHECK(content.contains(lang == QLatin1String("kk") ? QStringLiteral("2026 жылғы 23 қараша")
                                                           : QStringLiteral("23 ноября 2026 года")));
        CHECK_FALSE(content.contains(QStringLiteral("SECRET-OFF-RECORD")));
        const QString styles = QString::fromUtf8(entries.at(2).second);
        CHECK(styles.contains(QStringLiteral("<text:page-number text:select-page=\"current\">")));
        CHECK(styles.contains(QStringLiteral("<text:page-count>")));
        CHECK(styles.contains(QStringLiteral("fo:page-width=\"21cm\"")));

        // The stock unzip agrees (CRC and structure).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.odt"));
        REQUIRE(writeFile(path, odt));
        const auto test = runProgram(QStringLiteral("unzip"), { QStringLiteral("-tq"), path });
        INFO(test.out.toStdString() << test.err.toStdString());
        CHECK(test.exitCode == 0);
        const auto content2
            = runProgram(QStringLiteral("unzip"), { QStringLiteral("-p"), path, QStringLiteral("content.xml") });
        CHECK(content2.out == content);
    }
}

TEST_CASE("odt converts to pdf with libreoffice where it is installed")
{
    QString office = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (office.isEmpty())
        office = QStandardPaths::findExecutable(QStringLiteral("libreoffice"));
    if (office.isEmpty()) {
        WARN("LibreOffice (soffice) not installed: ODT conversion check skipped");
        return;
    }
    QTemporaryDir dir;
    REQUIRE(
        writeFile(dir.filePath(QStringLiteral("p.odt")), OdtWriter::write(build(sampleInput(), QStringLiteral("kk")))));
    const auto result = runProgram(office,
        { QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("profile")),
            QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
            QStringLiteral("--outdir"), dir.path(), dir.filePath(QStringLiteral("p.odt")) },
        180'000);
    INFO(result.out.toStdString() << result.err.toStdString());
    REQUIRE(QFile::exists(dir.filePath(QStringLiteral("p.pdf"))));
    const QString text = collapsed(pdfText(dir.filePath(QStringLiteral("p.pdf"))));
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("СОТ ОТЫРЫСЫНЫҢ ҚЫСҚАША ХАТТАМАСЫ")));
    CHECK(text.contains(QStringLiteral("Астана қ., 2026 жылғы 23 қараша")));
    // The header and footer fields of styles.xml are filled in by LibreOffice.
    const int pages = pdfPages(dir.filePath(QStringLiteral("p.pdf")));
    REQUIRE(pages >= 1);
    CHECK(text.contains(QStringLiteral("%1-бет, барлығы %1").arg(pages)));
    CHECK(text.count(QStringLiteral("Іс № 1-123/2026")) >= pages);
}

TEST_CASE("russian pdf text holds the mandatory fields in order with a footer and case number on every page")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ru.pdf"));
    const QString text = collapsed(writePdf(build(sampleInput(), QStringLiteral("ru")), path));
    INFO(text.toStdString());
    const QStringList expected {
        QStringLiteral("Дело № 1-123/2026"),
        QStringLiteral("КРАТКИЙ ПРОТОКОЛ СУДЕБНОГО ЗАСЕДАНИЯ"),
        QStringLiteral("по уголовному делу № 1-123/2026"),
        QStringLiteral("г. Астана, 23 ноября 2026 года"),
        QStringLiteral("Судебное заседание начато в 10 ч 15 мин, окончено в 12 ч 40 мин"),
        QStringLiteral("председательствующий судья Нурланов Е.С."),
        QStringLiteral("Секретарь судебного заседания: Әбдірахманова Ө.Қ."),
        QStringLiteral("Судебное заседание открытое"),
        QStringLiteral("Явились"),
        QStringLiteral("Ход судебного заседания"),
        QStringLiteral("[00:00:00] 10:15:00 Нурланов Е.С. (судья): Судебное заседание объявлено"),
        QStringLiteral("[00:01:05] 10:16:05"),
        QStringLiteral("[00:30:00] 10:45:00 Объявлен перерыв"),
        QStringLiteral("[00:46:40] 11:01:40 [закрытая часть]"),
        QStringLiteral("[02:25:00] 12:40:00 Судебное заседание окончено."),
        QStringLiteral("Председательствующий судья ______________ Нурланов Е.С."),
    };
    const auto positions = positionsInOrder(text, expected);
    for (qsizetype i = 0; i < expected.size(); ++i) {
        INFO(expected.at(i).toStdString());
        CHECK(positions.at(i) >= 0);
    }
    CHECK_FALSE(text.contains(QStringLiteral("SECRET-OFF-RECORD")));
    const int pages = pdfPages(path);
    REQUIRE(pages >= 2);
    for (int page = 1; page <= pages; ++page)
        CHECK(text.contains(QStringLiteral("Страница %1 из %2").arg(page).arg(pages)));
    CHECK(text.count(QStringLiteral("Дело № 1-123/2026")) == pages);
    // The two signatures share a page (pdftotext separates pages with a form feed).
    bool signaturesTogether = false;
    for (const QString &pageText : text.split(QLatin1Char('\f')))
        signaturesTogether = signaturesTogether
            || (pageText.contains(QStringLiteral("Председательствующий судья ______________"))
                && pageText.contains(QStringLiteral("Секретарь судебного заседания ______________")));
    CHECK(signaturesTogether);
    // Each entry appears once: no text of a neighbouring page leaks in.
    CHECK(text.count(QStringLiteral("[00:01:05]")) == 1);
    // Fonts with Kazakh letters are embedded.
    const auto fonts = runProgram(QStringLiteral("pdffonts"), { path });
    CHECK(fonts.out.contains(QStringLiteral("DejaVuSerif")));
    for (const QString &line : fonts.out.split(QLatin1Char('\n')).mid(2)) {
        if (line.trimmed().isEmpty())
            continue;
        INFO(line.toStdString());
        CHECK(line.section(QRegularExpression(QStringLiteral("\\s+")), -5, -5) == QStringLiteral("yes"));
    }
}

TEST_CASE("kazakh pdf text has kazakh months suffixes page footer and time codes")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kk.pdf"));
    const QString text
        = collapsed(writePdf(build(sampleInput(), QStringLiteral("kk"), ProtocolBuilder::Kind::Full), path));
    INFO(text.toStdString());
    const QStringList expected {
        QStringLiteral("Іс № 1-123/2026"),
        QStringLiteral("СОТ ОТЫРЫСЫНЫҢ ХАТТАМАСЫ"),
        QStringLiteral("Астана қ., 2026 жылғы 23 қараша"),
        QStringLiteral("Сот отырысы сағат 10:15-те басталды, сағат 12:40-та аяқталды."),
        QStringLiteral("Сот отырысының хатшысы: Әбдірахманова Ө.Қ."),
        QStringLiteral("Сот отырысына келгендер"),
        QStringLiteral("жәбірленуші"),
        QStringLiteral("Сот отырысының барысы"),
        QStringLiteral("[00:00:12] 10:15:12 Төрағалық етуші"),
        QStringLiteral("[00:30:00] 10:45:00 Үзіліс жарияланды"),
        QStringLiteral("[01:25:00] 11:40:00 Ким А.В. (қорғаушы): Өтінішхат мәлімделді."),
        QStringLiteral("Сот жарыссөздерінің негізгі мазмұны"),
        QStringLiteral("Төрағалық етуші судья ______________ Нурланов Е.С."),
    };
    const auto positions = positionsInOrder(text, expected);
    for (qsizetype i = 0; i < expected.size(); ++i) {
        INFO(expected.at(i).toStdString());
        CHECK(positions.at(i) >= 0);
    }
    const int pages = pdfPages(path);
    REQUIRE(pages >= 2);
    for (int page = 1; page <= pages; ++page)
        CHECK(text.contains(QStringLiteral("%1-бет, барлығы %2").arg(page).arg(pages)));
    CHECK(text.count(QStringLiteral("Іс № 1-123/2026")) == pages);
    // The same document gives the same text.
    CHECK(collapsed(writePdf(build(sampleInput(), QStringLiteral("kk"), ProtocolBuilder::Kind::Full),
              dir.filePath(QStringLiteral("again.pdf"))))
        == text);
}

TEST_CASE("a hearing with 1000 entries renders to every format with all of its time codes")
{
    const ProtocolDocument document = build(inputWithEntries(1000), QStringLiteral("ru"));
    int timed = 0;
    for (const ProtocolBlock &block : document.blocks)
        timed += block.hasTimeCode() ? 1 : 0;
    CHECK(timed == 1000);
    CHECK(HtmlWriter::write(document).count("hattama://hearing/H-2026-0042?t=") == 1000);
    QList<QPair<QString, QByteArray>> entries;
    QString error;
    REQUIRE(readStoredZip(OdtWriter::write(document), &entries, &error));
    CHECK(entries.at(1).second.count("hattama://hearing/H-2026-0042?t=") == 1000);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.pdf"));
    const QString text = collapsed(writePdf(document, path));
    const int pages = pdfPages(path);
    CHECK(pages > 30);
    CHECK(text.contains(QStringLiteral("[00:16:39] 10:31:39 Сейткали Д.М. (государственный обвинитель):")));
    CHECK(text.contains(QStringLiteral("номер 1000: участник дал пояснения")));
    CHECK(text.contains(QStringLiteral("Страница %1 из %1").arg(pages)));
    QRegularExpression code(QStringLiteral(R"(\[\d\d:\d\d:\d\d\])"));
    CHECK(text.count(code) == 1000);
}

TEST_CASE("pdf export names the missing font folder")
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("x.pdf")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    const auto status
        = PdfWriter::write(build(sampleInput(), QStringLiteral("ru")), &file, dir.filePath(QStringLiteral("no-fonts")));
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().code == hattama::ExitCode::Environment);
    CHECK(status.error().message.contains(QStringLiteral("DejaVuSerif.ttf")));
    CHECK(status.error().hint.contains(QStringLiteral("fonts-dejavu-core")));
}

TEST_CASE("pdf signatures of judge and secretary never split across pages")
{
    // Timelines of growing length move the signatures through every position on a page.
    QTemporaryDir dir;
    int straddlesAvoided = 0;
    for (int entries = 20; entries <= 44; ++entries) {
        const QString path = dir.filePath(QStringLiteral("s%1.pdf").arg(entries));
        const QString text = collapsed(writePdf(build(inputWithEntries(entries), QStringLiteral("ru")), path));
        const QStringList pages = text.split(QLatin1Char('\f'));
        int judgePage = -1;
        int secretaryPage = -1;
        int lastEntryPage = -1;
        for (int page = 0; page < pages.size(); ++page) {
            if (pages.at(page).contains(QStringLiteral("Председательствующий судья ______________")))
                judgePage = page;
            if (pages.at(page).contains(QStringLiteral("Секретарь судебного заседания ______________")))
                secretaryPage = page;
            if (pages.at(page).contains(QStringLiteral("Участникам процесса разъяснено право ознакомиться")))
                lastEntryPage = page;
        }
        INFO(entries);
        REQUIRE(judgePage >= 0);
        CHECK(judgePage == secretaryPage);
        // Never alone: the paragraph before the signatures shares their page.
        CHECK(judgePage == lastEntryPage);
        const QString body = pages.at(judgePage).section(QStringLiteral("Дело № 1-123/2026"), 1).trimmed();
        straddlesAvoided += body.startsWith(QStringLiteral("Участникам процесса разъяснено")) ? 1 : 0;
    }
    // At least one length needed the end of the protocol moved to a fresh page.
    CHECK(straddlesAvoided > 0);
}

TEST_CASE("the font folder comes from HATTAMA_FONT_DIR before the system's")
{
    QTemporaryDir dir;
    for (const char *name :
        { "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSansMono.ttf" })
        REQUIRE(
            QFile::link(QDir(QStringLiteral("/usr/share/fonts/truetype/dejavu")).filePath(QString::fromLatin1(name)),
                dir.filePath(QString::fromLatin1(name))));
    qputenv("HATTAMA_FONT_DIR", QFile::encodeName(dir.path()));
    CHECK(PdfWriter::defaultFontDir() == dir.path());
    // A folder without the fonts is passed over.
    qputenv("HATTAMA_FONT_DIR", QFile::encodeName(dir.filePath(QStringLiteral("empty"))));
    CHECK(PdfWriter::defaultFontDir() == QStringLiteral("/usr/share/fonts/truetype/dejavu"));
    qunsetenv("HATTAMA_FONT_DIR");
}
