#include "models/storage/migrations.h"

#include "models/storage/sqldialect.h"

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
    // 4: campaigns, runs and the recipient ledger (see ../shared/reference/campaign-stats.md)
    R"SQL(
-- messaging_tier: TIER_250 … TIER_UNLIMITED, '' while unknown; max_rate: messages per second for this number
ALTER TABLE accounts ADD COLUMN messaging_tier TEXT NOT NULL DEFAULT '';
ALTER TABLE accounts ADD COLUMN max_rate INTEGER NOT NULL DEFAULT 80;
CREATE TABLE campaigns (
    id            INTEGER PRIMARY KEY,
    name          TEXT    NOT NULL,
    account_id    INTEGER NOT NULL REFERENCES accounts(id),
    template_name TEXT    NOT NULL,
    language      TEXT    NOT NULL,
    audience      TEXT    NOT NULL DEFAULT '',     -- '' = every opted-in contact
    params        TEXT    NOT NULL DEFAULT '[]',   -- JSON list of {slot, source, key, fallback}
    status        TEXT    NOT NULL DEFAULT 'draft',
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL
);
CREATE TABLE campaign_runs (
    id             INTEGER PRIMARY KEY,
    campaign_id    INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    status         TEXT    NOT NULL DEFAULT 'planned',  -- planned, running, paused, stopped, sent, finished
    requested      TEXT    NOT NULL DEFAULT '',         -- a control request from any process: pause, stop
    stop_reason    TEXT    NOT NULL DEFAULT '',
    stop_code      INTEGER,
    template_json  TEXT    NOT NULL DEFAULT '{}',       -- the template as it was when the run was planned
    planned_at     INTEGER NOT NULL,
    started_at     INTEGER,
    finished_at    INTEGER,
    updated_at     INTEGER NOT NULL
);
CREATE TABLE recipients (
    id             INTEGER PRIMARY KEY,
    run_id         INTEGER NOT NULL REFERENCES campaign_runs(id) ON DELETE CASCADE,
    contact_id     INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
    phone          TEXT    NOT NULL,
    state          TEXT    NOT NULL,   -- planned claimed accepted sent delivered read failed uncertain skipped
    components     TEXT    NOT NULL DEFAULT '[]',   -- frozen template components with parameters (send JSON)
    attempts       INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL DEFAULT 0,
    backoff_count  INTEGER NOT NULL DEFAULT 0,
    wamid          TEXT,
    held           INTEGER NOT NULL DEFAULT 0,       -- accepted as held_for_quality_assessment
    error_code     INTEGER,
    error_title    TEXT,
    error_details  TEXT,
    note           TEXT,
    skip_reason    TEXT,
    claimed_at     INTEGER,
    accepted_at    INTEGER,
    sent_at        INTEGER,
    delivered_at   INTEGER,
    read_at        INTEGER,
    failed_at      INTEGER,
    uncertain_at   INTEGER,
    replied_at     INTEGER,
    skipped_at     INTEGER,
    updated_at     INTEGER NOT NULL,
    UNIQUE (run_id, phone)
);
CREATE INDEX recipients_run_state ON recipients(run_id, state, next_attempt_at);
CREATE INDEX recipients_wamid ON recipients(wamid) WHERE wamid IS NOT NULL;
CREATE INDEX recipients_phone_claimed ON recipients(phone, claimed_at);
)SQL",
    // 5: the status feed (relay cursor, raw webhook payloads, applied status events, inbound messages)
    R"SQL(
