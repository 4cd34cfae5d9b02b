// The sandbox's simulated status feed: plans Meta's status and reply webhooks for each accepted message and
// POSTs them, signed, to the embedded relay (whatsapp-api.md §2, §3; campaign-stats.md).
#include "engine/sandbox/sandboxwebhooks.h"

#include "engine/relay/webhooksignature.h"
#include "models/core/clock.h"

#include <algorithm>
#include <cmath>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSandboxWebhooks, "herald.sandbox.webhooks", QtInfoMsg)

namespace {

constexpr qint64 kLateReplySeconds = 73 * 3600;
constexpr int kTransferTimeoutMs = 10000;
constexpr int kMaxRetryDelayMs = 60000;

// splitmix64: small, fast and the same on every platform, so a seed means the same events everywhere.
quint64 mix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

class Dice
{
public:
    Dice(quint64 seed, quint64 stream)
        : m_state(mix(seed ^ mix(stream)))
    { }
    double next() // [0, 1)
    {
        m_state = mix(m_state);
        return static_cast<double>(m_state >> 11) * (1.0 / 9007199254740992.0);
    }
    bool chance(double share) { return next() < share; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * next(); }
    // Most values near lo, a long tail towards hi.
    double skewed(double lo, double hi)
    {
        const double u = next();
        return lo + (hi - lo) * u * u;
    }
    qsizetype pick(qsizetype count) { return std::min(count - 1, static_cast<qsizetype>(next() * double(count))); }

private:
    quint64 m_state;
};

// A fixed roll per (seed, number): whether this person has read receipts off never changes between messages.
double numberRoll(quint64 seed, const QString &waId)
{
    quint64 h = 0xCBF29CE484222325ULL;
    for (const char c : waId.toLatin1())
        h = (h ^ static_cast<unsigned char>(c)) * 0x100000001B3ULL;
    return static_cast<double>(mix(h ^ mix(seed ^ 0x5EADULL)) >> 11) * (1.0 / 9007199254740992.0);
}

// A roll of its own per message (not drawn from the message's Dice, so adding it moved no other outcome).
double messageRoll(quint64 seed, quint64 sequence, quint64 salt)
{
    return static_cast<double>(mix(mix(seed ^ salt) ^ mix(sequence)) >> 11) * (1.0 / 9007199254740992.0);
}

// Meta's `pricing` of a status (whatsapp-api.md §2.3; per-message pricing since 1 July 2025): the template's category,
// billed as "regular", except a UTILITY template inside an open customer-service window, which is free.
QJsonObject pricing(const QString &templateCategory, bool freeService)
{
    return { { QStringLiteral("billable"), !freeService }, { QStringLiteral("pricing_model"), QStringLiteral("PMP") },
        { QStringLiteral("type"), freeService ? QStringLiteral("free_customer_service") : QStringLiteral("regular") },
        { QStringLiteral("category"), templateCategory.toLower() } };
}

QJsonObject failure(int code)
{
    QString title;
    QString details;
    switch (code) {
    case 131049:
        title = QStringLiteral("This message was not delivered to maintain healthy ecosystem engagement.");
        details = QStringLiteral("In order to maintain healthy ecosystem engagement, the message failed to be "
                                 "delivered.");
        break;
    case 130472:
        title = QStringLiteral("User's number is part of an experiment");
        details = QStringLiteral("Failed to send message because this user's phone number is part of an experiment");
        break;
    default:
        title = QStringLiteral("Message undeliverable");
        details = QStringLiteral("Message Undeliverable.");
        break;
    }
    return { { QStringLiteral("code"), code }, { QStringLiteral("title"), title }, { QStringLiteral("message"), title },
        { QStringLiteral("error_data"), QJsonObject { { QStringLiteral("details"), details } } },
        { QStringLiteral("href"),
            QStringLiteral("https://developers.facebook.com/documentation/business-messaging/whatsapp/support/"
                           "error-codes") } };
}

struct Step
{
    QString status;
    double at = 0; // virtual seconds after acceptance: the event's timestamp
    double arrival = 0; // when it is POSTed
    int errorCode = 0;
    bool pricing = false;
};

const QStringList &textReplies()
{
    static const QStringList replies { QStringLiteral("Thanks!"), QStringLiteral("Is this still available?"),
        QStringLiteral("What time do you open tomorrow?"), QStringLiteral("Can you call me back please?"),
        QStringLiteral("\U0001F44D"), QStringLiteral("Got it, see you then.") };
    return replies;
}

QString kindName(SandboxWebhookEvent::Kind kind)
{
    switch (kind) {
    case SandboxWebhookEvent::Kind::Message:
        return QStringLiteral("message");
    case SandboxWebhookEvent::Kind::Preference:
        return QStringLiteral("preference");
    case SandboxWebhookEvent::Kind::Status:
        break;
    }
    return QStringLiteral("status");
}

SandboxWebhookEvent::Kind kindFromName(const QString &name)
{
    if (name == QLatin1String("message"))
        return SandboxWebhookEvent::Kind::Message;
    if (name == QLatin1String("preference"))
        return SandboxWebhookEvent::Kind::Preference;
    return SandboxWebhookEvent::Kind::Status;
}

bool isOptOutButton(const QString &text)
{
    return text.startsWith(QStringLiteral("stop"), Qt::CaseInsensitive);
}

} // namespace

