#pragma once

#include "hearing/HearingModel.h"

#include <QList>
#include <QMap>
#include <QString>

namespace hattama {

// The wording of one catalogue event in one protocol language.
struct EventWording {
    QString text; // what goes into the record and the protocol, e.g. «Судебное заседание объявлено открытым»
    QString label; // a short button label, e.g. «Открытие»; empty: the text
    // Where the law words the event differently for a kind of proceeding (criminal «вынес
    // постановление», civil «вынес определение»): that kind's sentence, replacing text.
    QMap<CaseCategory, QString> byCategory;

    QString textFor(CaseCategory category) const { return byCategory.value(category, text); }
};

// One standard procedural event of the event catalogue (EventCatalogue): a stable id stored
// with every timeline entry made from it, the case categories it is offered for, its default
// key per category, and its ru and kk wording.
struct EventTemplate {
    QString id; // stable, e.g. "session_opened"
    EntryKind kind = EntryKind::ProceduralEvent; // the kind of the entry it makes
    QList<CaseCategory> categories;
    QMap<CaseCategory, QString> keys; // QKeySequence portable text ("F1", "Shift+F11"); none: no key
    EventWording ru;
    EventWording kk;
    // The entry's speaker is the person the event is about and follows the sentence («Начат
    // допрос: Оспанов Қ.Ә. (свидетель).»), instead of standing before it as the one who spoke.
    bool speakerAfter = false;

    bool offeredFor(CaseCategory category) const { return categories.contains(category); }
    QString key(CaseCategory category) const { return keys.value(category); }
    // lang "kk" gives the Kazakh wording, anything else the Russian.
    const EventWording &wording(const QString &lang) const;
    // The sentence for a kind of proceeding, in a language.
    QString text(const QString &lang, CaseCategory category) const { return wording(lang).textFor(category); }
    // Whether text is one of the event's sentences (any language, any kind; up to case,
    // spacing and final full stops).
    bool isStandardText(const QString &text) const;
    QString label(const QString &lang) const;
};

} // namespace hattama
