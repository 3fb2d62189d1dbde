#include "hearing/Role.h"

#include "hearing/HearingModel.h"

#include <array>

namespace hattama {

namespace {
struct RoleInfo {
    Role role;
    const char *id;
    const char *en;
    const char *ru;
    const char *kk;
};

// Russian and Kazakh terms follow GLOSSARY.md.
const std::array<RoleInfo, 15> kRoles { {
    { Role::Judge, "judge", "Judge", "Судья", "Судья" },
    { Role::Secretary, "secretary", "Court secretary", "Секретарь судебного заседания", "Сот отырысының хатшысы" },
    { Role::Prosecutor, "prosecutor", "Prosecutor", "Прокурор", "Прокурор" },
    { Role::Defender, "defender", "Defence counsel", "Защитник", "Қорғаушы" },
    { Role::Defendant, "defendant", "Defendant", "Подсудимый", "Сотталушы" },
    { Role::Victim, "victim", "Victim", "Потерпевший", "Жәбірленуші" },
    { Role::Plaintiff, "plaintiff", "Plaintiff", "Истец", "Талапкер" },
    { Role::Respondent, "respondent", "Respondent", "Ответчик", "Жауапкер" },
    { Role::Representative, "representative", "Representative", "Представитель", "Өкіл" },
    { Role::Witness, "witness", "Witness", "Свидетель", "Куә" },
    { Role::Expert, "expert", "Expert", "Эксперт", "Сарапшы" },
    { Role::Specialist, "specialist", "Specialist", "Специалист", "Маман" },
    { Role::Interpreter, "interpreter", "Interpreter", "Переводчик", "Аудармашы" },
    { Role::Bailiff, "bailiff", "Bailiff", "Судебный пристав", "Сот приставы" },
    { Role::Other, "other", "Other participant", "Иной участник", "Өзге қатысушы" },
} };

const RoleInfo *info(Role role)
{
    for (const RoleInfo &item : kRoles) {
        if (item.role == role)
            return &item;
    }
    return nullptr;
}
} // namespace

QString roleId(Role role)
{
    const RoleInfo *item = info(role);
    return item ? QString::fromLatin1(item->id) : QString();
}

std::optional<Role> roleFromId(const QString &id)
{
    for (const RoleInfo &item : kRoles) {
        if (id == QLatin1String(item.id))
            return item.role;
    }
    return std::nullopt;
}

QList<Role> allRoles()
{
    QList<Role> roles;
    for (const RoleInfo &item : kRoles)
        roles << item.role;
    return roles;
}

QString roleName(Role role, const QString &lang)
{
    const RoleInfo *item = info(role);
    if (!item)
        return {};
    if (lang == QLatin1String("ru"))
        return QString::fromUtf8(item->ru);
    if (lang == QLatin1String("kk"))
        return QString::fromUtf8(item->kk);
    return QString::fromUtf8(item->en);
}

QString roleName(Role role, const QString &lang, CaseCategory category)
{
    if (category == CaseCategory::Criminal) {
        const bool kk = lang == QLatin1String("kk");
        const bool ru = lang == QLatin1String("ru");
        switch (role) {
        case Role::Prosecutor:
            return kk ? QStringLiteral("Мемлекеттік айыптаушы")
                : ru  ? QStringLiteral("Государственный обвинитель")
                      : QStringLiteral("Public prosecutor");
        case Role::Plaintiff:
            return kk ? QStringLiteral("Азаматтық талапкер")
                : ru  ? QStringLiteral("Гражданский истец")
                      : QStringLiteral("Civil plaintiff");
        case Role::Respondent:
            return kk ? QStringLiteral("Азаматтық жауапкер")
                : ru  ? QStringLiteral("Гражданский ответчик")
                      : QStringLiteral("Civil defendant");
        default:
            break;
        }
    }
    return roleName(role, lang);
}

QList<Role> rolesForCategory(CaseCategory category)
{
    switch (category) {
    case CaseCategory::Criminal:
        // Plaintiff/respondent here are the civil plaintiff and civil defendant of a criminal case.
        return { Role::Judge, Role::Secretary, Role::Prosecutor, Role::Defender, Role::Defendant, Role::Victim,
            Role::Plaintiff, Role::Respondent, Role::Representative, Role::Witness, Role::Expert, Role::Specialist,
            Role::Interpreter, Role::Bailiff, Role::Other };
    case CaseCategory::Civil:
    case CaseCategory::Administrative:
        return { Role::Judge, Role::Secretary, Role::Plaintiff, Role::Respondent, Role::Representative,
            Role::Prosecutor, Role::Witness, Role::Expert, Role::Specialist, Role::Interpreter, Role::Bailiff,
            Role::Other };
    }
    return {};
}

bool roleAllowed(Role role, CaseCategory category)
{
    return rolesForCategory(category).contains(role);
}

} // namespace hattama
