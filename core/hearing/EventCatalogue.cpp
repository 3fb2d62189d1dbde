#include "hearing/EventCatalogue.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace hattama {

namespace {

// F1…F12 first, then Shift+F1…, then any other key sequence.
int keyOrder(const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral("^(Shift\\+)?F(\\d+)$"));
    const QRegularExpressionMatch match = pattern.match(key);
    if (!match.hasMatch())
        return 1000;
    return (match.capturedLength(1) > 0 ? 100 : 0) + match.captured(2).toInt();
}

Result<EventWording> wordingFrom(const QJsonObject &item, const QString &lang, const QString &path)
{
    const QJsonObject object = item.value(lang).toObject();
    EventWording wording;
    wording.text = object.value(QLatin1String("text")).toString().trimmed();
    wording.label = object.value(QLatin1String("label")).toString().trimmed();
    if (wording.text.isEmpty())
        return usageError(QStringLiteral("%1.%2.text is missing").arg(path, lang));
    const QJsonObject variants = object.value(QLatin1String("by_category")).toObject();
    for (auto it = variants.begin(); it != variants.end(); ++it) {
        const auto category = categoryFromId(it.key());
        const QString text = it.value().toString().trimmed();
        if (!category || text.isEmpty())
            return usageError(QStringLiteral("%1.%2.by_category: \"%3\" needs a kind of proceeding (criminal, civil, "
                                             "administrative) and a sentence")
                                  .arg(path, lang, it.key()));
        wording.byCategory.insert(*category, text);
    }
    return wording;
}

Result<EventTemplate> eventFrom(const QJsonObject &item, const QString &path)
{
    EventTemplate event;
    event.id = item.value(QLatin1String("id")).toString();
    static const QRegularExpression idPattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    if (!idPattern.match(event.id).hasMatch())
        return usageError(QStringLiteral("%1.id must be lower-case letters, digits and _").arg(path));
    const QString kind = item.value(QLatin1String("kind")).toString(QStringLiteral("procedural_event"));
    const auto entryKind = entryKindFromId(kind);
    if (!entryKind)
        return usageError(QStringLiteral("%1.kind \"%2\" is not a timeline entry kind").arg(path, kind));
    event.kind = *entryKind;
    for (const QJsonValue &value : item.value(QLatin1String("categories")).toArray()) {
        const auto category = categoryFromId(value.toString());
        if (!category)
            return usageError(QStringLiteral("%1.categories: \"%2\" is not criminal, civil or administrative")
                                  .arg(path, value.toString()));
        event.categories << *category;
    }
    if (event.categories.isEmpty())
        return usageError(QStringLiteral("%1.categories is empty").arg(path));
    const QJsonObject keys = item.value(QLatin1String("keys")).toObject();
    for (auto it = keys.begin(); it != keys.end(); ++it) {
        const auto category = categoryFromId(it.key());
        if (!category || !event.categories.contains(*category))
            return usageError(
                QStringLiteral("%1.keys: \"%2\" is not one of the event's categories").arg(path, it.key()));
        if (!it.value().toString().isEmpty())
            event.keys.insert(*category, it.value().toString());
    }
    auto ru = wordingFrom(item, QStringLiteral("ru"), path);
    if (!ru)
        return ru.error();
    auto kk = wordingFrom(item, QStringLiteral("kk"), path);
    if (!kk)
        return kk.error();
    event.ru = *ru;
    event.kk = *kk;
    event.speakerAfter = item.value(QLatin1String("speaker_after")).toBool(false);
    return event;
}

} // namespace

Result<EventCatalogue> EventCatalogue::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull())
        return usageError(QStringLiteral("the event catalogue is not valid JSON: %1").arg(parseError.errorString()));
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("hattama-event-catalogue"))
        return usageError(QStringLiteral("the event catalogue needs \"format\": \"hattama-event-catalogue\""));
    const QJsonArray items = root.value(QLatin1String("events")).toArray();
    EventCatalogue catalogue;
    for (qsizetype i = 0; i < items.size(); ++i) {
        auto event = eventFrom(items.at(i).toObject(), QStringLiteral("events[%1]").arg(i));
        if (!event)
            return event.error();
        catalogue.m_events << *event;
    }
    if (Status status = catalogue.check(); !status)
        return status.error();
    return catalogue;
}

