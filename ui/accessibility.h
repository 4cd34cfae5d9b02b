#pragma once

class QWidget;

// Keyboard and screen-reader habits every window of Herald shares (issue 15 §4–5).
namespace Accessibility {

// Tab and Shift+Tab leave every table under `root` instead of walking its cells (QTableView turns tab-key
// navigation on; the arrow keys still move between cells). Call once a window's widgets exist.
void leaveTablesWithTab(QWidget *root);

// Gives every field under `root` that has no accessible name the label people see beside it: the label a form or
// grid layout puts before it, or the label just before it in a row, becomes its buddy (so the screen reader reads
// the label, and the label's mnemonic focuses the field). A field without such a label keeps what it has; tables,
// lists and search fields are named where they are built. Toolbars' overflow buttons are named "More actions".
// Call once a window's widgets exist.
void nameFieldsByTheirLabels(QWidget *root);

} // namespace Accessibility