SandboxWebhooks::SandboxWebhooks(const SandboxWebhookOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    if (!(m_options.speed > 0))
        m_options.speed = 1.0;
    m_options.maxBatch = std::max(1, m_options.maxBatch);
    m_options.maxAttempts = std::max(1, m_options.maxAttempts);
}

SandboxWebhooks::~SandboxWebhooks()
{
    if (!m_queue.empty())
        qCInfo(lcSandboxWebhooks) << m_queue.size() << "simulated webhook events dropped at shutdown";
    // (SandboxEnvironment takes them with takeQueued() first, so they are sent after the next start.)
}

void SandboxWebhooks::setTarget(const QUrl &webhookUrl, const QByteArray &appSecret)
{
    m_url = webhookUrl;
    m_appSecret = appSecret;
}

void SandboxWebhooks::loadTemplates(const QString &templatesFile)
{
    QFile file(templatesFile);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonArray data = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("data")).toArray();
    for (const QJsonValue &t : data) {
        const QJsonObject o = t.toObject();
        QStringList texts;
        for (const QJsonValue &c : o.value(QStringLiteral("components")).toArray()) {
            for (const QJsonValue &b : c.toObject().value(QStringLiteral("buttons")).toArray()) {
                if (b.toObject().value(QStringLiteral("type")).toString() == QLatin1String("QUICK_REPLY"))
                    texts.append(b.toObject().value(QStringLiteral("text")).toString());
            }
        }
        if (!texts.isEmpty())
            m_quickReplies.insert(o.value(QStringLiteral("name")).toString() + QLatin1Char('/')
                    + o.value(QStringLiteral("language")).toString(),
                texts);
    }
}

