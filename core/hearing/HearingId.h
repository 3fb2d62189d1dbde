#pragma once

#include <QDate>
#include <QString>

namespace hattama {

// A hearing id is also its recording folder's name, so it is filesystem-safe on Linux and
// Windows: ASCII letters, digits and '-', at most 80 characters. Made readable as
// <scheduled date>-<case number with every other character as '-'>-<6 random hex digits>,
// e.g. "2026-11-23-2-1234-2026-a3f9c1".
class HearingId {
public:
    static QString make(const QString &caseNumber, QDate scheduledDate);
    static bool isValid(const QString &id);
};

} // namespace hattama
