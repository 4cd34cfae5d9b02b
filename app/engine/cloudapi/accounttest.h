#pragma once

#include "engine/cloudapi/graphclient.h"
#include "models/accounts/account.h"

#include <QJsonObject>
#include <QObject>

// "Test connection" of a sending account (Settings, `herald-cli account test`): asks the Cloud API about the
// account's phone number.
// GET /{phone-number-id}?fields=display_phone_number,verified_name,quality_rating,throughput
class AccountTest : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        bool ok = false;
        QJsonObject phone;      // what Meta says about the number
        QString message;        // a sentence for a person
        GraphError graphError;
    };

    AccountTest(const Account &account, const QString &accessToken, QObject *parent = nullptr);
    void setTimeout(int milliseconds) { m_client.setTimeout(milliseconds); }
    void start();

Q_SIGNALS:
    void finished(const AccountTest::Result &result);

private:
    Account m_account;
    GraphClient m_client;
};
