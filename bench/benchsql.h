#pragma once
// What the SQL-only benchmarks share: their output stream and a statement that says why it failed.

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

namespace BenchSql {

inline QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

inline bool exec(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        out() << "SQL failed: " << q.lastError().text() << "\n" << sql << Qt::endl;
        return false;
    }
    return true;
}

} // namespace BenchSql
