#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

// The languages Herald speaks and the one it runs in, for the window and herald-cli alike. The translations are
// herald_<locale>.qm files compiled into this library (resource :/i18n, from translations/herald_<locale>.ts).
//
// Which language: $HERALD_LANGUAGE, else the one chosen in Settings → Language (QSettings "ui/language", shared by
// the window and herald-cli), else the system's. A locale without a file of its own uses the file of its
// language (es_MX, es_AR, es_ES → es_419; pt_PT → pt_BR); a language Herald does not speak runs in English.
namespace Languages {

// The shipped translations as locale names ("es_419", "hi", "id", "pt_BR"), sorted; English, the source
// language, is not among them (herald_en.qm holds only English plural forms).
QStringList available();
// The language chosen in Settings; empty when it follows the system.
QString chosen();
// Remembers the choice (empty: follow the system); it applies from the next start.
void setChosen(const QString &localeName);
// The locale the program runs in: $HERALD_LANGUAGE, the chosen one or the system's.
QLocale effective();
// The translation file's locale for `locale` ("es_419" for es_MX); empty when Herald has none for its language
// (English included).
QString translationFor(const QLocale &locale);
// The language's own name for a menu ("português (Brasil)", "हिन्दी", "English").
QString nativeName(const QString &localeName);

// Makes `locale` the default QLocale (numbers, money, dates) and installs Herald's translation (plus Qt's own
// and the English plural forms) into `app`. Returns the translation file's locale, empty for English.
QString install(QCoreApplication &app, const QLocale &locale);

} // namespace Languages
