// One number's history (ContactHistory::load, the contact history window) among many other recipients with
// statuses: the lookup stays indexed. Moved here from tst_contacthistory (issue 12 §8: no timing bounds in tests).
// Usage: bench_contacthistory [ROWS]   (default 20,000 other recipients). Prints figures; asserts nothing.
#include "benchsql.h"
#include "models/contacts/contacthistory.h"
#include "models/storage/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

constexpr double kReferenceMs = 200; // the bound tst_contacthistory used to assert for 20,000 rows

using BenchSql::exec;
using BenchSql::out;

// `rows` recipients of other numbers, each with a delivered status event, plus one recipient of `phone`.
bool build(QSqlDatabase db, qint64 rows, const QString &phone)
{
    const QString series = QStringLiteral("WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < %1) ")
                               .arg(rows);
    return db.transaction()
        && exec(db, QStringLiteral("INSERT INTO campaigns (name, account_id, template_name, language, created_at, "
                                   "updated_at) VALUES ('Bench history', 1, 'offer', 'en', 0, 0)"))
        && exec(db, QStringLiteral("INSERT INTO campaign_runs (campaign_id, status, planned_at, updated_at) "
                                   "VALUES (last_insert_rowid(), 'running', 0, 0)"))
        && exec(db, series + QStringLiteral("INSERT INTO recipients (run_id, phone, state, wamid, updated_at) "
                                            "SELECT 1, '+9198765' || printf('%05d', i), 'delivered', 'wamid.N' || i, 0 "
                                            "FROM s"))
        && exec(db, QStringLiteral("INSERT INTO recipient_statuses (recipient_id, status, event_at) "
                                   "SELECT id, 'delivered', 1 FROM recipients"))
        && exec(db, QStringLiteral("INSERT INTO recipients (run_id, phone, state, wamid, attempts, accepted_at, sent_at, "
                                   "updated_at) VALUES (1, '%1', 'delivered', 'wamid.ME', 1, 1000, 1000, 0)")
                        .arg(phone))
        && exec(db, QStringLiteral("INSERT INTO recipient_statuses (recipient_id, status, event_at) "
                                   "SELECT id, 'delivered', 2 FROM recipients WHERE wamid = 'wamid.ME'"))
        && db.commit();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 20'000;
    const QString phone = QStringLiteral("+14155550123");
    QTemporaryDir dir;
    Workspace ws;
    QString error;
    if (!ws.open(dir.filePath(QStringLiteral("bench.herald")), &error)) {
        out() << "cannot open workspace: " << error << Qt::endl;
        return 1;
    }
    if (!build(ws.database(), rows, phone))
        return 1;
    QList<double> ms;
    for (int round = 0; round < 7; ++round) {
        QElapsedTimer timer;
        timer.start();
        const auto h = ContactHistory::load(ws.database(), phone, &error);
        ms.append(timer.nsecsElapsed() / 1e6);
        if (!h || h->messages.size() != 1) {
            out() << "history failed: " << (h ? QStringLiteral("%1 messages").arg(h->messages.size()) : error) << Qt::endl;
            return 1;
        }
    }
    std::sort(ms.begin(), ms.end());
    out() << "contact history of one number among " << rows << " recipients: median " << ms.at(ms.size() / 2)
          << " ms, worst " << ms.last() << " ms (reference <= " << kReferenceMs << " ms)" << Qt::endl;
    return 0;
}
