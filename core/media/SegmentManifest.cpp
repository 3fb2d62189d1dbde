#include "media/SegmentManifest.h"

#include "media/DurableFiles.h"
#include "util/Logging.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

#include <openssl/evp.h>

#include <cmath>
#include <limits>
#include <memory>

namespace hattama {

namespace {

constexpr int kHashHexLength = 64;
const QByteArray kEntryPrefix = QByteArrayLiteral(",\"entry\":\"");
const QByteArray kGenesisPrev(kHashHexLength, '0');

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

// A JSON string with only the escapes JSON requires; UTF-8 otherwise unchanged.
QByteArray jsonString(const QString &text)
{
    QByteArray out = "\"";
    for (const char c : text.toUtf8()) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            out += QByteArrayLiteral("\\u00") + QByteArray::number(u, 16).rightJustified(2, '0');
        } else {
            out += c;
        }
    }
    out += '"';
    return out;
}

QByteArray field(const char *name, const QByteArray &jsonValue)
{
    return QByteArray("\"") + name + "\":" + jsonValue;
}

QByteArray nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
}

bool isHex64(const QByteArray &text)
{
    if (text.size() != kHashHexLength)
        return false;
    for (const char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

bool isSafeRelativePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('\\'))
        || QDir::isAbsolutePath(path))
        return false;
    for (const QString &piece : path.split(QLatin1Char('/'))) {
        if (piece.isEmpty() || piece == QLatin1String(".") || piece == QLatin1String(".."))
            return false;
    }
    return true;
}

QString hearingIdFromFolder(const QString &hearingDir)
{
    QFile recording(hearingDir + QStringLiteral("/recording.json"));
    if (recording.open(QIODevice::ReadOnly)) {
        const QJsonObject object = QJsonDocument::fromJson(recording.readAll()).object();
        for (const char *key : { "hearingId", "id" }) { // the recorder writes "id"
            const QString id = object.value(QLatin1String(key)).toString();
            if (!id.isEmpty())
                return id;
        }
    }
    return QFileInfo(hearingDir).fileName();
}

} // namespace

QString SegmentManifest::manifestPath() const
{
    return m_hearingDir + QLatin1Char('/') + fileName();
}

int SegmentManifest::segmentCount() const
{
    int count = 0;
    for (const ManifestEntry &entry : m_entries)
        count += entry.type == ManifestEntry::Type::Segment ? 1 : 0;
    return count;
}

bool SegmentManifest::isClosed() const
{
    return !m_entries.isEmpty() && m_entries.constLast().type == ManifestEntry::Type::Close;
}

bool SegmentManifest::contains(const QString &relativePath) const
{
    for (const ManifestEntry &entry : m_entries) {
        if (entry.type == ManifestEntry::Type::Segment && entry.path == relativePath)
            return true;
    }
    return false;
}

QByteArray SegmentManifest::lastEntryHex() const
{
    return m_entries.isEmpty() ? kGenesisPrev : m_entries.constLast().entryHex;
}

Result<QByteArray> SegmentManifest::sha256OfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::of(ErrorCode::FileUnreadable, { path, file.errorString() });
    // OpenSSL's SHA-256 (SHA extensions where the processor has them): a recording's hour is
    // hashed at closing, by verify and by the party's copy, so this runs over gigabytes.
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1)
        return Error::of(ErrorCode::FileUnreadable, { path, QStringLiteral("SHA-256 is not available") });
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 read = file.read(block.data(), block.size());
        if (read < 0)
            return Error::of(ErrorCode::FileUnreadable, { path, file.errorString() });
        if (read == 0)
            break;
        EVP_DigestUpdate(context.get(), block.constData(), static_cast<size_t>(read));
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(context.get(), digest, &length);
    return QByteArray(reinterpret_cast<const char *>(digest), static_cast<qsizetype>(length)).toHex();
}

