#pragma once

#include <QtGlobal>

class QLabel;
class QString;
class QWidget;

// What the import wizard's pages share.
namespace ImportPageHelpers {

// n with the locale's digit grouping.
QString number(qint64 n);
// A word-wrapped label in the error colour.
QLabel *errorLabel(const QString &objectName, QWidget *parent);

} // namespace ImportPageHelpers