QString SandboxWebhooks::displayPhoneNumber()
{
    QString digits;
    for (const QChar c : QString::fromLatin1(SandboxApi::kDisplayPhoneNumber)) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

QJsonObject SandboxWebhooks::envelope(
    const QString &phoneNumberId, const QJsonArray &statuses, const QJsonArray &contacts, const QJsonArray &messages)
{
    QJsonObject value;
    if (!statuses.isEmpty())
        value.insert(QStringLiteral("statuses"), statuses);
    if (!messages.isEmpty()) {
        value.insert(QStringLiteral("contacts"), contacts);
        value.insert(QStringLiteral("messages"), messages);
    }
    return change(phoneNumberId, QStringLiteral("messages"), value);
}

QJsonObject SandboxWebhooks::preferencesEnvelope(const QString &phoneNumberId, const QJsonArray &preferences)
{
    return change(phoneNumberId, QStringLiteral("user_preferences"),
        QJsonObject { { QStringLiteral("user_preferences"), preferences } });
}

// Meta's envelope around one change of one business number: {object, entry[{id, changes[{field, value}]}]}.
QJsonObject SandboxWebhooks::change(const QString &phoneNumberId, const QString &field, QJsonObject value)
{
    value.insert(QStringLiteral("messaging_product"), QStringLiteral("whatsapp"));
    value.insert(QStringLiteral("metadata"),
        QJsonObject { { QStringLiteral("display_phone_number"), displayPhoneNumber() },
            { QStringLiteral("phone_number_id"), phoneNumberId } });
    const QJsonObject changed { { QStringLiteral("field"), field }, { QStringLiteral("value"), value } };
    const QJsonObject entry { { QStringLiteral("id"), QString::fromLatin1(SandboxApi::kWabaId) },
        { QStringLiteral("changes"), QJsonArray { changed } } };
    return { { QStringLiteral("object"), QStringLiteral("whatsapp_business_account") },
        { QStringLiteral("entry"), QJsonArray { entry } } };
}

QList<SandboxWebhookEvent> SandboxWebhooks::plan(
    const SandboxWebhookOptions &o, const SandboxRecord &record, const QStringList &quickReplies)
{
    Dice dice(o.seed, record.sequence);
    const bool marketing = record.templateCategory == QLatin1String("MARKETING");

    // The status timeline (virtual seconds after acceptance).
    QList<Step> steps;
    const double sentAt = dice.uniform(0.2, 2.0);
    steps.append({ QStringLiteral("sent"), sentAt, sentAt, 0, true });
    const double failRoll = dice.next();
    const double marketingShares = marketing ? o.marketingLimitShare + o.experimentShare : 0.0;
    int failCode = 0;
    if (marketing && failRoll < o.marketingLimitShare)
        failCode = 131049;
    else if (marketing && failRoll < marketingShares)
        failCode = 130472;
    else if (failRoll < marketingShares + o.undeliverableShare)
        failCode = 131026;

    double deliveredAt = -1;
    double lastAt = sentAt;
    if (failCode != 0) {
        const double at = sentAt + dice.uniform(0.5, 5.0);
        steps.append({ QStringLiteral("failed"), at, at, failCode, false });
    } else if (!dice.chance(o.neverDeliveredShare)) {
        deliveredAt = sentAt + dice.skewed(1.0, 10.0);
        lastAt = deliveredAt;
        const bool receiptsOn = numberRoll(o.seed, record.waId) >= o.readReceiptsOffShare;
        const bool read = dice.chance(o.readShare) && receiptsOn;
        const bool atOnce = dice.chance(o.readAtOnceShare);
        const double readAt = atOnce ? deliveredAt : deliveredAt + dice.skewed(5.0, 120.0);
        if (!(read && atOnce))
            steps.append({ QStringLiteral("delivered"), deliveredAt, deliveredAt, 0, true });
        if (read) {
            steps.append({ QStringLiteral("read"), readAt, readAt, 0, atOnce });
            lastAt = readAt;
        }
    }

    // Meta's messiness: neighbours swapped in arrival (timestamps stay), one status delivered twice.
    if (dice.chance(o.outOfOrderShare) && steps.size() >= 2) {
        const qsizetype i = dice.pick(steps.size() - 1);
        std::swap(steps[i].arrival, steps[i + 1].arrival);
    }
    if (dice.chance(o.duplicateShare)) {
        Step copy = steps.at(dice.pick(steps.size()));
        copy.arrival += dice.uniform(1.0, 30.0);
        steps.append(copy);
    }

    QList<SandboxWebhookEvent> events;
    const qint64 base = record.acceptedAt.toSecsSinceEpoch();
    const auto timestamp = [base](double at) { return QString::number(base + qRound64(at)); };
    const bool freeService = record.templateCategory == QLatin1String("UTILITY")
        && messageRoll(o.seed, record.sequence, 0xF2EEULL) < o.freeServiceShare;
    for (const Step &s : std::as_const(steps)) {
        QJsonObject status { { QStringLiteral("id"), record.wamid }, { QStringLiteral("status"), s.status },
            { QStringLiteral("timestamp"), timestamp(s.at) }, { QStringLiteral("recipient_id"), record.waId } };
        if (!record.callbackData.isEmpty())
            status.insert(QStringLiteral("biz_opaque_callback_data"), record.callbackData);
        if (s.pricing)
            status.insert(QStringLiteral("pricing"), pricing(record.templateCategory, freeService));
        if (s.errorCode != 0)
            status.insert(QStringLiteral("errors"), QJsonArray { failure(s.errorCode) });
        events.append({ SandboxWebhookEvent::Kind::Status, s.arrival, record.phoneNumberId, status, {} });
    }

    // A reply proves delivery: only delivered messages get one (also from people with read receipts off).
    if (deliveredAt >= 0 && dice.chance(o.replyShare)) {
        const double arrival = lastAt + dice.skewed(5.0, 240.0);
        const bool lateRoll = dice.chance(o.lateReplyShare);
        const qint64 lateAt
            = lateRoll ? base + qRound64(sentAt) + kLateReplySeconds + qRound64(dice.uniform(0, 3600)) : 0;
        const QByteArray digest
            = QCryptographicHash::hash(QByteArray(record.wamid.toLatin1() + ":reply"), QCryptographicHash::Sha256)
                  .left(24);
        const QString replyId = QStringLiteral("wamid.")
            + QString::fromLatin1(digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        QJsonObject message { { QStringLiteral("from"), record.waId }, { QStringLiteral("id"), replyId } };
        const QJsonObject context { { QStringLiteral("from"), displayPhoneNumber() },
            { QStringLiteral("id"), record.wamid } };
        QStringList optOut;
        QStringList others;
        for (const QString &b : quickReplies)
            (isOptOutButton(b) ? optOut : others).append(b);
        const bool stop = dice.chance(o.stopShare);
        const bool tap = dice.chance(o.buttonReplyShare);
        const bool withContext = dice.chance(0.8); // typed replies often carry no context
        // A late reply is dated after the 72-hour window but POSTed within minutes, so its date lies in the future;
        // an opt-out is never late: it would otherwise date the opt-out days ahead (issue 11 §6).
        const qint64 at = lateRoll && !stop ? lateAt : base + qRound64(arrival);
        message.insert(QStringLiteral("timestamp"), QString::number(at));
        QString buttonText;
        if (stop && !optOut.isEmpty())
            buttonText = optOut.at(dice.pick(optOut.size()));
        else if (!stop && tap && !others.isEmpty())
            buttonText = others.at(dice.pick(others.size()));
        if (!buttonText.isEmpty()) {
            // Meta sends the quick-reply payload given at send time, else the button text; the sandbox does not
            // keep send payloads, so it is always the text.
            message.insert(QStringLiteral("type"), QStringLiteral("button"));
            message.insert(QStringLiteral("button"),
                QJsonObject { { QStringLiteral("payload"), buttonText }, { QStringLiteral("text"), buttonText } });
            message.insert(QStringLiteral("context"), context);
        } else {
            const QString text = stop ? QStringLiteral("STOP") : textReplies().at(dice.pick(textReplies().size()));
            message.insert(QStringLiteral("type"), QStringLiteral("text"));
            message.insert(QStringLiteral("text"), QJsonObject { { QStringLiteral("body"), text } });
            if (withContext)
                message.insert(QStringLiteral("context"), context);
        }
        const QJsonObject contact { { QStringLiteral("profile"),
                                        QJsonObject { { QStringLiteral("name"),
                                            QStringLiteral("Sandbox contact %1").arg(record.waId.right(4)) } } },
            { QStringLiteral("wa_id"), record.waId } };
        events.append({ SandboxWebhookEvent::Kind::Message, arrival, record.phoneNumberId, message, contact });
    }
    // Some people stop marketing messages in WhatsApp itself; Meta tells the business by user_preferences, naming
    // them by their WhatsApp id like every other webhook.
    if (marketing && deliveredAt >= 0 && dice.chance(o.preferenceStopShare)) {
        const double at = lastAt + dice.skewed(10.0, 600.0);
        const QJsonObject preference { { QStringLiteral("wa_id"), record.waId },
            { QStringLiteral("detail"), QStringLiteral("User requested to stop marketing messages") },
            { QStringLiteral("category"), QStringLiteral("marketing_messages") },
            { QStringLiteral("value"), QStringLiteral("stop") }, { QStringLiteral("timestamp"), base + qRound64(at) } };
        events.append({ SandboxWebhookEvent::Kind::Preference, at, record.phoneNumberId, preference, {} });
    }
    std::stable_sort(events.begin(), events.end(),
        [](const SandboxWebhookEvent &a, const SandboxWebhookEvent &b) { return a.arrival < b.arrival; });
    return events;
}

void SandboxWebhooks::schedule(const SandboxRecord &record)
{
    const QString key = record.templateName + QLatin1Char('/') + record.templateLanguage;
    QList<SandboxWebhookEvent> events = plan(m_options, record, m_quickReplies.value(key));
    m_pending += events.size();
    QMetaObject::invokeMethod(
        this,
        [this, record, events = std::move(events)] {
            if (!m_clock.isValid())
                m_clock.start();
            // Arrival counts from acceptance, not from when this queued call ran.
            const qint64 acceptedAgoMs
                = std::max<qint64>(0, record.acceptedAt.msecsTo(Clock::nowUtc()));
            const qint64 base = m_clock.elapsed() - acceptedAgoMs;
            for (const SandboxWebhookEvent &e : events)
                m_queue.emplace(base + qRound64(e.arrival * 1000.0 / m_options.speed), e);
            arm();
        },
        Qt::QueuedConnection);
}

QJsonArray SandboxWebhooks::takeQueued()
{
    QJsonArray out;
    const qint64 nowWall = Clock::nowMs();
    const qint64 nowClock = m_clock.isValid() ? m_clock.elapsed() : 0;
    for (const auto &[due, e] : m_queue) {
        out.append(QJsonObject { { QStringLiteral("due_at"), nowWall + std::max<qint64>(0, due - nowClock) },
            { QStringLiteral("kind"), kindName(e.kind) },
            { QStringLiteral("phone_number_id"), e.phoneNumberId }, { QStringLiteral("item"), e.item },
            { QStringLiteral("contact"), e.contact } });
    }
    m_pending -= qsizetype(m_queue.size());
    m_queue.clear();
    if (m_timer)
        m_timer->stop();
    return out;
}

void SandboxWebhooks::restore(const QJsonArray &events)
{
    if (events.isEmpty())
        return;
    m_pending += events.size();
    QMetaObject::invokeMethod(
        this,
        [this, events] {
            if (!m_clock.isValid())
                m_clock.start();
            const qint64 nowWall = Clock::nowMs();
            for (const QJsonValue &v : events) {
                const QJsonObject o = v.toObject();
                SandboxWebhookEvent e;
                e.kind = kindFromName(o.value(QStringLiteral("kind")).toString());
                e.phoneNumberId = o.value(QStringLiteral("phone_number_id")).toString();
                e.item = o.value(QStringLiteral("item")).toObject();
                e.contact = o.value(QStringLiteral("contact")).toObject();
                const qint64 wait = std::max<qint64>(0, o.value(QStringLiteral("due_at")).toInteger() - nowWall);
                m_queue.emplace(m_clock.elapsed() + wait, e);
            }
            arm();
        },
        Qt::QueuedConnection);
}

void SandboxWebhooks::arm()
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        m_timer->setTimerType(Qt::PreciseTimer);
        connect(m_timer, &QTimer::timeout, this, &SandboxWebhooks::dispatch);
    }
    if (m_queue.empty()) {
        m_timer->stop();
        return;
    }
    m_timer->start(static_cast<int>(std::clamp<qint64>(m_queue.begin()->first - m_clock.elapsed(), 0, 3600000)));
}

