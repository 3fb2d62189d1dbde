// Protocol rendering time for long hearings: build from the template, then HTML, ODT and PDF.
// Usage: bench_protocol [ENTRIES...]   (default 1000 5000); run offscreen.
#include "protocol/HtmlWriter.h"
#include "protocol/OdtWriter.h"
#include "protocol/PdfWriter.h"
#include "protocol/ProtocolBuilder.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTimeZone>

#include <cstdio>

using namespace hattama::protocol;

namespace {

ProtocolInput makeInput(int entries)
{
    ProtocolInput input;
    input.hearingId = QStringLiteral("BENCH-1");
    input.courtNameRu = QStringLiteral("Специализированный межрайонный суд по уголовным делам города Астаны");
    input.courtNameKk = QStringLiteral("Астана қаласының қылмыстық істер жөніндегі мамандандырылған ауданаралық соты");
    input.cityRu = input.cityKk = QStringLiteral("Астана");
    input.caseNumber = QStringLiteral("1-1/2026");
    input.category = QStringLiteral("criminal");
    input.judge = QStringLiteral("Нурланов Е.С.");
    input.secretary = QStringLiteral("Әбдірахманова Ө.Қ.");
    input.actualStart = QDateTime(QDate(2026, 11, 23), QTime(10, 0), QTimeZone(5 * 3600));
    input.actualEnd = input.actualStart.addSecs(6 * 3600);
    input.hasRecording = true;
    for (int i = 0; i < entries; ++i) {
        ProtocolEntry entry;
        entry.id = QString::number(i + 1);
        entry.hearingTimeMs = qint64(i) * 15'000;
        entry.wallTime = input.actualStart.addSecs(i * 15);
        entry.text = QStringLiteral("Запись %1: участник процесса дал пояснения по существу рассматриваемого вопроса.")
                         .arg(i + 1);
        entry.speakerName = QStringLiteral("Сейткали Д.М.");
        entry.speakerRole = QStringLiteral("prosecutor");
        input.entries << entry;
    }
    return input;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QList<int> sizes;
    for (int i = 1; i < argc; ++i)
        sizes << QString::fromLocal8Bit(argv[i]).toInt();
    if (sizes.isEmpty())
        sizes = { 1000, 5000 };
    if (!PdfWriter::loadFonts().ok()) {
        std::fprintf(stderr, "DejaVu fonts missing\n");
        return 3;
    }
    std::printf(
        "%8s %6s %10s %10s %10s %10s %8s\n", "entries", "lang", "build ms", "html ms", "odt ms", "pdf ms", "pdf KiB");
    for (const int size : sizes) {
        const ProtocolInput input = makeInput(size);
        for (const QString &lang : { QStringLiteral("ru"), QStringLiteral("kk") }) {
            QElapsedTimer timer;
            timer.start();
            auto document = ProtocolBuilder::build(input, { lang, ProtocolBuilder::Kind::Brief, QString() });
            const qint64 buildMs = timer.restart();
            if (!document.ok())
                return 1;
            const QByteArray html = HtmlWriter::write(*document);
            const qint64 htmlMs = timer.restart();
            const QByteArray odt = OdtWriter::write(*document);
            const qint64 odtMs = timer.restart();
            QBuffer pdf;
            pdf.open(QIODevice::WriteOnly);
            if (!PdfWriter::write(*document, &pdf).ok())
                return 1;
            const qint64 pdfMs = timer.restart();
            std::printf("%8d %6s %10lld %10lld %10lld %10lld %8lld\n", size, qPrintable(lang), buildMs, htmlMs, odtMs,
                pdfMs, pdf.size() / 1024);
        }
    }
    return 0;
}
