#pragma once

#include "media/SegmentManifest.h"
#include "media/VerificationReport.h"

#include <QHash>
#include <QString>

#include <functional>
#include <optional>

namespace hattama {

// What the steps of one verification share: the folder, the manifest read once, the hashes
// computed once.
struct VerificationContext {
    QString hearingDir;
    std::optional<ManifestContents> manifest; // set by the manifest step when readable
    QHash<QString, QByteArray> fileHashes; // relative path -> hex SHA-256, filled on demand
    std::optional<bool> recordingClosed; // "closed" of recording.json, when it says
    QStringList intactSegments; // listed segments whose hash matched
    bool live = false; // a live recorder holds recording.lock: the open segment is not checked
    std::optional<Error> environmentProblem; // set when something could not be read at all
    // Progress for long checks (hashing gigabytes): step name, items done, items in all.
    // Called on the verifying thread; a GUI connects it through a queued signal.
    std::function<void(const QString &step, int done, int total)> progress;

    void reportProgress(const QString &step, int done, int total) const
    {
        if (progress)
            progress(step, done, total);
    }
};

// One check of `hattama verify`. Steps run in order; each adds findings and summary figures
// to the report. Later checks (protocol signatures, the audit log) are further steps.
class VerificationStep {
public:
    virtual ~VerificationStep() = default;
    virtual QString name() const = 0;
    virtual void run(VerificationContext &context, VerificationReport &report) = 0;
};

} // namespace hattama
