#pragma once

#include <QCoreApplication>
#include <QString>

// Values quoted in error messages (a CSV cell, a header, a line of JSON, a template's text) are cut to a readable
// length here, so a 10 MB line never comes back in an error, a log or a dialog. Every error that quotes a value
// the user supplied goes through quote() or elide().
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    static constexpr int kMaxQuoted = 80;   // characters of a value shown in an error

    // `value` itself when it has at most `max` characters; otherwise its start and end around "…" and its length:
    // "abcdef…uvwxyz (10,485,760 characters)".
    static QString elide(const QString &value, int max = kMaxQuoted);
    // elide() between typographic quotes: “value”.
    static QString quote(const QString &value, int max = kMaxQuoted);
};
