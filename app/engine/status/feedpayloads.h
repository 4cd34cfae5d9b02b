#pragma once

#include <QByteArray>
#include <QList>

// The relay feed (docs/relay.md) splices each stored payload into the page verbatim; parsing the page with
// QJsonDocument would lose those bytes (numbers, key order, escapes and spacing are re-serialised). This finds
// each event's "payload" value in the page text as it was sent, so the desktop keeps what Meta posted byte for
// byte. One entry per element of "events", in order (empty when an event has no payload member); an empty list
// when the page is not the expected shape. Call it only on a page QJsonDocument has accepted.
namespace FeedPayloads {
QList<QByteArray> rawPayloads(const QByteArray &page);
}
