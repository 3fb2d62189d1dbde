#pragma once

#include "protocol/ProtocolDocument.h"
#include "protocol/ProtocolVersion.h"
#include "storage/Remark.h"
#include "util/Result.h"

#include <QList>
#include <QString>

namespace hattama {
class Database;
}

namespace hattama::protocol {

// The remarks on the protocol and the judge's decisions as an appendix after the protocol's
// body (docs/remarks.md): «Замечания на протокол судебного заседания» / «Сот отырысының
// хаттамасына ескертулер», each remark with who filed it and when (court time), the moments of
// the recording it concerns, its text, and the decision with its reason, the judge and the date.
// The appendix is plain blocks (keys "remarks/…"), so the PDF, HTML and ODT writers show it as
// they show the body; the blocks count as manual text, so regenerating the protocol keeps them.
class RemarksAppendix {
public:
    static QString keyPrefix() { return QStringLiteral("remarks/"); }

    // The appendix in language (ru, kk); empty for no remarks.
    static QList<ProtocolBlock> blocks(const QList<Remark> &remarks, const QString &language);
    // document with any earlier appendix replaced by the one for remarks, at its end.
    static ProtocolDocument withAppendix(ProtocolDocument document, const QList<Remark> &remarks);

    // Attaches the hearing's remarks: refuses while any is pending (RemarksPending) or when every
    // remark is already attached (RemarksNothingToAttach); else saves the latest protocol version
    // with the appendix of all the hearing's remarks as the next version (unsigned: it is signed
    // anew) and marks the remarks attached to it, audited as "remark.attach". Nothing changes on
    // any failure.
    static Result<ProtocolVersion> attach(Database &db, const QString &hearingDir, const QString &hearingId);
};

} // namespace hattama::protocol
