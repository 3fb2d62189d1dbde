#include "protocol/ProtocolTemplate.h"

#include "util/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <vector>

namespace hattama::protocol {

struct ProtocolTemplate::Node {
    enum class Type { Root, Text, Value, Each, If, Unless };
    Type type = Type::Root;
    QString text; // Text: literal; Value/Each/If/Unless: the name
    std::vector<std::unique_ptr<Node>> children;
    std::vector<std::unique_ptr<Node>> elseChildren;
};

namespace {

using Node = ProtocolTemplate::Node;

// Removes the whitespace and line break of lines that hold only section tags or comments.
QString stripStandaloneLines(const QString &source)
{
    static const QRegularExpression kStandalone(
        QStringLiteral(R"(^[ \t]*((\{\{[#/!][^}]*\}\}|\{\{else\}\})[ \t]*)+$)"));
    static const QRegularExpression kTag(QStringLiteral(R"(\{\{[#/!][^}]*\}\}|\{\{else\}\})"));
    QString result;
    result.reserve(source.size());
    const QStringList lines = source.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (kStandalone.match(line).hasMatch()) {
            auto it = kTag.globalMatch(line);
            while (it.hasNext())
                result += it.next().captured(0);
        } else {
            result += line;
            if (i + 1 < lines.size())
                result += QLatin1Char('\n');
        }
    }
    return result;
}

struct Frame {
    const QVariantMap *map = nullptr;
    int index = -1;
};

QVariant lookup(const std::vector<Frame> &frames, const QString &path)
{
    if (path == QLatin1String("@number") || path == QLatin1String("@index")) {
        for (auto it = frames.rbegin(); it != frames.rend(); ++it)
            if (it->index >= 0)
                return path == QLatin1String("@number") ? it->index + 1 : it->index;
        return QVariant();
    }
    const QStringList parts = path.split(QLatin1Char('.'));
    for (auto it = frames.rbegin(); it != frames.rend(); ++it) {
        if (!it->map->contains(parts.first()))
            continue;
        QVariant value = it->map->value(parts.first());
        for (qsizetype i = 1; i < parts.size(); ++i)
            value = value.toMap().value(parts.at(i));
        return value;
    }
    return QVariant();
}

bool truthy(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        return false;
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::QString:
        return !value.toString().isEmpty();
    case QMetaType::QVariantList:
    case QMetaType::QStringList:
        return !value.toList().isEmpty();
    case QMetaType::QVariantMap:
        return !value.toMap().isEmpty();
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Double:
        return value.toDouble() != 0.0;
    default:
        return value.isValid() && !value.toString().isEmpty();
    }
}

// Collects rendered text into blocks (see the class comment).
class BlockSink {
public:
    explicit BlockSink(const std::vector<Frame> &frames)
        : m_frames(frames)
    {
    }

    void literal(const QString &text)
    {
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c == QLatin1Char('\n')) {
                endLine();
                continue;
            }
            if (!m_lineStarted) {
                if (c == QLatin1Char(' ') || c == QLatin1Char('\t'))
                    continue; // indentation in a template is cosmetic
                beginLine();
                if (c == QLatin1Char('@')) {
                    qsizetype end = i + 1;
                    while (end < text.size() && (text.at(end).isLetterOrNumber() || text.at(end) == QLatin1Char('_')))
                        ++end;
                    m_lineStyle = text.mid(i + 1, end - i - 1);
                    if (end < text.size() && text.at(end) == QLatin1Char(' '))
                        ++end;
                    i = end - 1;
                    continue;
                }
            }
            m_line += c;
        }
    }

    void value(const QString &text)
    {
        if (text.isEmpty())
            return;
        if (!m_lineStarted)
            beginLine();
        m_line += text;
    }

    QList<ProtocolBlock> finish()
    {
        if (m_lineStarted)
            endLine();
        finishBlock();
        return std::move(m_blocks);
    }

