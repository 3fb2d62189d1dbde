// libFuzzer target: the protocol template language. Any text either parses or is refused
// with a TemplateSyntax error; what parses is rendered against a context with values, lists
// of items (with time codes) and nested maps, the shapes ProtocolBuilder::context gives.
#include "protocol/ProtocolTemplate.h"

#include <QString>
#include <QVariantList>
#include <QVariantMap>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace hattama;
using namespace hattama::protocol;

namespace {

QVariantMap sampleContext()
{
    QVariantList participants;
    for (int i = 0; i < 3; ++i)
        participants << QVariantMap { { QStringLiteral("name"), QStringLiteral("Участник %1").arg(i + 1) },
            { QStringLiteral("role"), QStringLiteral("witness") }, { QStringLiteral("present"), i != 1 } };
    QVariantList entries;
    for (int i = 0; i < 4; ++i)
        entries << QVariantMap { { QStringLiteral("time_ms"), qint64(i) * 61'000 },
            { QStringLiteral("text"), QStringLiteral("Запись %1 {{not a tag}}").arg(i) },
            { QStringLiteral("speaker"), QStringLiteral("Судья") }, { QStringLiteral("participants"), participants } };
    return QVariantMap { { QStringLiteral("court"),
                             QVariantMap { { QStringLiteral("name"), QStringLiteral("Сарыаркинский районный суд") },
                                 { QStringLiteral("city"), QStringLiteral("Астана") } } },
        { QStringLiteral("case"), QVariantMap { { QStringLiteral("number"), QStringLiteral("2-1234/2026") } } },
        { QStringLiteral("participants"), participants }, { QStringLiteral("entries"), entries },
        { QStringLiteral("empty"), QVariantList {} }, { QStringLiteral("closed"), true },
        { QStringLiteral("judge"), QStringLiteral("Әбілқасымова Ж. С.") } };
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QVariantMap context = sampleContext();
    const QString source = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto parsed = ProtocolTemplate::parse(source, QStringLiteral("fuzz.tmpl"));
    if (!parsed) {
        if (parsed.error().kind != ErrorCode::TemplateSyntax) {
            std::fprintf(stderr, "refused with an unexpected code: %s\n", qPrintable(parsed.error().text()));
            std::abort();
        }
        return 0;
    }
    const QList<ProtocolBlock> blocks = parsed->render(context);
    for (const ProtocolBlock &block : blocks) {
        if (block.style.isEmpty())
            std::abort(); // every block has a style (the default one at least)
    }
    return 0;
}
