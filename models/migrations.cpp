#include "migrations.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcMigrations, "herald.migrations", QtInfoMsg)

namespace {

// Each entry moves the schema from version i to i + 1. Never edit a released entry: add a new one.
// Timestamps are UTC milliseconds since the epoch (INTEGER), which sorts and compares the same way in
// SQLite and PostgreSQL.
const char *const kMigrations[] = {
    // 1: contacts
    R"SQL(
CREATE TABLE contacts (
    id              INTEGER PRIMARY KEY,
    phone           TEXT    NOT NULL UNIQUE,          -- E.164, e.g. +919876543210
    name            TEXT    NOT NULL DEFAULT '',
    opt_in_at       INTEGER,                          -- NULL: never opted in
    opt_in_source   TEXT,
    opt_out_at      INTEGER,                          -- NULL: not opted out
    opt_out_reason  TEXT,
    attributes      TEXT    NOT NULL DEFAULT '{}',    -- JSON object, one key per extra CSV column
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
);
CREATE INDEX contacts_name ON contacts(name COLLATE NOCASE, id);
)SQL",
    // 2: tags
    R"SQL(
CREATE TABLE tags (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);
CREATE TABLE contact_tags (
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    tag_id     INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (contact_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX contact_tags_tag ON contact_tags(tag_id, contact_id);
)SQL",
    // 3: sending accounts and message templates. Secrets are never stored here (see SecretStore).
    R"SQL(
CREATE TABLE workspace_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO workspace_meta (key, value) VALUES ('workspace_id', lower(hex(randomblob(16))));
CREATE TABLE accounts (
    id              INTEGER PRIMARY KEY,
    name            TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    kind            TEXT    NOT NULL CHECK (kind IN ('sandbox', 'cloud-api')),
    graph_url       TEXT    NOT NULL DEFAULT 'https://graph.facebook.com',
    api_version     TEXT    NOT NULL DEFAULT 'v23.0',
    phone_number_id TEXT    NOT NULL DEFAULT '',
    waba_id         TEXT    NOT NULL DEFAULT '',
    relay_url       TEXT    NOT NULL DEFAULT '',
    is_default      INTEGER NOT NULL DEFAULT 0,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
);
CREATE UNIQUE INDEX accounts_one_default ON accounts(is_default) WHERE is_default = 1;
INSERT INTO accounts (name, kind, graph_url, is_default, created_at, updated_at)
    VALUES ('sandbox', 'sandbox', 'sandbox:', 1, CAST(strftime('%s', 'now') AS INTEGER) * 1000,
            CAST(strftime('%s', 'now') AS INTEGER) * 1000);
CREATE TABLE templates (
    id               INTEGER PRIMARY KEY,
    account_id       INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    name             TEXT    NOT NULL,
    language         TEXT    NOT NULL,
    remote_id        TEXT    NOT NULL DEFAULT '',
    category         TEXT    NOT NULL DEFAULT '',
    status           TEXT    NOT NULL DEFAULT '',
    quality          TEXT    NOT NULL DEFAULT '',
    rejected_reason  TEXT    NOT NULL DEFAULT '',
    parameter_format TEXT    NOT NULL DEFAULT 'POSITIONAL',
    components       TEXT    NOT NULL DEFAULT '[]',   -- the Graph API's components array, as JSON
    deleted_at       INTEGER,                          -- set when a sync no longer finds it upstream
    synced_at        INTEGER,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    UNIQUE (account_id, name, language)
);
)SQL",
};

constexpr int kCount = int(sizeof(kMigrations) / sizeof(kMigrations[0]));

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace

namespace Migrations {

int latestVersion()
{
    return kCount;
}

int currentVersion(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        *error = q.lastError().text();
        return -1;
    }
    return q.value(0).toInt();
}

bool migrate(QSqlDatabase &db, QString *error, int target)
{
    if (target < 0 || target > kCount)
        target = kCount;
    const int from = currentVersion(db, error);
    if (from < 0)
        return false;
    for (int v = from; v < target; ++v) {
        if (!db.transaction()) {
            *error = db.lastError().text();
            return false;
        }
        // QSqlQuery runs one statement at a time: split the script on ';' at line ends.
        const QString script = QString::fromUtf8(kMigrations[v]);
        bool ok = true;
        for (const QString &statement : script.split(QStringLiteral(";\n"), Qt::SkipEmptyParts)) {
            const QString sql = statement.trimmed();
            if (!sql.isEmpty() && !exec(db, sql, error)) {
                ok = false;
                break;
            }
        }
        if (ok)
            ok = exec(db, QStringLiteral("PRAGMA user_version = %1").arg(v + 1), error);
        if (!ok || !db.commit()) {
            if (ok)
                *error = db.lastError().text();
            db.rollback();
            *error = QStringLiteral("migration to schema %1 failed: %2").arg(v + 1).arg(*error);
            return false;
        }
        qCDebug(lcMigrations) << "workspace schema migrated to version" << v + 1;
    }
    return true;
}

bool migrate(QSqlDatabase &db, QString *error)
{
    return migrate(db, error, kCount);
}

} // namespace Migrations
