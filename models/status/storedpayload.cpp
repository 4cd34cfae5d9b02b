#include "models/status/storedpayload.h"

namespace StoredPayload {

Stored encode(const QByteArray &raw)
{
    if (raw.size() < kCompressFrom)
        return {raw, Encoding::Raw};
    // Level 1: most of the gain for JSON at a fraction of the default level's time (qCompress's own format: the
    // size as 4 bytes big-endian, then the zlib stream).
    QByteArray packed = qCompress(raw, 1);
    if (packed.size() >= raw.size())
        return {raw, Encoding::Raw};
    return {std::move(packed), Encoding::Zlib};
}

QByteArray decode(const QByteArray &body, int encoding)
{
    if (encoding == int(Encoding::Zlib))
        return qUncompress(body);
    return body;
}

} // namespace StoredPayload
