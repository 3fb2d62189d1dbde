#pragma once

#include "hearing/EventTemplate.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace hattama {

// The one list of standard procedural events: it gives the workspace its event keys and
// buttons, the text of the timeline entries they make, and the protocol's wording of an event
// entry (by the entry's event id). The shipped catalogue is the resource
// :/templates/events.json; a court overrides or adds events by id with
// <archive>/templates/events.json in the same format (docs/protocol-templates.md).
class EventCatalogue {
public:
    static constexpr const char *kResource = ":/templates/events.json";
    static constexpr const char *kOverrideFile = "templates/events.json"; // under the archive folder

    // Checks every event: an id, a known kind and categories, ru and kk text, no id twice,
    // no key twice within a category.
    static Result<EventCatalogue> parse(const QByteArray &json);
    static Result<EventCatalogue> shipped();
    // The shipped catalogue with <archiveDir>/templates/events.json applied when it exists
    // (archiveDir may be empty). *origin receives the override's path, or the resource.
    static Result<EventCatalogue> load(const QString &archiveDir, QString *origin = nullptr);

    // Events of overrides replace those with the same id or are added; a key an override
    // gives to an event is taken from any other event of the same category.
    void apply(const EventCatalogue &overrides);

    const QList<EventTemplate> &events() const { return m_events; }
    const EventTemplate *find(const QString &id) const;
    // The events offered for a category: those with a key first, in key order (F1…F12, then
    // other keys), then the others in catalogue order.
    QList<EventTemplate> forCategory(CaseCategory category) const;
    // The wording of an event in a language for a kind of proceeding; empty for an unknown id.
    QString wording(const QString &id, const QString &lang, CaseCategory category) const;

    // True when two texts say the same up to case, spacing and final full stops.
    static bool sameWording(const QString &a, const QString &b);

private:
    Status check() const;

    QList<EventTemplate> m_events;
};

} // namespace hattama
