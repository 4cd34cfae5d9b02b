#pragma once

#include <QString>
#include <QtGlobal>

// Herald's log file: a Qt message handler (qInstallMessageHandler) that appends every qDebug/qInfo/qWarning/
// qCritical line to <AppLocalDataLocation>/logs/herald.log and keeps the previous handler (stderr) working.
// The file is rotated when the next line would take it past maxBytes: herald.log → herald.log.1 → … →
// herald.log.<keep-1>, the oldest dropped, so at most `keep` files stay. Lines are redacted before they are written
// (redact()): a token or a message body never reaches the disk. Help → Open log folder opens directory().
class LogFile
{
public:
    struct Options
    {
        QString directory;                  // empty: defaultDirectory()
        qint64 maxBytes = 1024 * 1024;      // per file
        int keep = 5;                       // herald.log and herald.log.1 … herald.log.<keep-1>
        bool forward = true;                // also call the handler installed before (stderr)
    };

    // <AppLocalDataLocation>/logs (call after the application's organisation and name are set).
    static QString defaultDirectory();
    // Installs the handler; returns false (and installs nothing) when the folder cannot be created.
    static bool install(const Options &options);
    static bool install() { return install(Options{}); }
    // Restores the handler that was installed before; closes the file.
    static void uninstall();
    // The folder of the installed log (empty when none is installed).
    static QString directory();
    static QString fileName() { return QStringLiteral("herald.log"); }

    // The line with its secrets and message bodies replaced by "[redacted]": "Bearer <token>", access_token=…,
    // client_secret=…, appsecret_proof=…, password=…, JSON "access_token"/"token"/"password"/"body"/"text"/"caption"
    // values. Pure; the handler calls it for every line.
    static QString redact(const QString &line);
    // Appends one formatted, redacted line (what the handler does for a message); for tests and callers without Qt
    // logging. False when no log is installed.
    static bool write(QtMsgType type, const char *category, const QString &message);
};
