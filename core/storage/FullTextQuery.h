#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace hattama {

class Database;

// Builds the backend's full-text condition for "every word of the text, as a word prefix".
// Words are runs of letters and digits, case-folded with QString::toCaseFolded (so ә/Ә,
// і/І, ү/Ү, ғ/Ғ, қ/Қ, ң/Ң, ө/Ө, ұ/Ұ, һ/Һ match), the same folding stored in *_folded columns.
//   SQLite with FTS5: entry_fts MATCH '"w1"* "w2"*'
//   PostgreSQL:       to_tsvector('simple', text_folded) @@ to_tsquery('simple', 'w1:* & w2:*')
//   SQLite without FTS5: text_folded LIKE '%w1%' AND ...
struct FullTextQuery {
    QString entryIdsSql; // "SELECT id FROM timeline_entries WHERE ..." (deleted entries excluded)
    QVariantList binds;

    static QStringList words(const QString &text);
    static FullTextQuery forEntries(const Database &db, const QString &text);
    // "name_folded LIKE ? AND name_folded LIKE ?" over participants, with its binds.
    static FullTextQuery forParticipantNames(const QString &text);
    static QString escapeLike(const QString &text); // with '\' as ESCAPE
};

} // namespace hattama
