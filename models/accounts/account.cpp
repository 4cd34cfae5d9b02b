#include "models/accounts/account.h"
#include "models/storage/sqldialect.h"

#include "models/core/clock.h"
#include "models/core/errortext.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <algorithm>

namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, name, kind, graph_url, api_version, phone_number_id, waba_id, relay_url, is_default, messaging_tier, "
    "max_rate, portfolio_id, auto_resolve, quality_rating, quality_event, quality_updated_at FROM accounts ");

Account read(const QSqlQuery &q)
{
    Account a;
    a.id = q.value(0).toLongLong();
    a.name = q.value(1).toString();
    a.kind = Account::kindFromName(q.value(2).toString()).value_or(Account::Kind::Sandbox);
    a.graphUrl = q.value(3).toString();
    a.apiVersion = q.value(4).toString();
    a.phoneNumberId = q.value(5).toString();
    a.wabaId = q.value(6).toString();
    a.relayUrl = q.value(7).toString();
    a.isDefault = q.value(8).toBool();
    a.messagingTier = q.value(9).toString();
    a.maxRate = q.value(10).toInt();
    a.portfolioId = q.value(11).toString();
    a.autoResolve = q.value(12).toBool();
    a.qualityRating = q.value(13).toString();
    a.qualityEvent = q.value(14).toString();
    a.qualityUpdatedAt = q.value(15).toLongLong();
    return a;
}

// SQLite's driver binds a null QString as NULL; these columns are NOT NULL with '' for "none".
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

bool isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    // 127.0.0.0/8 and ::1; written out to keep the models library free of QtNetwork.
    static const QRegularExpression v4(QStringLiteral("^127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}$"));
    return v4.match(host).hasMatch() || host == QLatin1String("::1");
}

} // namespace

QString Account::kindName(Kind k)
{
    return k == Kind::Sandbox ? QStringLiteral("sandbox") : QStringLiteral("cloud-api");
}

bool Account::isFlagged() const
{
    return qualityRating.compare(QLatin1String("RED"), Qt::CaseInsensitive) == 0
        || qualityEvent.compare(QLatin1String("FLAGGED"), Qt::CaseInsensitive) == 0;
}

int Account::sendRate() const
{
    return std::clamp(maxRate > 0 ? maxRate : kDefaultRate, 1, kMaxRate);
}

qint64 Account::tierLimit(const QString &tier)
{
    static const QHash<QString, qint64> limits{{QStringLiteral("TIER_50"), 50},       {QStringLiteral("TIER_250"), 250},
                                               {QStringLiteral("TIER_1K"), 1000},     {QStringLiteral("TIER_2K"), 2000},
                                               {QStringLiteral("TIER_10K"), 10000},   {QStringLiteral("TIER_100K"), 100000}};
    return limits.value(tier.toUpper(), -1);
}

std::optional<Account::Kind> Account::kindFromName(const QString &name)
{
    if (name == QLatin1String("sandbox"))
        return Kind::Sandbox;
    if (name == QLatin1String("cloud-api"))
        return Kind::CloudApi;
    return std::nullopt;
}

AccountStore::AccountStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<Account> AccountStore::list(QString *error) const
{
    QList<Account> result;
    QSqlQuery q(m_db);
    if (!q.exec(kSelect + QStringLiteral("ORDER BY is_default DESC, name COLLATE NOCASE"))) {
        *error = q.lastError().text();
        return result;
    }
    while (q.next())
        result.append(read(q));
    return result;
}

