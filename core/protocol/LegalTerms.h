#pragma once

#include <QString>
#include <QStringList>

namespace hattama::protocol {

// The protocol's own wording in Russian and Kazakh (GLOSSARY.md): roles as the law names them
// in each kind of proceeding (hearing/Role, shared with the interface), case categories, the
// article that governs the protocol, the courtroom, and the sections of the full protocol
// (procedural events: hearing/EventCatalogue). Protocol text is never taken from the UI
// translation catalogue: a protocol keeps its own language whatever the UI shows.
// lang is "ru" or "kk"; anything else is treated as "ru". category is criminal, civil or
// administrative.
class LegalTerms {
public:
    static QStringList roleIds();
    // Nominative name of a role in the protocol's case ("подсудимый" / "сотталушы"; a criminal
    // case's prosecutor is "государственный обвинитель"); an unknown id gives "other".
    static QString roleName(const QString &roleId, const QString &lang, const QString &category);
    static QString categoryName(const QString &category, const QString &lang); // "уголовное дело"
    // "по уголовному делу" / "қылмыстық іс бойынша"
    static QString categoryPhrase(const QString &category, const QString &lang);
    // The articles that govern the protocol of this category, e.g. "статья 347
    // Уголовно-процессуального кодекса Республики Казахстан" / "… 347-бабы".
    static QString legalBasis(const QString &category, const QString &lang);
    // A courtroom is a number: "Зал судебных заседаний № 3", "зал 3", "№ 3" give "3"; a
    // name without a number is returned as given.
    static QString courtroomNumber(const QString &courtroom);
    // "зал судебных заседаний № 3" / "№ 3 сот отырыстары залы"; empty for an empty courtroom.
    static QString courtroomPhrase(const QString &courtroom, const QString &lang);

    // True when a recess or sealed-passage entry's text only restates the standard line
    // ("Объявлен перерыв.", "Үзіліс жарияланды." …), so the protocol need not repeat it.
    static bool isStandardMarkerText(const QString &text);

    // The sections of a full protocol that its code requires, in the order they are printed
    // after the course of the session (criminal: CPC art. 347; civil and administrative: the
    // civil procedure code). "defendant_identity" (criminal) is printed before the course.
    static QStringList sectionIds(const QString &category);
    static QString sectionTitle(const QString &sectionId, const QString &lang, const QString &category);
};

} // namespace hattama::protocol
