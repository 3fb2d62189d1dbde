#include "copy/CopyManifest.h"

#include "copy/WholeFile.h"
#include "media/SegmentManifest.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace hattama {

const QString CopyManifest::kSumsName = QStringLiteral("SHA256SUMS");
const QString CopyManifest::kJsonName = QStringLiteral("copy.json");

namespace {

// By the UTF-8 bytes of the path, as `LC_ALL=C sort` orders them.
void sortByPath(QList<CopyFile> &files)
{
    std::sort(files.begin(), files.end(),
        [](const CopyFile &a, const CopyFile &b) { return a.path.toUtf8() < b.path.toUtf8(); });
}

} // namespace

Result<QList<CopyFile>> CopyManifest::hashFolder(const QString &folder, const QStringList &skip)
{
    const QDir root(folder);
    if (!root.exists())
        return Error::of(ErrorCode::FolderMissing, { folder });
    QList<CopyFile> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString absolute = it.next();
        const QString relative = root.relativeFilePath(absolute);
        if (skip.contains(relative))
            continue;
        Result<QByteArray> hash = SegmentManifest::sha256OfFile(absolute);
        if (!hash)
            return hash.error();
        files.append({ relative, QFileInfo(absolute).size(), *hash });
    }
    sortByPath(files);
    return files;
}

QByteArray CopyManifest::sumsText(const QList<CopyFile> &files)
{
    QByteArray text;
    for (const CopyFile &file : files) {
        QByteArray name = file.path.toUtf8();
        const bool escaped = name.contains('\\') || name.contains('\n');
        if (escaped) {
            name.replace("\\", "\\\\");
            name.replace("\n", "\\n");
            text += '\\';
        }
        text += file.sha256Hex + "  " + name + '\n';
    }
    return text;
}

QByteArray CopyManifest::jsonText(const CopyDescription &description, const QList<CopyFile> &files)
{
    QJsonArray list;
    for (const CopyFile &file : files) {
        list.append(
            QJsonObject { { QStringLiteral("path"), file.path }, { QStringLiteral("sizeBytes"), file.sizeBytes },
                { QStringLiteral("sha256"), QString::fromLatin1(file.sha256Hex) } });
    }
    const QJsonObject json {
        { QStringLiteral("format"), QStringLiteral("hattama-copy-manifest") },
        { QStringLiteral("version"), 1 },
        { QStringLiteral("hearing"), description.hearingId },
        { QStringLiteral("case"), description.caseNumber },
        { QStringLiteral("court"), description.court },
        { QStringLiteral("language"), description.language },
        { QStringLiteral("recipient"), description.recipient },
        { QStringLiteral("issuedBy"), description.issuedBy },
        { QStringLiteral("issuedAt"), description.issuedAt.toString(Qt::ISODateWithMs) },
        { QStringLiteral("excluded"), description.excluded },
        { QStringLiteral("files"), list },
    };
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

Result<QList<CopyFile>> CopyManifest::write(const QString &folder, const CopyDescription &description)
{
    const QStringList ownFiles = { kSumsName, kJsonName, kJsonName + QStringLiteral(".p7s") };
    Result<QList<CopyFile>> files = hashFolder(folder, ownFiles);
    if (!files)
        return files.error();
    const QString jsonPath = QDir(folder).filePath(kJsonName);
    if (Status saved = writeWholeFile(jsonPath, jsonText(description, *files)); !saved)
        return saved.error();
    Result<QByteArray> jsonHash = SegmentManifest::sha256OfFile(jsonPath);
    if (!jsonHash)
        return jsonHash.error();
    QList<CopyFile> listed = *files;
    listed.append({ kJsonName, QFileInfo(jsonPath).size(), *jsonHash });
    sortByPath(listed);
    if (Status saved = writeWholeFile(QDir(folder).filePath(kSumsName), sumsText(listed)); !saved)
        return saved.error();
    return listed;
}

} // namespace hattama
