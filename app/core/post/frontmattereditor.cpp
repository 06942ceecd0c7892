#include "core/post/frontmattereditor.h"

#include "core/post/formateditors.h"
#include "core/post/frontmattervalues.h"

namespace digest {
namespace {

// Whether what was read back is the value that was asked for.
bool readsBackAs(const QVariant& read, const QVariant& wanted)
{
    switch (wanted.typeId()) {
    case QMetaType::QStringList:
        return read.toStringList() == wanted.toStringList();
    case QMetaType::QDateTime:
        return FrontMatterReader::parseDate(read.toString()).value == wanted.toDateTime();
    case QMetaType::Bool:
        return read.typeId() == QMetaType::Bool && read.toBool() == wanted.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return read.toDouble() == wanted.toDouble();
    default:
        return read.typeId() == QMetaType::QString && read.toString() == wanted.toString();
    }
}

} // namespace

namespace formateditors {

QString why(const char* reason)
{
    return FrontMatterEditor::tr(reason);
}

} // namespace formateditors

Result<QString> FrontMatterEditor::setValue(FrontMatterSplit::Format format, const QString& content,
                                            const QString& path, const QVariant& value)
{
    const QStringList parts = path.split(u'.');
    Result<QString> edited = Error{};
    switch (format) {
    case FrontMatterSplit::Format::Yaml:
        edited = formateditors::setYamlValue(content, parts, value);
        break;
    case FrontMatterSplit::Format::Toml:
        edited = formateditors::setTomlValue(content, parts, value);
        break;
    case FrontMatterSplit::Format::Json:
        edited = formateditors::setJsonValue(content, parts, value);
        break;
    case FrontMatterSplit::Format::None:
        return Error{tr("The post has no front matter to change.")};
    }
    if (!edited)
        return Error{tr("Cannot change “%1” here: %2; only a hand edit can change it safely.")
                         .arg(path, edited.errorMessage())};

    FrontMatterSplit check;
    check.format = format;
    check.content = edited.value();
    const Result<FrontMatterValues> reread = FrontMatterReader::read(check);
    if (!reread || !readsBackAs(reread.value().value(path), value))
        return Error{tr("Cannot change “%1”: the front matter would not read back as the new "
                        "value, so it was left as it was.")
                         .arg(path)};
    return edited;
}

} // namespace digest
