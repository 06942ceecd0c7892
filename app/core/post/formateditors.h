#pragma once

#include "core/util/result.h"

#include <QString>
#include <QStringList>
#include <QVariant>

// The per-format halves of FrontMatterEditor. Each returns the whole front matter text with the
// value at `path` replaced or added, or, when it cannot place the value without rewriting more
// than that value, an Error saying why ("its value is a YAML block scalar (| or >)"): the
// caller puts the key in front.
namespace digest::formateditors {

Result<QString> setYamlValue(const QString& content, const QStringList& path,
                             const QVariant& value);
Result<QString> setTomlValue(const QString& content, const QStringList& path,
                             const QVariant& value);
Result<QString> setJsonValue(const QString& content, const QStringList& path,
                             const QVariant& value);

// The reasons, for people (translated in FrontMatterEditor's context).
QString why(const char* reason);

} // namespace digest::formateditors
