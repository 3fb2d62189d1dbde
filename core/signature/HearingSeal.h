#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace hattama::signature {

// The hearing seal (seal.json, docs/signature.md): a small JSON document signed together with
// the protocol PDF, binding in one act of signing the protocol's text (the PDF's and the
// version file's SHA-256), the recording (the media manifest's head hash, segment and part
// count, recorded duration), the audit chain's head at sealing, and the hearing and case.
struct HearingSeal {
    static constexpr int kFormatVersion = 1;
    static QString formatName() { return QStringLiteral("hattama-hearing-seal"); }

    QString hearingId;
    QString caseNumber;
    int protocolVersion = 0;
    QString protocolLanguage; // ru, kk
    QString protocolKind; // brief, full
    QString protocolFile; // "protocol.pdf", beside the seal
    QString protocolSha256;
    QString versionFile; // "protocol/v0003.json", relative to the hearing folder
    QString versionSha256;
    bool hasRecording = false;
    QString manifestHeadHash; // the "entry" hash of manifest.jsonl's last line
    int segments = 0;
    int parts = 0;
    qint64 durationMs = 0;
    bool hasAudit = false; // false for a hearing folder without a database
    QString auditHeadHash;
    qint64 auditRows = 0;
    QString sealedAtUtc; // ISO 8601

    QByteArray toJson() const; // UTF-8, indented, keys sorted
    // SignatureUnreadable naming file when json is not a seal of a known format version.
    static Result<HearingSeal> fromJson(const QByteArray &json, const QString &file);
};

} // namespace hattama::signature
