#include "engine/i18n/languages.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace {

const QString kResourceDir = QStringLiteral(":/i18n");
const QString kSettingsKey = QStringLiteral("ui/language");
constexpr char kEnvironment[] = "HERALD_LANGUAGE";

QString fileLocale(const QString &fileName)
{
    // herald_pt_BR.qm → pt_BR
    return fileName.mid(7, fileName.size() - 7 - 3);
}

bool load(QCoreApplication &app, QTranslator *translator, const QString &file, const QString &dir)
{
    if (!translator->load(file, dir)) {
        delete translator;
        return false;
    }
    app.installTranslator(translator);
    return true;
}

} // namespace

namespace Languages {

QStringList available()
{
    QStringList out;
    const QStringList files = QDir(kResourceDir).entryList({ QStringLiteral("herald_*.qm") }, QDir::Files, QDir::Name);
    for (const QString &f : files) {
        const QString name = fileLocale(f);
        if (QLocale(name).language() != QLocale::English)
            out << name;
    }
    return out;
}

QString chosen()
{
    return QSettings().value(kSettingsKey).toString();
}

void setChosen(const QString &localeName)
{
    QSettings settings;
    if (localeName.isEmpty())
        settings.remove(kSettingsKey);
    else
        settings.setValue(kSettingsKey, localeName);
}

QLocale effective()
{
    const QString env = qEnvironmentVariable(kEnvironment);
    if (!env.isEmpty())
        return QLocale(env);
    const QString name = chosen();
    return name.isEmpty() ? QLocale::system() : QLocale(name);
}

QString translationFor(const QLocale &locale)
{
    const QStringList names = available();
    if (names.contains(locale.name()))
        return locale.name();
    for (const QString &name : names) {
        if (QLocale(name).language() == locale.language())
            return name;
    }
    return {};
}

QString nativeName(const QString &localeName)
{
    const QLocale locale(localeName);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return QStringLiteral("English"); // the source language, whatever the region
    QString name = locale.nativeLanguageName();
    // A language's plain name ("português") gets its region when the file is for one ("português (Brasil)");
    // a name that says the region itself ("español latinoamericano") stays as it is.
    const QLocale language(locale.language());
    if (localeName.contains(QLatin1Char('_')) && name == language.nativeLanguageName()
        && !locale.nativeTerritoryName().isEmpty())
        name += QStringLiteral(" (%1)").arg(locale.nativeTerritoryName());
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

QString install(QCoreApplication &app, const QLocale &locale)
{
    QLocale::setDefault(locale);
    const QString name = translationFor(locale);
    // English plural forms ("1 contact", "2 contacts") for the source language; a translation overrides them.
    load(app, new QTranslator(&app), QStringLiteral("herald_en.qm"), kResourceDir);
    if (name.isEmpty())
        return {};
    // Qt's own (dialog buttons, context menus): qtbase_pt_BR.qm, or qtbase_es.qm for es_419.
    load(app, new QTranslator(&app), QStringLiteral("qtbase_") + name,
        QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    load(app, new QTranslator(&app), QStringLiteral("herald_%1.qm").arg(name), kResourceDir);
    return name;
}

} // namespace Languages
