#include "benchworkspace.h"

#include "engine/cloudapi/cloudapi.h"
#include "models/campaigns/campaign.h"
#include "models/templates/templatestore.h"

#include <QFile>
#include <QJsonDocument>
#include <QCoreApplication>
#include <QJsonObject>
#include <QProcess>
#include <algorithm>
#include <cstdio>

const QByteArray BenchWorkspace::kToken = QByteArrayLiteral("bench-token-0123456789");

BenchWorkspace::BenchWorkspace(const QString &cli, quint16 port, int contacts)
{
    m_path = m_dir.filePath(QStringLiteral("bench.herald"));
    QString error;
    if (!m_ws.open(m_path, &error))
        qFatal("cannot open the workspace: %s", qPrintable(error));
    Account a;
    a.name = QStringLiteral("bench");
    a.kind = Account::Kind::CloudApi;
    a.graphUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
    a.phoneNumberId = QStringLiteral("106540352242922");
    a.wabaId = QStringLiteral("2001");
    a.messagingTier = QStringLiteral("TIER_UNLIMITED");
    a.maxRate = Account::kMaxRate;
    AccountStore accounts(m_ws.database());
    m_account = a;
    m_account.id = accounts.save(a, &error);
    if (m_account.id <= 0 || !accounts.setDefault(m_account.id, &error))
        qFatal("cannot save the account: %s", qPrintable(error));
    MessageTemplate t;
    t.accountId = m_account.id;
    t.remoteId = QStringLiteral("900001");
    t.name = QStringLiteral("bench_offer");
    t.language = QStringLiteral("en_US");
    t.category = QStringLiteral("MARKETING");
    t.status = QStringLiteral("APPROVED");
    t.body = QStringLiteral("Hello {{1}}, {{2}} off everything today.");
    t.bodyExamples = {QStringLiteral("Ravi"), QStringLiteral("25%")};
    if (!TemplateStore(m_ws.database()).applySync(m_account.id, {t}, &error))
        qFatal("cannot store the template: %s", qPrintable(error));
    QByteArray csv = "phone,name\n";
    for (int i = 0; i < contacts; ++i)
        csv += "+9198" + QByteArray::number(10000000 + i) + ",Customer " + QByteArray::number(i) + '\n';
    const QString csvPath = m_dir.filePath(QStringLiteral("contacts.csv"));
    QFile f(csvPath);
    if (!f.open(QIODevice::WriteOnly) || f.write(csv) != csv.size())
        qFatal("cannot write %s", qPrintable(csvPath));
    f.close();
    const auto imported = Bench::runCli(cli, {QStringLiteral("--workspace"), m_path, QStringLiteral("contacts"),
                                              QStringLiteral("import"), csvPath, QStringLiteral("--opted-in"),
                                              QStringLiteral("--opt-in-source"), QStringLiteral("bench")});
    const auto secret = Bench::runCli(cli, {QStringLiteral("--workspace"), m_path, QStringLiteral("account"),
                                            QStringLiteral("set-secret"), QStringLiteral("access-token")},
                                      kToken + '\n');
    if (!imported.ok || !secret.ok)
        qFatal("cannot set up the workspace (is a Secret Service running? see scripts/bench.sh): %s%s",
               imported.err.constData(), secret.err.constData());
}

QUrl BenchWorkspace::messagesUrl() const
{
    return CloudApi::messagesUrl(m_account);
}

qint64 BenchWorkspace::createCampaign()
{
    Campaign c;
    c.name = QStringLiteral("bench %1").arg(++m_campaigns);
    c.accountId = m_account.id;
    c.templateName = QStringLiteral("bench_offer");
    c.language = QStringLiteral("en_US");
    QString error;
    for (const QString &p : {QStringLiteral("body.1=field:name"), QStringLiteral("body.2=text:25%")})
        c.params << *ParamMapping::parse(p, &error);
    const qint64 id = CampaignStore(m_ws.database()).create(c, &error);
    if (id <= 0)
        qFatal("cannot create the campaign: %s", qPrintable(error));
    return id;
}

QString BenchWorkspace::run(const QString &cli, int rate)
{
    const qint64 id = createCampaign();
    const auto r = Bench::runCli(cli, {QStringLiteral("--workspace"), m_path, QStringLiteral("campaign"),
                                       QStringLiteral("run"), QString::number(id), QStringLiteral("--rate"),
                                       QString::number(rate), QStringLiteral("--json")});
    if (!r.ok && r.status.isEmpty())
        std::fprintf(stderr, "campaign run failed: %s\n", r.err.constData());
    return r.status;
}

Bench::CliResult Bench::runCli(const QString &cli, const QStringList &args, const QByteArray &input)
{
    QProcess p;
    p.setProgram(cli);
    p.setArguments(args);
    p.start();
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(30 * 60 * 1000)) {
        p.kill();
        p.waitForFinished();
    }
    CliResult r;
    r.err = p.readAllStandardError();
    r.status = QJsonDocument::fromJson(p.readAllStandardOutput()).object().value(QStringLiteral("status")).toString();
    r.ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    return r;
}

QString Bench::loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2);
}

double Bench::median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v.at(v.size() / 2) : (v.at(v.size() / 2 - 1) + v.at(v.size() / 2)) / 2;
}

std::unique_ptr<QProcess> Bench::busyLoop(const QStringList &args)
{
    if (args.contains(QStringLiteral("--busy-loop"))) {
        volatile quint64 spin = 0;
        for (;;)
            spin = spin + 1;
    }
    if (!args.contains(QStringLiteral("--loaded")))
        return nullptr;
    auto busy = std::make_unique<QProcess>();
    busy->start(QCoreApplication::applicationFilePath(), {QStringLiteral("--busy-loop")});
    busy->waitForStarted();
    return busy;
}