-- one cursor per account and relay URL; a different relay URL starts again at 0
CREATE TABLE relay_cursors (
    account_id  INTEGER PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
    relay_url   TEXT    NOT NULL,
    cursor      INTEGER NOT NULL DEFAULT 0,
    updated_at  INTEGER NOT NULL
);
-- every payload fetched from the relay, byte for byte as Meta sent it (invalid ones too)
CREATE TABLE webhook_payloads (
    id           INTEGER PRIMARY KEY,
    account_id   INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
    relay_cursor INTEGER NOT NULL,
    received_at  INTEGER NOT NULL,
    kind         TEXT    NOT NULL,
    body         BLOB    NOT NULL,
    unmatched    INTEGER NOT NULL DEFAULT 0,
    stored_at    INTEGER NOT NULL,
    UNIQUE (account_id, relay_cursor)
);
-- one row per distinct status webhook (wamid + status + timestamp): dedupe and the link to the payload
CREATE TABLE status_events (
    id           INTEGER PRIMARY KEY,
    wamid        TEXT    NOT NULL,
    status       TEXT    NOT NULL,
    event_at     INTEGER NOT NULL,
    recipient_id INTEGER REFERENCES recipients(id) ON DELETE SET NULL,
    payload_id   INTEGER REFERENCES webhook_payloads(id) ON DELETE SET NULL,
    error_code   INTEGER,
    UNIQUE (wamid, status, event_at)
);
CREATE INDEX status_events_recipient ON status_events(recipient_id) WHERE recipient_id IS NOT NULL;
-- inbound customer messages (replies), deduplicated by their message id; text is the user's own data
CREATE TABLE inbound_messages (
    id           INTEGER PRIMARY KEY,
    wamid        TEXT    NOT NULL UNIQUE,
    phone        TEXT    NOT NULL,
    contact_id   INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
    recipient_id INTEGER REFERENCES recipients(id) ON DELETE SET NULL,
    context_id   TEXT,
    type         TEXT    NOT NULL,
    text         TEXT    NOT NULL DEFAULT '',
    payload      TEXT,
    opt_out      INTEGER NOT NULL DEFAULT 0,
    message_at   INTEGER NOT NULL,
    payload_id   INTEGER REFERENCES webhook_payloads(id) ON DELETE SET NULL,
    created_at   INTEGER NOT NULL
);
CREATE INDEX inbound_messages_recipient ON inbound_messages(recipient_id, message_at) WHERE recipient_id IS NOT NULL;
CREATE INDEX inbound_messages_phone ON inbound_messages(phone, message_at);
CREATE INDEX recipients_failed_code ON recipients(error_code) WHERE state = 'failed';
)SQL",
    // 6: campaign types (scheduled, recurring, triggered), linked runs, business events, the rate card
    R"SQL(
