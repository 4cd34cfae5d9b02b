// A minimal sender process for the crash tests: herald_send_child WORKSPACE RUN_ID ACCOUNT_ID [RATE]
// (RATE 0 = pacer off). Exit codes: 0 finished/sent, 3 stopped or paused, 4 another sender holds the run,
// 5 anything else. It is killed with SIGKILL at random points by tst_sendcrash.
#include "engine/send/campaignrunner.h"
#include "models/accounts/account.h"
#include "models/storage/workspace.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4)
        return 2;
    Workspace workspace;
    QString error;
    if (!workspace.open(args.at(1), &error)) {
        QTextStream(stderr) << error << '\n';
        return 2;
    }
    const auto account = AccountStore(workspace.database()).byId(args.at(3).toLongLong(), &error);
    if (!account) {
        QTextStream(stderr) << error << '\n';
        return 2;
    }
    SendOptions options;
    const int rate = args.value(4, QStringLiteral("0")).toInt();
    options.pacerEnabled = rate > 0;
    options.rate = rate;
    options.window = 16;
    options.requestTimeoutMs = 5000;
    options.retryBaseMs = 20;
    options.exitWhenPaused = true;
    CampaignRunner runner(workspace, args.at(2).toLongLong(), *account, QStringLiteral("crash-test-token"), options);
    int code = 5;
    QObject::connect(&runner, &CampaignRunner::finished, &app, [&](const RunOutcome &o) {
        QTextStream(stdout) << o.status << ' ' << o.reason << '\n';
        code = o.ok() ? 0 : o.status == QLatin1String("busy") ? 4 : (o.status == QLatin1String("error") ? 5 : 3);
        app.quit();
    });
    runner.start();
    app.exec();
    return code;
}
