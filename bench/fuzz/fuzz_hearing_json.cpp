// libFuzzer target: HearingJson::parse on any bytes. Whatever it accepts must write back and
// parse again to the same record (export → import round-trips), so a value the parser lets
// through but cannot keep is a finding, not only a crash.
#include "hearing/HearingJson.h"

#include <QByteArray>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace hattama;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto record = HearingJson::parse(input);
    if (!record)
        return 0;
    const QByteArray written = HearingJson::write(*record);
    const auto again = HearingJson::parse(written);
    if (!again) {
        std::fprintf(stderr, "accepted input does not re-import: %s\n%s\n",
            qPrintable(again.error().text()), written.constData());
        std::abort();
    }
    const QByteArray rewritten = HearingJson::write(*again);
    if (rewritten != written) {
        std::fprintf(stderr, "export is not stable:\n%s\n---\n%s\n", written.constData(), rewritten.constData());
        std::abort();
    }
    return 0;
}
