#include "engine/log/logfile.h"

#include "models/core/clock.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QStandardPaths>

namespace {

struct State
{
    QMutex mutex;
    LogFile::Options options;
    QFile file;
    QtMessageHandler previous = nullptr;
    bool installed = false;
};

State &state()
{
    static State s;
    return s;
}

QString pathOf(const QString &directory, int index)
{
    const QString base = QDir(directory).filePath(LogFile::fileName());
    return index == 0 ? base : base + QLatin1Char('.') + QString::number(index);
}

// Under the mutex: herald.log.(keep-2) → .(keep-1) … herald.log → herald.log.1, then a fresh herald.log.
void rotate(State &s)
{
    s.file.close();
    const QString dir = s.options.directory;
    QFile::remove(pathOf(dir, s.options.keep - 1));
    for (int i = s.options.keep - 2; i >= 0; --i) {
        if (QFile::exists(pathOf(dir, i)))
            QFile::rename(pathOf(dir, i), pathOf(dir, i + 1));
    }
    s.file.setFileName(pathOf(dir, 0));
    s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
}

char letter(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 'D';
    case QtInfoMsg:
        return 'I';
    case QtWarningMsg:
        return 'W';
    case QtCriticalMsg:
        return 'C';
    case QtFatalMsg:
        return 'F';
    }
    return '?';
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    LogFile::write(type, context.category, message);
    QtMessageHandler previous = nullptr;
    {
        QMutexLocker lock(&state().mutex);
        if (state().options.forward)
            previous = state().previous;
    }
    if (previous)
        previous(type, context, message);
}

} // namespace

QString LogFile::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath(QStringLiteral("logs"));
}

bool LogFile::install(const Options &options)
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    Options o = options;
    if (o.directory.isEmpty())
        o.directory = defaultDirectory();
    o.keep = qMax(1, o.keep);
    o.maxBytes = qMax<qint64>(1024, o.maxBytes);
    if (!QDir().mkpath(o.directory))
        return false;
    s.file.close();
    s.options = o;
    s.file.setFileName(pathOf(o.directory, 0));
    if (!s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return false;
    if (!s.installed) {
        s.previous = qInstallMessageHandler(handler);
        s.installed = true;
    }
    return true;
}

void LogFile::uninstall()
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    if (!s.installed)
        return;
    qInstallMessageHandler(s.previous);
    s.previous = nullptr;
    s.installed = false;
    s.file.close();
}

QString LogFile::directory()
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    return s.installed ? s.options.directory : QString();
}

QString LogFile::redact(const QString &line)
{
    static const QString kRedacted = QStringLiteral("[redacted]");
    // "Bearer EAAG…" (an Authorization header, a curl line).
    static const QRegularExpression bearer(QStringLiteral(R"((Bearer|OAuth)\s+[^\s"',;]+)"),
                                           QRegularExpression::CaseInsensitiveOption);
    // access_token=… in a URL or form; the value ends at &, whitespace or a quote.
    static const QRegularExpression query(
        QStringLiteral(R"(\b(access_token|input_token|client_secret|appsecret_proof|fb_exchange_token|password|)"
                       R"(secret|token|hub\.verify_token)=[^&\s"']+)"),
        QRegularExpression::CaseInsensitiveOption);
    // JSON: "access_token": "…", and message bodies ("body", "text", "caption") — a string value, escapes included.
    static const QRegularExpression json(
        QStringLiteral(R"re("(access_token|token|password|secret|client_secret|body|text|caption)"\s*:\s*"(?:[^"\\]|\\.)*")re"),
        QRegularExpression::CaseInsensitiveOption);
    QString out = line;
    out.replace(bearer, QStringLiteral("\\1 ") + kRedacted);
    out.replace(query, QStringLiteral("\\1=") + kRedacted);
    out.replace(json, QStringLiteral("\"\\1\":\"") + kRedacted + QLatin1Char('"'));
    return out;
}

bool LogFile::write(QtMsgType type, const char *category, const QString &message)
{
    State &s = state();
    const QString time = Clock::nowUtc().toString(Qt::ISODateWithMs);
    const QString cat = category && *category && qstrcmp(category, "default") != 0 ? QString::fromUtf8(category)
                                                                                    : QStringLiteral("herald");
    QString text = message;
    text.replace(QLatin1Char('\n'), QLatin1String("\n    "));
    const QByteArray line = (time + QLatin1Char(' ') + QLatin1Char(letter(type)) + QLatin1Char(' ') + cat
                             + QLatin1String(": ") + redact(text) + QLatin1Char('\n'))
                                .toUtf8();
    QMutexLocker lock(&s.mutex);
    if (!s.installed || !s.file.isOpen())
        return false;
    if (s.file.size() > 0 && s.file.size() + line.size() > s.options.maxBytes)
        rotate(s);
    if (!s.file.isOpen())
        return false;
    s.file.write(line);
    s.file.flush();
    return true;
}
