#include "models/storage/teamroles.h"

#include <libpq-fe.h>

#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <algorithm>

namespace TeamRoles {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TeamRoles", text);
}

// Tables only an admin changes; every other table of the workspace is a sender's to change. schema_version is
// written by migrations only (the owner). Senders may update the columns a number's quality reports change.
const QStringList kAdminTables = {QStringLiteral("accounts"), QStringLiteral("rate_card"), QStringLiteral("workspace_meta")};
const QString kOwnerOnly = QStringLiteral("schema_version");
const QString kSenderAccountColumns =
    QStringLiteral("quality_rating, quality_event, quality_updated_at, max_rate, messaging_tier");
const QList<Role> kRoles = {Role::Viewer, Role::Sender, Role::Admin};

QString ident(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString literal(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

Result<QString> scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return ErrorMessage{q.lastError().text()};
    return q.value(0).toString();
}

Result<void> exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return ErrorMessage{q.lastError().databaseText().trimmed().isEmpty() ? q.lastError().text()
                                                                              : q.lastError().databaseText().trimmed()};
    return {};
}

bool isServer(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

// The group role of `role` for this database: roles are the server's, so the name carries the database's.
Result<QString> groupName(const QSqlDatabase &db, Role role)
{
    const Result<QString> database = scalar(db, QStringLiteral("SELECT current_database()"));
    if (!database)
        return database;
    return QStringLiteral("herald_%1_%2").arg(database->left(40), roleName(role));
}

Result<bool> roleExists(const QSqlDatabase &db, const QString &name)
{
    const Result<QString> n = scalar(db, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), {name});
    if (!n)
        return ErrorMessage{n.error()};
    return *n != QLatin1String("0");
}

Result<void> refuseFileWorkspace(const QSqlDatabase &db)
{
    if (!isServer(db))
        return ErrorMessage{tr("A workspace file has no team: people and roles belong to a PostgreSQL workspace "
                               "(move in with: herald-cli workspace copy FILE postgresql://…).")};
    return {};
}

// The SCRAM-SHA-256 verifier of `password` for `user`, computed by libpq as psql's \password does: the server stores
// and logs only this, never the password.
Result<QString> verifier(const QSqlDatabase &db, const QString &user, const QString &password)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // Qt names the type by libpq's struct: "pg_conn*" (older builds: "PGconn*").
    if (!handle.isValid() || (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return ErrorMessage{tr("Cannot reach the PostgreSQL connection to set the password (%1).")
                                .arg(QString::fromLatin1(handle.typeName()))};
    PGconn *conn = *static_cast<PGconn *const *>(handle.constData());
    char *hashed = PQencryptPasswordConn(conn, password.toUtf8().constData(), user.toUtf8().constData(),
                                         "scram-sha-256");
    if (!hashed)
        return ErrorMessage{tr("Cannot prepare the password: %1").arg(QString::fromUtf8(PQerrorMessage(conn)).trimmed())};
    const QString result = QString::fromLatin1(hashed);
    PQfreemem(hashed);
    return result;
}

} // namespace