ManifestEntry SegmentManifest::parseLine(const QByteArray &line, int lineNumber)
{
    ManifestEntry entry;
    entry.lineNumber = lineNumber;
    entry.rawLine = line;
    const qsizetype suffixLength = kEntryPrefix.size() + kHashHexLength + 2; // ,"entry":"<hex>"}
    if (line.size() <= suffixLength || !line.endsWith("\"}")
        || line.mid(line.size() - suffixLength, kEntryPrefix.size()) != kEntryPrefix) {
        entry.problem = QStringLiteral("does not end with its \"entry\" hash");
        return entry;
    }
    entry.entryHex = line.mid(line.size() - kHashHexLength - 2, kHashHexLength);
    entry.computedEntryHex = sha256Hex(line.left(line.size() - suffixLength) + '}');

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        entry.problem = QStringLiteral("is not a JSON object (%1)").arg(error.errorString());
        return entry;
    }
    const QJsonObject object = document.object();
    // Every number of the format is a non-negative JSON integer; anything else ("judge", 1.5,
    // -1, a missing field, a number beyond 2^53) makes the line malformed.
    QStringList badNumbers;
    const auto integer = [&object, &badNumbers](const char *name) -> qint64 {
        const QJsonValue value = object.value(QLatin1String(name));
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number < 0 || number > 9007199254740992.0 || number != std::floor(number)) {
            badNumbers << QLatin1String(name);
            return -1;
        }
        return static_cast<qint64>(number);
    };
    const auto smallInteger = [&integer](const char *name) {
        const qint64 value = integer(name);
        return value > std::numeric_limits<int>::max() ? -1 : static_cast<int>(value);
    };
    entry.seq = integer("seq");
    entry.prevHex = object.value(QLatin1String("prev")).toString().toLatin1();
    const QString type = object.value(QLatin1String("type")).toString();
    if (type == QLatin1String("header")) {
        entry.type = ManifestEntry::Type::Header;
        entry.version = smallInteger("version");
        entry.hearingId = object.value(QLatin1String("hearing")).toString();
        if (object.value(QLatin1String("format")).toString() != QLatin1String("hattama-manifest")) {
            entry.problem = QStringLiteral("is not a hattama-manifest header");
            return entry;
        }
    } else if (type == QLatin1String("segment")) {
        entry.type = ManifestEntry::Type::Segment;
        entry.part = smallInteger("part");
        entry.path = object.value(QLatin1String("path")).toString();
        entry.sizeBytes = integer("size");
        entry.startMs = integer("startMs");
        entry.durationMs = integer("durationMs");
        entry.sha256Hex = object.value(QLatin1String("sha256")).toString().toLatin1();
        if (!isSafeRelativePath(entry.path) || !isHex64(entry.sha256Hex) || entry.part < 1 || entry.sizeBytes < 0) {
            entry.problem = QStringLiteral("is not a valid segment entry");
            return entry;
        }
    } else if (type == QLatin1String("close")) {
        entry.type = ManifestEntry::Type::Close;
        entry.segmentCount = smallInteger("segments");
        entry.closedBy = object.value(QLatin1String("by")).toString();
        // Written by recover: where the recovered media end and about how much was lost there.
        if (object.contains(QLatin1String("lostAtMs"))) {
            entry.lostAtMs = integer("lostAtMs");
            if (object.contains(QLatin1String("lostMs")))
                entry.lostMs = integer("lostMs");
        }
    } else {
        entry.problem = QStringLiteral("has an unknown type \"%1\"").arg(type);
        return entry;
    }
    if (!badNumbers.isEmpty()) {
        entry.problem = QStringLiteral("has a field that is not a non-negative whole number: %1")
                            .arg(badNumbers.join(QStringLiteral(", ")));
        return entry;
    }
    if (!isHex64(entry.prevHex) || !isHex64(entry.entryHex)) {
        entry.problem = QStringLiteral("has a malformed \"prev\" or \"entry\" hash");
        return entry;
    }
    entry.parsed = true;
    return entry;
}

Result<ManifestContents> SegmentManifest::read(const QString &manifestPath)
{
    QFile file(manifestPath);
    if (!file.open(QIODevice::ReadOnly))
        return Error::of(ErrorCode::FileUnreadable, { manifestPath, file.errorString() });
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error::of(ErrorCode::FileUnreadable, { manifestPath, file.errorString() });

    ManifestContents contents;
    qsizetype start = 0;
    int lineNumber = 0;
    while (start < data.size()) {
        const qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            break;
        ++lineNumber;
        contents.entries.append(parseLine(data.mid(start, end - start), lineNumber));
        start = end + 1;
    }
    contents.validBytes = start;
    // A power cut can leave the last line without its '\n', or as zero bytes: that is a torn
    // tail, not tampering. Zero-filled complete lines at the end count as torn too.
    while (!contents.entries.isEmpty()) {
        const QByteArray &last = contents.entries.constLast().rawLine;
        if (last.isEmpty() || last.count('\0') != last.size())
            break;
        contents.validBytes -= last.size() + 1;
        contents.entries.removeLast();
    }
    contents.tornTail = data.mid(contents.validBytes);
    contents.tornLineNumber = contents.tornTail.isEmpty() ? 0 : static_cast<int>(contents.entries.size()) + 1;
    return contents;
}

