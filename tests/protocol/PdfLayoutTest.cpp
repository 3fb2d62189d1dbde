// The PDF's pages read back with pdftotext -bbox: every page holds body text, and no body
// text reaches into the footer or the header (issue: the signature line ran into «Страница 1
// из 2» and page 2 held only the header and footer).
#include "ProtocolTestSupport.h"
#include "TestSupport.h"
#include "hearing/HearingJson.h"
#include "protocol/HearingToProtocol.h"
#include "protocol/PdfWriter.h"
#include "protocol/ProtocolBuilder.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace hattama::protocol;
using namespace hattama::test;

namespace {

struct Word {
    double xMin = 0;
    double yMin = 0;
    double xMax = 0;
    double yMax = 0;
    QString text;
};

// pdftotext -bbox: one <page> per page with a <word> box per word, in PDF points from the top.
QList<QList<Word>> pdfWords(const QString &pdfPath)
{
    const auto result
        = runProgram(QStringLiteral("pdftotext"), { QStringLiteral("-bbox"), pdfPath, QStringLiteral("-") });
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    static const QRegularExpression wordPattern(
        QStringLiteral(R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re"));
    QList<QList<Word>> pages;
    const QStringList parts = result.out.split(QStringLiteral("<page "));
    for (qsizetype i = 1; i < parts.size(); ++i) {
        QList<Word> words;
        for (auto it = wordPattern.globalMatch(parts.at(i)); it.hasNext();) {
            const auto match = it.next();
            words << Word { match.captured(1).toDouble(), match.captured(2).toDouble(), match.captured(3).toDouble(),
                match.captured(4).toDouble(), match.captured(5) };
        }
        pages << words;
    }
    return pages;
}

QString joined(const QList<Word> &words)
{
    QStringList texts;
    for (const Word &word : words)
        texts << word.text;
    return texts.join(QLatin1Char(' '));
}

// Writes the document as PDF and checks every page: the header line is exactly the case
// label, the lowest line exactly the page label, and body text lies between them, apart.
void checkPages(const ProtocolDocument &document, const QString &path)
{
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        const auto status = PdfWriter::write(document, &file);
        REQUIRE(status.ok());
    }
    const QList<QList<Word>> pages = pdfWords(path);
    REQUIRE(!pages.isEmpty());
    CHECK(pages.size() == pdfPages(path));
    for (qsizetype page = 0; page < pages.size(); ++page) {
        const QList<Word> &words = pages.at(page);
        INFO("page " << page + 1 << " of " << pages.size() << ": " << joined(words).left(400).toStdString());
        REQUIRE(!words.isEmpty());
        double top = words.first().yMin;
        double bottom = words.first().yMin;
        for (const Word &word : words) {
            top = std::min(top, word.yMin);
            bottom = std::max(bottom, word.yMin);
        }
        QList<Word> header;
        QList<Word> footer;
        QList<Word> body;
        for (const Word &word : words) {
            if (std::abs(word.yMin - top) < 1.0)
                header << word;
            else if (std::abs(word.yMin - bottom) < 1.0)
                footer << word;
            else
                body << word;
        }
        // A body word on the header's or the footer's line shows here as a longer line.
        CHECK(joined(header) == document.caseLabel.arg(document.caseNumber));
        CHECK(joined(footer) == document.pageLabel.arg(page + 1).arg(pages.size()));
        // Not a page with the header and footer only.
        CHECK(!body.isEmpty());
        // The signatures never stand alone: the paragraph before them shares their page.
        if (page == pages.size() - 1) {
            QString before;
            for (qsizetype i = 1; i < document.blocks.size(); ++i)
                if (document.blocks.at(i).style == QLatin1String("signature") && before.isEmpty())
                    before = document.blocks.at(i - 1).text.section(QLatin1Char(' '), -1);
            CHECK(joined(body).contains(before));
        }
        double headerBottom = 0;
        for (const Word &word : header)
            headerBottom = std::max(headerBottom, word.yMax);
        double footerTop = 1e9;
        for (const Word &word : footer)
            footerTop = std::min(footerTop, word.yMin);
        for (const Word &word : body) {
            INFO(word.text.toStdString() << " at y " << word.yMin << "–" << word.yMax);
            CHECK(word.yMin >= headerBottom);
            CHECK(word.yMax <= footerTop - 2.0); // a visible gap above the footer
        }
    }
}

ProtocolInput sampleHearing()
{
    auto record
        = hattama::HearingJson::parse(readFile(sourceDir() + QStringLiteral("/docs/samples/hearing-sample.json")));
    REQUIRE(record.ok());
    return protocolInputFromHearing(*record, RecordingSummary {});
}

} // namespace

TEST_CASE("no pdf page holds only the header and footer, and no body text overlaps the footer")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const ProtocolInput sample = sampleHearing();
    const ProtocolInput many = inputWithEntries(300);
    for (const QString &lang : { QStringLiteral("ru"), QStringLiteral("kk") }) {
        for (const auto kind : { ProtocolBuilder::Kind::Brief, ProtocolBuilder::Kind::Full }) {
            for (const ProtocolInput *input : { &sample, &many }) {
                if (kind == ProtocolBuilder::Kind::Brief && !input->hasRecording)
                    continue; // no brief protocol without a recording
                INFO(lang.toStdString() << " " << ProtocolBuilder::kindId(kind).toStdString() << " "
                                        << input->entries.size() << " entries");
                auto document = ProtocolBuilder::build(*input, { lang, kind, QString() });
                REQUIRE(document.ok());
                checkPages(*document, dir.filePath(QStringLiteral("p.pdf")));
            }
        }
    }
}

TEST_CASE("signatures that would end a page exactly start the next page together")
{
    // Notes are added one by one until the protocol grows to a second page: at each length
    // the check above holds, so the step where the signatures no longer fit is covered.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ProtocolInput input = sampleHearing();
    int previousPages = 1;
    for (int count = 0; count < 40 && previousPages < 3; ++count) {
        ProtocolEntry entry;
        entry.id = QStringLiteral("extra-%1").arg(count);
        entry.hearingTimeMs = 700'000 + count * 1000;
        entry.kind = hattama::EntryKind::Note;
        entry.text = QStringLiteral("Секретарь отметила, что участник %1 подтвердил свои пояснения.").arg(count + 1);
        input.entries << entry;
        auto document = ProtocolBuilder::build(input, { QStringLiteral("ru"), ProtocolBuilder::Kind::Full, QString() });
        REQUIRE(document.ok());
        INFO(count + 1 << " notes added");
        const QString path = dir.filePath(QStringLiteral("s.pdf"));
        checkPages(*document, path);
        previousPages = pdfPages(path);
    }
    CHECK(previousPages >= 2);
}
