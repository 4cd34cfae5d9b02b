#include "models/core/eventtime.h"

#include <QDateTime>
#include <QJsonValue>
#include <cmath>

namespace {
constexpr qint64 kYear3000Ms = 32503680000000LL;
}

std::optional<qint64> EventTime::parse(const QJsonValue &value)
{
    qint64 ms = -1;
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (!std::isfinite(d) || d != std::floor(d) || d < 0 || d > double(kYear3000Ms))
            return std::nullopt;
        ms = static_cast<qint64>(d);
    } else if (value.isString()) {
        QDateTime t = QDateTime::fromString(value.toString().trimmed(), Qt::ISODateWithMs);
        if (!t.isValid())
            return std::nullopt;
        if (t.timeSpec() == Qt::LocalTime)
            t.setTimeSpec(Qt::UTC);
        ms = t.toMSecsSinceEpoch();
    }
    if (ms < 0 || ms > kYear3000Ms)
        return std::nullopt;
    return ms;
}
