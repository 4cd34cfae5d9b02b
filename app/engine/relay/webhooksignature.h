#pragma once

#include <QByteArray>
#include <QByteArrayView>

// Meta's webhook signature (X-Hub-Signature-256, reference whatsapp-api.md §2.2) and the constant-time
// comparisons herald-relay uses for it and for its bearer tokens. Shared so the sandbox can sign the
// webhooks it simulates with exactly the code the relay checks them with.
namespace WebhookSignature {

// "sha256=<64 lower-case hex digits>": HMAC-SHA256 of the raw body keyed with the app secret.
QByteArray sign(QByteArrayView appSecret, QByteArrayView body);

// True when header is "sha256=<hex>" (hex in either case) and the digest equals the HMAC-SHA256 of the raw
// body. The digests are compared in constant time; a malformed or missing header is simply false.
bool verify(QByteArrayView appSecret, QByteArrayView body, QByteArrayView header);

// Shopify's X-Shopify-Hmac-Sha256 and WooCommerce's X-WC-Webhook-Signature: the HMAC-SHA256 of the raw body
// keyed with the shop's secret, base64-encoded (no prefix).
QByteArray signBase64(QByteArrayView secret, QByteArrayView body);
// True when header is the base64 (standard alphabet, padded) of the HMAC-SHA256 of the raw body; compared in
// constant time. A missing, malformed or wrong-length header is simply false.
bool verifyBase64(QByteArrayView secret, QByteArrayView body, QByteArrayView header);

// Compares two byte strings of the same length without an early exit; different lengths are false.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

// Compares a presented secret (a bearer or verify token) with the expected one in constant time whatever
// their lengths: both are hashed to SHA-256 first, so neither content nor length leaks through timing.
bool tokenEquals(QByteArrayView expected, QByteArrayView presented);

} // namespace WebhookSignature
