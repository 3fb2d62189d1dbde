// libFuzzer target: a manifest.jsonl of any bytes, read back and chain-checked the way verify
// and recover read it. The bytes go through a real file (SegmentManifest::read takes a path);
// the file lives in a private temporary folder, in memory where /dev/shm exists.
#include "media/SegmentManifest.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>
#include <memory>

using namespace hattama;

namespace {

QString manifestPath()
{
    static const std::unique_ptr<QTemporaryDir> dir = [] {
        const QString base = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
        return std::make_unique<QTemporaryDir>(base + QStringLiteral("/hattama-fuzz-XXXXXX"));
    }();
    if (!dir->isValid())
        std::abort();
    return dir->filePath(SegmentManifest::fileName());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = manifestPath();
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    const auto contents = SegmentManifest::read(path);
    if (!contents)
        std::abort(); // the file was just written: it must be readable
    // The parts add up to the file: complete lines, then the torn tail.
    if (contents->validBytes + contents->tornTail.size() != qint64(size))
        std::abort();
    const QList<ManifestChainProblem> problems = SegmentManifest::checkChain(*contents);
    for (const ManifestChainProblem &problem : problems) {
        if (problem.message.isEmpty())
            std::abort(); // every problem names itself
    }
    // Each line alone parses the same as within the file.
    for (const ManifestEntry &entry : contents->entries) {
        const ManifestEntry again = SegmentManifest::parseLine(entry.rawLine, entry.lineNumber);
        if (again.parsed != entry.parsed || again.entryHex != entry.entryHex)
            std::abort();
    }
    return 0;
}
