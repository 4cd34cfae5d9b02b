// Roles on a team workspace, enforced by PostgreSQL (issue 13 §4), through real herald-cli processes on the test
// server: `team add|list|remove`; a viewer reads but every write of every table is refused by the server (also as raw
// SQL, as a modified client would send it); a sender imports, creates and sends a campaign but cannot change an
// account; an admin adds and removes people; a password becomes a SCRAM verifier, never text.
#include "clirun.h"
#include "models/storage/teamroles.h"
#include "models/storage/workspace.h"
#include "pgtestserver.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

class TestTeamRoles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void addListRemove();
    void viewerCannotWriteAnyTable();
    void senderSendsButCannotChangeAccounts();
    void adminAddsPeople();
    void fileWorkspaceHasNoTeam();

private:
    CliRun cli(const QString &workspace, const QStringList &args, const QByteArray &input = {}) const;
    QString urlAs(const QString &user) const;
    // Runs `sql` on the workspace as `user` (trusted on loopback); the server's error text, empty when it ran.
    QString sqlAs(const QString &user, const QString &sql) const;

    PgTestServer m_pg;
    QTemporaryDir m_dir;
    QString m_url;       // as the owner
    QString m_prefix;    // people's names are the cluster's: unique per run
};

CliRun TestTeamRoles::cli(const QString &workspace, const QStringList &args, const QByteArray &input) const
{
    QProcessEnvironment env = PgTestServer::childEnvironment();
    env.insert(QStringLiteral("HERALD_SANDBOX_SPEED"), QStringLiteral("50"));
    return runCli(QStringLiteral(HERALD_CLI_PATH), QStringList{QStringLiteral("--workspace"), workspace} + args, input,
                  env);
}

QString TestTeamRoles::urlAs(const QString &user) const
{
    QString url = m_url;
    return url.replace(QStringLiteral("postgresql://%1@").arg(m_pg.superuser()),
                       QStringLiteral("postgresql://%1@").arg(user));
}

