#pragma once

#include <QByteArray>

// How webhook_payloads keeps a payload's bytes (body, body_encoding; migration 13). A payload of a few statuses is
// kept as received; a large one (Meta batches up to 1,000 statuses in one webhook, 80 MB for 300,000 statuses) is kept
// zlib-compressed, about a twentieth of the size, so the status feed writes (and checkpoints) far fewer pages. The
// bytes read back are always exactly the ones received. The one place that encodes and decodes them.
namespace StoredPayload {

enum class Encoding { Raw = 0, Zlib = 1 };   // the values stored in body_encoding

// Payloads from this size on are compressed.
constexpr qsizetype kCompressFrom = 4096;

struct Stored
{
    QByteArray body;
    Encoding encoding = Encoding::Raw;
};

Stored encode(const QByteArray &raw);
// The bytes as received; empty when a compressed body is damaged.
QByteArray decode(const QByteArray &body, int encoding);

} // namespace StoredPayload
