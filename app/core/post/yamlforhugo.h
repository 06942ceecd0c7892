#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace digest {

// What yaml-cpp reads but Hugo's YAML parser (go-yaml) rejects, found in the text of YAML
// front matter: a control character (NUL and the like), a top-level key given twice (yaml-cpp
// keeps one value), and a quoted value not closed before the next key (yaml-cpp lets a
// single-quoted one swallow the keys after it). The front matter reader refuses such a post
// with the first of them; the lint shows each where it is.
struct YamlForHugoProblem
{
    int line = 0;   // 0-based, in the front matter's text
    int column = 0; // 0-based
    QString message;
};

class YamlForHugo final
{
    Q_DECLARE_TR_FUNCTIONS(YamlForHugo)

public:
    static QList<YamlForHugoProblem> problems(const QString& content);
};

} // namespace digest
