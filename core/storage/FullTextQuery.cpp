#include "storage/FullTextQuery.h"

#include "storage/Database.h"

namespace hattama {

QStringList FullTextQuery::words(const QString &text)
{
    QStringList result;
    QString current;
    for (const QChar c : text.toCaseFolded()) {
        if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing) {
            current += c;
        } else if (!current.isEmpty()) {
            result << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        result << current;
    return result;
}

QString FullTextQuery::escapeLike(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return escaped;
}

FullTextQuery FullTextQuery::forEntries(const Database &db, const QString &text)
{
    const QStringList terms = words(text);
    FullTextQuery query;
    if (terms.isEmpty()) {
        query.entryIdsSql = QStringLiteral("SELECT id FROM timeline_entries WHERE 1 = 0");
        return query;
    }
    if (db.isPostgres()) {
        QStringList parts;
        for (const QString &term : terms)
            parts << term + QStringLiteral(":*");
        query.entryIdsSql = QStringLiteral("SELECT id FROM timeline_entries WHERE deleted = 0 AND "
                                           "to_tsvector('simple', text_folded) @@ to_tsquery('simple', ?)");
        query.binds << parts.join(QLatin1String(" & "));
    } else if (db.hasFullTextIndex()) {
        QStringList parts;
        for (const QString &term : terms)
            parts << QLatin1Char('"') + term + QStringLiteral("\"*");
        query.entryIdsSql = QStringLiteral("SELECT rowid FROM entry_fts WHERE entry_fts MATCH ?");
        query.binds << parts.join(QLatin1Char(' '));
    } else {
        QStringList parts;
        for (const QString &term : terms) {
            parts << QStringLiteral("text_folded LIKE ? ESCAPE '\\'");
            query.binds << QLatin1Char('%') + escapeLike(term) + QLatin1Char('%');
        }
        query.entryIdsSql = QStringLiteral("SELECT id FROM timeline_entries WHERE deleted = 0 AND ")
            + parts.join(QLatin1String(" AND "));
    }
    return query;
}

FullTextQuery FullTextQuery::forParticipantNames(const QString &text)
{
    FullTextQuery query;
    QStringList parts;
    for (const QString &term : words(text)) {
        parts << QStringLiteral("name_folded LIKE ? ESCAPE '\\'");
        query.binds << QLatin1Char('%') + escapeLike(term) + QLatin1Char('%');
    }
    query.entryIdsSql = parts.isEmpty() ? QStringLiteral("1 = 0") : parts.join(QLatin1String(" AND "));
    return query;
}

} // namespace hattama
