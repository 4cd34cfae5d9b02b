#include "engine/status/feedpayloads.h"

namespace {

// A scanner over valid JSON text that skips values without building them.
class Scanner
{
public:
    explicit Scanner(const QByteArray &text)
        : m_p(text.constData())
        , m_end(text.constData() + text.size())
    { }

    const char *position() const { return m_p; }
    bool atEnd() const { return m_p >= m_end; }
    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }
    bool consume(char c)
    {
        skipSpace();
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    // A string's raw contents between its quotes (escapes left as they are).
    bool string(QByteArray *raw)
    {
        skipSpace();
        if (m_p >= m_end || *m_p != '"')
            return false;
        const char *start = ++m_p;
        while (m_p < m_end && *m_p != '"')
            m_p += *m_p == '\\' ? 2 : 1;
        if (m_p >= m_end)
            return false;
        if (raw)
            *raw = QByteArray(start, m_p - start);
        ++m_p;
        return true;
    }
    bool skipValue()
    {
        skipSpace();
        if (m_p >= m_end)
            return false;
        if (*m_p == '"')
            return string(nullptr);
        if (*m_p == '{' || *m_p == '[') {
            const char close = *m_p == '{' ? '}' : ']';
            const bool object = *m_p == '{';
            ++m_p;
            if (consume(close))
                return true;
            do {
                if (object && (!string(nullptr) || !consume(':')))
                    return false;
                if (!skipValue())
                    return false;
            } while (consume(','));
            return consume(close);
        }
        while (m_p < m_end && *m_p != ',' && *m_p != '}' && *m_p != ']' && *m_p != ' ' && *m_p != '\n' && *m_p != '\r'
            && *m_p != '\t')
            ++m_p;
        return true;
    }

private:
    const char *m_p;
    const char *m_end;
};

// One element of "events": the raw text of its "payload" member, surrounding spaces included (the relay writes
// the stored body between ':' and the next ',' or '}').
bool eventPayload(Scanner &s, QByteArray *payload)
{
    if (!s.consume('{'))
        return false;
    if (s.consume('}'))
        return true;
    do {
        QByteArray key;
        if (!s.string(&key) || !s.consume(':'))
            return false;
        const char *start = s.position();
        if (!s.skipValue())
            return false;
        s.skipSpace(); // the delimiter comes next: the payload's trailing spaces belong to it
        if (key == "payload")
            *payload = QByteArray(start, s.position() - start);
    } while (s.consume(','));
    return s.consume('}');
}

} // namespace

QList<QByteArray> FeedPayloads::rawPayloads(const QByteArray &page)
{
    Scanner s(page);
    if (!s.consume('{'))
        return {};
    do {
        QByteArray key;
        if (!s.string(&key) || !s.consume(':'))
            return {};
        if (key != "events") {
            if (!s.skipValue())
                return {};
            continue;
        }
        QList<QByteArray> payloads;
        if (!s.consume('['))
            return {};
        if (s.consume(']'))
            return payloads;
        do {
            QByteArray payload;
            if (!eventPayload(s, &payload))
                return {};
            payloads.append(payload);
        } while (s.consume(','));
        return s.consume(']') ? payloads : QList<QByteArray> {};
    } while (s.consume(','));
    return {};
}
