// The sandbox's shared machinery (auth, errors, throughput, seeded outcomes, records) and its read
// endpoints: the template list and the phone-number node. Sending lives in sandboxsend.cpp.
#include "engine/sandbox/sandboxapi.h"

#include "models/contacts/waid.h"
#include "models/core/clock.h"
#include "models/ledger/failurecatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace {

constexpr int kDefaultPageSize = 25;    // Meta's default for edge lists
constexpr int kMaxPageSize = 1000;
const QByteArray kCursorPrefix = QByteArrayLiteral("sandbox-cursor:");

quint64 splitmix64(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

QString encodeCursor(qsizetype index)
{
    const QByteArray raw = kCursorPrefix + QByteArray::number(index);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// The template index a cursor points at, or -1 when it is not one of ours.
qsizetype decodeCursor(const QString &cursor)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !decoded.decoded.startsWith(kCursorPrefix))
        return -1;
    bool ok = false;
    const qsizetype index = decoded.decoded.mid(kCursorPrefix.size()).toLongLong(&ok);
    return ok && index >= 0 ? index : -1;
}

// "a,b{c,d},e" → {a, b, e}; empty when the parameter is absent.
QStringList fieldList(const QUrlQuery &query)
{
    static const QRegularExpression nested(QStringLiteral("\\{[^}]*\\}"));
    QString fields = query.queryItemValue(QStringLiteral("fields"), QUrl::FullyDecoded);
    fields.remove(nested);
    QStringList result;
    for (const QString &f : fields.split(QLatin1Char(','), Qt::SkipEmptyParts))
        result.append(f.trimmed());
    return result;
}

SandboxApi::Reply unknownObject(const QString &id, const QString &method)
{
    return SandboxApi::error(100,
                             QStringLiteral("Unsupported %1 request. Object with ID '%2' does not exist, cannot be "
                                            "loaded due to missing permissions, or does not support this operation.")
                                 .arg(method, id));
}

} // namespace

bool SandboxApi::isNumericId(const QString &id)
{
    if (id.isEmpty())
        return false;
    for (QChar c : id) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

QString SandboxApi::defaultAccessToken()
{
    return QStringLiteral("HERALD-SANDBOX-TOKEN");
}

SandboxApi::SandboxApi(const SandboxOptions &options)
    : m_options(options)
{
    if (m_options.accessToken.isEmpty())
        m_options.accessToken = defaultAccessToken();
    m_options.throughput = qMax(1, m_options.throughput);
    m_clock.start();
    m_nonce = QRandomGenerator::global()->generate64();
    QFile f(m_options.templatesFile);
    if (f.open(QIODevice::ReadOnly)) {
        const QJsonArray data = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("data")).toArray();
        for (const QJsonValue &v : data) {
            m_templates.append(v.toObject());
            m_parsed.append(MessageTemplate::fromGraphJson(v.toObject()));
        }
        m_templatesLoaded = !m_templates.isEmpty();
    }
}

void SandboxApi::setBaseUrl(const QUrl &url)
{
    QMutexLocker lock(&m_mutex);
    m_baseUrl = url;
}

QUrl SandboxApi::baseUrl() const
{
    QMutexLocker lock(&m_mutex);
    return m_baseUrl;
}

SandboxApi::Reply SandboxApi::error(int code, const QString &details, const QString &title)
{
    const FailureCatalogue::Entry e = FailureCatalogue::lookup(code);
    const QString heading = title.isEmpty() ? e.title : title;
    const QByteArray trace = QByteArray::number(QRandomGenerator::global()->generate64(), 36)
                             + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
    QJsonObject err { { QStringLiteral("message"), QStringLiteral("(#%1) %2").arg(code).arg(heading) },
        { QStringLiteral("type"), QStringLiteral("OAuthException") }, { QStringLiteral("code"), code },
        { QStringLiteral("error_data"),
            QJsonObject { { QStringLiteral("messaging_product"), QStringLiteral("whatsapp") },
                { QStringLiteral("details"), details } } },
        { QStringLiteral("fbtrace_id"), QString(QLatin1Char('A') + QString::fromLatin1(trace.left(22))) } };
    return {e.httpStatus > 0 ? e.httpStatus : 400, QJsonObject{{QStringLiteral("error"), err}}};
}

SandboxApi::Reply SandboxApi::unsupported(const QString &method, const QString &path)
{
    return error(
        100, QStringLiteral("Unsupported %1 request to %2.").arg(method, path), QStringLiteral("Invalid parameter"));
}