std::optional<Account> AccountStore::byName(const QString &name, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(kSelect + QStringLiteral("WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    return q.next() ? std::optional<Account>(read(q)) : std::nullopt;
}

std::optional<Account> AccountStore::byId(qint64 id, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(kSelect + QStringLiteral("WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    return q.next() ? std::optional<Account>(read(q)) : std::nullopt;
}

std::optional<Account> AccountStore::defaultAccount(QString *error) const
{
    QSqlQuery q(m_db);
    if (!q.exec(kSelect + QStringLiteral("ORDER BY is_default DESC, id LIMIT 1"))) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    return q.next() ? std::optional<Account>(read(q)) : std::nullopt;
}

QString AccountStore::validateUrl(const QString &field, const QString &url, bool required)
{
    if (url.isEmpty())
        return required ? tr("%1 is empty; enter an https:// address.").arg(field) : QString();
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid() || u.host().isEmpty())
        return tr("%1 %2 is not a valid address; enter it like https://example.com.").arg(field, ErrorText::quote(url));
    if (!u.userInfo().isEmpty()) {
        // https://graph.facebook.com@evil.example goes to evil.example; and a password does not belong in a URL.
        return tr("%1 contains a user name or password before “@” (the host is %2); enter the address without it, "
                  "like https://%2. Tokens are stored with “Set token”, never in the URL.")
            .arg(field, u.host());
    }
    if (u.scheme() == QLatin1String("https"))
        return {};
    if (u.scheme() == QLatin1String("http")) {
        if (isLoopback(u.host()))
            return {};
        return tr("%1 %2 uses http:// to a host that is not this computer; tokens would travel unencrypted. "
                  "Use https://.")
            .arg(field, ErrorText::quote(url));
    }
    return tr("%1 %2 must start with https://.").arg(field, ErrorText::quote(url));
}

QString AccountStore::graphHostWarning(const Account &a)
{
    if (a.kind == Account::Kind::Sandbox)
        return {};
    const QString host = QUrl(a.graphUrl).host().toLower();
    if (host.isEmpty() || host == QLatin1String("graph.facebook.com") || isLoopback(host))
        return {};
    return tr("The Graph API URL points at %1, which is not Meta's Graph API (graph.facebook.com): the access token "
              "and every message will be sent there. Keep it only if %1 is a proxy you trust.")
        .arg(host);
}

QString AccountStore::validate(const Account &a)
{
    if (a.name.trimmed().isEmpty())
        return tr("The account needs a name.");
    if (a.kind == Account::Kind::Sandbox)
        return validateUrl(tr("Relay URL"), a.relayUrl, false);
    QString problem = validateUrl(tr("Graph API URL"), a.graphUrl, true);
    static const QRegularExpression version(QStringLiteral("^v\\d+\\.\\d+$"));
    if (problem.isEmpty() && !version.match(a.apiVersion).hasMatch())
        problem = tr("API version %1 should look like v23.0.").arg(ErrorText::quote(a.apiVersion));
    if (problem.isEmpty())
        problem = validateUrl(tr("Relay URL"), a.relayUrl, false);
    if (problem.isEmpty() && (a.maxRate < 1 || a.maxRate > 1000))
        problem = tr("The sending rate must be between 1 and 1,000 messages per second, not %1.").arg(a.maxRate);
    if (problem.isEmpty() && !a.messagingTier.isEmpty() && a.messagingTier.toUpper() != QLatin1String("TIER_UNLIMITED")
        && Account::tierLimit(a.messagingTier) < 0)
        problem = tr("Unknown messaging tier “%1”: use TIER_50, TIER_250, TIER_1K, TIER_2K, TIER_10K, TIER_100K or "
                     "TIER_UNLIMITED, as Meta reports the phone number's messaging limit.")
                      .arg(a.messagingTier);
    for (const auto &[label, value] : {std::pair{tr("Phone number ID"), a.phoneNumberId}, std::pair{tr("WhatsApp Business Account ID"), a.wabaId},
                                          std::pair{tr("Business portfolio ID"), a.portfolioId}}) {
        if (problem.isEmpty() && !value.isEmpty()) {
            for (QChar c : value) {
                if (!c.isDigit()) {
                    problem = tr("%1 “%2” should contain digits only (it is the numeric ID from Meta's app dashboard, "
                                 "not a phone number).")
                                  .arg(label, value);
                    break;
                }
            }
        }
    }
    return problem;
}

qint64 AccountStore::save(const Account &a, QString *error)
{
    const QString problem = validate(a);
    if (!problem.isEmpty()) {
        *error = problem;
        return 0;
    }
    const qint64 now = Clock::nowMs();
    QSqlQuery q(m_db);
    if (a.id == 0) {
        q.prepare(QStringLiteral("INSERT INTO accounts (name, kind, graph_url, api_version, phone_number_id, waba_id, "
                                 "relay_url, messaging_tier, max_rate, portfolio_id, auto_resolve, is_default, created_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CASE WHEN EXISTS (SELECT 1 FROM accounts) THEN 0 ELSE 1 END, ?, ?) "
                                 "RETURNING id"));
    } else {
        q.prepare(QStringLiteral("UPDATE accounts SET name = ?, kind = ?, graph_url = ?, api_version = ?, "
                                 "phone_number_id = ?, waba_id = ?, relay_url = ?, messaging_tier = ?, max_rate = ?, "
                                 "portfolio_id = ?, auto_resolve = ?, updated_at = ? WHERE id = ?"));
    }
    q.addBindValue(a.name.trimmed());
    q.addBindValue(Account::kindName(a.kind));
    q.addBindValue(a.kind == Account::Kind::Sandbox ? QStringLiteral("sandbox:") : a.graphUrl);
    q.addBindValue(text(a.apiVersion));
    q.addBindValue(text(a.phoneNumberId));
    q.addBindValue(text(a.wabaId));
    q.addBindValue(text(a.relayUrl));
    q.addBindValue(text(a.messagingTier));
    q.addBindValue(a.maxRate);
    q.addBindValue(text(a.portfolioId.trimmed()));
    q.addBindValue(a.autoResolve ? 1 : 0);
    q.addBindValue(now);
    if (a.id == 0)
        q.addBindValue(now);
    else
        q.addBindValue(a.id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return 0;
    }
    if (a.id != 0 && q.numRowsAffected() != 1) {
        *error = tr("No account with id %1.").arg(a.id);
        return 0;
    }
    return a.id == 0 ? SqlDialect::insertedId(q) : a.id;
}

bool AccountStore::setDefault(qint64 id, QString *error)
{
    if (!m_db.transaction()) {
        *error = m_db.lastError().text();
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE accounts SET is_default = 0 WHERE is_default = 1 AND id <> ?"));
    q.addBindValue(id);
    bool ok = q.exec();
    if (ok) {
        q.prepare(QStringLiteral("UPDATE accounts SET is_default = 1 WHERE id = ?"));
        q.addBindValue(id);
        ok = q.exec() && q.numRowsAffected() == 1;
    }
    if (!ok || !m_db.commit()) {
        *error = q.lastError().text().isEmpty() ? tr("No account with id %1.").arg(id) : q.lastError().text();
        m_db.rollback();
        return false;
    }
    return true;
}