private:
    void beginLine()
    {
        m_lineStarted = true;
        m_lineStyle.clear();
        m_lineTimeMs = -1;
        m_lineWall.clear();
        m_lineContext = QStringLiteral("doc");
        for (auto it = m_frames.rbegin(); it != m_frames.rend(); ++it) {
            if (it->index < 0)
                continue;
            if (m_lineContext == QLatin1String("doc") && it->map->contains(QLatin1String("key")))
                m_lineContext = it->map->value(QLatin1String("key")).toString();
            if (m_lineTimeMs < 0 && it->map->contains(QLatin1String("time_ms"))) {
                m_lineTimeMs = it->map->value(QLatin1String("time_ms")).toLongLong();
                m_lineWall = it->map->value(QLatin1String("wall_time")).toString();
            }
        }
    }

    void endLine()
    {
        if (!m_lineStarted) {
            finishBlock(); // an empty line ends the block
            return;
        }
        m_lineStarted = false;
        if (!m_lineStyle.isEmpty()) {
            finishBlock();
            m_current = ProtocolBlock {};
            m_current.style = m_lineStyle;
            m_current.text = m_line;
            m_current.timeMs = m_lineTimeMs;
            m_current.wallTime = m_lineWall;
            m_currentContext = m_lineContext;
            m_open = true;
        } else if (m_line.trimmed().isEmpty()) {
            finishBlock();
        } else if (m_open) {
            m_current.text += QLatin1Char('\n') + m_line;
        } else {
            m_current = ProtocolBlock {};
            m_current.style = QStringLiteral("para");
            m_current.text = m_line;
            m_current.timeMs = m_lineTimeMs;
            m_current.wallTime = m_lineWall;
            m_currentContext = m_lineContext;
            m_open = true;
        }
        m_line.clear();
    }

    void finishBlock()
    {
        if (!m_open)
            return;
        m_open = false;
        m_current.text = m_current.text.trimmed();
        if (m_current.text.isEmpty())
            return;
        const int n = ++m_counts[m_currentContext];
        m_current.key = QStringLiteral("%1/%2").arg(m_currentContext).arg(n);
        m_current.generatedText = m_current.text;
        m_blocks << m_current;
    }

    const std::vector<Frame> &m_frames;
    QList<ProtocolBlock> m_blocks;
    QHash<QString, int> m_counts;
    ProtocolBlock m_current;
    QString m_currentContext;
    bool m_open = false;
    bool m_lineStarted = false;
    QString m_line;
    QString m_lineStyle;
    qint64 m_lineTimeMs = -1;
    QString m_lineWall;
    QString m_lineContext;
};

QString valueText(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return QString();
    return value.toString();
}

void renderNodes(const std::vector<std::unique_ptr<Node>> &nodes, std::vector<Frame> &frames, BlockSink &sink);

void renderNode(const Node &node, std::vector<Frame> &frames, BlockSink &sink)
{
    switch (node.type) {
    case Node::Type::Root:
        renderNodes(node.children, frames, sink);
        break;
    case Node::Type::Text:
        sink.literal(node.text);
        break;
    case Node::Type::Value:
        sink.value(valueText(lookup(frames, node.text)));
        break;
    case Node::Type::If:
    case Node::Type::Unless: {
        const bool condition = truthy(lookup(frames, node.text)) == (node.type == Node::Type::If);
        renderNodes(condition ? node.children : node.elseChildren, frames, sink);
        break;
    }
    case Node::Type::Each: {
        const QVariantList items = lookup(frames, node.text).toList();
        if (items.isEmpty()) {
            renderNodes(node.elseChildren, frames, sink);
            break;
        }
        for (qsizetype i = 0; i < items.size(); ++i) {
            QVariantMap item = items.at(i).toMap();
            if (item.isEmpty() && items.at(i).typeId() != QMetaType::QVariantMap)
                item.insert(QStringLiteral("this"), items.at(i));
            frames.push_back(Frame { &item, int(i) });
            renderNodes(node.children, frames, sink);
            frames.pop_back();
        }
        break;
    }
    }
}

void renderNodes(const std::vector<std::unique_ptr<Node>> &nodes, std::vector<Frame> &frames, BlockSink &sink)
{
    for (const auto &child : nodes)
        renderNode(*child, frames, sink);
}

} // namespace

ProtocolTemplate::ProtocolTemplate() = default;
ProtocolTemplate::~ProtocolTemplate() = default;
ProtocolTemplate::ProtocolTemplate(ProtocolTemplate &&) noexcept = default;
ProtocolTemplate &ProtocolTemplate::operator=(ProtocolTemplate &&) noexcept = default;

