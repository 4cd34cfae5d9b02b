#pragma once

#include "models/contacts/contactimporter.h"

#include <QByteArray>
#include <QByteArrayView>
#include <optional>

// What the importer makes of a CSV file's header and of single cell values. Used by ContactImporter (mapping)
// and ImportReader (values); no I/O and no database.
namespace ImportMapping {

// Roles suggested from the header names (ContactImporter::suggestMapping).
QList<ColumnRole> suggest(const QStringList &header);
// `given` (or the suggestion when empty) made complete for the header: one role per column, every attribute
// named, first and last name kept as attributes when a name column exists.
QList<ColumnRole> complete(const QStringList &header, const QList<ColumnRole> &given);

// yes/no in the languages Herald's users write; nullopt when the value is neither.
std::optional<bool> parseYesNo(QByteArrayView raw);
// An ISO 8601 date-time as UTC milliseconds since the epoch.
std::optional<qint64> parseTime(QByteArrayView raw);
// Undoes CsvWriter::neutralize(), so our own exports re-import unchanged: "'=1+2" was "=1+2".
QByteArrayView unneutralized(QByteArrayView v);
// Tags compare the way the tags table does (COLLATE NOCASE: ASCII letters only).
QByteArray tagKey(QByteArrayView tag);
// Appends `utf8` as a JSON string literal.
void appendJsonString(QByteArray &out, QByteArrayView utf8);

} // namespace ImportMapping
