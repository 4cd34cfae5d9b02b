#include "engine/send/sendoptions.h"

#include "models/accounts/account.h"
#include "models/core/clock.h"

#include <QDateTime>
#include <algorithm>

int SendOptions::effectiveRate(const Account &account) const
{
    return rate > 0 ? std::clamp(rate, 1, kMaxRate) : account.sendRate();
}

int SendOptions::windowFor(double rate) const
{
    return std::min(std::max(window, int(rate * kWindowMs / 1000)), std::max(window, maxInFlight));
}

qint64 SendOptions::now() const
{
    return clock ? clock() : Clock::nowMs();
}
