#include "protocol/ProtocolVersion.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace hattama::protocol {

QJsonObject ProtocolVersion::toJson() const
{
    return QJsonObject { { QLatin1String("format"), QStringLiteral("hattama-protocol-version/1") },
        { QLatin1String("number"), number }, { QLatin1String("inputHash"), inputHash },
        { QLatin1String("createdAtUtc"), createdAtUtc }, { QLatin1String("comment"), comment },
        { QLatin1String("warnings"), QJsonArray::fromStringList(warnings) },
        { QLatin1String("document"), document.toJson() } };
}

ProtocolVersion ProtocolVersion::fromJson(const QJsonObject &json)
{
    ProtocolVersion version;
    version.number = json.value(QLatin1String("number")).toInt();
    version.inputHash = json.value(QLatin1String("inputHash")).toString();
    version.createdAtUtc = json.value(QLatin1String("createdAtUtc")).toString();
    version.comment = json.value(QLatin1String("comment")).toString();
    for (const QJsonValue &value : json.value(QLatin1String("warnings")).toArray())
        version.warnings << value.toString();
    version.document = ProtocolDocument::fromJson(json.value(QLatin1String("document")).toObject());
    return version;
}

int ProtocolVersion::editedBlockCount() const
{
    int count = 0;
    for (const ProtocolBlock &block : document.blocks)
        count += block.edited() ? 1 : 0;
    return count;
}

int ProtocolVersion::conflictCount() const
{
    int count = 0;
    for (const ProtocolBlock &block : document.blocks)
        count += block.conflict ? 1 : 0;
    return count;
}

RegenerationResult regenerate(const ProtocolVersion &previous, const ProtocolDocument &fresh, const QString &freshHash)
{
    RegenerationResult result;
    result.dataChanged = previous.inputHash != freshHash;
    if (result.dataChanged)
        result.warnings
            << QStringLiteral("the hearing data changed since version %1 was generated").arg(previous.number);

    QHash<QString, const ProtocolBlock *> previousByKey;
    for (const ProtocolBlock &block : previous.document.blocks)
        previousByKey.insert(block.key, &block);
    QSet<QString> freshKeys;
    for (const ProtocolBlock &block : fresh.blocks)
        freshKeys.insert(block.key);

    // Edited blocks with no counterpart in fresh, grouped under the nearest earlier block that
    // does have one ("" = the start of the document).
    QHash<QString, QList<ProtocolBlock>> orphansAfter;
    QString anchor;
    for (const ProtocolBlock &block : previous.document.blocks) {
        if (freshKeys.contains(block.key)) {
            anchor = block.key;
            continue;
        }
        if (!block.edited() && !block.conflict)
            continue; // generated text of a source that is gone: nothing of the user's to keep
        ProtocolBlock kept = block;
        if (!block.generatedText.isEmpty()) {
            // It was generated, then edited, and its source vanished from the data.
            kept.generatedText.clear();
            kept.conflict = true;
            result.warnings << QStringLiteral(
                "block %1: its source is no longer in the hearing data; the edited text is kept")
                                   .arg(block.key);
        }
        orphansAfter[anchor] << kept;
        ++result.keptEdits;
        result.conflicts += kept.conflict ? 1 : 0;
    }

    result.document = fresh;
    result.document.blocks.clear();
    result.document.blocks << orphansAfter.value(QString());
    for (ProtocolBlock block : fresh.blocks) {
        if (const ProtocolBlock *old = previousByKey.value(block.key); old && (old->edited() || old->conflict)) {
            const bool generatedChanged = old->generatedText != block.generatedText;
            block.text = old->text;
            block.conflict = old->conflict || generatedChanged;
            if (generatedChanged)
                result.warnings
                    << QStringLiteral("block %1: the generated text changed; the edited text is kept").arg(block.key);
            ++result.keptEdits;
            result.conflicts += block.conflict ? 1 : 0;
        }
        result.document.blocks << block;
        result.document.blocks << orphansAfter.value(block.key);
    }
    return result;
}

} // namespace hattama::protocol
