#pragma once

#include "protocol/ProtocolDocument.h"
#include "protocol/ProtocolInput.h"
#include "util/Result.h"

#include <QStringList>
#include <QVariantMap>

namespace hattama::protocol {

// Builds a protocol document from a hearing snapshot with the template for its language and
// category: the brief protocol (recorded hearing) or the full one (CPC art. 347).
class ProtocolBuilder {
public:
    enum class Kind { Brief, Full };

    struct Options {
        QString language = QStringLiteral("ru"); // ru or kk
        Kind kind = Kind::Brief;
        QString archiveDir; // <archive>/templates/ overrides the built-in templates; may be empty
    };

    // The values a template sees (docs/protocol-templates.md lists them).
    static QVariantMap context(const ProtocolInput &input, const Options &options);
    // Loads the template and renders. Errors: usage (bad language, template syntax, a brief
    // protocol of a hearing without a recording), environment (template unreadable).
    static Result<ProtocolDocument> build(const ProtocolInput &input, const Options &options);
    static QString kindId(Kind kind);
    // The protocol the law asks for: the brief one with a recording, the full one without.
    static Kind lawfulKind(const ProtocolInput &input);
    // The time codes of the printed entries whose typed text is in the other language than
    // lang (TextLanguage): a Kazakh protocol with Russian notes gets a warning.
    static QStringList entriesInOtherLanguage(const ProtocolInput &input, const QString &lang);
};

} // namespace hattama::protocol
