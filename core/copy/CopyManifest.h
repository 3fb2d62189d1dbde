#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace hattama {

// One file of a copy: its path relative to the copy's folder ('/' separators), size, SHA-256.
struct CopyFile {
    QString path;
    qint64 sizeBytes = 0;
    QByteArray sha256Hex;
};

// What copy.json says about the copy besides its files.
struct CopyDescription {
    QString hearingId;
    QString caseNumber;
    QString court;
    QString language; // "ru" | "kk"
    QString recipient; // "NAME, ROLE"
    QString issuedBy; // "NAME, ROLE"
    QDateTime issuedAt;
    QJsonArray excluded; // [{"startMs", "endMs", "kind": "sealed"|"off_record", "reason"}]
};

// The proof that a copy is unaltered (docs/party-copy.md): copy.json (the description and
// every file's SHA-256) and SHA256SUMS (every file, copy.json included, in the format of GNU
// sha256sum, so `sha256sum -c SHA256SUMS` checks the copy). Both are written whole or not at
// all (QSaveFile).
class CopyManifest {
public:
    static const QString kSumsName; // "SHA256SUMS"
    static const QString kJsonName; // "copy.json"

    // Hashes every file under folder (but SHA256SUMS, copy.json and its signature), writes
    // copy.json, then SHA256SUMS. Returns the files listed in SHA256SUMS.
    static Result<QList<CopyFile>> write(const QString &folder, const CopyDescription &description);

    // Every file under folder with its size and SHA-256, sorted by path; the names in skip
    // (relative paths) are left out.
    static Result<QList<CopyFile>> hashFolder(const QString &folder, const QStringList &skip = {});

    // The lines of SHA256SUMS: "<sha256>  <path>\n", GNU's escaping for '\' and newlines.
    static QByteArray sumsText(const QList<CopyFile> &files);
    static QByteArray jsonText(const CopyDescription &description, const QList<CopyFile> &files);
};

} // namespace hattama
