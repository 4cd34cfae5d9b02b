#include "engine/cloudapi/testsend.h"

#include "engine/cloudapi/cloudapi.h"
#include "engine/sandbox/accountendpoint.h"
#include "models/campaigns/preflight.h"
#include "models/contacts/contact.h"
#include "models/contacts/contactstore.h"
#include "models/contacts/phonenormalizer.h"
#include "models/core/clock.h"
#include "models/templates/templatestore.h"

#include "models/campaigns/testsendlog.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcTestSend, "herald.testsend", QtInfoMsg)

std::optional<TestSend::Message> TestSend::prepare(
    QSqlDatabase db, const Campaign &campaign, const QString &phone, QString *error)
{
    const PhoneNormalizer::Result number = PhoneNormalizer::normalize(phone);
    if (!number.ok()) {
        *error = tr("%1. Type the number with its country code, e.g. +91 98765 43210.").arg(number.error);
        return std::nullopt;
    }
    const auto tmpl = TemplateStore(db).find(campaign.accountId, campaign.templateName, campaign.language, error);
    if (!tmpl) {
        if (error->isEmpty())
            *error = tr("There is no template “%1” (%2) for this account; sync the templates.")
                         .arg(campaign.templateName, campaign.language);
        return std::nullopt;
    }
    if (!tmpl->isSendable()) {
        *error = tr("The template “%1” (%2) is %3; only APPROVED templates can be sent.")
                     .arg(tmpl->name, tmpl->language, tmpl->deleted ? tr("deleted upstream") : tmpl->status);
        return std::nullopt;
    }
    const QString mapping = MessageRenderer::checkMapping(*tmpl, campaign.params);
    if (!mapping.isEmpty()) {
        *error = mapping;
        return std::nullopt;
    }
    // A contact's own values; a stranger gets the fallbacks (and the number itself for field:phone).
    QString lookupError;
    Contact contact = ContactStore(db).byPhone(number.e164, &lookupError).value_or(Contact {});
    contact.phone = number.e164;
    const RenderedMessage rendered = MessageRenderer::render(*tmpl, campaign.params, contact);
    if (!rendered.problem.isEmpty()) {
        *error = tr("Cannot send a test to %1: %2.").arg(number.e164, rendered.problem);
        return std::nullopt;
    }
    return Message { number.e164, tmpl->name, tmpl->language, rendered.components,
        Preflight::renderText(*tmpl, campaign.params, contact) };
}

QByteArray TestSend::requestJson(const Message &message)
{
    return CloudApi::messageBody({message.phone, QStringLiteral("herald:test"), message.templateName, message.language,
                                     CloudApi::componentsJson(message.components)},
        nullptr);
}

QJsonObject TestSend::requestBody(const Message &message)
{
    return QJsonDocument::fromJson(requestJson(message)).object();
}

TestSend::TestSend(const Account &account, const QString &accessToken, QObject *parent)
    : QObject(parent)
    , m_account(effectiveAccount(account))
    , m_client(m_account, effectiveAccessToken(account, accessToken))
{
    m_client.setParent(this);
}

void TestSend::send(const Message &message)
{
    if (m_account.phoneNumberId.isEmpty()) {
        Result r;
        r.message = tr("The account “%1” has no phone number ID; set it first (account set --phone-number-id).").arg(m_account.name);
        QTimer::singleShot(0, this, [this, r] { Q_EMIT finished(r); });
        return;
    }
    const qint64 sentAt = Clock::nowMs();
    m_client.post(
        CloudApi::messagesUrl(m_account), requestJson(message),
        [this, message, sentAt](const QJsonObject &body, const GraphError &e) {
            const QString &phone = message.phone;
            Result r;
            r.graphError = e;
            if (!e.ok()) {
                r.message = e.describe();
            } else {
                const CloudApi::SendAnswer answer = CloudApi::sendAnswer(body);
                r.wamid = answer.wamid;
                r.waId = answer.waId;
                r.ok = !r.wamid.isEmpty();
                r.message = r.ok ? tr("Test message sent to %1 (%2).").arg(phone, r.wamid)
                                 : tr("The provider answered without a message id; the test may not have been sent.");
            }
            log(message, r, sentAt);
            Q_EMIT finished(r);
        });
}

void TestSend::setLog(QSqlDatabase db, qint64 campaignId)
{
    m_logDb = db;
    m_logCampaignId = campaignId;
}

void TestSend::log(const Message &message, const Result &result, qint64 sentAtMs)
{
    if (!m_logDb.isValid())
        return;
    TestSendEntry entry;
    entry.accountId = m_account.id;
    entry.campaignId = m_logCampaignId;
    entry.phone = message.phone;
    entry.waId = result.waId;
    entry.templateName = message.templateName;
    entry.language = message.language;
    entry.wamid = result.wamid;
    entry.ok = result.ok;
    entry.message = result.message;
    entry.sentAtMs = sentAtMs;
    QString error;
    if (!TestSendLog::record(m_logDb, entry, &error))
        qCWarning(lcTestSend) << "the test send could not be kept for the history:" << error;
}
