#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringView>

// How deep front matter nests, read before or beside the libraries that parse it, for the
// limit of core/util/limits.h (kFrontMatterDepth).
namespace digest::frontmatterlimits {

// "The front matter is nested more than 64 levels deep (the limit).", for people.
QString tooDeep();

int tomlDepth(QStringView content);
int jsonDepth(const QJsonValue& value);

} // namespace digest::frontmatterlimits
