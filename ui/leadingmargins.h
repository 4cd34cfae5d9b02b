#pragma once

class QLayout;
class QWidget;

// Layout margins by reading direction: `leading` is the left margin left to right and the right margin right to left
// (Qt mirrors a layout's items but not its margins). The margins follow the widget when its direction changes.
namespace LeadingMargins {

void apply(QWidget *widget, QLayout *layout, int leading, int top, int trailing, int bottom);

} // namespace LeadingMargins
