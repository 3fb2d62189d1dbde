#pragma once

#include "protocol/ProtocolDocument.h"

#include <QByteArray>

namespace hattama::protocol {

// The protocol as one self-contained HTML page (UTF-8). Same document, same bytes: no dates,
// no generator version, attributes in a fixed order. Time codes are links
// hattama://hearing/ID?t=MS that the app (or a party's disc page) turns into playback.
class HtmlWriter {
public:
    static QByteArray write(const ProtocolDocument &document);
};

} // namespace hattama::protocol
