#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

// The per-format halves of FrontMatterEditor. Each returns the whole front matter text with the
// value at `path` replaced or added, or nullopt when it cannot place the value safely.
namespace digest::formateditors {

std::optional<QString> setYamlValue(const QString& content, const QStringList& path,
                                    const QVariant& value);
std::optional<QString> setTomlValue(const QString& content, const QStringList& path,
                                    const QVariant& value);
std::optional<QString> setJsonValue(const QString& content, const QStringList& path,
                                    const QVariant& value);

} // namespace digest::formateditors
