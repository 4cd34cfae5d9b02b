#pragma once

#include "engine/cloudapi/graphclient.h"
#include "models/accounts/account.h"
#include "models/templates/templatestore.h"

#include <QObject>
#include <QSet>

class Workspace;

struct TemplateSyncResult
{
    bool ok = false;
    TemplateSyncCounts counts;
    int pages = 0;
    QString error;          // for a person, when !ok
    GraphError graphError;  // the Graph failure behind `error`, if any
};

// Syncs an account's templates: GET /{waba-id}/message_templates following every paging cursor, then
// applies the whole set in one transaction (nothing is marked deleted unless every page arrived).
// A sandbox account syncs the built-in sandbox templates.
class TemplateSync : public QObject
{
    Q_OBJECT

public:
    TemplateSync(Workspace &workspace, const Account &account, const QString &accessToken, QObject *parent = nullptr);

    void setTimeout(int milliseconds) { m_client.setTimeout(milliseconds); }
    void setPageSize(int n) { m_pageSize = n; }
    void start();

    // The fields Herald asks for.
    static QString fields();
    // Parses one page's `data` array.
    static QList<MessageTemplate> parsePage(const QJsonObject &page);

Q_SIGNALS:
    void progress(int pages, int templates);
    void finished(const TemplateSyncResult &result);

private:
    void fetch(const QUrl &url);
    void fail(const QString &message, const GraphError &error = {});
    void apply();

    Workspace &m_workspace;
    Account m_account;
    GraphClient m_client;
    QList<MessageTemplate> m_fetched;
    QSet<QString> m_seenPages;
    int m_pages = 0;
    int m_pageSize = 100;
};
