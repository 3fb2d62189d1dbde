#pragma once

#include "protocol/ProtocolDocument.h"

#include <QByteArray>

namespace hattama::protocol {

// The protocol as an OpenDocument Text package (ODF 1.2): mimetype first and stored,
// content.xml, styles.xml (A4, case number in the header, «Страница N из M» in the footer),
// meta.xml and META-INF/manifest.xml. Same document, same bytes.
class OdtWriter {
public:
    static QByteArray write(const ProtocolDocument &document);
    static QByteArray contentXml(const ProtocolDocument &document);
    static QByteArray stylesXml(const ProtocolDocument &document);
    static QByteArray metaXml(const ProtocolDocument &document);
    static QByteArray manifestXml();
};

} // namespace hattama::protocol
