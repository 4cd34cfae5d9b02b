// The translations are complete and safe to load: every .ts file in translations/ has every message lupdate finds in
// today's sources, finished, with the same %1/%n markers as its source and the right number of plural forms; the
// compiled files load; a locale without a file of its own finds its language's.
#include "engine/i18n/languages.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList texts; // the translation, or its plural forms
};

QList<Message> readTs(const QString &path, QString *language)
{
    QList<Message> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            m = Message { context, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes", false, {} };
        } else if (name == u"source") {
            m.source = xml.readElementText();
        } else if (name == u"translation") {
            const auto type = xml.attributes().value(QLatin1String("type"));
            m.unfinished = type == u"unfinished" || type == u"vanished" || type == u"obsolete";
            if (!m.numerus)
                m.texts << xml.readElementText();
            else
                while (xml.readNextStartElement())
                    m.texts << xml.readElementText();
            out << m;
        }
    }
    return out;
}

QString key(const Message &m)
{
    return m.context + QLatin1Char('|') + m.source + (m.numerus ? QStringLiteral("|n") : QString());
}

// %1…%99 and %n (%L1 and %Ln count as %1 and %n), each once.
QStringList markers(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2}|n)"));
    QSet<QString> set;
    for (auto it = re.globalMatch(text); it.hasNext();)
        set.insert(it.next().captured(1));
    QStringList list(set.begin(), set.end());
    list.sort();
    return list;
}

// Plural forms lrelease expects per language (Qt's numerus rules).
int pluralForms(const QString &language)
{
    return language.startsWith(QLatin1String("id")) ? 1 : 2;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void complete_data();
    void complete();
    void compiledFilesLoad_data();
    void compiledFilesLoad();
    void localeFindsItsLanguage();
    void nativeNames();

private:
    QTemporaryDir m_dir;
    QList<Message> m_sources;
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // lupdate over today's sources, with the include paths the build gives it (contexts such as CliCommands come
    // from Q_DECLARE_TR_FUNCTIONS in headers).
    const QString fresh = m_dir.filePath(QStringLiteral("fresh_xx.ts"));
    QProcess lupdate;
    lupdate.start(QStringLiteral(HERALD_LUPDATE),
        { QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-I"),
            QStringLiteral(HERALD_SOURCE_DIR), QStringLiteral("-I"), QStringLiteral(HERALD_SOURCE_DIR "/app"),
            QStringLiteral("@" HERALD_TR_SOURCES), QStringLiteral("-ts"), fresh });
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
    QCOMPARE(lupdate.exitCode(), 0);
    QString language;
    m_sources = readTs(fresh, &language);
    QVERIFY2(m_sources.size() > 1000, qPrintable(QString::number(m_sources.size())));
}

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files = QDir(QStringLiteral(HERALD_TS_DIR)).entryList({ QStringLiteral("herald_*.ts") });
    for (const char *lang : { "pt_BR", "es_419", "id", "hi", "en" })
        QVERIFY2(files.contains(QStringLiteral("herald_%1.ts").arg(QLatin1String(lang))), lang);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << QDir(QStringLiteral(HERALD_TS_DIR)).filePath(f);
}

void TestTranslations::complete()
{
    QFETCH(QString, file);
    QString language;
    const QList<Message> messages = readTs(file, &language);
    // herald_en.ts holds only the English plural forms.
    const bool pluralOnly = language.startsWith(QLatin1String("en"));
    QSet<QString> have;
    for (const Message &m : messages)
        have.insert(key(m));
    QStringList problems;
    for (const Message &s : std::as_const(m_sources)) {
        if ((!pluralOnly || s.numerus) && !have.contains(key(s)))
            problems << QStringLiteral("missing: %1 | %2").arg(s.context, s.source);
    }
    for (const Message &m : messages) {
        if (pluralOnly && !m.numerus)
            continue;
        const QString where = m.context + QStringLiteral(" | ") + m.source.left(80);
        if (m.unfinished || m.texts.isEmpty() || m.texts.contains(QString())) {
            problems << QStringLiteral("unfinished: ") + where;
            continue;
        }
        if (m.numerus && m.texts.size() != pluralForms(language))
            problems << QStringLiteral("%1 plural forms: %2").arg(m.texts.size()).arg(where);
        for (const QString &t : m.texts) {
            if (markers(t) != markers(m.source))
                problems << QStringLiteral("markers %1 vs %2: %3 → %4")
                                .arg(markers(m.source).join(u','), markers(t).join(u','), where, t);
        }
    }
    if (!problems.isEmpty())
        qWarning().noquote() << problems.mid(0, 40).join(u'\n') << "\n…" << problems.size() << "problem(s) in" << file
                             << "— fill it with scripts/translations.py";
    QCOMPARE(problems.size(), 0);
}

void TestTranslations::compiledFilesLoad_data()
{
    QTest::addColumn<QString>("locale");
    for (const QString &name : Languages::available())
        QTest::newRow(qPrintable(name)) << name;
    QVERIFY(Languages::available().contains(QStringLiteral("pt_BR")));
}

void TestTranslations::compiledFilesLoad()
{
    QFETCH(QString, locale);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral("herald_%1.qm").arg(locale), QStringLiteral(":/i18n")));
    QVERIFY(!translator.isEmpty());
    // A sentence every page shows is translated, not left in English.
    const QString settings = translator.translate("MainWindow", "Settings");
    QVERIFY2(!settings.isEmpty() && settings != QLatin1String("Settings"), qPrintable(settings));
}

void TestTranslations::localeFindsItsLanguage()
{
    QCOMPARE(Languages::translationFor(QLocale(QStringLiteral("pt_BR"))), QStringLiteral("pt_BR"));
    // Qt's own lookup would not find es_419 for Mexico or Argentina: Herald maps the language.
    QCOMPARE(Languages::translationFor(QLocale(QStringLiteral("es_MX"))), QStringLiteral("es_419"));
    QCOMPARE(Languages::translationFor(QLocale(QStringLiteral("es_AR"))), QStringLiteral("es_419"));
    QCOMPARE(Languages::translationFor(QLocale(QStringLiteral("pt_PT"))), QStringLiteral("pt_BR"));
    QCOMPARE(Languages::translationFor(QLocale(QStringLiteral("hi_IN"))), QStringLiteral("hi"));
    QCOMPARE(Languages::translationFor(QLocale(QStringLiteral("id_ID"))), QStringLiteral("id"));
    QVERIFY(Languages::translationFor(QLocale(QStringLiteral("en_GB"))).isEmpty());
    QVERIFY(Languages::translationFor(QLocale(QStringLiteral("ja_JP"))).isEmpty());
}

void TestTranslations::nativeNames()
{
    // Each language in its own words, the region only where the name does not say it.
    QCOMPARE(Languages::nativeName(QStringLiteral("pt_BR")), QStringLiteral("Português (Brasil)"));
    QVERIFY(Languages::nativeName(QStringLiteral("hi")).startsWith(QChar(0x0939))); // ह
    QVERIFY(Languages::nativeName(QStringLiteral("es_419")).startsWith(QStringLiteral("Español")));
    QCOMPARE(Languages::nativeName(QStringLiteral("en_US")), QStringLiteral("English"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
