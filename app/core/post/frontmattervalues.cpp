#include "core/post/frontmattervalues.h"

#include "core/post/frontmatterlimits.h"
#include "core/post/yamlforhugo.h"
#include "core/util/limits.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <sstream>
#include <toml++/toml.h>
#include <vector>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

namespace digest {
namespace {

// A limit of limits.h hit while converting values; thrown out of the recursive converters
// (whose depth it bounds) and caught where the reading of one format begins.
struct LimitHit
{
    QString message;
};

// Counts what the converters visit against the limits: how deep they are, how many values
// they made.
class Budget
{
public:
    void enter(int depth)
    {
        if (depth > limits::kFrontMatterDepth)
            throw LimitHit{frontmatterlimits::tooDeep()};
        if (++m_values > limits::kFrontMatterValues)
            throw LimitHit{FrontMatterReader::tr("The front matter has more than %1 values, "
                                                 "aliases expanded (the limit).")
                               .arg(limits::kFrontMatterValues)};
    }

private:
    int m_values = 0;
};

// --- YAML ---------------------------------------------------------------------------------

QVariant plainScalar(const std::string& text)
{
    const QString value = QString::fromStdString(text);
    if (value == u"true" || value == u"True" || value == u"TRUE")
        return true;
    if (value == u"false" || value == u"False" || value == u"FALSE")
        return false;
    bool ok = false;
    if (const qlonglong number = value.toLongLong(&ok); ok)
        return number;
    if (const double number = value.toDouble(&ok); ok && !value.contains(u':'))
        return number;
    if (value == u"~" || value == u"null" || value.isEmpty())
        return QVariant();
    return value;
}

// A map's key as text; a key that is itself a list or a map (YAML allows it, Hugo does not) is
// refused by yaml-cpp's conversion with an exception the reader reports.
QString yamlKey(const YAML::Node& key)
{
    return QString::fromStdString(key.as<std::string>());
}

// `ancestors` are the maps and lists that contain the node: an alias to one of them would
// expand for ever ("anchor value contains itself", as go-yaml says).
QVariant fromYaml(const YAML::Node& node, Budget& budget, std::vector<YAML::Node>& ancestors)
{
    budget.enter(int(ancestors.size()));
    for (const YAML::Node& ancestor : ancestors) {
        if (ancestor.is(node))
            throw LimitHit{FrontMatterReader::tr("A YAML alias in the front matter refers to the "
                                                 "value that contains it.")};
    }
    switch (node.Type()) {
    case YAML::NodeType::Scalar:
        // A quoted scalar has the tag "!" and is always a string.
        return node.Tag() == "!" ? QVariant(QString::fromStdString(node.Scalar()))
                                 : plainScalar(node.Scalar());
    case YAML::NodeType::Sequence: {
        QVariantList list;
        ancestors.push_back(node);
        for (const YAML::Node& item : node)
            list.append(fromYaml(item, budget, ancestors));
        ancestors.pop_back();
        return list;
    }
    case YAML::NodeType::Map: {
        QVariantMap map;
        ancestors.push_back(node);
        for (const auto& entry : node)
            map.insert(yamlKey(entry.first), fromYaml(entry.second, budget, ancestors));
        ancestors.pop_back();
        return map;
    }
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        break;
    }
    return QVariant();
}

Result<FrontMatterValues> readYaml(const QString& content)
{
    // What Hugo refuses although yaml-cpp reads it, first: a post is not worth less to Hugo.
    if (const QList<YamlForHugoProblem> problems = YamlForHugo::problems(content);
        !problems.isEmpty())
        return Error{FrontMatterReader::tr("The YAML front matter is broken on line %1: %2")
                         .arg(problems.first().line + 2)
                         .arg(problems.first().message)};
    FrontMatterValues values;
    try {
        const YAML::Node root = YAML::Load(content.toStdString());
        if (root.IsNull())
            return values;
        if (!root.IsMap())
            return Error{FrontMatterReader::tr("The YAML front matter is not a list of keys.")};
        Budget budget;
        std::vector<YAML::Node> ancestors{root};
        for (const auto& entry : root) {
            const QString key = yamlKey(entry.first);
            values.keys.append(key);
            values.values.insert(key, fromYaml(entry.second, budget, ancestors));
        }
    } catch (const LimitHit& hit) {
        return Error{hit.message};
    } catch (const YAML::DeepRecursion&) {
        // yaml-cpp's own guard, at 2,000 levels, says only "bad file".
        return Error{frontmatterlimits::tooDeep()};
    } catch (const YAML::Exception& error) {
        // yaml-cpp counts lines from 0; the front matter starts on the file's second line.
        return Error{FrontMatterReader::tr("The YAML front matter is broken on line %1: %2.")
                         .arg(error.mark.line + 2)
                         .arg(QString::fromStdString(error.msg))};
    }
    return values;
}

// --- TOML ---------------------------------------------------------------------------------

QVariant fromToml(const toml::node& node, Budget& budget, int depth)
{
    budget.enter(depth);
    if (const auto* text = node.as_string())
        return QString::fromStdString(text->get());
    if (const auto* flag = node.as_boolean())
        return flag->get();
    if (const auto* number = node.as_integer())
        return qlonglong(number->get());
    if (const auto* number = node.as_floating_point())
        return number->get();
    if (node.is_date_time() || node.is_date() || node.is_time()) {
        std::ostringstream text;
        if (const auto* moment = node.as_date_time())
            text << *moment;
        else if (const auto* day = node.as_date())
            text << *day;
        else if (const auto* time = node.as_time())
            text << *time;
        return QString::fromStdString(text.str());
    }
    if (const auto* array = node.as_array()) {
        QVariantList list;
        for (const toml::node& item : *array)
            list.append(fromToml(item, budget, depth + 1));
        return list;
    }
    if (const auto* table = node.as_table()) {
        QVariantMap map;
        for (const auto& [key, item] : *table)
            map.insert(QString::fromStdString(std::string(key.str())),
                       fromToml(item, budget, depth + 1));
        return map;
    }
    return QVariant();
}

Result<FrontMatterValues> readToml(const QString& content)
{
    // toml++ builds (and frees) tables recursively: a header `[a.a.a…]` thousands of keys deep
    // must be refused before it is parsed.
    if (frontmatterlimits::tomlDepth(content) > limits::kFrontMatterDepth)
        return Error{frontmatterlimits::tooDeep()};
    FrontMatterValues values;
    const std::string text = content.toStdString();
    try {
        const toml::table table = toml::parse(text);
        Budget budget;
        for (const auto& [key, item] : table) {
            const QString name = QString::fromStdString(std::string(key.str()));
            values.values.insert(name, fromToml(item, budget, 1));
        }
    } catch (const LimitHit& hit) {
        return Error{hit.message};
    } catch (const toml::parse_error& error) {
        return Error{FrontMatterReader::tr("The TOML front matter is broken on line %1: %2.")
                         .arg(error.source().begin.line + 1)
                         .arg(QString::fromStdString(std::string(error.description())))};
    }
    // toml++ keeps keys sorted; the file's order comes from the key lines themselves.
    static const QRegularExpression keyLine(QStringLiteral(R"(^\s*([A-Za-z0-9_-]+)\s*=)"),
                                            QRegularExpression::MultilineOption);
    for (auto match = keyLine.globalMatch(content); match.hasNext();) {
        const QString key = match.next().captured(1);
        if (values.values.contains(key) && !values.keys.contains(key))
            values.keys.append(key);
    }
    for (auto it = values.values.cbegin(); it != values.values.cend(); ++it) {
        if (!values.keys.contains(it.key()))
            values.keys.append(it.key());
    }
    return values;
}

// --- JSON ---------------------------------------------------------------------------------

Result<FrontMatterValues> readJson(const QString& content)
{
    // QJsonDocument takes a raw control character in a string; Hugo (Go's JSON) does not.
    for (qsizetype at = 0; at < content.size(); ++at) {
        const char16_t c = content.at(at).unicode();
        if (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r')
            return Error{FrontMatterReader::tr("The JSON front matter is broken at character "
                                               "%1: a control character (U+%2) is there; Hugo "
                                               "cannot read it.")
                             .arg(at)
                             .arg(QString::number(c, 16).toUpper().rightJustified(4, u'0'))};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(content.toUtf8(), &error);
    if (error.error == QJsonParseError::DeepNesting)
        return Error{frontmatterlimits::tooDeep()};
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Error{FrontMatterReader::tr("The JSON front matter is broken at character %1: %2.")
                         .arg(error.offset)
                         .arg(error.errorString())};
    if (const int depth = frontmatterlimits::jsonDepth(document.object());
        depth > limits::kFrontMatterDepth)
        return Error{frontmatterlimits::tooDeep()};
    FrontMatterValues values;
    values.values = document.object().toVariantMap();
    // QJsonObject sorts its keys; take the file's order from the keys at nesting depth 1.
    static const QRegularExpression keyStart(QStringLiteral(R"(\"((?:[^\"\\]|\\.)*)\"\s*:)"));
    for (auto match = keyStart.globalMatch(content); match.hasNext();) {
        const QString key = match.next().captured(1);
        if (values.values.contains(key) && !values.keys.contains(key))
            values.keys.append(key);
    }
    return values;
}

QString stringOf(const QVariantMap& map, const QString& key)
{
    const QVariant value = map.value(key);
    return value.isValid() ? value.toString() : QString();
}

} // namespace

Result<FrontMatterValues> FrontMatterReader::read(const FrontMatterSplit& split)
{
    Result<FrontMatterValues> result = FrontMatterValues{};
    switch (split.format) {
    case FrontMatterSplit::Format::Yaml:
        result = readYaml(split.content);
        break;
    case FrontMatterSplit::Format::Toml:
        result = readToml(split.content);
        break;
    case FrontMatterSplit::Format::Json:
        result = readJson(split.content);
        break;
    case FrontMatterSplit::Format::None:
        break;
    }
    if (!result)
        return result;
    FrontMatterValues values = std::move(result).value();
    values.format = split.format;
    return values;
}

PostDate FrontMatterReader::parseDate(const QString& text)
{
    PostDate date;
    date.text = text;
    const QString trimmed = text.trimmed();
    // RFC 3339, and the one-digit hour that Hugo also accepts ("2023-04-11T7:15:00+01:00").
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?\s*(Z|z|[+-]\d{2}:?\d{2})?$)"));
    const QRegularExpressionMatch match = pattern.match(trimmed);
    if (!match.hasMatch())
        return date;
    const QDate day(match.captured(1).toInt(), match.captured(2).toInt(),
                    match.captured(3).toInt());
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(),
                     match.captured(6).toInt(),
                     match.captured(7).left(3).leftJustified(3, u'0').toInt());
    if (!day.isValid() || !time.isValid())
        return date;
    const QString zone = match.captured(8);
    date.hasZone = !zone.isEmpty();
    if (!date.hasZone) {
        date.value = QDateTime(day, time, Qt::LocalTime);
    } else if (zone.compare(u"z", Qt::CaseInsensitive) == 0) {
        date.value = QDateTime(day, time, Qt::UTC);
    } else {
        const QString digits = QString(zone).remove(u':');
        const int sign = digits.startsWith(u'-') ? -1 : 1;
        const int seconds =
            sign * (digits.mid(1, 2).toInt() * 3600 + digits.mid(3, 2).toInt() * 60);
        date.value = QDateTime(day, time, Qt::OffsetFromUTC, seconds);
    }
    return date;
}

QString FrontMatterValues::title() const
{
    return stringOf(values, QStringLiteral("title"));
}

PostDate FrontMatterValues::date() const
{
    const QVariant value = values.value(QStringLiteral("date"));
    if (!value.isValid())
        return {};
    return FrontMatterReader::parseDate(value.toString());
}

bool FrontMatterValues::draft() const
{
    return values.value(QStringLiteral("draft")).toBool();
}

QString FrontMatterValues::author() const
{
    return stringOf(values, QStringLiteral("author"));
}

QStringList FrontMatterValues::tags() const
{
    return values.value(QStringLiteral("tags")).toStringList();
}

Cover FrontMatterValues::cover() const
{
    const QVariantMap map = values.value(QStringLiteral("cover")).toMap();
    return {stringOf(map, QStringLiteral("image")), stringOf(map, QStringLiteral("alt")),
            stringOf(map, QStringLiteral("caption")), map.value(QStringLiteral("hidden")).toBool(),
            map.value(QStringLiteral("relative")).toBool()};
}

QVariant FrontMatterValues::value(QStringView path) const
{
    QVariant current = values;
    for (const QStringView part : path.split(u'.')) {
        const QVariantMap map = current.toMap();
        const QString key = part.toString();
        if (!map.contains(key))
            return {};
        current = map.value(key);
    }
    return current;
}

} // namespace digest
