#pragma once

#include "protocol/ProtocolDocument.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <QVariantMap>

#include <memory>

namespace hattama::protocol {

// The protocol template language (docs/protocol-templates.md):
//   @style text        a line starting with @ begins a block of that style; following
//                      non-empty lines continue it; an empty line ends it
//   {{name}}           a value (dotted paths: {{court.city}}); inner scopes first
//   {{#each list}}…{{else}}…{{/each}}   repeat per item; else part for an empty list;
//                      {{@number}} is 1, 2, … inside
//   {{#if name}}…{{else}}…{{/if}}, {{#unless name}}…{{/unless}}
//   {{! comment }}
// A line holding only section tags or comments leaves no trace in the output. A block begun
// while an {{#each}} item with a time_ms field is current keeps that time code.
class ProtocolTemplate {
public:
    struct Node;

    ProtocolTemplate();
    ~ProtocolTemplate();
    ProtocolTemplate(ProtocolTemplate &&) noexcept;
    ProtocolTemplate &operator=(ProtocolTemplate &&) noexcept;

    // Parses source; name is used in error messages (a file path or resource).
    static Result<ProtocolTemplate> parse(const QString &source, const QString &name = QString());
    QList<ProtocolBlock> render(const QVariantMap &context) const;

    // The template for a protocol language and case category: <archive>/templates/<lang>-<category>.tmpl
    // when it exists (court IT's override), else the built-in :/protocol/<lang>-<category>.tmpl.
    // archiveDir may be empty. *origin receives the path used.
    static Result<ProtocolTemplate> load(
        const QString &archiveDir, const QString &lang, const QString &category, QString *origin = nullptr);
    static QString fileName(const QString &lang, const QString &category);

private:
    std::unique_ptr<Node> m_root;
};

} // namespace hattama::protocol
