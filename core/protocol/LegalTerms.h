#pragma once

#include <QString>
#include <QStringList>

namespace hattama::protocol {

// The protocol's own wording in Russian and Kazakh (GLOSSARY.md): roles, case categories
// and the titles of free-text sections (procedural events: hearing/EventCatalogue). Protocol text is never taken from
// the UI translation catalogue: a protocol keeps its own language whatever the UI shows.
// lang is "ru" or "kk"; anything else is treated as "ru".
class LegalTerms {
public:
    static QStringList roleIds();
    // Nominative name of a role ("подсудимый" / "сотталушы"); an unknown id gives "other".
    static QString roleName(const QString &roleId, const QString &lang);
    static QString categoryName(const QString &category, const QString &lang); // "уголовное дело"
    // "по уголовному делу" / "қылмыстық іс бойынша"
    static QString categoryPhrase(const QString &category, const QString &lang);
    // The code a protocol of this category follows, e.g. "статья 347 УПК РК" / "ҚПК 347-бабы".
    static QString legalBasis(const QString &category, const QString &lang);

    // True when a recess or sealed-passage entry's text only restates the standard line
    // ("Объявлен перерыв.", "Үзіліс жарияланды." …), so the protocol need not repeat it.
    static bool isStandardMarkerText(const QString &text);
    static QStringList sectionIds();
    static QString sectionTitle(const QString &sectionId, const QString &lang);
};

} // namespace hattama::protocol