-- kind: once, scheduled, recurring, triggered; schedule and trigger_spec are JSON (models/campaigns/schedule.h)
ALTER TABLE campaigns ADD COLUMN kind TEXT NOT NULL DEFAULT 'once';
ALTER TABLE campaigns ADD COLUMN schedule TEXT NOT NULL DEFAULT '{}';
ALTER TABLE campaigns ADD COLUMN trigger_spec TEXT NOT NULL DEFAULT '{}';
-- active: the scheduler (agent or GUI) may start runs of it; 0 for drafts and after stop
ALTER TABLE campaigns ADD COLUMN active INTEGER NOT NULL DEFAULT 0;
-- the UTC time of the next occurrence the scheduler will fire (scheduled and recurring), NULL when none
ALTER TABLE campaigns ADD COLUMN next_fire_at INTEGER;
-- occurrence_at: the scheduled time this run is for; parent_run_id: the run a retry run retries
ALTER TABLE campaign_runs ADD COLUMN occurrence_at INTEGER;
ALTER TABLE campaign_runs ADD COLUMN parent_run_id INTEGER REFERENCES campaign_runs(id) ON DELETE SET NULL;
ALTER TABLE campaign_runs ADD COLUMN run_kind TEXT NOT NULL DEFAULT 'normal';
CREATE INDEX campaign_runs_campaign ON campaign_runs(campaign_id, id);
-- every occurrence decision of the scheduler: fired, or skipped because it was missed beyond the grace window
CREATE TABLE schedule_log (
    id            INTEGER PRIMARY KEY,
    campaign_id   INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    occurrence_at INTEGER NOT NULL,
    outcome       TEXT    NOT NULL,
    run_id        INTEGER REFERENCES campaign_runs(id) ON DELETE SET NULL,
    detail        TEXT    NOT NULL DEFAULT '',
    logged_at     INTEGER NOT NULL,
    UNIQUE (campaign_id, occurrence_at)
);
-- business events (e.g. "order placed") from the relay feed or herald-cli events push
CREATE TABLE business_events (
    id           INTEGER PRIMARY KEY,
    account_id   INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
    relay_cursor INTEGER,
    name         TEXT    NOT NULL,
    phone        TEXT    NOT NULL,
    occurred_at  INTEGER NOT NULL,
    data         TEXT    NOT NULL DEFAULT '{}',
    received_at  INTEGER NOT NULL,
    UNIQUE (account_id, relay_cursor)
);
CREATE INDEX business_events_name ON business_events(name, occurred_at);
CREATE INDEX business_events_phone ON business_events(phone, name, occurred_at);
-- what a triggered campaign decided for one event: pending until due_at, then sent, suppressed or cancelled
CREATE TABLE trigger_fires (
    id           INTEGER PRIMARY KEY,
    campaign_id  INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    event_id     INTEGER NOT NULL REFERENCES business_events(id) ON DELETE CASCADE,
    phone        TEXT    NOT NULL,
    due_at       INTEGER NOT NULL,
    state        TEXT    NOT NULL DEFAULT 'pending',
    reason       TEXT    NOT NULL DEFAULT '',
    run_id       INTEGER REFERENCES campaign_runs(id) ON DELETE SET NULL,
    decided_at   INTEGER,
    created_at   INTEGER NOT NULL,
    UNIQUE (campaign_id, event_id)
);
CREATE INDEX trigger_fires_due ON trigger_fires(state, due_at);
CREATE INDEX trigger_fires_phone ON trigger_fires(campaign_id, phone, state, decided_at);
-- the scheduler's cursor over business_events per triggered campaign
CREATE TABLE trigger_cursors (
    campaign_id  INTEGER PRIMARY KEY REFERENCES campaigns(id) ON DELETE CASCADE,
    last_event_id INTEGER NOT NULL DEFAULT 0
);
-- editable rate card: price per message by template category and country calling code ('' = any country)
CREATE TABLE rate_card (
    id        INTEGER PRIMARY KEY,
    category  TEXT    NOT NULL,
    country   TEXT    NOT NULL DEFAULT '',
    price     REAL    NOT NULL,
    currency  TEXT    NOT NULL DEFAULT 'USD',
    UNIQUE (category, country)
);
CREATE INDEX recipients_contact ON recipients(contact_id);
-- The dashboard's counts in O(1): recipients per run by exactly the columns the statistics look at (state,
-- error code, replied or not), kept by triggers on every write path. CampaignStats::compute sums it with the same
-- conditions it would apply to recipients; an aggregate over a million recipient rows took 1.6 s.
CREATE TABLE run_stat_counts (
    run_id     INTEGER NOT NULL,
    state      TEXT    NOT NULL,
    error_code INTEGER NOT NULL,   -- -1: none
    replied    INTEGER NOT NULL,   -- 0 or 1: replied_at IS NOT NULL
    n          INTEGER NOT NULL,
    PRIMARY KEY (run_id, state, error_code, replied)
) WITHOUT ROWID;
INSERT INTO run_stat_counts SELECT run_id, state, coalesce(error_code, -1), replied_at IS NOT NULL, count(*)
    FROM recipients GROUP BY 1, 2, 3, 4;
-- Statements inside a trigger end with "; END;" or "; --" so that no ';' ends a line before the trigger's own END
-- (the migration runner splits scripts on ';' at line ends).
CREATE TRIGGER recipients_stats_insert AFTER INSERT ON recipients BEGIN
    INSERT INTO run_stat_counts VALUES (NEW.run_id, NEW.state, coalesce(NEW.error_code, -1), NEW.replied_at IS NOT NULL, 1)
        ON CONFLICT (run_id, state, error_code, replied) DO UPDATE SET n = n + 1; END;
CREATE TRIGGER recipients_stats_delete AFTER DELETE ON recipients BEGIN
    UPDATE run_stat_counts SET n = n - 1 WHERE run_id = OLD.run_id AND state = OLD.state
        AND error_code = coalesce(OLD.error_code, -1) AND replied = (OLD.replied_at IS NOT NULL); END;
CREATE TRIGGER recipients_stats_update AFTER UPDATE OF run_id, state, error_code, replied_at ON recipients
WHEN OLD.run_id <> NEW.run_id OR OLD.state <> NEW.state OR coalesce(OLD.error_code, -1) <> coalesce(NEW.error_code, -1)
    OR (OLD.replied_at IS NULL) <> (NEW.replied_at IS NULL)
