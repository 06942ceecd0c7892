#pragma once

#include <QString>
#include <QStringList>

namespace digest {

// The post's tags with `model` as its model tag. The archetype writes the model as the third
// tag; the tag replaced is `previous` (the model a drafter put there before) wherever it is,
// else the third tag when it names a model (Archetype::isModelName), else `model` goes in as
// the third (or last) tag. Unchanged when `model` is no model name, or is there already.
QStringList tagsWithModel(QStringList tags, const QString& model, const QString& previous);

} // namespace digest
