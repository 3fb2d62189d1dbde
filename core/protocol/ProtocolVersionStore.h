#pragma once

#include "protocol/ProtocolVersion.h"
#include "util/Result.h"

#include <QList>
#include <QString>

namespace hattama::protocol {

// Draft versions of a hearing's protocol as files: <hearing folder>/protocol/v0001.json, …
// A version once written is never rewritten; every save adds the next number. Files are
// written atomically (temporary file, then rename).
class ProtocolVersionStore {
public:
    explicit ProtocolVersionStore(QString hearingDir);

    QString folder() const;
    QString pathOf(int number) const;
    QList<int> numbers() const; // ascending
    Result<ProtocolVersion> load(int number) const;
    // The newest version in language (ru, kk); failure when there is none.
    Result<ProtocolVersion> latest(const QString &language) const;
    // Saves version as the next number (version.number and createdAtUtc are set here).
    Result<ProtocolVersion> save(ProtocolVersion version);

private:
    QString m_hearingDir;
};

} // namespace hattama::protocol
