#include "processenvironment.h"

namespace digest::test {

QProcessEnvironment pinnedLocaleEnvironment(QProcessEnvironment base)
{
    // LANGUAGE outranks LC_ALL for message catalogues (and for Qt's UI languages).
    base.remove(QStringLiteral("LANGUAGE"));
    base.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    base.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    return base;
}

} // namespace digest::test