BEGIN
    UPDATE run_stat_counts SET n = n - 1 WHERE run_id = OLD.run_id AND state = OLD.state
        AND error_code = coalesce(OLD.error_code, -1) AND replied = (OLD.replied_at IS NOT NULL); --
    INSERT INTO run_stat_counts VALUES (NEW.run_id, NEW.state, coalesce(NEW.error_code, -1), NEW.replied_at IS NOT NULL, 1)
        ON CONFLICT (run_id, state, error_code, replied) DO UPDATE SET n = n + 1; END;
CREATE TRIGGER campaign_runs_stats_delete AFTER DELETE ON campaign_runs BEGIN
    DELETE FROM run_stat_counts WHERE run_id = OLD.id; END;
)SQL",
    // 7: when a triggered campaign was started, so events that occurred before it never fire it (0: unknown)
    R"SQL(
ALTER TABLE trigger_cursors ADD COLUMN started_at INTEGER NOT NULL DEFAULT 0;
)SQL",
    // 8: per-account automatic resolution of uncertain sends; the business portfolio whose numbers
    // share one daily messaging limit ('' = group by WABA id)
    R"SQL(
ALTER TABLE accounts ADD COLUMN auto_resolve INTEGER NOT NULL DEFAULT 1;
ALTER TABLE accounts ADD COLUMN portfolio_id TEXT NOT NULL DEFAULT '';
)SQL",
    // 9: WhatsApp ids (issue 11 §1): what Meta calls each person (models/contacts/waid.h), learned from send answers and
    // status webhooks, so inbound events resolve to the contact; test sends kept for the contact history
    R"SQL(
-- wa_id: digits as Meta sends them (contacts[].wa_id, recipient_id); NULL until learned
ALTER TABLE contacts ADD COLUMN wa_id TEXT;
CREATE INDEX contacts_wa_id ON contacts(wa_id) WHERE wa_id IS NOT NULL;
ALTER TABLE recipients ADD COLUMN wa_id TEXT;
-- the id the inbound event named (messages[].from); phone is the contact's number it resolved to
ALTER TABLE inbound_messages ADD COLUMN wa_id TEXT;
-- test sends (TestSend): never in the ledger or a statistic, shown in the number's history
CREATE TABLE test_sends (
    id            INTEGER PRIMARY KEY,
    account_id    INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
    campaign_id   INTEGER REFERENCES campaigns(id) ON DELETE SET NULL,
    phone         TEXT    NOT NULL,
    wa_id         TEXT,
    template_name TEXT    NOT NULL,
    language      TEXT    NOT NULL,
    wamid         TEXT,
    ok            INTEGER NOT NULL,
    message       TEXT    NOT NULL DEFAULT '',
    sent_at       INTEGER NOT NULL
);
CREATE INDEX test_sends_phone ON test_sends(phone, sent_at);
CREATE INDEX test_sends_wamid ON test_sends(wamid) WHERE wamid IS NOT NULL;
)SQL",
    // 10: a campaign has at most one unfinished run (planned, running, paused: anything but stopped, sent, finished;
    // CampaignStore::isUnfinished). Workspaces from before may hold two of one campaign (two senders that planned
    // at the same instant): every unfinished run but the campaign's newest is stopped first, saying why.
    R"SQL(
UPDATE campaign_runs SET status = 'stopped', requested = '', finished_at = coalesce(finished_at, updated_at),
    stop_reason = 'Stopped when Herald was updated: a campaign may have only one unfinished run, and run '
        || (SELECT max(n.id) FROM campaign_runs n WHERE n.campaign_id = campaign_runs.campaign_id
            AND n.status NOT IN ('stopped', 'sent', 'finished'))
        || ' of this campaign is newer.'
    WHERE status NOT IN ('stopped', 'sent', 'finished')
    AND id < (SELECT max(n.id) FROM campaign_runs n WHERE n.campaign_id = campaign_runs.campaign_id
              AND n.status NOT IN ('stopped', 'sent', 'finished'));
CREATE UNIQUE INDEX campaign_runs_one_unfinished ON campaign_runs(campaign_id)
    WHERE status NOT IN ('stopped', 'sent', 'finished');
)SQL",
    // 11: shop events (issue 14) carry the phone as the shop wrote it; when libphonenumber cannot read it (with the
    // order's country as default region) the event is kept with that text in phone and the reason here, and every
    // fire of it is suppressed with that reason ('' = the phone is E.164)
    R"SQL(
