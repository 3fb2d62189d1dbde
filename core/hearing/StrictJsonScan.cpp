#include "hearing/StrictJsonScan.h"

#include <QSet>
#include <QString>

#include <vector>

namespace hattama {

namespace {

// A key as it appears in a path: control characters written as \uXXXX so the message stays
// on one line.
QString displayKey(const QString &key)
{
    QString shown;
    for (const QChar c : key) {
        if (c.unicode() < 0x20)
            shown += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            shown += c;
    }
    return shown;
}

QString codePoint(char16_t unit)
{
    return QStringLiteral("U+%1").arg(unsigned(unit), 4, 16, QLatin1Char('0')).toUpper();
}

class Scanner {
public:
    Scanner(const QByteArray &json, qsizetype maxStringLength)
        : m_data(json)
        , m_max(maxStringLength)
    {
    }

    std::optional<Error> run()
    {
        skipSpace();
        if (!beginValue(QString()))
            return m_error;
        while (!m_stack.empty()) {
            skipSpace();
            Frame &frame = m_stack.back();
            const char closing = frame.object ? '}' : ']';
            if (at() == closing && (frame.count == 0 || frame.needComma)) {
                ++m_pos;
                m_stack.pop_back();
                continue;
            }
            if (frame.needComma) {
                if (at() != ',')
                    return syntax();
                ++m_pos;
                skipSpace();
            }
            frame.needComma = true;
            QString childPath;
            if (frame.object) {
                if (at() != '"')
                    return syntax();
                QString key;
                const QString parent = frame.path;
                if (!readString(parent.isEmpty() ? QStringLiteral("(document)") : parent, &key))
                    return m_error;
                childPath = parent.isEmpty() ? displayKey(key) : parent + QLatin1Char('.') + displayKey(key);
                if (frame.keys.contains(key))
                    return fail(ErrorCode::ImportDuplicateKey, { childPath });
                frame.keys.insert(key);
                skipSpace();
                if (at() != ':')
                    return syntax();
                ++m_pos;
                skipSpace();
            } else {
                childPath = frame.path + QStringLiteral("[%1]").arg(frame.count);
            }
            ++frame.count;
            // beginValue may push a frame: frame is not used after it.
            if (!beginValue(childPath))
                return m_error;
        }
        skipSpace();
        if (m_pos != m_data.size())
            return syntax();
        return std::nullopt;
    }

private:
    struct Frame {
        bool object = false;
        QString path;
        QSet<QString> keys;
        qsizetype count = 0;
        bool needComma = false;
    };

    char at() const { return m_pos < m_data.size() ? m_data.at(m_pos) : '\0'; }
    bool atEnd() const { return m_pos >= m_data.size(); }

    void skipSpace()
    {
        while (!atEnd() && (at() == ' ' || at() == '\t' || at() == '\n' || at() == '\r'))
            ++m_pos;
    }

    std::optional<Error> fail(ErrorCode code, const QStringList &args)
    {
        m_error = Error::of(code, args);
        return m_error;
    }

    std::optional<Error> syntax()
    {
        const int line = static_cast<int>(m_data.left(m_pos).count('\n')) + 1;
        return fail(ErrorCode::ImportNotJson,
            { QString::number(line), QString::number(m_pos), QStringLiteral("unexpected character") });
    }

    bool beginValue(const QString &path)
    {
        const QString shown = path.isEmpty() ? QStringLiteral("(document)") : path;
        switch (at()) {
        case '{':
        case '[':
            m_stack.push_back(Frame { at() == '{', path, {}, 0, false });
            ++m_pos;
            return true;
        case '"':
            return readString(shown, nullptr);
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            break;
        }
        const qsizetype start = m_pos;
        while (!atEnd()
            && ((at() >= '0' && at() <= '9') || at() == '-' || at() == '+' || at() == '.' || at() == 'e'
                || at() == 'E'))
            ++m_pos;
        if (m_pos == start) {
            syntax();
            return false;
        }
        return true;
    }

    bool literal(const char *word)
    {
        const QByteArray expected(word);
        if (m_data.mid(m_pos, expected.size()) != expected) {
            syntax();
            return false;
        }
        m_pos += expected.size();
        return true;
    }

