#include "engine/cloudapi/accounttest.h"

#include "engine/sandbox/accountendpoint.h"

#include <QTimer>
#include <QUrlQuery>

AccountTest::AccountTest(const Account &account, const QString &accessToken, QObject *parent)
    : QObject(parent)
    , m_account(effectiveAccount(account))
    , m_client(m_account, effectiveAccessToken(account, accessToken))
{
    m_client.setParent(this);
}

void AccountTest::start()
{
    if (m_account.phoneNumberId.isEmpty()) {
        Result r;
        r.message = tr("The account “%1” has no phone number ID; set it first (account set --phone-number-id).")
                        .arg(m_account.name);
        QTimer::singleShot(0, this, [this, r] { Q_EMIT finished(r); });
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("fields"),
                       QStringLiteral("display_phone_number,verified_name,quality_rating,throughput"));
    m_client.get(m_client.url(m_account.phoneNumberId, query), [this](const QJsonObject &body, const GraphError &error) {
        Result r;
        r.graphError = error;
        if (!error.ok()) {
            r.message = error.describe();
        } else {
            r.ok = true;
            r.phone = body;
            if (m_account.kind == Account::Kind::Sandbox)
                r.message = tr("Sandbox account: simulated WhatsApp Cloud API, nothing leaves this computer.");
            else
                r.message = tr("Connected: %1 (%2), quality %3.")
                                .arg(body.value(QStringLiteral("display_phone_number")).toString(),
                                     body.value(QStringLiteral("verified_name")).toString(),
                                     body.value(QStringLiteral("quality_rating")).toString());
        }
        Q_EMIT finished(r);
    });
}
