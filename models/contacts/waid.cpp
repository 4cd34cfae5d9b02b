#include "models/contacts/waid.h"

namespace {

bool allDigits(const QString &s)
{
    for (const QChar c : s) {
        if (!c.isDigit())
            return false;
    }
    return !s.isEmpty();
}

// 55 AA N NNN NNNN with a non-zero area code: the 12-digit form of a Brazilian mobile (local part 6–9…).
bool isBrazilianEightDigitMobile(const QString &d)
{
    return d.size() == 12 && d.startsWith(QLatin1String("55")) && d.at(2) != QLatin1Char('0')
        && d.at(4) >= QLatin1Char('6') && d.at(4) <= QLatin1Char('9');
}

} // namespace

namespace WaId {

QString digits(const QString &idOrPhone)
{
    QString out;
    out.reserve(idOrPhone.size());
    for (const QChar c : idOrPhone) {
        if (c.isDigit())
            out += c;
    }
    return out;
}

QString e164(const QString &idOrPhone)
{
    const QString d = digits(idOrPhone);
    return d.isEmpty() ? QString() : QLatin1Char('+') + d;
}

bool isBrazilianNinthDigitMobile(const QString &d)
{
    return d.size() == 13 && d.startsWith(QLatin1String("55")) && d.at(2) != QLatin1Char('0')
        && d.at(4) == QLatin1Char('9') && d.at(5) >= QLatin1Char('6') && allDigits(d);
}

QString twin(const QString &idOrPhone)
{
    const QString d = digits(idOrPhone);
    if (isBrazilianNinthDigitMobile(d))
        return QLatin1Char('+') + d.left(4) + d.mid(5);
    if (isBrazilianEightDigitMobile(d))
        return QLatin1Char('+') + d.left(4) + QLatin1Char('9') + d.mid(4);
    if (d.size() == 13 && d.startsWith(QLatin1String("521")))
        return QStringLiteral("+52") + d.mid(3);
    if (d.size() == 12 && d.startsWith(QLatin1String("52")))
        return QStringLiteral("+521") + d.mid(2);
    return {};
}

bool matches(const QString &waId, const QString &phone)
{
    const QString id = e164(waId);
    if (id.isEmpty())
        return false;
    return id == phone || twin(id) == phone;
}

QString asMetaWould(const QString &dialledDigits, bool dropNinthDigit)
{
    const QString &d = dialledDigits;
    if (d.size() == 12 && d.startsWith(QLatin1String("52")))
        return QStringLiteral("521") + d.mid(2);
    if (dropNinthDigit && isBrazilianNinthDigitMobile(d))
        return d.left(4) + d.mid(5);
    return d;
}

} // namespace WaId