    int hex4(qsizetype at) const
    {
        if (at + 4 > m_data.size())
            return -1;
        int value = 0;
        for (qsizetype i = at; i < at + 4; ++i) {
            const char c = m_data.at(i);
            value <<= 4;
            if (c >= '0' && c <= '9')
                value |= c - '0';
            else if (c >= 'a' && c <= 'f')
                value |= c - 'a' + 10;
            else if (c >= 'A' && c <= 'F')
                value |= c - 'A' + 10;
            else
                return -1;
        }
        return value;
    }

    bool badCharacter(const QString &path, char16_t unit)
    {
        fail(ErrorCode::ImportBadCharacter, { path, codePoint(unit) });
        return false;
    }

    // At the opening quote. out (keys only) receives the decoded text.
    bool readString(const QString &path, QString *out)
    {
        ++m_pos;
        qsizetype units = 0;
        QByteArray raw; // UTF-8 bytes not yet appended to *out
        const auto flush = [&] {
            if (out && !raw.isEmpty()) {
                *out += QString::fromUtf8(raw);
                raw.clear();
            }
        };
        for (;;) {
            if (atEnd()) {
                syntax();
                return false;
            }
            const auto byte = static_cast<unsigned char>(at());
            if (byte == '"') {
                ++m_pos;
                break;
            }
            if (byte == 0)
                return badCharacter(path, 0);
            if (byte < 0x20) {
                syntax();
                return false;
            }
            if (byte == '\\') {
                const char escape = m_pos + 1 < m_data.size() ? m_data.at(m_pos + 1) : '\0';
                char16_t unit = 0;
                qsizetype length = 2;
                switch (escape) {
                case '"': unit = '"'; break;
                case '\\': unit = '\\'; break;
                case '/': unit = '/'; break;
                case 'b': unit = '\b'; break;
                case 'f': unit = '\f'; break;
                case 'n': unit = '\n'; break;
                case 'r': unit = '\r'; break;
                case 't': unit = '\t'; break;
                case 'u': {
                    const int value = hex4(m_pos + 2);
                    if (value < 0) {
                        syntax();
                        return false;
                    }
                    unit = char16_t(value);
                    length = 6;
                    break;
                }
                default:
                    syntax();
                    return false;
                }
                if (unit == 0)
                    return badCharacter(path, 0);
                if (QChar::isLowSurrogate(unit))
                    return badCharacter(path, unit); // no high half before it
                flush();
                if (QChar::isHighSurrogate(unit)) {
                    // Its low half must follow at once, as an escape too.
                    const int low = m_data.mid(m_pos + 6, 2) == "\\u" ? hex4(m_pos + 8) : -1;
                    if (low < 0 || !QChar::isLowSurrogate(char16_t(low)))
                        return badCharacter(path, unit);
                    if (out) {
                        *out += QChar(unit);
                        *out += QChar(char16_t(low));
                    }
                    units += 2;
                    m_pos += 12;
                } else {
                    if (out)
                        *out += QChar(unit);
                    ++units;
                    m_pos += length;
                }
            } else {
                // UTF-8: ED A0..BF is an encoded surrogate, which UTF-8 does not allow.
                if (byte == 0xED && m_pos + 1 < m_data.size()
                    && (static_cast<unsigned char>(m_data.at(m_pos + 1)) & 0xE0) == 0xA0)
                    return badCharacter(path, char16_t(0xD800 | ((m_data.at(m_pos + 1) & 0x1F) << 6)));
                if ((byte & 0xC0) != 0x80)
                    units += byte >= 0xF0 ? 2 : 1;
                if (out)
                    raw += char(byte);
                ++m_pos;
            }
            if (units > m_max) {
                fail(ErrorCode::ImportStringTooLong, { path, QString::number(m_max) });
                return false;
            }
        }
        flush();
        return true;
    }

    const QByteArray &m_data;
    const qsizetype m_max;
    qsizetype m_pos = 0;
    std::vector<Frame> m_stack;
    std::optional<Error> m_error;
};

} // namespace

std::optional<Error> StrictJsonScan::check(const QByteArray &json, qsizetype maxStringLength)
{
    return Scanner(json, maxStringLength).run();
}

} // namespace hattama
