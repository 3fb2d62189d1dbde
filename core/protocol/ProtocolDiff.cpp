#include "protocol/ProtocolDiff.h"

#include <vector>

namespace hattama::protocol {

QList<ProtocolDiff::Line> ProtocolDiff::lines(const QStringList &before, const QStringList &after)
{
    // Common head and tail first: regenerations change little, so the table stays small.
    qsizetype head = 0;
    while (head < before.size() && head < after.size() && before.at(head) == after.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < before.size() - head && tail < after.size() - head
        && before.at(before.size() - 1 - tail) == after.at(after.size() - 1 - tail))
        ++tail;
    const qsizetype n = before.size() - head - tail;
    const qsizetype m = after.size() - head - tail;
    // lcs[i][j]: common subsequence length of before[head+i..] and after[head+j..] (middle part).
    std::vector<int> lcs(size_t((n + 1) * (m + 1)), 0);
    auto at = [&](qsizetype i, qsizetype j) -> int & { return lcs[size_t(i * (m + 1) + j)]; };
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) = before.at(head + i) == after.at(head + j) ? at(i + 1, j + 1) + 1
                                                                 : std::max(at(i + 1, j), at(i, j + 1));
    QList<Line> result;
    for (qsizetype i = 0; i < head; ++i)
        result << Line { Line::Op::Same, before.at(i) };
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && before.at(head + i) == after.at(head + j)) {
            result << Line { Line::Op::Same, before.at(head + i) };
            ++i;
            ++j;
        } else if (j < m && (i == n || at(i, j + 1) >= at(i + 1, j))) {
            result << Line { Line::Op::Added, after.at(head + j) };
            ++j;
        } else {
            result << Line { Line::Op::Removed, before.at(head + i) };
            ++i;
        }
    }
    for (qsizetype k = before.size() - tail; k < before.size(); ++k)
        result << Line { Line::Op::Same, before.at(k) };
    return result;
}

QString ProtocolDiff::unified(const QStringList &before, const QStringList &after, const QString &beforeName,
    const QString &afterName, int contextLines)
{
    const QList<Line> diff = lines(before, after);
    std::vector<bool> show(size_t(diff.size()), false);
    bool changed = false;
    for (qsizetype k = 0; k < diff.size(); ++k) {
        if (diff.at(k).op == Line::Op::Same)
            continue;
        changed = true;
        for (qsizetype c = std::max<qsizetype>(0, k - contextLines); c <= std::min(diff.size() - 1, k + contextLines);
             ++c)
            show[size_t(c)] = true;
    }
    if (!changed)
        return QString();
    QString text = QStringLiteral("--- %1\n+++ %2\n").arg(beforeName, afterName);
    bool gap = false;
    for (qsizetype k = 0; k < diff.size(); ++k) {
        if (!show[size_t(k)]) {
            gap = true;
            continue;
        }
        if (gap && k > 0)
            text += QStringLiteral("…\n");
        gap = false;
        const Line &line = diff.at(k);
        text += (line.op == Line::Op::Same             ? QStringLiteral("  ")
                        : line.op == Line::Op::Removed ? QStringLiteral("- ")
                                                       : QStringLiteral("+ "))
            + line.text + QLatin1Char('\n');
    }
    return text;
}

QString ProtocolDiff::unified(const ProtocolVersion &before, const ProtocolVersion &after, int contextLines)
{
    return unified(before.document.textLines(), after.document.textLines(),
        QStringLiteral("v%1").arg(before.number, 4, 10, QLatin1Char('0')),
        QStringLiteral("v%1").arg(after.number, 4, 10, QLatin1Char('0')), contextLines);
}

} // namespace hattama::protocol