Status EventCatalogue::check() const
{
    QSet<QString> ids;
    QSet<QString> keys;
    for (const EventTemplate &event : m_events) {
        if (ids.contains(event.id))
            return usageError(QStringLiteral("the event catalogue has the id \"%1\" twice").arg(event.id));
        ids.insert(event.id);
        for (auto it = event.keys.cbegin(); it != event.keys.cend(); ++it) {
            const QString slot = categoryId(it.key()) + QLatin1Char(' ') + it.value();
            if (keys.contains(slot))
                return usageError(QStringLiteral("the event catalogue gives the key %1 twice in %2 cases")
                                      .arg(it.value(), categoryId(it.key())));
            keys.insert(slot);
        }
    }
    return {};
}

Result<EventCatalogue> EventCatalogue::shipped()
{
    QFile file(QString::fromLatin1(kResource));
    if (!file.open(QIODevice::ReadOnly))
        return failure(
            QStringLiteral("the event catalogue %1 is not in this build").arg(QString::fromLatin1(kResource)),
            QStringLiteral("link hattama_resources"));
    return parse(file.readAll());
}

Result<EventCatalogue> EventCatalogue::load(const QString &archiveDir, QString *origin)
{
    auto catalogue = shipped();
    if (!catalogue)
        return catalogue;
    if (origin)
        *origin = QString::fromLatin1(kResource);
    if (archiveDir.isEmpty())
        return catalogue;
    const QString path = QDir(archiveDir).filePath(QString::fromLatin1(kOverrideFile));
    QFile file(path);
    if (!file.exists())
        return catalogue;
    if (!file.open(QIODevice::ReadOnly))
        return environmentError(
            QStringLiteral("cannot read the court's event catalogue %1: %2").arg(path, file.errorString()),
            QStringLiteral("check the file's permissions, or remove it to use the built-in events"));
    auto overrides = parse(file.readAll());
    if (!overrides)
        return usageError(QStringLiteral("%1: %2").arg(path, overrides.error().message),
            QStringLiteral("correct the file (docs/protocol-templates.md), or remove it to use the built-in events"));
    catalogue->apply(*overrides);
    if (origin)
        *origin = path;
    return catalogue;
}

void EventCatalogue::apply(const EventCatalogue &overrides)
{
    for (const EventTemplate &event : overrides.m_events) {
        for (EventTemplate &other : m_events) {
            for (auto it = event.keys.cbegin(); it != event.keys.cend(); ++it) {
                if (other.id != event.id && other.keys.value(it.key()) == it.value())
                    other.keys.remove(it.key());
            }
        }
        const auto found = std::find_if(
            m_events.begin(), m_events.end(), [&](const EventTemplate &other) { return other.id == event.id; });
        if (found != m_events.end())
            *found = event;
        else
            m_events << event;
    }
}

const EventTemplate *EventCatalogue::find(const QString &id) const
{
    if (id.isEmpty())
        return nullptr;
    for (const EventTemplate &event : m_events) {
        if (event.id == id)
            return &event;
    }
    return nullptr;
}

QList<EventTemplate> EventCatalogue::forCategory(CaseCategory category) const
{
    QList<EventTemplate> offered;
    for (const EventTemplate &event : m_events) {
        if (event.offeredFor(category))
            offered << event;
    }
    std::stable_sort(offered.begin(), offered.end(), [category](const EventTemplate &a, const EventTemplate &b) {
        const bool aKeyed = !a.key(category).isEmpty();
        const bool bKeyed = !b.key(category).isEmpty();
        if (aKeyed != bKeyed)
            return aKeyed;
        return aKeyed && keyOrder(a.key(category)) < keyOrder(b.key(category));
    });
    return offered;
}

QString EventCatalogue::wording(const QString &id, const QString &lang, CaseCategory category) const
{
    const EventTemplate *event = find(id);
    return event ? event->text(lang, category) : QString();
}

bool EventCatalogue::sameWording(const QString &a, const QString &b)
{
    const auto normal = [](const QString &text) {
        QString simplified = text.simplified().toCaseFolded();
        while (simplified.endsWith(QLatin1Char('.')))
            simplified.chop(1);
        return simplified;
    };
    return normal(a) == normal(b);
}

} // namespace hattama