ALTER TABLE business_events ADD COLUMN phone_problem TEXT NOT NULL DEFAULT '';
)SQL",
    // 12: status webhooks stored by key (issue 17): a matched status is one row of a table keyed by (recipient,
    // status, time), without the wamid text (the recipient row holds it), instead of a row plus two indexes; a
    // status for no recipient of this workspace (test sends, other workspaces) is kept by its wamid. Each still
    // names the webhook_payloads row it came in.
    R"SQL(
CREATE TABLE recipient_statuses (
    recipient_id INTEGER NOT NULL REFERENCES recipients(id) ON DELETE CASCADE,
    status       TEXT    NOT NULL,
    event_at     INTEGER NOT NULL,
    payload_id   INTEGER,
    error_code   INTEGER,
    PRIMARY KEY (recipient_id, status, event_at)
) WITHOUT ROWID;
CREATE TABLE unmatched_statuses (
    wamid        TEXT    NOT NULL,
    status       TEXT    NOT NULL,
    event_at     INTEGER NOT NULL,
    payload_id   INTEGER,
    error_code   INTEGER,
    PRIMARY KEY (wamid, status, event_at)
) WITHOUT ROWID;
INSERT INTO recipient_statuses (recipient_id, status, event_at, payload_id, error_code)
    SELECT recipient_id, status, event_at, payload_id, error_code FROM status_events WHERE recipient_id IS NOT NULL
    ON CONFLICT DO NOTHING;
INSERT INTO unmatched_statuses (wamid, status, event_at, payload_id, error_code)
    SELECT wamid, status, event_at, payload_id, error_code FROM status_events WHERE recipient_id IS NULL
    ON CONFLICT DO NOTHING;
DROP TABLE status_events;
)SQL",
    // 13: what a campaign cost (issue 18 §3). Each rate keeps the date it is valid from ('YYYY-MM-DD', UTC; '' = since
    // always), so a run keeps the price of its send date after a change (RateCard::lookup). Each recipient keeps the
    // pricing of its status webhooks (MessagePricing: the latest seen, a billable one winning; NULL = none seen).
    R"SQL(
CREATE TABLE rate_card_dated (
    id         INTEGER PRIMARY KEY,
    category   TEXT    NOT NULL,
    country    TEXT    NOT NULL DEFAULT '',
    valid_from TEXT    NOT NULL DEFAULT '',
    price      REAL    NOT NULL,
    currency   TEXT    NOT NULL DEFAULT 'USD',
    UNIQUE (category, country, valid_from)
);
INSERT INTO rate_card_dated (category, country, valid_from, price, currency)
    SELECT category, country, '', price, currency FROM rate_card;
DROP TABLE rate_card;
ALTER TABLE rate_card_dated RENAME TO rate_card;
ALTER TABLE recipients ADD COLUMN pricing_billable INTEGER;
ALTER TABLE recipients ADD COLUMN pricing_category TEXT;
ALTER TABLE recipients ADD COLUMN pricing_type TEXT;
ALTER TABLE recipients ADD COLUMN pricing_model TEXT;
ALTER TABLE recipients ADD COLUMN pricing_at INTEGER;
)SQL",
    // 14 (issue 17): the number of contacts in O(1): one row per counted table, kept by triggers on every write path
    // (import, upsert, delete, events), so the contacts page learns the count of a million contacts without a scan.
    // Large webhook payloads are stored compressed (models/status/storedpayload.h); the rows stored before stay as
    // they are (body_encoding 0: the bytes as received).
    R"SQL(
ALTER TABLE webhook_payloads ADD COLUMN body_encoding INTEGER NOT NULL DEFAULT 0;
CREATE TABLE row_counts (
    name TEXT    PRIMARY KEY,
    n    INTEGER NOT NULL
);
INSERT INTO row_counts (name, n) SELECT 'contacts', count(*) FROM contacts;
CREATE TRIGGER contacts_count_insert AFTER INSERT ON contacts BEGIN
    UPDATE row_counts SET n = n + 1 WHERE name = 'contacts'; END;
CREATE TRIGGER contacts_count_delete AFTER DELETE ON contacts BEGIN
    UPDATE row_counts SET n = n - 1 WHERE name = 'contacts'; END;
)SQL",
    // 15: send windows in the recipient's own time (issue 18 §2): the campaign's window (JSON, models/campaigns/sendwindow.h)
    // and, per recipient, the zone it was planned in (IANA id, NULL: no window) and when it may be sent (UTC ms;
    // not_after NULL: no end). The sender claims only rows with not_before <= now < not_after.
    R"SQL(
