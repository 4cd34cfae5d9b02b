#include "models/storage/workspacelocation.h"

#include <QUrl>
#include <QUrlQuery>

bool WorkspaceLocation::isDatabaseUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<WorkspaceLocation> WorkspaceLocation::parse(const QString &text)
{
    const QString example = QStringLiteral("postgresql://USER@HOST[:PORT]/DBNAME[?sslmode=verify-full]");
    if (!isDatabaseUrl(text))
        return ErrorMessage{tr("“%1” is not a PostgreSQL workspace URL. Write it as %2.").arg(text, example)};
    // user:PASSWORD@host (an empty password too): the authority's user part holds a ':'. Checked on the text before
    // anything else, so no message ever repeats it.
    const QString authority = text.section(QLatin1String("//"), 1).section(QLatin1Char('/'), 0, 0);
    const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
    if (at > 0 && authority.left(at).contains(QLatin1Char(':'))) {
        return ErrorMessage{
            tr("The workspace URL contains a password, and Herald never keeps a password in a URL (it would be stored, "
               "logged and shown in process lists). Remove “:PASSWORD” from the URL and either store the password in "
               "the keychain with: herald-cli workspace login URL (it reads the password from standard input), put it "
               "in ~/.pgpass (or the file PGPASSFILE names), or set PGPASSWORD for a script.")};
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return ErrorMessage{tr("The workspace URL is not valid (check the host, the port number and any %-escapes). "
                               "Write it as %1.").arg(example)};
    WorkspaceLocation l;
    l.m_user = url.userName();
    l.m_host = url.host();
    l.m_port = url.port(-1);
    l.m_database = url.path().mid(1);
    if (l.m_host.isEmpty())
        return ErrorMessage{tr("The workspace URL names no server. Write it as %1.").arg(example)};
    if (l.m_database.isEmpty() || l.m_database.contains(QLatin1Char('/')))
        return ErrorMessage{tr("The workspace URL names no database (the part after the last “/”). Write it as %1.")
                                .arg(example)};
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key.compare(QLatin1String("password"), Qt::CaseInsensitive) == 0) {
            return ErrorMessage{tr("The workspace URL contains a password (password=…), and Herald never keeps a "
                                   "password in a URL. Remove it and use herald-cli workspace login, ~/.pgpass or "
                                   "PGPASSWORD instead.")};
        }
        if (key.isEmpty() || value.contains(QLatin1Char(';')))
            return ErrorMessage{tr("The workspace URL's option “%1” cannot be used. Options are libpq keywords such as "
                                   "sslmode=verify-full.").arg(key)};
        l.m_options.append({key, value});
    }
    return l;
}

QString WorkspaceLocation::connectOptions() const
{
    QStringList parts;
    for (const auto &[key, value] : m_options)
        parts.append(key + QLatin1Char('=') + value);
    return parts.join(QLatin1Char(';'));
}

QString WorkspaceLocation::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user);
    url.setHost(m_host);
    url.setPort(m_port);
    url.setPath(QLatin1Char('/') + m_database);
    if (!m_options.isEmpty()) {
        QUrlQuery query;
        for (const auto &[key, value] : m_options)
            query.addQueryItem(key, value);
        url.setQuery(query);
    }
    return url.toString();
}
