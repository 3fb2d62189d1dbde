#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace hattama {

// The judge's decision on a remark on the protocol (docs/remarks.md).
enum class RemarkDecision { Pending, Accepted, Rejected };
QString remarkDecisionId(RemarkDecision decision); // "pending", "accepted", "rejected"
std::optional<RemarkDecision> remarkDecisionFromId(const QString &id);

// One remark on the protocol («замечание на протокол» / «хаттамаға ескерту»): who filed it,
// when, on which protocol version, its text and the moments of the recording it concerns, and
// the judge's decision with its reason. Times are UTC; they are shown in court time.
struct Remark {
    qint64 id = 0;
    QString hearingId;
    int number = 0; // 1, 2, … within the hearing
    int protocolVersion = 0; // the version the remark was filed on
    QString filedBy; // the participant's full name
    QString filerRole; // their procedural role as written («защитник», «қорғаушы»)
    QDateTime filedAtUtc;
    QString text;
    QList<qint64> timeCodesMs; // hearing times the remark concerns, ascending
    RemarkDecision decision = RemarkDecision::Pending;
    QString decidedBy; // the judge
    QDateTime decidedAtUtc;
    QString reason;
    int attachedVersion = 0; // the protocol version whose appendix holds it; 0: not attached yet
    QString recordedBy; // who entered it (the database user)

    bool pending() const { return decision == RemarkDecision::Pending; }
};

} // namespace hattama
