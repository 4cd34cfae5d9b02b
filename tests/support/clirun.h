#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStringList>

// One finished herald-cli process: exit code (-1 when it crashed or did not end in time), stdout, stderr.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    // stdout as the one JSON object --json prints.
    QJsonObject json() const;
};

// Runs the program at `program` (tests pass HERALD_CLI_PATH) with `args` and waits for it to end.
CliRun runCli(const QString &program, const QStringList &args, int timeoutMs = 90000);
// The same with `stdinData` written to its standard input (then closed) and its own environment.
CliRun runCli(const QString &program, const QStringList &args, const QByteArray &stdinData,
              const QProcessEnvironment &env, int timeoutMs = 120000);
// The same, serving this thread's event loop while it waits (for tests whose loopback servers live on this thread);
// it returns when the process signals that it finished, or kills it after `timeoutMs`.
CliRun runCliServingEvents(const QString &program, const QStringList &args, const QByteArray &stdinData = {},
                           const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                           int timeoutMs = 60000);
