// "As soon as he places an order" (issue 14 §6): with `herald-cli agent` running against herald-relay and a loopback
// Cloud API, the time from a signed Shopify orders/create reaching the relay to the WhatsApp send request arriving
// at the Cloud API. Target: median ≤ 10 s. Reference, interleaved in the same run: the same order pushed to Herald's
// own ingest endpoint (/v1/business-events, what `herald-cli events push` does). Orders arrive at random phases
// of the agent's feed poll (every 3 s) so the median covers the wait for the next poll.
// Needs a Secret Service (scripts/bench.sh runs it in a D-Bus session with gnome-keyring).
// Usage: bench_shoplatency [ORDERS_PER_PATH]   (default 12)
#include "models/accounts/account.h"
#include "models/storage/workspace.h"
#include "models/templates/templatestore.h"
#include "shopfixture.h"
#include "testworkspace.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <algorithm>
#include <cstdio>

namespace {

// Serves this thread's events for `ms` (the loopback Cloud API answers meanwhile).
void serve(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Serves events until `done` holds or `timeoutMs` passed; whether it holds.
bool serveUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs)
        serve(20);
    return done();
}

double median(QList<qint64> v)
{
    std::sort(v.begin(), v.end());
    if (v.isEmpty())
        return 0;
    return v.size() % 2 ? double(v.at(v.size() / 2)) : (v.at(v.size() / 2 - 1) + v.at(v.size() / 2)) / 2.0;
}

int fail(const QString &what)
{
    std::fprintf(stderr, "bench_shoplatency: %s\n", qPrintable(what));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int orders = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 12;
    if (qEnvironmentVariableIsEmpty("HERALD_TEST_DATA"))
        qputenv("HERALD_TEST_DATA", HERALD_TEST_DATA_DIR);
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return fail(QStringLiteral("no D-Bus session: run it through scripts/bench.sh (gnome-keyring holds the token)."));

    QElapsedTimer clock;
    clock.start();
    TestWorkspace tw;
    const QString workspace = tw.workspace().path();
    ShopTest::CloudApi api(clock);
    RelayTest::Relay relay;
    if (!api.listen() || !relay.start(tw.filePath(QStringLiteral("relay.sqlite")), {}, ShopTest::relayEnvironment()))
        return fail(QStringLiteral("the loopback Cloud API or herald-relay did not start: ") + QString::fromUtf8(relay.log()));
    QString error;
    if (!ShopTest::configureAccount(workspace, api.url(), relay.url({}).toString(), &error))
        return fail(error);
    const auto account = AccountStore(tw.workspace().database()).byName(QStringLiteral("shop"), &error);
    if (!account || !TemplateStore(tw.workspace().database()).applySync(account->id, builtInSandboxTemplates(), &error))
        return fail(error);
    CliRun r = ShopTest::cli(workspace,
        { QStringLiteral("campaign"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Confirmation"),
            QStringLiteral("--template"), QStringLiteral("order_update"), QStringLiteral("--language"),
            QStringLiteral("en_US"), QStringLiteral("--account"), QStringLiteral("shop"), QStringLiteral("--param"),
            QStringLiteral("header.1=event:order_number"), QStringLiteral("--param"),
            QStringLiteral("body.1=event:first_name|there"), QStringLiteral("--param"),
            QStringLiteral("body.2=text:confirmed"), QStringLiteral("--param"), QStringLiteral("body.3=text:Friday"),
            QStringLiteral("--param"), QStringLiteral("button.0=event:order_number"), QStringLiteral("--type"),
            QStringLiteral("triggered"), QStringLiteral("--event"), QStringLiteral("order_placed"),
            QStringLiteral("--cooldown"), QStringLiteral("0"), QStringLiteral("--consent-field"),
            QStringLiteral("order.buyer_accepts_marketing"), QStringLiteral("--json") });
    if (r.exitCode != 0)
        return fail(QString::fromUtf8(r.err));
    r = ShopTest::cli(workspace,
        { QStringLiteral("campaign"), QStringLiteral("start"), QString::number(r.json().value(QStringLiteral("id")).toInteger()) });
    if (r.exitCode != 0)
        return fail(QString::fromUtf8(r.err));

    // The agent as a machine left on runs it: default tick (5 s) and feed poll (3 s).
    QProcess agent;
    agent.setProcessChannelMode(QProcess::ForwardedOutputChannel);
    agent.start(QStringLiteral(HERALD_CLI_PATH), { QStringLiteral("--workspace"), workspace, QStringLiteral("agent") });
    QByteArray agentLog;
    QObject::connect(&agent, &QProcess::readyReadStandardError, &agent, [&] { agentLog += agent.readAllStandardError(); });
    if (!serveUntil([&] { return agentLog.contains("a pass every"); }, 20000))
        return fail(QStringLiteral("the agent did not start: ") + QString::fromUtf8(agentLog));
    serve(4000); // its first pass and first poll are done

    QList<qint64> shop;
    QList<qint64> direct;
    QRandomGenerator random(14);
    for (int i = 0; i < 2 * orders; ++i) {
        serve(int(random.bounded(3000))); // a random phase of the feed's poll
        const int number = 2000 + i;
        const QString phone = QStringLiteral("+9198450%1").arg(number, 5, 10, QLatin1Char('0'));
        const QByteArray order = ShopTest::shopifyOrder(number, QStringLiteral("Customer"), phone, true);
        const qsizetype before = api.arrivals().size();
        const qint64 t0 = clock.elapsed();
        const bool viaShop = i % 2 == 0;
        const int status = viaShop
            ? ShopTest::postShopify(relay, QStringLiteral("orders/create"), order)
            : ShopTest::postBusinessEvent(relay,
                  QJsonObject { { QStringLiteral("event"), QStringLiteral("order_placed") },
                      { QStringLiteral("phone"), phone },
                      { QStringLiteral("data"), ShopEventData::shopify(QJsonDocument::fromJson(order).object()) } });
        if (status != 200)
            return fail(QStringLiteral("the relay answered %1 to order %2").arg(status).arg(number));
        if (!serveUntil([&] { return api.arrivals().size() > before; }, 60000))
            return fail(QStringLiteral("order %1 was not sent within 60 s; the agent said:\n%2")
                            .arg(number)
                            .arg(QString::fromUtf8(agentLog.right(4000))));
        (viaShop ? shop : direct) << api.arrivals().at(before) - t0;
    }
    agent.terminate();
    agent.waitForFinished(10000);

    const double shopMedian = median(shop);
    const double directMedian = median(direct);
    std::printf("bench_shoplatency: %d signed Shopify orders/create → WhatsApp send request, agent running "
                "(feed poll 3 s, tick 5 s)\n",
        orders);
    std::printf("  Herald (shop webhook):       median %.2f s, max %.2f s  (target ≤ 10 s: %s)\n",
        shopMedian / 1000.0, *std::max_element(shop.cbegin(), shop.cend()) / 1000.0,
        shopMedian <= 10000 ? "met" : "MISSED");
    std::printf("  reference (direct events push to /v1/business-events, interleaved): median %.2f s, max %.2f s\n",
        directMedian / 1000.0, *std::max_element(direct.cbegin(), direct.cend()) / 1000.0);
    std::printf("  ratio shop / reference: %.2f; reference 2: the feed's poll interval 3.00 s, ratio %.2f\n",
        directMedian > 0 ? shopMedian / directMedian : 0.0, shopMedian / 3000.0);
    return shopMedian <= 10000 ? 0 : 2;
}
