#include "clirun.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QProcess>
#include <QTimer>

namespace {

// Starts `program`, feeds it `stdinData` and closes its input; false when it did not start.
bool start(QProcess &p, const QString &program, const QStringList &args, const QByteArray &stdinData,
           const QProcessEnvironment &env)
{
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForStarted())
        return false;
    p.write(stdinData);
    p.closeWriteChannel();
    return true;
}

CliRun finished(QProcess &p)
{
    CliRun r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

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
    if (!start(p, program, args, stdinData, env))
        return {};
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(1000);
        return {};
    }
    return finished(p);
}

CliRun runCliServingEvents(const QString &program, const QStringList &args, const QByteArray &stdinData,
                           const QProcessEnvironment &env, int timeoutMs)
{
    QProcess p;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    if (!start(p, program, args, stdinData, env))
        return {};
    timeout.start(timeoutMs);
    if (p.state() != QProcess::NotRunning)
        loop.exec();
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished(1000);
    }
    return finished(p);
}