Result<ProtocolTemplate> ProtocolTemplate::parse(const QString &source, const QString &name)
{
    const QString text = stripStandaloneLines(source);
    auto root = std::make_unique<Node>();
    struct Open {
        Node *node;
        bool inElse;
        int line;
    };
    std::vector<Open> stack { { root.get(), false, 1 } };
    auto lineOf = [&text](qsizetype pos) { return int(text.left(pos).count(QLatin1Char('\n'))) + 1; };
    auto fail = [&name](int line, const QString &what) {
        return Error::of(ErrorCode::TemplateSyntax,
            { name.isEmpty() ? QStringLiteral("(text)") : name, QString::number(line), what });
    };
    auto append = [&stack](std::unique_ptr<Node> node) -> Node * {
        Open &top = stack.back();
        auto &list = top.inElse ? top.node->elseChildren : top.node->children;
        list.push_back(std::move(node));
        return list.back().get();
    };
    static const QRegularExpression kName(QStringLiteral(R"(^@?[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$)"));

    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype open = text.indexOf(QLatin1String("{{"), pos);
        if (open < 0) {
            auto node = std::make_unique<Node>();
            node->type = Node::Type::Text;
            node->text = text.mid(pos);
            append(std::move(node));
            break;
        }
        if (open > pos) {
            auto node = std::make_unique<Node>();
            node->type = Node::Type::Text;
            node->text = text.mid(pos, open - pos);
            append(std::move(node));
        }
        const qsizetype close = text.indexOf(QLatin1String("}}"), open + 2);
        if (close < 0)
            return fail(lineOf(open), QStringLiteral("'{{' is not closed by '}}'"));
        const QString tag = text.mid(open + 2, close - open - 2).trimmed();
        const int line = lineOf(open);
        pos = close + 2;
        if (tag.startsWith(QLatin1Char('!')))
            continue;
        if (tag.startsWith(QLatin1Char('#'))) {
            const QString keyword = tag.mid(1).section(QLatin1Char(' '), 0, 0);
            const QString argument = tag.section(QLatin1Char(' '), 1).trimmed();
            auto node = std::make_unique<Node>();
            if (keyword == QLatin1String("each"))
                node->type = Node::Type::Each;
            else if (keyword == QLatin1String("if"))
                node->type = Node::Type::If;
            else if (keyword == QLatin1String("unless"))
                node->type = Node::Type::Unless;
            else
                return fail(line, QStringLiteral("unknown section '#%1' (use #each, #if or #unless)").arg(keyword));
            if (!kName.match(argument).hasMatch())
                return fail(line, QStringLiteral("'#%1' needs a field name, got '%2'").arg(keyword, argument));
            node->text = argument;
            Node *added = append(std::move(node));
            stack.push_back(Open { added, false, line });
            continue;
        }
        if (tag == QLatin1String("else")) {
            if (stack.size() < 2 || stack.back().inElse)
                return fail(line, QStringLiteral("'{{else}}' outside #if, #unless or #each"));
            stack.back().inElse = true;
            continue;
        }
        if (tag.startsWith(QLatin1Char('/'))) {
            const QString keyword = tag.mid(1).trimmed();
            if (stack.size() < 2)
                return fail(line, QStringLiteral("'{{/%1}}' closes nothing").arg(keyword));
            const Node *node = stack.back().node;
            const QString expected = node->type == Node::Type::Each ? QStringLiteral("each")
                : node->type == Node::Type::If                      ? QStringLiteral("if")
                                                                    : QStringLiteral("unless");
            if (keyword != expected)
                return fail(line,
                    QStringLiteral("'{{/%1}}' closes '{{#%2}}' opened on line %3")
                        .arg(keyword, expected)
                        .arg(stack.back().line));
            stack.pop_back();
            continue;
        }
        if (!kName.match(tag).hasMatch())
            return fail(line, QStringLiteral("'{{%1}}' is not a field name").arg(tag));
        auto node = std::make_unique<Node>();
        node->type = Node::Type::Value;
        node->text = tag;
        append(std::move(node));
    }
    if (stack.size() > 1)
        return fail(stack.back().line, QStringLiteral("section '%1' is never closed").arg(stack.back().node->text));
    ProtocolTemplate result;
    result.m_root = std::move(root);
    return result;
}

QList<ProtocolBlock> ProtocolTemplate::render(const QVariantMap &context) const
{
    std::vector<Frame> frames { Frame { &context, -1 } };
    BlockSink sink(frames);
    if (m_root)
        renderNode(*m_root, frames, sink);
    return sink.finish();
}

QString ProtocolTemplate::fileName(const QString &lang, const QString &category)
{
    return QStringLiteral("%1-%2.tmpl").arg(lang, category);
}

Result<ProtocolTemplate> ProtocolTemplate::load(
    const QString &archiveDir, const QString &lang, const QString &category, QString *origin)
{
    const QString name = fileName(lang, category);
    QString path = QStringLiteral(":/protocol/") + name;
    if (!archiveDir.isEmpty()) {
        const QString override = QDir(archiveDir).filePath(QStringLiteral("templates/") + name);
        if (QFileInfo::exists(override))
            path = override;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::of(ErrorCode::TemplateUnreadable, { path, file.errorString() });
    qCInfo(lcProtocol) << "protocol template" << path;
    if (origin)
        *origin = path;
    return parse(QString::fromUtf8(file.readAll()), path);
}

} // namespace hattama::protocol
