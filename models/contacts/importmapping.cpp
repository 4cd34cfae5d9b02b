#include "models/contacts/importmapping.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

namespace {

QString normalizedHeader(const QString &name)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name) {
        if (c.isSpace() || c == u'_' || c == u'-' || c == u'.')
            continue;
        out.append(c.toLower());
    }
    return out;
}

ColumnRole::Kind kindForHeader(const QString &header)
{
    using K = ColumnRole::Kind;
    static const QHash<QString, K> aliases = [] {
        QHash<QString, K> h;
        for (const char *a : {"phone", "phonenumber", "phoneno", "mobile", "mobilenumber", "mobileno", "mobilephone",
                              "whatsapp", "whatsappnumber", "whatsappno", "number", "msisdn", "cell", "cellphone",
                              "cellnumber", "telephone", "telephonenumber", "tel", "contact", "contactnumber"})
            h.insert(QLatin1String(a), K::Phone);
        for (const char *a : {"name", "fullname", "contactname", "displayname"})
            h.insert(QLatin1String(a), K::Name);
        for (const char *a : {"firstname", "givenname", "forename"})
            h.insert(QLatin1String(a), K::FirstName);
        for (const char *a : {"lastname", "surname", "familyname"})
            h.insert(QLatin1String(a), K::LastName);
        for (const char *a : {"optedin", "optin", "consent", "whatsappoptin"})
            h.insert(QLatin1String(a), K::OptedIn);
        for (const char *a : {"optinsource", "consentsource"})
            h.insert(QLatin1String(a), K::OptInSource);
        for (const char *a : {"tags", "tag", "labels", "label"})
            h.insert(QLatin1String(a), K::Tags);
        for (const char *a : {"optinat", "optedinat"})
            h.insert(QLatin1String(a), K::OptInAt);
        for (const char *a : {"optedout", "optout"})
            h.insert(QLatin1String(a), K::OptedOut);
        for (const char *a : {"optoutat", "optedoutat"})
            h.insert(QLatin1String(a), K::OptOutAt);
        h.insert(QStringLiteral("optoutreason"), K::OptOutReason);
        // Bookkeeping columns of our own export: the workspace sets them.
        h.insert(QStringLiteral("createdat"), K::Ignore);
        h.insert(QStringLiteral("updatedat"), K::Ignore);
        return h;
    }();
    return aliases.value(normalizedHeader(header), K::Attribute);
}

QString attributeKey(const QStringList &header, qsizetype column)
{
    const QString name = column < header.size() ? header[column].trimmed() : QString();
    return name.isEmpty() ? QStringLiteral("column_%1").arg(column + 1) : name;
}

} // namespace

namespace ImportMapping {

QList<ColumnRole> suggest(const QStringList &header)
{
    using K = ColumnRole::Kind;
    QList<ColumnRole> roles;
    QSet<K> taken;
    for (qsizetype i = 0; i < header.size(); ++i) {
        K kind = kindForHeader(header[i]);
        // The first column of a kind gets the role; a second "mobile" or "tags" column is kept as an attribute.
        if (kind != K::Attribute && kind != K::Ignore && taken.contains(kind))
            kind = K::Attribute;
        taken.insert(kind);
        roles.append({kind, kind == K::Attribute ? attributeKey(header, i) : QString()});
    }
    if (taken.contains(K::Name)) {
        for (qsizetype i = 0; i < roles.size(); ++i) {
            if (roles[i].kind == K::FirstName || roles[i].kind == K::LastName)
                roles[i] = {K::Attribute, attributeKey(header, i)};
        }
    }
    return roles;
}

QList<ColumnRole> complete(const QStringList &header, const QList<ColumnRole> &given)
{
    QList<ColumnRole> roles = given.isEmpty() ? suggest(header) : given;
    while (roles.size() < header.size())
        roles.append({ColumnRole::Kind::Attribute, {}});
    for (qsizetype i = 0; i < roles.size(); ++i) {
        if (roles[i].kind == ColumnRole::Kind::Attribute && roles[i].attribute.isEmpty())
            roles[i].attribute = attributeKey(header, i);
    }
    // With a name column, first and last names are kept as attributes.
    const bool hasName = std::any_of(roles.cbegin(), roles.cend(),
                                     [](const ColumnRole &r) { return r.kind == ColumnRole::Kind::Name; });
    for (qsizetype i = 0; i < roles.size(); ++i) {
        if (hasName && (roles[i].kind == ColumnRole::Kind::FirstName || roles[i].kind == ColumnRole::Kind::LastName))
            roles[i] = {ColumnRole::Kind::Attribute, attributeKey(header, i)};
    }
    return roles;
}

std::optional<bool> parseYesNo(QByteArrayView raw)
{
    const QString v = QString::fromUtf8(raw).trimmed().toLower();
    static const QSet<QString> yes = {QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("true"),
                                      QStringLiteral("1"), QStringLiteral("x"), QStringLiteral("opted in"),
                                      QStringLiteral("opted-in"), QStringLiteral("si"), QStringLiteral("s\u00ed"),
                                      QStringLiteral("ja"), QStringLiteral("oui")};
    // The negatives of the languages accepted for yes (a file that says "ja" says "nein").
    static const QSet<QString> no = {QStringLiteral("no"),   QStringLiteral("n"),   QStringLiteral("false"),
                                     QStringLiteral("0"),    QString(),             QStringLiteral("nein"),
                                     QStringLiteral("non"),  QStringLiteral("n\u00e3o"), QStringLiteral("nao")};
    if (yes.contains(v))
        return true;
    if (no.contains(v))
        return false;
    return std::nullopt;
}

std::optional<qint64> parseTime(QByteArrayView raw)
{
    const QString v = QString::fromUtf8(raw);
    QDateTime t = QDateTime::fromString(v, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v, Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    return t.toMSecsSinceEpoch();
}

QByteArrayView unneutralized(QByteArrayView v)
{
    if (v.size() >= 2 && v[0] == '\'' && QByteArrayView("=+-@\t\r").contains(v[1]))
        return v.sliced(1);
    return v;
}

QByteArray tagKey(QByteArrayView tag)
{
    QByteArray k = tag.toByteArray();
    for (char &c : k) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    return k;
}

void appendJsonString(QByteArray &out, QByteArrayView utf8)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    qsizetype plain = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = uchar(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(utf8.data() + plain, i - plain);
        plain = i + 1;
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            out.append("\\u00");
            out.append(hex[c >> 4]);
            out.append(hex[c & 0xF]);
        }
    }
    out.append(utf8.data() + plain, utf8.size() - plain);
    out.append('"');
}

} // namespace ImportMapping
