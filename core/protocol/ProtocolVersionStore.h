#pragma once

#include "protocol/ProtocolVersion.h"
#include "util/Result.h"

#include <QList>
#include <QString>

#include <optional>

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
    // The newest version in language (ru, kk) and, when given, kind (brief, full); empty when
    // there is none, an error when a version file is damaged (its edits must not be ignored).
    Result<std::optional<ProtocolVersion>> latest(const QString &language, const QString &kind = QString()) const;
    // Saves version as the next number (version.number and createdAtUtc are set here).
    Result<ProtocolVersion> save(ProtocolVersion version);

    // A signed version is frozen (docs/signature.md): its file is never changed or replaced, a
    // correction is saved as a new version that is signed anew. freeze() marks it (an empty
    // vNNNN.frozen beside it, written durably); checkEditable() refuses a frozen version with
    // ProtocolVersionFrozen.
    Status freeze(int number);
    bool isFrozen(int number) const;
    Status checkEditable(int number) const;

private:
    QString m_hearingDir;
};

} // namespace hattama::protocol
