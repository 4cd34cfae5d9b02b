#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

// A sending account of the workspace. Its secrets (access token, relay feed token, relay app secret)
// live in the OS keychain under the account's name, never here.
struct Account
{
    enum class Kind { Sandbox, CloudApi };

    qint64 id = 0;
    QString name;
    Kind kind = Kind::Sandbox;
    QString graphUrl = QStringLiteral("https://graph.facebook.com");
    QString apiVersion = QStringLiteral("v23.0");
    QString phoneNumberId;
    QString wabaId;
    QString relayUrl;
    bool isDefault = false;
    QString messagingTier;     // TIER_250, TIER_2K, TIER_10K, TIER_100K, TIER_UNLIMITED; empty = not known yet
    int maxRate = 80;          // messages per second this number may send (Meta: 80 by default, up to 1000)
    QString portfolioId;       // Meta business portfolio: its numbers share one daily messaging limit (Headroom)
    bool autoResolve = true;   // the scheduler resends uncertain rows once the feed proves it flows (UncertainResolver)
    // Kept current by NumberQuality (webhooks, the phone-number endpoint); never written by AccountStore::save.
    QString qualityRating = QStringLiteral("UNKNOWN");   // GREEN, YELLOW, RED, UNKNOWN
    QString qualityEvent;      // the last phone_number_quality_update event (FLAGGED, UNFLAGGED, UPGRADE…)
    qint64 qualityUpdatedAt = 0;

    // RED quality or FLAGGED: nothing is sent from this number (SendWorker pauses the run).
    bool isFlagged() const;

    // Unique recipients allowed per rolling 24 h for a tier; -1 = unlimited or unknown.
    static qint64 tierLimit(const QString &tier);

    static constexpr int kDefaultRate = 80;    // Meta's throughput for a number it has not raised
    static constexpr int kMaxRate = 1000;      // Meta's highest per-number throughput
    // Messages per second this number may send: maxRate (kDefaultRate when not set), clamped to 1…kMaxRate. The one
    // rule for pre-flight's duration estimate and the sender's pace (SendOptions::effectiveRate).
    int sendRate() const;

    static QString kindName(Kind k);                       // "sandbox" / "cloud-api"
    static std::optional<Kind> kindFromName(const QString &name);
};

// All SQL about accounts.
class AccountStore
{
    Q_DECLARE_TR_FUNCTIONS(AccountStore)

public:
    explicit AccountStore(QSqlDatabase db);

    QList<Account> list(QString *error) const;
    std::optional<Account> byName(const QString &name, QString *error) const;
    std::optional<Account> byId(qint64 id, QString *error) const;
    std::optional<Account> defaultAccount(QString *error) const;

    // Inserts (id == 0) or updates. Validates first (see validate()). Returns the id, 0 on error.
    qint64 save(const Account &a, QString *error);
    bool setDefault(qint64 id, QString *error);

    // Empty when the account's settings are usable; otherwise a sentence naming the field.
    // http:// is refused for every host that is not loopback.
    static QString validate(const Account &a);
    static QString validateUrl(const QString &field, const QString &url, bool required);
    // Empty unless the Graph API URL points at a host that is neither Meta's (graph.facebook.com), this computer
    // (the sandbox, a test server) nor the sandbox: then a sentence to show before saving (the CLI warns on
    // stderr, the GUI asks for confirmation). The access token goes to that host.
    static QString graphHostWarning(const Account &a);

private:
    QSqlDatabase m_db;
};