bool SandboxApi::authorized(const QByteArray &authorization, const QUrlQuery &query) const
{
    const QByteArray expected = "Bearer " + m_options.accessToken.toUtf8();
    if (authorization.trimmed() == expected)
        return true;
    return authorization.isEmpty() && query.queryItemValue(QStringLiteral("access_token")) == m_options.accessToken;
}

bool SandboxApi::takeToken(const QString &phoneNumberId)
{
    QMutexLocker lock(&m_mutex);
    const double capacity = m_options.throughput;   // one second of sending
    const qint64 now = Clock::nowMs() * 1'000'000;   // ns; the injectable clock, so a test can move time
    auto it = m_buckets.find(phoneNumberId);
    if (it == m_buckets.end())
        it = m_buckets.insert(phoneNumberId, Bucket{capacity, now});
    it->tokens = qMin(capacity, it->tokens + double(now - it->atNs) * 1e-9 * m_options.throughput);
    it->atNs = now;
    if (it->tokens < 1.0)
        return false;
    it->tokens -= 1.0;
    return true;
}

double SandboxApi::roll(const QString &waId, quint64 salt) const
{
    quint64 h = 14695981039346656037ULL;   // FNV-1a over the digits, then mixed with seed and salt
    for (QChar c : waId) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    h = splitmix64(h ^ splitmix64(m_options.seed ^ splitmix64(salt)));
    return double(h >> 11) * (1.0 / 9007199254740992.0);   // 53 bits → [0, 1)
}

bool SandboxApi::isOnWhatsApp(const QString &waId) const
{
    return roll(waId, 1) >= m_options.notOnWhatsAppShare;
}

QString SandboxApi::whatsAppId(const QString &dialledDigits) const
{
    return WaId::asMetaWould(dialledDigits, roll(dialledDigits, 3) < m_options.brazilNinthDigitDropShare);
}

bool SandboxApi::hitsMarketingLimit(const QString &waId) const
{
    return roll(waId, 2) < m_options.marketingLimitShare;
}

QList<SandboxRecord> SandboxApi::records() const
{
    QMutexLocker lock(&m_mutex);
    return m_records;
}

std::optional<SandboxRecord> SandboxApi::record(const QString &wamid) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_byWamid.constFind(wamid);
    if (it == m_byWamid.constEnd())
        return std::nullopt;
    return m_records.at(*it);
}

qsizetype SandboxApi::recordCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_records.size();
}

void SandboxApi::clearRecords()
{
    QMutexLocker lock(&m_mutex);
    m_records.clear();
    m_byWamid.clear();
}

qsizetype SandboxApi::findTemplate(const QString &name, const QString &language) const
{
    for (qsizetype i = 0; i < m_parsed.size(); ++i) {
        if (m_parsed.at(i).name == name && m_parsed.at(i).language == language)
            return i;
    }
    return -1;
}

SandboxApi::Reply SandboxApi::listTemplates(const QString &wabaId, const QByteArray &authorization, const QString &path,
                                            const QUrlQuery &query) const
{
    if (!authorized(authorization, query))
        return error(190, QStringLiteral("The access token could not be decrypted."),
                     QStringLiteral("Invalid OAuth access token - Cannot parse access token"));
    if (!isNumericId(wabaId))
        return unknownObject(wabaId, QStringLiteral("get"));

    int limit = kDefaultPageSize;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1)
            return error(100, QStringLiteral("limit must be a positive integer."));
        limit = qMin(limit, kMaxPageSize);
    }
    // Filters first, so cursors index the filtered list.
    const QString status = query.queryItemValue(QStringLiteral("status"));
    const QString name = query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded);
    QList<const QJsonObject *> matching;
    for (const QJsonObject &t : m_templates) {
        if (!status.isEmpty() && t.value(QStringLiteral("status")).toString().compare(status, Qt::CaseInsensitive) != 0)
            continue;
        if (!name.isEmpty() && !t.value(QStringLiteral("name")).toString().contains(name, Qt::CaseInsensitive))
            continue;
        matching.append(&t);
    }
    qsizetype start = 0;
    qsizetype end = 0;
    if (query.hasQueryItem(QStringLiteral("before"))) {
        const qsizetype before = decodeCursor(query.queryItemValue(QStringLiteral("before")));
        if (before < 0)
            return error(100, QStringLiteral("The before cursor is not valid."));
        end = qMin(before, matching.size());
        start = qMax<qsizetype>(0, end - limit);
    } else {
        if (query.hasQueryItem(QStringLiteral("after"))) {
            const qsizetype after = decodeCursor(query.queryItemValue(QStringLiteral("after")));
            if (after < 0)
                return error(100, QStringLiteral("The after cursor is not valid."));
            start = qMin(after + 1, matching.size());
        }
        end = qMin(start + limit, matching.size());
    }

    const QStringList fields = fieldList(query);
    QJsonArray data;
    for (qsizetype i = start; i < end; ++i) {
        const QJsonObject &t = *matching.at(i);
        if (fields.isEmpty()) {
            data.append(t);
            continue;
        }
        QJsonObject picked{{QStringLiteral("id"), t.value(QStringLiteral("id"))}};
        for (const QString &f : fields) {
            if (t.contains(f))
                picked.insert(f, t.value(f));
        }
        data.append(picked);
    }
    QJsonObject body{{QStringLiteral("data"), data}};
    if (start < end) {
        QJsonObject paging{{QStringLiteral("cursors"), QJsonObject{{QStringLiteral("before"), encodeCursor(start)},
                                                                   {QStringLiteral("after"), encodeCursor(end - 1)}}}};
        const auto link = [&](const QString &key, const QString &cursor) {
            QUrl url = baseUrl();
            url.setPath(path);
            QUrlQuery q(query);
            q.removeAllQueryItems(QStringLiteral("after"));
            q.removeAllQueryItems(QStringLiteral("before"));
            q.removeAllQueryItems(QStringLiteral("access_token"));
            q.addQueryItem(key, cursor);
            url.setQuery(q);
            return url.toString(QUrl::FullyEncoded);
        };
        if (end < matching.size())
            paging.insert(QStringLiteral("next"), link(QStringLiteral("after"), encodeCursor(end - 1)));
        if (start > 0)
            paging.insert(QStringLiteral("previous"), link(QStringLiteral("before"), encodeCursor(start)));
        body.insert(QStringLiteral("paging"), paging);
    }
    return {200, body};
}

