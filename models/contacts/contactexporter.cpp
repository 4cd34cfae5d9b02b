#include "models/contacts/contactexporter.h"
#include "models/storage/sqldialect.h"

#include "models/contacts/contact.h"
#include "models/contacts/csvwriter.h"
#include "models/storage/workspace.h"

#include <QCollator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

// Columns: phone, name, opted_in (yes/no), opt_in_source, opt_in_at, opted_out (yes/no), opt_out_at,
// opt_out_reason, tags (", "), created_at, updated_at (ISO 8601 UTC with milliseconds), then one column per
// attribute key in use, sorted. ContactImporter maps every one of these names back (created_at and updated_at
// are ignored: the workspace sets them), so an export re-imports without loss.
namespace {

constexpr qint64 kProgressEvery = 5000;

QString isoTime(const QVariant &stored)
{
    const QDateTime t = fromStoredTime(stored);
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

} // namespace

qint64 ContactExporter::exportAll(Workspace &workspace, const QString &path, QString *error, const Progress &progress,
                                  char separator)
{
    QSqlDatabase db = workspace.database();
    QSqlQuery q(db);
    q.setForwardOnly(SqlDialect::forwardOnly(q));

    if (!q.exec(QStringLiteral("SELECT count(*) FROM contacts")) || !q.next()) {
        *error = tr("Cannot read the contacts: %1").arg(q.lastError().text());
        return -1;
    }
    const qint64 total = q.value(0).toLongLong();
    q.finish();

    if (!q.exec(QStringLiteral("SELECT DISTINCT j.key FROM contacts AS c, json_each(c.attributes) AS j"))) {
        *error = tr("Cannot read the contacts: %1").arg(q.lastError().text());
        return -1;
    }
    QStringList keys;
    while (q.next())
        keys.append(q.value(0).toString());
    q.finish();
    std::sort(keys.begin(), keys.end());

    CsvWriter writer;
    CsvWriter::Options options;
    options.separator = separator;
    if (!writer.open(path, options, error))
        return -1;
    QStringList header {QStringLiteral("phone"),      QStringLiteral("name"),          QStringLiteral("opted_in"),
                        QStringLiteral("opt_in_source"), QStringLiteral("opt_in_at"),  QStringLiteral("opted_out"),
                        QStringLiteral("opt_out_at"), QStringLiteral("opt_out_reason"), QStringLiteral("tags"),
                        QStringLiteral("created_at"), QStringLiteral("updated_at")};
    const qsizetype fixed = header.size();
    writer.writeRow(header + keys);

    // Tags are joined with a unit separator (it cannot occur in a tag typed by a person) and sorted here.
    if (!q.exec(QStringLiteral(
            "SELECT c.phone, c.name, c.opt_in_at, c.opt_in_source, c.opt_out_at, c.opt_out_reason, c.attributes, "
            "c.created_at, c.updated_at, "
            "(SELECT group_concat(t.name, '\x1f') FROM contact_tags AS ct JOIN tags AS t ON t.id = ct.tag_id "
            " WHERE ct.contact_id = c.id) "
            "FROM contacts AS c ORDER BY c.id"))) {
        *error = tr("Cannot read the contacts: %1").arg(q.lastError().text());
        return -1;
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    qint64 written = 0;
    QStringList cells;
    while (q.next()) {
        const bool optedOut = !q.value(4).isNull();
        const bool optedIn = !q.value(2).isNull() && !optedOut;
        QStringList tags = q.value(9).toString().split(QChar(31), Qt::SkipEmptyParts);
        std::sort(tags.begin(), tags.end(), collator);
        cells = {q.value(0).toString(), q.value(1).toString(),  yesNo(optedIn),
                 q.value(3).toString(), isoTime(q.value(2)),    yesNo(optedOut),
                 isoTime(q.value(4)),   q.value(5).toString(),  tags.join(QStringLiteral(", ")),
                 isoTime(q.value(7)),   isoTime(q.value(8))};
        cells.resize(fixed + keys.size());
        const QJsonObject attributes = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        for (auto it = attributes.constBegin(); it != attributes.constEnd(); ++it) {
            const qsizetype column = keys.indexOf(it.key());
            if (column >= 0)
                cells[fixed + column] = it.value().isString() ? it.value().toString()
                                                               : it.value().toVariant().toString();
        }
        writer.writeRow(cells);
        ++written;
        if (progress && written % kProgressEvery == 0 && !progress(written, total)) {
            QString ignored;
            writer.close(&ignored);
            *error = tr("The export was cancelled; %1 is incomplete.").arg(path);
            return -1;
        }
    }
    if (q.lastError().isValid()) {
        *error = tr("Cannot read the contacts: %1").arg(q.lastError().text());
        return -1;
    }
    if (!writer.close(error))
        return -1;
    if (progress)
        progress(written, total);
    return written;
}
