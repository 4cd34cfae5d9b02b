#include "sendtypes.h"
#include "clock.h"

#include "account.h"

#include <QDateTime>
#include <algorithm>

int SendOptions::effectiveRate(const Account &account) const
{
    const int r = rate > 0 ? rate : (account.maxRate > 0 ? account.maxRate : 80);
    return std::clamp(r, 1, kMaxRate);
}

qint64 SendOptions::now() const
{
    return clock ? clock() : Clock::nowMs();
}
