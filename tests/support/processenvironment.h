#pragma once

#include <QProcessEnvironment>

namespace digest::test {

// The environment for a program a test starts: this process's, with the locale pinned to
// C.UTF-8 (untranslated messages, '.' as the decimal point), so that the test reads the same
// output in whatever locale it runs, under CTest or started by hand.
QProcessEnvironment
pinnedLocaleEnvironment(QProcessEnvironment base = QProcessEnvironment::systemEnvironment());

} // namespace digest::test
