#pragma once

#include <QString>

// Text from elsewhere (a feed's titles, what the user typed) made fit to print on a terminal.
namespace digest::cli {

// Control characters would steer the terminal: ESC starts escape sequences (colours, titles,
// clipboard writes), BEL rings, NUL and CR hide what follows. Each C0 and C1 control, DEL and
// the bidirectional overrides (which reorder what is shown) becomes a visible "\xHH" or
// "\uHHHH"; everything else is kept. Line breaks and tabs too: a title is one line.
QString terminalSafe(const QString& text);

// What a message echoes of user input: the first kMaxEchoedLength characters and "…", so that a
// 100 kB argument does not fill the screen.
inline constexpr qsizetype kMaxEchoedLength = 80;
QString echoed(const QString& input, qsizetype maxLength = kMaxEchoedLength);

} // namespace digest::cli
