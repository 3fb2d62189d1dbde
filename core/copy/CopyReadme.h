#pragma once

#include "util/Result.h"

#include <QString>

namespace hattama {

// What README.txt names: the copy's facts as the copy shows them (already in its language).
struct ReadmeFacts {
    QString caseNumber;
    QString court;
    QString hearingDate; // as written on the copy, e.g. "23.11.2026 10:15"
    QString recipient; // "NAME, ROLE"
    QString issuedBy; // "NAME, ROLE"
    QString issuedAt; // as written on the copy
    QString protocolPdf = QStringLiteral("protocol/protocol.pdf");
    QString protocolSignature = QStringLiteral("protocol/protocol.pdf.p7s");
};

// README.txt of a party's copy: in Russian, Kazakh and English at once (a reader of any of them
// finds their part), what the copy is, how to open it, and how to check it with `sha256sum -c`
// and `openssl cms -verify`. Written UTF-8 with a byte-order mark and CRLF line ends, so that
// Notepad on an old Windows shows the Cyrillic right.
namespace CopyReadme {

inline const QString kFileName = QStringLiteral("README.txt");

QString text(const ReadmeFacts &facts);
// Writes folder/README.txt whole or not at all.
Status write(const QString &folder, const ReadmeFacts &facts);

} // namespace CopyReadme
} // namespace hattama