QString TestTeamRoles::sqlAs(const QString &user, const QString &sql) const
{
    const QString name = QStringLiteral("as-") + user;
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(m_pg.host());
        db.setPort(m_pg.port());
        db.setUserName(user);
        db.setDatabaseName(m_url.section(QLatin1Char('/'), -1));
        if (!db.open()) {
            error = QStringLiteral("cannot connect: ") + db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(sql))
                error = q.lastError().databaseText();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

void TestTeamRoles::initTestCase()
{
    if (!m_pg.available())
        QSKIP(qPrintable(m_pg.skipReason()));
    QVERIFY(m_dir.isValid());
    m_url = m_pg.createDatabase();
    m_prefix = QStringLiteral("p") + QUuid::createUuid().toString(QUuid::Id128).left(6) + QLatin1Char('_');
    const CliRun made = cli(m_url, {QStringLiteral("contacts"), QStringLiteral("count")});   // creates the schema
    QVERIFY2(made.exitCode == 0, made.err.constData());
    for (const auto &[name, role] : {std::pair{"vera", "viewer"}, std::pair{"sam", "sender"}}) {
        const CliRun r = cli(m_url, {QStringLiteral("team"), QStringLiteral("add"), m_prefix + QLatin1String(name),
                                     QStringLiteral("--role"), QLatin1String(role), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QStringLiteral("role")).toString(), QLatin1String(role));
    }
    const CliRun admin = cli(m_url, {QStringLiteral("team"), QStringLiteral("add"), m_prefix + QStringLiteral("ada"),
                                     QStringLiteral("--role"), QStringLiteral("admin"), QStringLiteral("--password-stdin")},
                             "s3cret-Pw\n");
    QVERIFY2(admin.exitCode == 0, admin.err.constData());
}

void TestTeamRoles::addListRemove()
{
    CliRun r = cli(m_url, {QStringLiteral("team"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QMap<QString, QString> roles;
    for (const QJsonValue &m : r.json().value(QStringLiteral("members")).toArray())
        roles.insert(m[QStringLiteral("name")].toString(), m[QStringLiteral("role")].toString());
    QCOMPARE(roles.value(m_prefix + QStringLiteral("vera")), QStringLiteral("viewer"));
    QCOMPARE(roles.value(m_prefix + QStringLiteral("sam")), QStringLiteral("sender"));
    QCOMPARE(roles.value(m_prefix + QStringLiteral("ada")), QStringLiteral("admin"));

    // The password is stored as a SCRAM verifier; the person it belongs to is a login role.
    Workspace ws;
    QString error;
    QVERIFY2(ws.open(m_url, &error), qPrintable(error));
    QSqlQuery q(ws.database());
    QVERIFY(q.exec(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = '%1ada'").arg(m_prefix)));
    QVERIFY(q.next());
    QVERIFY2(q.value(0).toString().startsWith(QLatin1String("SCRAM-SHA-256$")), qPrintable(q.value(0).toString()));
    QVERIFY(!q.value(0).toString().contains(QLatin1String("s3cret")));

    // Taken twice: refused, naming the way out.
    r = cli(m_url, {QStringLiteral("team"), QStringLiteral("add"), m_prefix + QStringLiteral("vera"), QStringLiteral("--role"),
                    QStringLiteral("viewer")});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("team remove"), r.err.constData());
    r = cli(m_url, {QStringLiteral("team"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--role"),
                    QStringLiteral("boss")});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("admin, sender or viewer"), r.err.constData());

    // A temporary person comes and goes: the role is dropped with them.
    const QString tmp = m_prefix + QStringLiteral("tmp");
    r = cli(m_url, {QStringLiteral("team"), QStringLiteral("add"), tmp, QStringLiteral("--role"), QStringLiteral("viewer")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli(m_url, {QStringLiteral("team"), QStringLiteral("remove"), tmp, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("user_dropped")).toBool(), true);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = '%1'").arg(tmp)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    r = cli(m_url, {QStringLiteral("team"), QStringLiteral("remove"), tmp});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("team list"), r.err.constData());
}

void TestTeamRoles::viewerCannotWriteAnyTable()
{
    const QString vera = m_prefix + QStringLiteral("vera");
    // Herald works for reading.
    CliRun r = cli(urlAs(vera), {QStringLiteral("contacts"), QStringLiteral("count"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli(urlAs(vera), {QStringLiteral("campaign"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // Herald's writes are refused by the server and said so.
    r = cli(urlAs(vera), {QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("+919876511111")});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("permission denied"), r.err.constData());
    // And every write a modified client could send, table by table.
    Workspace ws;
    QString error;
    QVERIFY2(ws.open(m_url, &error), qPrintable(error));
    QSqlQuery q(ws.database());
    QVERIFY(q.exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1")));
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    QVERIFY(tables.contains(QStringLiteral("recipients")));
    for (const QString &t : std::as_const(tables)) {
        QVERIFY2(sqlAs(vera, QStringLiteral("SELECT count(*) FROM %1").arg(t)).isEmpty(), qPrintable(t));
        for (const QString &write : {QStringLiteral("INSERT INTO %1 SELECT * FROM %1 WHERE false"),
                                     QStringLiteral("DELETE FROM %1 WHERE false"),
                                     QStringLiteral("UPDATE %1 SET %2 = %2 WHERE false")}) {
            QSqlQuery column(ws.database());
            QVERIFY(column.exec(QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_name = "
                                               "'%1' ORDER BY ordinal_position LIMIT 1")
                                    .arg(t)));
            QVERIFY(column.next());
            const QString sql = write.arg(t, column.value(0).toString());
            const QString refused = sqlAs(vera, sql);
            QVERIFY2(refused.contains(QLatin1String("permission denied")), qPrintable(sql + QLatin1String(": ") + refused));
        }
    }
}

void TestTeamRoles::senderSendsButCannotChangeAccounts()
{
    const QString sam = urlAs(m_prefix + QStringLiteral("sam"));
    CliRun r = cli(sam, {QStringLiteral("templates"), QStringLiteral("sync")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli(sam, {QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("+919876543210"), QStringLiteral("--name"),
                  QStringLiteral("Asha"), QStringLiteral("--opted-in"), QStringLiteral("--opt-in-source"), QStringLiteral("test"),
                  QStringLiteral("--tag"), QStringLiteral("vip"), QStringLiteral("--attr"), QStringLiteral("order=A1"),
                  QStringLiteral("--attr"), QStringLiteral("eta=Fri")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli(sam, {QStringLiteral("campaign"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("T"),
                  QStringLiteral("--template"), QStringLiteral("order_update"), QStringLiteral("--language"),
                  QStringLiteral("en_US"), QStringLiteral("--audience"), QStringLiteral("tag:vip"), QStringLiteral("--param"),
                  QStringLiteral("header.1=attr:order"), QStringLiteral("--param"), QStringLiteral("body.1=field:name"),
                  QStringLiteral("--param"), QStringLiteral("body.2=text:shipped"), QStringLiteral("--param"),
                  QStringLiteral("body.3=attr:eta"), QStringLiteral("--param"), QStringLiteral("button.0=attr:order"),
                  QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
    const QString id = QString::number(r.json().value(QStringLiteral("id")).toInteger());
    r = cli(sam, {QStringLiteral("campaign"), QStringLiteral("run"), id, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
    const QJsonObject recipients = r.json().value(QStringLiteral("recipients")).toObject();
    QCOMPARE(recipients.value(QStringLiteral("total")).toInt(), 1);
    for (const char *unsent : {"planned", "claimed", "uncertain"})   // each one was sent (or refused) once
        QCOMPARE(recipients.value(QLatin1String(unsent)).toInt(), 0);

    // Accounts are an admin's: a sender's change is refused by the server, also as raw SQL.
    r = cli(sam, {QStringLiteral("account"), QStringLiteral("set"), QStringLiteral("--name"), QStringLiteral("other"),
                  QStringLiteral("--kind"), QStringLiteral("sandbox")});
    QVERIFY(r.exitCode != 0);
    const QString sender = m_prefix + QStringLiteral("sam");
    QVERIFY(sqlAs(sender, QStringLiteral("UPDATE accounts SET graph_url = graph_url")).contains(QLatin1String("permission denied")));
    QVERIFY(sqlAs(sender, QStringLiteral("DELETE FROM rate_card")).contains(QLatin1String("permission denied")));
    // ... but a number's quality, which its webhooks report, is theirs to record.
    QCOMPARE(sqlAs(sender, QStringLiteral("UPDATE accounts SET quality_rating = quality_rating")), QString());
}

void TestTeamRoles::adminAddsPeople()
{
    const QString ada = m_prefix + QStringLiteral("ada");
    const QString newcomer = m_prefix + QStringLiteral("neo");
    CliRun r = cli(urlAs(ada), {QStringLiteral("team"), QStringLiteral("add"), newcomer, QStringLiteral("--role"),
                                QStringLiteral("sender")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(sqlAs(ada, QStringLiteral("UPDATE accounts SET graph_url = graph_url")), QString());
    r = cli(urlAs(ada), {QStringLiteral("team"), QStringLiteral("remove"), newcomer});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli(urlAs(ada), {QStringLiteral("team"), QStringLiteral("remove"), ada});
    QVERIFY(r.exitCode != 0);   // not themselves
    // A sender cannot add anyone.
    r = cli(urlAs(m_prefix + QStringLiteral("sam")), {QStringLiteral("team"), QStringLiteral("add"), newcomer,
                                                     QStringLiteral("--role"), QStringLiteral("admin")});
    QVERIFY(r.exitCode != 0);

    // Each one's own role, as the GUI asks it.
    for (const auto &[who, role] : {std::pair{QStringLiteral("vera"), TeamRoles::Role::Viewer},
                                    std::pair{QStringLiteral("sam"), TeamRoles::Role::Sender},
                                    std::pair{QStringLiteral("ada"), TeamRoles::Role::Admin}}) {
        Workspace ws;
        QString error;
        QVERIFY2(ws.open(urlAs(m_prefix + who), &error), qPrintable(error));
        QCOMPARE(TeamRoles::currentRole(ws.database()), std::optional<TeamRoles::Role>(role));
    }
    Workspace owner;
    QString error;
    QVERIFY2(owner.open(m_url, &error), qPrintable(error));
    QVERIFY(!TeamRoles::currentRole(owner.database()));
}

void TestTeamRoles::fileWorkspaceHasNoTeam()
{
    const CliRun r = cli(m_dir.filePath(QStringLiteral("w.herald")), {QStringLiteral("team"), QStringLiteral("list")});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("workspace copy"), r.err.constData());
}

QTEST_GUILESS_MAIN(TestTeamRoles)
#include "tst_teamroles.moc"