QList<ManifestChainProblem> SegmentManifest::checkChain(const ManifestContents &contents)
{
    QList<ManifestChainProblem> problems;
    if (contents.entries.isEmpty()) {
        problems.append({ ManifestChainProblem::Kind::HeaderMissing, 1,
            QStringLiteral("manifest line 1 (the header) is missing"), {} });
        return problems;
    }
    QByteArray expectedPrev = kGenesisPrev;
    QSet<QString> paths;
    for (const ManifestEntry &entry : contents.entries) {
        const int n = entry.lineNumber;
        if (!entry.parsed) {
            problems.append({ ManifestChainProblem::Kind::Malformed, n,
                QStringLiteral("manifest line %1 %2").arg(n).arg(entry.problem), {} });
        } else {
            if (entry.entryHex != entry.computedEntryHex) {
                problems.append({ ManifestChainProblem::Kind::Altered, n,
                    QStringLiteral("manifest line %1 is altered: its content does not match its entry hash").arg(n),
                    {} });
            }
            using Kind = ManifestChainProblem::Kind;
            if (entry.prevHex != expectedPrev) {
                problems.append({ Kind::NotChained, n,
                    n == 1 ? QStringLiteral("manifest line 1 does not start the chain")
                           : QStringLiteral(
                               "manifest line %1 does not chain to line %2 (lines removed, inserted or reordered)")
                                 .arg(n)
                                 .arg(n - 1),
                    {} });
            }
            if (entry.seq != n) {
                problems.append({ Kind::WrongSequence, n,
                    QStringLiteral("manifest line %1 has sequence number %2").arg(n).arg(entry.seq), {} });
            }
            if (n == 1 && entry.type != ManifestEntry::Type::Header)
                problems.append({ Kind::NotHeader, n, QStringLiteral("manifest line 1 is not the header"), {} });
            if (n != 1 && entry.type == ManifestEntry::Type::Header)
                problems.append(
                    { Kind::SecondHeader, n, QStringLiteral("manifest line %1 is a second header").arg(n), {} });
            if (entry.type == ManifestEntry::Type::Segment) {
                if (paths.contains(entry.path)) {
                    problems.append({ Kind::DuplicateSegment, n,
                        QStringLiteral("manifest line %1 lists %2 a second time").arg(n).arg(entry.path), entry.path });
                }
                paths.insert(entry.path);
            }
        }
        // The next line chains to what this line claims; a forged "entry" shows up above.
        expectedPrev = entry.entryHex;
    }
    return problems;
}

Result<SegmentManifest> SegmentManifest::openOrCreate(const QString &hearingDir, const QString &hearingId)
{
    const QFileInfo dirInfo(hearingDir);
    if (!dirInfo.isDir())
        return Error::of(ErrorCode::FolderMissing, { hearingDir });
    SegmentManifest manifest;
    manifest.m_hearingDir = dirInfo.absoluteFilePath();
    const QString path = manifest.manifestPath();

    if (!QFileInfo::exists(path)) {
        manifest.m_hearingId = hearingId.isEmpty() ? hearingIdFromFolder(manifest.m_hearingDir) : hearingId;
        QByteArray body = "{" + field("seq", "1") + ',' + field("type", "\"header\"") + ','
            + field("format", "\"hattama-manifest\"") + ',' + field("version", QByteArray::number(kFormatVersion)) + ','
            + field("hearing", jsonString(manifest.m_hearingId)) + ','
            + field("created", jsonString(QString::fromUtf8(nowUtc()))) + ',' + field("prev", '"' + kGenesisPrev + '"')
            + '}';
        const QByteArray entry = sha256Hex(body);
        body.chop(1);
        const QByteArray line = body + kEntryPrefix + entry + "\"}\n";
        // Written whole under a temporary name, then renamed: the header is never torn.
        QSaveFile save(path);
        if (!save.open(QIODevice::WriteOnly) || save.write(line) != line.size() || !save.commit())
            return Error::of(ErrorCode::FileUnwritable, { path, save.errorString() });
        if (Status synced = DurableFiles::syncFile(path); !synced)
            return synced.error();
        if (Status synced = DurableFiles::syncDirectory(manifest.m_hearingDir); !synced)
            return synced.error();
        manifest.m_syncCount += 2;
        (void)DurableFiles::restrictFile(path);
        qCInfo(lcMedia) << "created manifest" << path << "for hearing" << manifest.m_hearingId;
    }

    Result<ManifestContents> contents = read(path);
    if (!contents)
        return contents.error();
    if (!contents->tornTail.isEmpty()) {
        return Error::of(
            ErrorCode::ManifestTorn, { QString::number(contents->tornLineNumber), path, manifest.m_hearingDir });
    }
    const QList<ManifestChainProblem> problems = checkChain(*contents);
    if (!problems.isEmpty()) {
        return Error::of(ErrorCode::ManifestAltered, { problems.constFirst().message, path, manifest.m_hearingDir });
    }
    manifest.m_entries = contents->entries;
    manifest.m_hearingId = manifest.m_entries.constFirst().hearingId;
    return manifest;
}

