#pragma once

#include "protocol/ProtocolVersion.h"

#include <QString>
#include <QStringList>

namespace hattama::protocol {

// A readable line diff between two protocol versions (their text lines with time codes).
class ProtocolDiff {
public:
    struct Line {
        enum class Op { Same, Removed, Added };
        Op op = Op::Same;
        QString text;
    };

    // Longest-common-subsequence line diff of before → after.
    static QList<Line> lines(const QStringList &before, const QStringList &after);
    // Unified-style text: "--- v0001", "+++ v0002", then changed lines ("- ", "+ ") with
    // contextLines unchanged lines ("  ") around them and "…" between distant changes.
    // Empty when the versions read the same.
    static QString unified(const ProtocolVersion &before, const ProtocolVersion &after, int contextLines = 2);
    static QString unified(const QStringList &before, const QStringList &after, const QString &beforeName,
        const QString &afterName, int contextLines = 2);
};

} // namespace hattama::protocol