QString roleName(Role role)
{
    switch (role) {
    case Role::Viewer:
        return QStringLiteral("viewer");
    case Role::Sender:
        return QStringLiteral("sender");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> parseRole(const QString &text)
{
    for (const Role r : kRoles) {
        if (text.compare(roleName(r), Qt::CaseInsensitive) == 0)
            return r;
    }
    return std::nullopt;
}

Result<void> grant(const QSqlDatabase &db)
{
    if (const Result<void> server = refuseFileWorkspace(db); !server)
        return server;
    QStringList groups;
    for (const Role r : kRoles) {
        const Result<QString> g = groupName(db, r);
        if (!g)
            return ErrorMessage{g.error()};
        const Result<bool> exists = roleExists(db, *g);
        if (!exists)
            return ErrorMessage{exists.error()};
        if (!*exists) {
            if (const Result<void> made = exec(db, QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(ident(*g))); !made)
                return made;
        }
        groups << ident(*g);
    }
    const QString &viewer = groups.at(0);
    const QString &sender = groups.at(1);
    const QString &admin = groups.at(2);
    const Result<QString> database = scalar(db, QStringLiteral("SELECT current_database()"));
    const Result<QString> schema = scalar(db, QStringLiteral("SELECT current_schema()"));
    if (!database || !schema)
        return ErrorMessage{!database ? database.error() : schema.error()};
    QStringList statements = {
        QStringLiteral("GRANT %1 TO %2").arg(viewer, sender),
        QStringLiteral("GRANT %1 TO %2").arg(sender, admin),
        QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(ident(*database), viewer),
        QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(ident(*schema), viewer),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2").arg(ident(*schema), viewer),
        QStringLiteral("GRANT SELECT ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(ident(*schema), viewer),
        QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(ident(*schema), sender),
        QStringLiteral("GRANT UPDATE (%1) ON accounts TO %2").arg(kSenderAccountColumns, sender),
    };
    QSqlQuery tables(db);
    if (!tables.exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1")))
        return ErrorMessage{tables.lastError().text()};
    while (tables.next()) {
        const QString t = tables.value(0).toString();
        if (t == kOwnerOnly)
            continue;
        statements << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO %2")
                          .arg(ident(t), kAdminTables.contains(t) ? admin : sender);
    }
    for (const QString &sql : std::as_const(statements)) {
        if (const Result<void> done = exec(db, sql); !done)
            return ErrorMessage{tr("Cannot grant the team's rights (%1): %2").arg(sql, done.error())};
    }
    return {};
}

bool hasTeam(const QSqlDatabase &db)
{
    if (!isServer(db))
        return false;
    const Result<QString> viewer = groupName(db, Role::Viewer);
    const Result<bool> exists = viewer ? roleExists(db, *viewer) : Result<bool>(false);
    return exists && *exists;
}

Result<void> add(const QSqlDatabase &db, const QString &name, Role role, const QString &password)
{
    if (const Result<void> server = refuseFileWorkspace(db); !server)
        return server;
    if (name.trimmed().isEmpty() || name.size() > 63)
        return ErrorMessage{tr("A person's name must be 1 to 63 characters (it becomes their PostgreSQL user name).")};
    const Result<QString> group = groupName(db, role);
    if (!group)
        return ErrorMessage{group.error()};
    const Result<bool> groupsExist = roleExists(db, *group);
    if (!groupsExist)
        return ErrorMessage{groupsExist.error()};
    if (!*groupsExist) {
        if (const Result<void> granted = grant(db); !granted)
            return granted;
    }
    const Result<bool> exists = roleExists(db, name);
    if (!exists)
        return ErrorMessage{exists.error()};
    if (*exists)
        return ErrorMessage{tr("There is already a PostgreSQL user named %1; choose another name, or remove them first "
                               "(herald-cli team remove %1).")
                                .arg(name)};
    QString create = QStringLiteral("CREATE ROLE %1 LOGIN").arg(ident(name));
    if (role == Role::Admin)
        create += QStringLiteral(" CREATEROLE");
    if (!password.isEmpty()) {
        const Result<QString> hashed = verifier(db, name, password);
        if (!hashed)
            return ErrorMessage{hashed.error()};
        create += QStringLiteral(" PASSWORD ") + literal(*hashed);
    }
    if (const Result<void> made = exec(db, create); !made)
        return ErrorMessage{tr("Cannot add %1: %2. Only the workspace's owner or an admin can add people.")
                                .arg(name, made.error())};
    QString membership = QStringLiteral("GRANT %1 TO %2").arg(ident(*group), ident(name));
    if (role == Role::Admin)
        membership += QStringLiteral(" WITH ADMIN OPTION");
    if (const Result<void> granted = exec(db, membership); !granted) {
        static_cast<void>(exec(db, QStringLiteral("DROP ROLE %1").arg(ident(name))));   // best effort: the error above says it
        return ErrorMessage{tr("Cannot add %1 to the %2 role: %3").arg(name, roleName(role), granted.error())};
    }
    return {};
}

Result<QList<Member>> list(const QSqlDatabase &db)
{
    if (const Result<void> server = refuseFileWorkspace(db); !server)
        return ErrorMessage{server.error()};
    QHash<QString, Role> groups;
    for (const Role r : kRoles) {
        const Result<QString> g = groupName(db, r);
        if (!g)
            return ErrorMessage{g.error()};
        groups.insert(*g, r);
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT m.rolname, g.rolname, m.rolcanlogin FROM pg_auth_members a "
                               "JOIN pg_roles m ON m.oid = a.member JOIN pg_roles g ON g.oid = a.roleid "
                               "ORDER BY m.rolname")))
        return ErrorMessage{q.lastError().text()};
    QList<Member> members;
    while (q.next()) {
        const QString person = q.value(0).toString();
        const auto group = groups.constFind(q.value(1).toString());
        if (group == groups.cend() || groups.contains(person))
            continue;
        if (!members.isEmpty() && members.constLast().name == person) {
            members.last().role = std::max(members.constLast().role, *group);   // the widest of their groups
            continue;
        }
        members << Member{person, *group, q.value(2).toBool()};
    }
    return members;
}

Result<bool> remove(const QSqlDatabase &db, const QString &name)
{
    if (const Result<void> server = refuseFileWorkspace(db); !server)
        return ErrorMessage{server.error()};
    const Result<QString> me = scalar(db, QStringLiteral("SELECT current_user"));
    if (!me)
        return ErrorMessage{me.error()};
    if (*me == name)
        return ErrorMessage{tr("You cannot remove yourself; ask another admin or the workspace's owner.")};
    const Result<QList<Member>> members = list(db);
    if (!members)
        return ErrorMessage{members.error()};
    if (std::none_of(members->cbegin(), members->cend(), [&](const Member &m) { return m.name == name; }))
        return ErrorMessage{tr("%1 is not on this workspace's team (see herald-cli team list).").arg(name)};
    for (const Role r : kRoles) {
        const Result<QString> g = groupName(db, r);
        if (!g)
            return ErrorMessage{g.error()};
        const Result<QString> member =
            scalar(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_auth_members a JOIN pg_roles m ON m.oid = a.member "
                                      "JOIN pg_roles g ON g.oid = a.roleid WHERE m.rolname = ? AND g.rolname = ?)"),
                   {name, *g});
        if (!member)
            return ErrorMessage{member.error()};
        if (*member != QLatin1String("true"))
            continue;
        if (const Result<void> revoked = exec(db, QStringLiteral("REVOKE %1 FROM %2").arg(ident(*g), ident(name)));
            !revoked)
            return ErrorMessage{tr("Cannot remove %1: %2").arg(name, revoked.error())};
    }
    // The login role goes too unless something else (another workspace's team, objects it owns) still holds it.
    const Result<QString> elsewhere =
        scalar(db, QStringLiteral("SELECT count(*) FROM pg_auth_members a JOIN pg_roles m ON m.oid = a.member "
                                  "WHERE m.rolname = ?"),
               {name});
    if (!elsewhere)
        return ErrorMessage{elsewhere.error()};
    if (*elsewhere != QLatin1String("0"))
        return false;
    return exec(db, QStringLiteral("DROP ROLE %1").arg(ident(name))).ok();
}

std::optional<Role> currentRole(const QSqlDatabase &db)
{
    if (!isServer(db))
        return std::nullopt;
    const Result<QString> unlimited =
        scalar(db, QStringLiteral("SELECT r.rolsuper OR d.datdba = r.oid FROM pg_roles r, pg_database d "
                                  "WHERE r.rolname = current_user AND d.datname = current_database()"));
    if (!unlimited || *unlimited == QLatin1String("true"))
        return std::nullopt;
    for (auto it = kRoles.crbegin(); it != kRoles.crend(); ++it) {
        const Result<QString> g = groupName(db, *it);
        if (!g)
            return std::nullopt;
        const Result<QString> member = scalar(
            db, QStringLiteral("SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ?) "
                               "THEN pg_has_role(current_user, ?, 'USAGE') ELSE false END"),
            {*g, *g});
        if (member && *member == QLatin1String("true"))
            return *it;
    }
    return std::nullopt;
}

} // namespace TeamRoles
