#pragma once

// Names for the buttons Qt makes by itself, which a screen reader would otherwise announce as
// "button": a line edit's clear button ("Clear Filter by SID or contact") and a tool bar's »
// extension ("More Diagram tools").

class QWidget;

namespace flowscope {

// Every such button under `root` that has no name yet gets one.
void nameQtButtons(QWidget *root);

} // namespace flowscope