void SandboxWebhooks::dispatch()
{
    // Everything due within the batch window goes out now: statuses batched per business number (Meta may
    // batch up to 1000 updates; the sandbox does up to maxBatch), each inbound message in a POST of its own.
    const qint64 horizon = m_clock.elapsed() + m_options.batchWindowMs;
    QHash<QString, QJsonArray> statuses;
    QStringList numbers; // first-seen order
    QList<Payload> payloads;
    const auto flush = [this, &payloads](const QString &number, QJsonArray &batch) {
        const QByteArray body = QJsonDocument(envelope(number, batch, {}, {})).toJson(QJsonDocument::Compact);
        payloads.append({ body, int(batch.size()), int(batch.size()), 0, 0 });
        batch = QJsonArray();
    };
    while (!m_queue.empty() && m_queue.begin()->first <= horizon) {
        const SandboxWebhookEvent e = m_queue.begin()->second;
        m_queue.erase(m_queue.begin());
        if (e.kind == SandboxWebhookEvent::Kind::Preference) {
            const QByteArray body = QJsonDocument(preferencesEnvelope(e.phoneNumberId, QJsonArray { e.item }))
                                        .toJson(QJsonDocument::Compact);
            payloads.append({ body, 1, 0, 0, 0 });
            continue;
        }
        if (e.kind == SandboxWebhookEvent::Kind::Message) {
            const QByteArray body
                = QJsonDocument(envelope(e.phoneNumberId, {}, QJsonArray { e.contact }, QJsonArray { e.item }))
                      .toJson(QJsonDocument::Compact);
            payloads.append({ body, 1, 0, 1, 0 });
            continue;
        }
        if (!statuses.contains(e.phoneNumberId))
            numbers.append(e.phoneNumberId);
        QJsonArray &batch = statuses[e.phoneNumberId];
        batch.append(e.item);
        if (batch.size() >= m_options.maxBatch)
            flush(e.phoneNumberId, batch);
    }
    for (const QString &number : std::as_const(numbers)) {
        if (!statuses[number].isEmpty())
            flush(number, statuses[number]);
    }
    for (Payload &p : payloads)
        post(std::move(p));
    arm();
}

void SandboxWebhooks::post(Payload payload)
{
    if (!m_url.isValid()) {
        m_pending -= payload.events;
        return;
    }
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("X-Hub-Signature-256"), WebhookSignature::sign(m_appSecret, payload.body));
    request.setTransferTimeout(kTransferTimeoutMs);
    ++payload.attempts;
    QNetworkReply *reply = m_network->post(request, payload.body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, payload] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::NoError && status == 200) {
            m_pending -= payload.events;
            Q_EMIT delivered(payload.statuses, payload.messages);
            return;
        }
        if (payload.attempts >= m_options.maxAttempts) {
            qCWarning(lcSandboxWebhooks) << "simulated webhook dropped after" << payload.attempts
                                         << "attempts; last HTTP status" << status;
            m_pending -= payload.events;
            return;
        }
        // Like Meta: retry soon, then less and less often.
        const int delay = std::min(kMaxRetryDelayMs, 250 << std::min(payload.attempts, 8));
        QTimer::singleShot(delay, this, [this, payload] { post(payload); });
    });
}
