#include "storage/ManifestAnchorStep.h"

#include "storage/AuditManifestAnchor.h"

namespace hattama {

void ManifestAnchorStep::run(VerificationContext &context, VerificationReport &report)
{
    using Kind = VerificationFinding::Kind;
    using Severity = VerificationFinding::Severity;
    if (!context.manifest || context.manifest->entries.isEmpty())
        return;
    const QList<ManifestEntry> &entries = context.manifest->entries;
    const ManifestEntry &header = entries.constFirst();
    if (header.type != ManifestEntry::Type::Header)
        return; // the manifest step names it
    Result<QList<ManifestHead>> anchored = AuditManifestAnchor::anchors(m_db, header.hearingId);
    if (!anchored) {
        context.environmentProblem = anchored.error();
        return;
    }
    const QString manifestName = SegmentManifest::fileName();
    QList<ManifestHead> heads;
    for (const ManifestHead &head : std::as_const(*anchored)) {
        if (head.genesisHex == header.entryHex)
            heads.append(head);
    }
    if (heads.isEmpty() && !anchored->isEmpty()) {
        VerificationFinding finding { Kind::AnchorDiffers, Severity::Error, manifestName, 1, {},
            QStringLiteral("the database anchored another manifest for hearing %1: this one was rewritten from its "
                           "header on")
                .arg(header.hearingId) };
        finding.figures = { 1 };
        report.add(finding);
        return;
    }
    if (heads.isEmpty()) {
        report.add({ Kind::NotAnchored, Severity::Warning, manifestName, 0, {},
            QStringLiteral("the database holds no anchor of this manifest (recorded without this database)") });
        return;
    }
    const int lines = static_cast<int>(entries.size());
    // The newest anchor first: fewer lines than it vouched for is a cut-off end (whatever the
    // lines that took the removed ones' place); then every anchored line that is still there.
    const ManifestHead *longest = &heads.constFirst();
    for (const ManifestHead &head : std::as_const(heads))
        longest = head.lines > longest->lines ? &head : longest;
    if (longest->lines > lines && !context.live) { // live: read before the recorder appended more
        const ManifestHead &head = *longest;
        VerificationFinding finding { Kind::AnchorAhead, Severity::Error, manifestName, head.lines, {},
                QStringLiteral("the database anchored %1 manifest lines (%2 segments%3), the folder holds %4: the "
                               "end of the recording was cut off")
                    .arg(head.lines)
                    .arg(head.segments)
                    .arg(head.closed ? QStringLiteral(", closed") : QString())
                    .arg(lines) };
        finding.figures = { head.lines, lines, head.segments };
        report.add(finding);
    }
    for (const ManifestHead &head : std::as_const(heads)) {
        if (head.lines > lines)
            continue;
        if (entries.at(head.lines - 1).entryHex != head.entryHex) {
            VerificationFinding finding { Kind::AnchorDiffers, Severity::Error, manifestName, head.lines, {},
                QStringLiteral("manifest line %1 is not the one the database anchored: the chain was rewritten")
                    .arg(head.lines) };
            finding.figures = { head.lines };
            report.add(finding);
            return;
        }
    }
}

} // namespace hattama
