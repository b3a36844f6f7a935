#pragma once

// Names for the buttons Qt makes by itself, which a screen reader would otherwise announce as
// "button": a line edit's clear button ("Clear Filter by SID or contact") and a tool bar's »
// extension ("More Diagram tools"), each with a description; and a table's, tree's or list's
// tooltip as its description (Qt's accessible views read only the description set on them).

class QWidget;

namespace flowscope {

// Every such button under `root` that has no name yet gets one, and every view its description.
void nameForScreenReaders(QWidget *root);

} // namespace flowscope