Status SegmentManifest::appendLine(const QByteArray &bodyWithoutPrev)
{
    // bodyWithoutPrev: "{...fields" without the closing brace; prev and entry are added here.
    const QByteArray body = bodyWithoutPrev + ',' + field("prev", '"' + lastEntryHex() + '"') + '}';
    const QByteArray entryHex = sha256Hex(body);
    const QByteArray line = body.left(body.size() - 1) + kEntryPrefix + entryHex + "\"}";

    const QString path = manifestPath();
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return Error::of(ErrorCode::FileUnwritable, { path, file.errorString() });
    const QByteArray withNewline = line + '\n';
    const qint64 sizeBefore = file.size();
    // One write call for the whole line: a power cut leaves at most this line torn.
    if (file.write(withNewline) != withNewline.size() || !file.flush()) {
        // A full disk may have taken part of the line: cut it off, so that the chain goes on
        // from the last whole line once there is room again.
        const bool full = file.error() == QFileDevice::ResourceError;
        const QString why = file.errorString();
        file.close();
        QFile::resize(path, sizeBefore);
        if (full)
            return Error::of(ErrorCode::DiskFull, { path });
        return Error::of(ErrorCode::FileUnwritable, { path, why });
    }
    file.close();
    if (Status synced = DurableFiles::syncFile(path); !synced)
        return synced;
    ++m_syncCount;
    if (Status synced = DurableFiles::syncDirectory(m_hearingDir); !synced)
        return synced;
    ++m_syncCount;
    m_entries.append(parseLine(line, static_cast<int>(m_entries.size()) + 1));
    return {};
}

Status SegmentManifest::appendSegment(const QString &relativePath, int part, qint64 startMs, qint64 durationMs)
{
    if (!isSafeRelativePath(relativePath))
        return usageError(QStringLiteral("segment path %1 is not relative to the hearing folder").arg(relativePath));
    if (part < 1)
        return usageError(QStringLiteral("part number %1 of %2 is not positive").arg(part).arg(relativePath));
    if (contains(relativePath))
        return usageError(QStringLiteral("segment %1 is already in the manifest").arg(relativePath));
    const QString segmentPath = m_hearingDir + QLatin1Char('/') + relativePath;
    const QFileInfo info(segmentPath);
    if (!info.isFile())
        return Error::of(ErrorCode::FileMissing, { segmentPath });

    // The segment's bytes reach the disk before the manifest vouches for them.
    if (Status synced = DurableFiles::syncFile(segmentPath); !synced)
        return synced;
    ++m_syncCount;
    if (Status synced = DurableFiles::syncDirectory(info.absolutePath()); !synced)
        return synced;
    ++m_syncCount;

    Result<QByteArray> hash = sha256OfFile(segmentPath);
    if (!hash)
        return hash.error();
    const QByteArray body = "{" + field("seq", QByteArray::number(m_entries.size() + 1)) + ','
        + field("type", "\"segment\"") + ',' + field("part", QByteArray::number(part)) + ','
        + field("path", jsonString(relativePath)) + ',' + field("size", QByteArray::number(info.size())) + ','
        + field("startMs", QByteArray::number(startMs)) + ',' + field("durationMs", QByteArray::number(durationMs))
        + ',' + field("sha256", '"' + *hash + '"') + ',' + field("written", jsonString(QString::fromUtf8(nowUtc())));
    if (Status appended = appendLine(body); !appended)
        return appended;
    qCDebug(lcMedia) << "manifest: listed" << relativePath << "sha256" << *hash;
    return {};
}

Status SegmentManifest::close(const QString &closedBy, std::optional<ManifestLoss> loss)
{
    QByteArray body = "{" + field("seq", QByteArray::number(m_entries.size() + 1)) + ','
        + field("type", "\"close\"") + ',' + field("segments", QByteArray::number(segmentCount())) + ','
        + field("by", jsonString(closedBy));
    if (loss) {
        body += ',' + field("lostAtMs", QByteArray::number(std::max<qint64>(0, loss->atMs)));
        if (loss->lostMs >= 0)
            body += ',' + field("lostMs", QByteArray::number(loss->lostMs));
    }
    body += ',' + field("written", jsonString(QString::fromUtf8(nowUtc())));
    if (Status appended = appendLine(body); !appended)
        return appended;
    qCInfo(lcMedia) << "manifest: closed by" << closedBy << "with" << segmentCount() << "segments";
    return {};
}

} // namespace hattama