SandboxApi::Reply SandboxApi::phoneNumber(const QString &phoneNumberId, const QByteArray &authorization,
                                          const QUrlQuery &query) const
{
    if (!authorized(authorization, query))
        return error(190, QStringLiteral("The access token could not be decrypted."),
                     QStringLiteral("Invalid OAuth access token - Cannot parse access token"));
    if (!isNumericId(phoneNumberId))
        return unknownObject(phoneNumberId, QStringLiteral("get"));

    const QString tier = QStringLiteral("TIER_UNLIMITED");
    const QJsonObject node {
        { QStringLiteral("display_phone_number"), QString::fromLatin1(kDisplayPhoneNumber) },
        { QStringLiteral("verified_name"), QString::fromLatin1(kVerifiedName) },
        { QStringLiteral("quality_rating"), quality(phoneNumberId) },
        { QStringLiteral("throughput"),
            QJsonObject { { QStringLiteral("level"),
                m_options.throughput >= 1000 ? QStringLiteral("HIGH") : QStringLiteral("STANDARD") } } },
        { QStringLiteral("whatsapp_business_manager_messaging_limit"), tier },
        { QStringLiteral("messaging_limit_tier"), tier },
        { QStringLiteral("code_verification_status"), QStringLiteral("VERIFIED") },
        { QStringLiteral("name_status"), QStringLiteral("APPROVED") },
        { QStringLiteral("platform_type"), QStringLiteral("CLOUD_API") },
        { QStringLiteral("account_mode"), QStringLiteral("SANDBOX") },
        { QStringLiteral("is_official_business_account"), false },
    };
    QStringList fields = fieldList(query);
    if (fields.isEmpty()) {
        fields = {QStringLiteral("verified_name"), QStringLiteral("code_verification_status"),
                  QStringLiteral("display_phone_number"), QStringLiteral("quality_rating"),
                  QStringLiteral("platform_type"), QStringLiteral("throughput")};
    }
    QJsonObject body;
    for (const QString &f : fields) {
        if (f == QLatin1String("id"))
            continue;
        if (!node.contains(f))
            return error(100, QStringLiteral("Tried accessing nonexisting field (%1) on node type "
                                             "(WhatsAppBusinessPhoneNumber)").arg(f));
        body.insert(f, node.value(f));
    }
    body.insert(QStringLiteral("id"), phoneNumberId);
    return {200, body};
}

void SandboxApi::setQuality(const QString &phoneNumberId, const QString &rating)
{
    QMutexLocker lock(&m_mutex);
    m_quality.insert(phoneNumberId, rating);
}

QString SandboxApi::quality(const QString &phoneNumberId) const
{
    QMutexLocker lock(&m_mutex);
    return m_quality.value(phoneNumberId, QStringLiteral("GREEN"));
}
