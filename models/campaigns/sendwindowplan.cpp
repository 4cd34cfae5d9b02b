#include "models/campaigns/sendwindowplan.h"

#include "models/campaigns/campaign.h"
#include "models/contacts/recipientzone.h"

#include <QJsonDocument>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <cmath>

namespace {

constexpr qint64 kHourMs = 3600 * 1000;

// The window of the run's campaign, and that campaign's zone; std::nullopt + *error when unreadable.
std::optional<std::pair<SendWindow, QTimeZone>> windowOfRun(QSqlDatabase db, qint64 runId, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT campaign_id FROM campaign_runs WHERE id = ?"));
    q.addBindValue(runId);
    if (!q.exec() || !q.next()) {
        *error = q.lastError().text().isEmpty() ? SendWindowPlan::tr("There is no campaign run %1.").arg(runId)
                                                : q.lastError().text();
        return std::nullopt;
    }
    const qint64 campaignId = q.value(0).toLongLong();
    q.finish();
    const auto campaign = CampaignStore(db).byId(campaignId, error);
    if (!campaign)
        return std::nullopt;
    const auto window = SendWindow::fromJson(campaign->sendWindow, error);
    if (!window)
        return std::nullopt;
    return std::make_pair(*window, SendWindowPlan::campaignZone(*campaign));
}

QVariant notAfterValue(qint64 notAfter)
{
    return notAfter > 0 ? QVariant(notAfter) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

QTimeZone SendWindowPlan::campaignZone(const Campaign &campaign)
{
    const QString tz = campaign.schedule.value(QLatin1String("tz")).toString();
    if (RecipientZone::isValidId(tz))
        return QTimeZone(tz.toUtf8());
    return QTimeZone::systemTimeZone();
}

bool SendWindowPlan::apply(QSqlDatabase db, qint64 runId, qint64 now, QString *error)
{
    const auto w = windowOfRun(db, runId, error);
    if (!w)
        return false;
    const auto &[window, fallback] = *w;
    if (window.isEmpty())
        return true;
    struct Row
    {
        qint64 id;
        QByteArray zone;
    };
    QList<Row> rows;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT r.id, r.phone, c.attributes FROM recipients r JOIN contacts c ON c.id = r.contact_id "
                             "WHERE r.run_id = ? AND r.state = 'planned' ORDER BY r.id"));
    q.addBindValue(runId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        const QJsonObject attributes = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        const RecipientZone::Resolved z = RecipientZone::resolve(q.value(1).toString(), attributes, fallback);
        rows.append({q.value(0).toLongLong(), z.zone.id()});
    }
    q.finish();
    QHash<QByteArray, SendWindow::Slot> slotByZone;
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE recipients SET zone = ?, not_before = ?, not_after = ? WHERE id = ?"));
    for (const Row &row : std::as_const(rows)) {
        auto it = slotByZone.find(row.zone);
        if (it == slotByZone.end())
            it = slotByZone.insert(row.zone, window.plan(QTimeZone(row.zone), now));
        update.addBindValue(QString::fromUtf8(row.zone));
        update.addBindValue(it->notBefore);
        update.addBindValue(notAfterValue(it->notAfter));
        update.addBindValue(row.id);
        if (!update.exec()) {
            *error = update.lastError().text();
            return false;
        }
    }
    return true;
}

Result<SendWindow> SendWindowPlan::windowOf(QSqlDatabase db, qint64 runId)
{
    QString error;
    const auto w = windowOfRun(db, runId, &error);
    if (!w)
        return ErrorMessage{error};
    return w->first;
}

Result<qint64> SendWindowPlan::roll(QSqlDatabase db, qint64 runId, qint64 now)
{
    QString error;
    const auto w = windowOfRun(db, runId, &error);
    if (!w)
        return ErrorMessage{error};
    const SendWindow &window = w->first;
    if (!window.hasQuietHours())
        return qint64(0);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, zone FROM recipients WHERE run_id = ? AND state = 'planned' "
                             "AND not_after IS NOT NULL AND not_after <= ?"));
    q.addBindValue(runId);
    q.addBindValue(now);
    if (!q.exec())
        return ErrorMessage{q.lastError().text()};
    QList<std::pair<qint64, QByteArray>> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toString().toUtf8()});
    q.finish();
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE recipients SET not_before = ?, not_after = ? WHERE id = ? AND state = 'planned'"));
    for (const auto &[id, zoneId] : std::as_const(rows)) {
        QTimeZone zone(zoneId);
        if (!zone.isValid())
            zone = w->second;
        const SendWindow::Slot slot = window.resume(zone, now);
        update.addBindValue(slot.notBefore);
        update.addBindValue(notAfterValue(slot.notAfter));
        update.addBindValue(id);
        if (!update.exec())
            return ErrorMessage{update.lastError().text()};
    }
    return qint64(rows.size());
}

SendWindowPlan::Waves::Waves(const SendWindow &window, const QTimeZone &campaignZone, qint64 now)
    : m_window(window)
    , m_campaignZone(campaignZone)
    , m_now(now)
{
}

void SendWindowPlan::Waves::add(const QString &phone, const QJsonObject &attributes)
{
    if (m_window.isEmpty()) {
        m_notBefore.append(m_now);
        return;
    }
    const QByteArray zone = RecipientZone::resolve(phone, attributes, m_campaignZone).zone.id();
    auto it = m_slotByZone.find(zone);
    if (it == m_slotByZone.end())
        it = m_slotByZone.insert(zone, m_window.plan(QTimeZone(zone), m_now).notBefore);
    m_notBefore.append(*it);
}

QList<SendWindowPlan::Wave> SendWindowPlan::Waves::hours() const
{
    QMap<qint64, qint64> byHour;
    for (qint64 t : m_notBefore)
        ++byHour[t - ((t % kHourMs) + kHourMs) % kHourMs];
    QList<Wave> waves;
    for (auto it = byHour.cbegin(); it != byHour.cend(); ++it)
        waves.append({it.key(), it.value()});
    return waves;
}

qint64 SendWindowPlan::Waves::lastSendAt(int rate) const
{
    if (m_notBefore.isEmpty())
        return 0;
    QList<qint64> sorted = m_notBefore;
    std::sort(sorted.begin(), sorted.end());
    const double gapMs = 1000.0 / std::max(1, rate);
    double t = 0;
    for (qint64 nb : std::as_const(sorted))
        t = std::max(t + gapMs, double(nb));
    return qint64(std::llround(t));
}
