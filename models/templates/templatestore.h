#pragma once

#include "models/core/result.h"
#include "models/templates/messagetemplate.h"

#include <QCoreApplication>
#include <QList>
#include <QJsonObject>
#include <QSqlDatabase>
#include <optional>

struct TemplateSyncCounts
{
    int added = 0;
    int updated = 0;    // existed and something changed (status, quality, content…)
    int removed = 0;    // no longer upstream: marked deleted (kept for history)
    int total = 0;      // templates upstream after the sync
};

// All SQL about templates. Components are stored as the Graph API's JSON array.
class TemplateStore
{
    Q_DECLARE_TR_FUNCTIONS(TemplateStore)

public:
    explicit TemplateStore(QSqlDatabase db);

    QList<MessageTemplate> list(qint64 accountId, QString *error, bool includeDeleted = true) const;
    std::optional<MessageTemplate> find(qint64 accountId, const QString &name, const QString &language,
                                        QString *error) const;

    // One transaction: inserts the new, updates the changed, marks the vanished deleted (a template that
    // comes back is undeleted). `fetched` is everything upstream for this account.
    std::optional<TemplateSyncCounts> applySync(qint64 accountId, const QList<MessageTemplate> &fetched,
                                                QString *error);

    // Inserts or updates one template (a new draft, or one just submitted for review). Returns the id.
    qint64 save(const MessageTemplate &t, QString *error);

    // A `message_template_status_update` or `message_template_quality_update` webhook's value (whatsapp-api.md §4.2):
    // the template with that message_template_id takes the new status (PAUSED, DISABLED, APPROVED…; REINSTATED =
    // APPROVED; FLAGGED is a warning and changes nothing) or quality score. Returns how many rows changed.
    Result<int> applyWebhook(const QString &field, const QJsonObject &value, qint64 now);
    // True for a status Meta refuses sends of for quality (PAUSED, DISABLED): a run on it pauses (SendWorker).
    static bool blocksSending(const QString &status);

private:
    QSqlDatabase m_db;
};
