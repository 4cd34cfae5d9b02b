#include "clirun.h"

#include <QJsonDocument>
#include <QProcess>

QJsonObject CliRun::json() const
{
    return QJsonDocument::fromJson(out).object();
}

CliRun runCli(const QString &program, const QStringList &args, int timeoutMs)
{
    return runCli(program, args, {}, QProcessEnvironment::systemEnvironment(), timeoutMs);
}

CliRun runCli(const QString &program, const QStringList &args, const QByteArray &stdinData,
              const QProcessEnvironment &env, int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    CliRun r;
    if (!p.waitForStarted())
        return r;
    p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(1000);
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}
