#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace hattama {

enum class CaseCategory;

// A participant's procedural role. Ids are stable strings stored in the database and in JSON.
enum class Role {
    Judge,
    Secretary,
    Prosecutor,
    Defender,
    Defendant,
    Victim,
    Plaintiff,
    Respondent,
    Representative,
    Witness,
    Expert,
    Specialist,
    Interpreter,
    Bailiff,
    Other,
};

QString roleId(Role role); // "judge", "secretary", ...
std::optional<Role> roleFromId(const QString &id);
QList<Role> allRoles();

// Display name in "ru", "kk" or "en" (anything else: English), as the protocol writes it
// (nominative, capitalised): roleName(Role::Defendant, "kk") == "Сотталушы".
QString roleName(Role role, const QString &lang);
// The name the law gives the role in a kind of proceeding, shared by the interface and the
// protocol: in a criminal case the prosecutor is «Государственный обвинитель» /
// «Мемлекеттік айыптаушы», the plaintiff and respondent are the civil plaintiff and defendant.
QString roleName(Role role, const QString &lang, CaseCategory category);

// Roles offered for a case category, in the order a form lists them.
QList<Role> rolesForCategory(CaseCategory category);
bool roleAllowed(Role role, CaseCategory category);

} // namespace hattama
