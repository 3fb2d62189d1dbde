#include "util/ErrorText.h"

#include "util/ErrorCatalogue.h"

#include <QCoreApplication>

namespace hattama {

namespace {

QString term(const QString &id, bool translated)
{
    const char *source = ErrorCatalogue::termSource(id);
    if (!source)
        return id;
    return translated ? QCoreApplication::translate("ErrorTerm", source) : QString::fromUtf8(source);
}

// The arguments with terms (JSON types, statuses) worded in the current language.
QStringList wordedArgs(const ErrorCatalogueEntry &entry, const QStringList &args, bool translated)
{
    QStringList worded = args;
    for (qsizetype i = 0; i < worded.size() && i < 32; ++i) {
        if (!(entry.termArgs & (1u << i)))
            continue;
        QStringList parts = worded.at(i).split(QStringLiteral(", "));
        for (QString &part : parts)
            part = term(part, translated);
        worded[i] = parts.join(QStringLiteral(", "));
    }
    return worded;
}

QString render(const char *source, const ErrorCatalogueEntry &entry, const QStringList &args, bool translated)
{
    if (!source || !*source)
        return {};
    const QString pattern = translated ? QCoreApplication::translate("ErrorText", source) : QString::fromUtf8(source);
    return ErrorText::fill(pattern, wordedArgs(entry, args, translated));
}

QString joined(const QString &message, const QString &hint)
{
    return hint.isEmpty() ? message : message + QStringLiteral(" (") + hint + QStringLiteral(")");
}

} // namespace

Error Error::of(ErrorCode kind, QStringList args)
{
    const ErrorCatalogueEntry &entry = ErrorCatalogue::entry(kind);
    Error error;
    error.code = entry.exit;
    error.kind = kind;
    error.message = ErrorText::englishMessage(kind, args);
    error.hint = ErrorText::englishHint(kind, args);
    error.args = std::move(args);
    return error;
}

QString ErrorText::fill(const QString &pattern, const QStringList &args)
{
    QString out;
    out.reserve(pattern.size() + 32);
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('%') && i + 1 < pattern.size() && pattern.at(i + 1) >= QLatin1Char('1')
            && pattern.at(i + 1) <= QLatin1Char('9')) {
            const int index = pattern.at(i + 1).digitValue() - 1;
            if (index < args.size()) {
                out += args.at(index);
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

QString ErrorText::englishMessage(ErrorCode code, const QStringList &args)
{
    const ErrorCatalogueEntry &entry = ErrorCatalogue::entry(code);
    return render(entry.message, entry, args, false);
}

QString ErrorText::englishHint(ErrorCode code, const QStringList &args)
{
    const ErrorCatalogueEntry &entry = ErrorCatalogue::entry(code);
    return render(entry.hint, entry, args, false);
}

QString ErrorText::message(const Error &error)
{
    if (error.kind == ErrorCode::Generic)
        return error.message;
    const ErrorCatalogueEntry &entry = ErrorCatalogue::entry(error.kind);
    return render(entry.message, entry, error.args, true);
}

QString ErrorText::hint(const Error &error)
{
    if (error.kind == ErrorCode::Generic)
        return error.hint;
    const ErrorCatalogueEntry &entry = ErrorCatalogue::entry(error.kind);
    return render(entry.hint, entry, error.args, true);
}

QString ErrorText::text(const Error &error)
{
    return joined(message(error), hint(error));
}

QString ErrorText::codeName(ErrorCode code)
{
    return QString::fromLatin1(ErrorCatalogue::entry(code).name);
}

} // namespace hattama
