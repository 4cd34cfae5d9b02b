#pragma once

#include <QtGlobal>
#include <optional>

class QJsonValue;

// When a business event happened, as the relay and the CLI accept it (docs/relay.md). It lives below the domain
// so the relay, which stores events but knows nothing of contacts or phone numbers, can check it.
namespace EventTime {
// A whole number of epoch milliseconds, or ISO 8601 text (with Z or an offset; without one it is read as UTC).
// nullopt when it is neither, or outside 1970..3000.
std::optional<qint64> parse(const QJsonValue &value);
}