ALTER TABLE campaigns ADD COLUMN send_window TEXT NOT NULL DEFAULT '{}';
ALTER TABLE recipients ADD COLUMN zone TEXT;
ALTER TABLE recipients ADD COLUMN not_before INTEGER NOT NULL DEFAULT 0;
ALTER TABLE recipients ADD COLUMN not_after INTEGER;
)SQL",
    // 16: several numbers, one portfolio (issue 18 §1). campaign_accounts: the numbers a campaign spreads its audience
    // over (none = the campaign's own account); recipients.account_id: the number a row is sent from (NULL = the
    // campaign's account); accounts.quality_rating (GREEN/YELLOW/RED/UNKNOWN) and quality_event (the last
    // phone_number_quality_update event, FLAGGED…) kept current from webhooks and the phone-number endpoint.
    R"SQL(
CREATE TABLE campaign_accounts (
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    account_id  INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (campaign_id, account_id)
);
ALTER TABLE recipients ADD COLUMN account_id INTEGER;
ALTER TABLE accounts ADD COLUMN quality_rating TEXT NOT NULL DEFAULT 'UNKNOWN';
ALTER TABLE accounts ADD COLUMN quality_event TEXT NOT NULL DEFAULT '';
ALTER TABLE accounts ADD COLUMN quality_updated_at INTEGER NOT NULL DEFAULT 0;
CREATE INDEX recipients_claimed ON recipients(claimed_at) WHERE claimed_at IS NOT NULL;
)SQL",
};

constexpr int kCount = int(sizeof(kMigrations) / sizeof(kMigrations[0]));
// The PostgreSQL advisory lock held while migrating ("HERALDMG").
constexpr qint64 kMigrationLock = 0x4845524c444d47;

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
    // PostgreSQL has no user_version: the number lives in the one-row table schema_version (absent: 0).
    QString sql = QStringLiteral("PRAGMA user_version");
    if (SqlDialect::isPostgres(db)) {
        if (!q.exec(QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL")) || !q.next()) {
            *error = q.lastError().text();
            return -1;
        }
        if (!q.value(0).toBool())
            return 0;
        sql = QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version");
    }
    if (!q.exec(sql) || !q.next()) {
        *error = q.lastError().text();
        return -1;
    }
    return q.value(0).toInt();
}

bool migrate(QSqlDatabase &db, QString *error, int target)
{
    if (target < 0 || target > kCount)
        target = kCount;
    const SqlDialect::Kind dialect = SqlDialect::of(db);
    // On PostgreSQL several processes may open a new workspace at once: one migrates while the others wait here.
    const bool postgres = dialect == SqlDialect::Kind::PostgreSQL;
    if (postgres && !exec(db, QStringLiteral("SELECT pg_advisory_lock(%1)").arg(kMigrationLock), error))
        return false;
    const struct Unlock
    {
        QSqlDatabase &db;
        bool postgres;
        ~Unlock()
        {
            QString ignored;
            if (postgres)
                exec(db, QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kMigrationLock), &ignored);
        }
    } unlock{db, postgres};
    const int from = currentVersion(db, error);
    if (from < 0)
        return false;
    for (int v = from; v < target; ++v) {
        if (!db.transaction()) {
            *error = db.lastError().text();
            return false;
        }
        // QSqlQuery runs one statement at a time: split the script on ';' at line ends (so a statement
        // must end its line with ';' and put any comment on a line of its own). SqlDialect rewrites it for PostgreSQL.
        QStringList statements = SqlDialect::migrationStatements(dialect, QString::fromUtf8(kMigrations[v]));
        if (postgres && v == 0)
            statements = SqlDialect::postgresPrologue() + statements;
        bool ok = true;
        for (const QString &sql : std::as_const(statements)) {
            if (!exec(db, sql, error)) {
                ok = false;
                break;
            }
        }
        if (ok && postgres) {
            ok = exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version BIGINT NOT NULL)"), error)
                && exec(db, QStringLiteral("DELETE FROM schema_version"), error)
                && exec(db, QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(v + 1), error);
        } else if (ok) {
            ok = exec(db, QStringLiteral("PRAGMA user_version = %1").arg(v + 1), error);
        }
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
