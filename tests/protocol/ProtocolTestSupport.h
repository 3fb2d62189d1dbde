#pragma once

#include "protocol/ProtocolDocument.h"
#include "protocol/ProtocolInput.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace hattama::test {

// tests/protocol/data/hearing-criminal.json: a recorded criminal hearing with recesses,
// an off-record passage (text "SECRET-OFF-RECORD"), a sealed passage and free-text sections.
QString sampleHearingPath();
protocol::ProtocolInput sampleInput();
// The sample with its timeline replaced by count notes one second apart.
protocol::ProtocolInput inputWithEntries(int count);

// pdftotext -layout of a PDF file; empty with a failed check when pdftotext fails.
QString pdfText(const QString &pdfPath);
// pdfText with runs of spaces collapsed (-layout spreads the words of a line).
QString collapsedPdfText(const QString &pdfPath);
// Number of pages according to pdfinfo.
int pdfPages(const QString &pdfPath);

// The entries of a ZIP holding only stored entries (what OdtWriter makes), in order.
// Returns false when the archive is malformed (signature, sizes or CRC32 wrong).
bool readStoredZip(const QByteArray &zip, QList<QPair<QString, QByteArray>> *entries, QString *error);
// Whether xml is well-formed (QXmlStreamReader); *error names the problem.
bool xmlWellFormed(const QByteArray &xml, QString *error);

// Index of each needle in haystack, searching forward from the previous one; -1 where one is
// missing or out of order.
QList<qsizetype> positionsInOrder(const QString &haystack, const QStringList &needles);

// The key of the first block whose text contains text; empty when none does.
QString blockKeyContaining(const protocol::ProtocolDocument &document, const QString &text);

bool writeFile(const QString &path, const QByteArray &data);
QByteArray readFile(const QString &path);

} // namespace hattama::test
