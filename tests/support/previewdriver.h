#pragma once

#include <QString>
#include <QVariant>

#include <memory>

namespace digest::ui {
class PreviewView;
}

namespace digest::test {

// Drives the real preview (its Chromium page) the way the GUI tests read it: a page is shown
// once the view says so, a script's answer is waited for.

// A preview window on screen, large enough for a few paragraphs; null when it never got
// exposed.
std::unique_ptr<ui::PreviewView> shownPreview();

// Renders `markdown` as the page preview (a new revision each time) and waits until the view
// reports that it shows it; false when it did not in time.
[[nodiscard]] bool showMarkdown(ui::PreviewView& view, const QString& markdown);

// The value of `script` run in the page; invalid, with a warning, when the page does not
// answer in time.
QVariant evaluate(ui::PreviewView& view, const QString& script);

} // namespace digest::test
