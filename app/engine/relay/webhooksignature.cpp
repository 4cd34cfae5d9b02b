#include "engine/relay/webhooksignature.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace WebhookSignature {

namespace {

constexpr QByteArrayView kPrefix("sha256=");
constexpr qsizetype kDigestBytes = 32;

QByteArray hmac(QByteArrayView key, QByteArrayView body)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, key.toByteArray());
    mac.addData(body.data(), body.size());
    return mac.result();
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Strict hex decoding (QByteArray::fromHex skips invalid characters, which would accept garbage).
bool decodeHex(QByteArrayView hex, QByteArray *out)
{
    if (hex.size() % 2 != 0)
        return false;
    out->resize(hex.size() / 2);
    for (qsizetype i = 0; i < out->size(); ++i) {
        const int hi = hexValue(hex.at(2 * i));
        const int lo = hexValue(hex.at(2 * i + 1));
        if (hi < 0 || lo < 0)
            return false;
        (*out)[i] = static_cast<char>((hi << 4) | lo);
    }
    return true;
}

} // namespace

QByteArray sign(QByteArrayView appSecret, QByteArrayView body)
{
    QByteArray signature = kPrefix.toByteArray();
    signature.append(hmac(appSecret, body).toHex());
    return signature;
}

bool verify(QByteArrayView appSecret, QByteArrayView body, QByteArrayView header)
{
    header = header.trimmed();
    if (!header.startsWith(kPrefix))
        return false;
    QByteArray presented;
    if (!decodeHex(header.sliced(kPrefix.size()), &presented) || presented.size() != kDigestBytes)
        return false;
    return constantTimeEquals(hmac(appSecret, body), presented);
}

QByteArray signBase64(QByteArrayView secret, QByteArrayView body)
{
    return hmac(secret, body).toBase64();
}

bool verifyBase64(QByteArrayView secret, QByteArrayView body, QByteArrayView header)
{
    header = header.trimmed();
    if (header.isEmpty())
        return false;
    const auto decoded
        = QByteArray::fromBase64Encoding(header.toByteArray(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != kDigestBytes)
        return false;
    return constantTimeEquals(hmac(secret, body), decoded.decoded);
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    // volatile keeps the compiler from turning the loop into an early-exit comparison.
    volatile unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff = diff | static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

bool tokenEquals(QByteArrayView expected, QByteArrayView presented)
{
    if (expected.isEmpty())
        return false; // an unset token never matches, not even an empty one
    const QByteArray a = QCryptographicHash::hash(expected, QCryptographicHash::Sha256);
    const QByteArray b = QCryptographicHash::hash(presented, QCryptographicHash::Sha256);
    return constantTimeEquals(a, b);
}

} // namespace WebhookSignature
