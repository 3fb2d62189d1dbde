#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace hattama::protocol {

// One block of a protocol: a paragraph with a style and, when it comes from the timeline,
// the hearing time it points to. Text is plain (no markup); writers escape it.
struct ProtocolBlock {
    QString key; // stable across regenerations: "<entry key>/<n>" or "doc/<n>"
    QString style; // title, subtitle, center, right, heading, field, para, entry, recess, sealed, signature, small
    QString text;
    qint64 timeMs = -1; // hearing time code, -1: none
    QString wallTime; // "10:15:02" when the block comes from a timeline entry
    // Versioning: what the generator produced; text differs when the block was edited.
    QString generatedText;
    bool conflict = false; // edited and regenerated from changed data: needs a look

    bool hasTimeCode() const { return timeMs >= 0; }
    bool edited() const { return text != generatedText; }
};

// A protocol as structured blocks, with what every page shows.
struct ProtocolDocument {
    QString language; // ru or kk
    QString kind; // brief or full
    QString hearingId;
    QString caseNumber; // printed on every page
    QString pageLabel; // "Страница %1 из %2" / "%1-бет, барлығы %2"
    QString caseLabel; // "Дело № %1" / "Іс № %1"
    QString title; // document title for metadata
    QList<ProtocolBlock> blocks;

    // Manual edits. An empty text removes the block from the output but keeps it (and its
    // generated text) in the version. False when no block has that key.
    bool setBlockText(const QString &key, const QString &text);
    // Inserts a manual block after the block afterKey (at the start when empty); returns its key.
    QString insertBlockAfter(const QString &afterKey, const QString &style, const QString &text);
    int indexOf(const QString &key) const;

    // hattama://hearing/ID?t=MS
    QString timeLink(qint64 timeMs) const;
    // The document as text lines, one per block line, time codes in front ("[00:01:02] ...").
    QStringList textLines() const;
    QJsonObject toJson() const;
    static ProtocolDocument fromJson(const QJsonObject &json);
};

} // namespace hattama::protocol
