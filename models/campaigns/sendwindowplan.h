#pragma once

#include "models/campaigns/sendwindow.h"
#include "models/core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QTimeZone>

struct Campaign;

// Where a campaign's send window (SendWindow) meets its recipients: the one owner of recipients.zone, not_before and
// not_after. Planning gives each recipient its zone (RecipientZone) and slot; the sender claims only rows whose slot
// is open (RecipientLedger's claim: not_before <= now < not_after) and rolls rows whose slot closed unsent (quiet
// hours began) to the end of those quiet hours; pre-flight shows the waves.
class SendWindowPlan
{
    Q_DECLARE_TR_FUNCTIONS(SendWindowPlan)

public:
    // The campaign's own zone, for recipients whose zone nothing else tells: its schedule's zone, else this computer's.
    static QTimeZone campaignZone(const Campaign &campaign);

    // Gives every planned recipient of `runId` its zone and slot from its campaign's window, planned at `now`. Nothing
    // happens for a campaign without a window. Runs inside the planner's transaction.
    static bool apply(QSqlDatabase db, qint64 runId, qint64 now, QString *error);
    // The window of the run's campaign (the sender: rolls closed slots with quiet hours, ends "waiting_window" with one).
    static Result<SendWindow> windowOf(QSqlDatabase db, qint64 runId);
    // Planned rows whose slot closed at or before `now` get the next one (SendWindow::resume). Returns how many.
    static Result<qint64> roll(QSqlDatabase db, qint64 runId, qint64 now);

    struct Wave
    {
        qint64 hourUtc = 0;   // UTC ms of the hour's start
        qint64 recipients = 0;
    };
    // The pre-flight's view: recipients per UTC hour of their not-before time, and when the last send happens at
    // `rate` per second (sends in not-before order; the daily limit aside).
    class Waves
    {
    public:
        Waves(const SendWindow &window, const QTimeZone &campaignZone, qint64 now);
        void add(const QString &phone, const QJsonObject &attributes);
        QList<Wave> hours() const;
        qint64 lastSendAt(int rate) const;   // UTC ms; 0 when nobody was added

    private:
        SendWindow m_window;
        QTimeZone m_campaignZone;
        qint64 m_now;
        QHash<QByteArray, qint64> m_slotByZone;
        QList<qint64> m_notBefore;
    };
};
