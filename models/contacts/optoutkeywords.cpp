#include "models/contacts/optoutkeywords.h"

#include <QSet>
#include <QStringList>

namespace {

// Written naturally; normalize() is applied to each when the set is built.
const char *const kKeywords[] = {
    // English
    "stop", "stop all", "stopall", "stop promotions", "stop promotion", "stop marketing", "stop messages",
    "unsubscribe", "unsub", "opt out", "optout", "opt-out", "cancel", "end", "quit", "revoke", "remove me",
    "no more", "no more messages",
    // Hindi (and the Latin transliterations people type)
    "रुको", "रोको", "बंद", "बंद करो", "बंद करें", "बंद कीजिए", "अनसब्सक्राइब", "सदस्यता रद्द करें",
    "मैसेज बंद करो", "प्रचार बंद करें", "मत भेजो", "band karo", "band karein", "ruko",
    // Portuguese
    "parar", "pare", "sair", "cancelar", "descadastrar", "descadastre", "remover", "parar promoções",
    "não quero mais", "nao quero mais",
    // Spanish
    "baja", "alto", "detener", "darme de baja", "dar de baja", "darse de baja", "cancelar suscripción",
    "no más", "no mas", "detener promociones", "parar promociones",
    // Indonesian
    "berhenti", "berhenti langganan", "henti", "stop langganan", "batal", "batalkan", "berhenti promosi",
    "jangan kirim lagi",
};

const QSet<QString> &keywords()
{
    static const QSet<QString> set = [] {
        QSet<QString> s;
        for (const char *k : kKeywords)
            s.insert(OptOutKeywords::normalize(QString::fromUtf8(k)));
        return s;
    }();
    return set;
}

} // namespace

namespace OptOutKeywords {

QString normalize(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar ch : decomposed) {
        if (ch.category() == QChar::Mark_NonSpacing)
            continue; // accents (and some Devanagari vowel signs: both sides are reduced the same way)
        if (ch.isLetterOrNumber() || ch.isMark())
            out += ch;
        else
            out += QLatin1Char(' ');
    }
    return out.toCaseFolded().simplified();
}

bool isOptOutText(const QString &text)
{
    if (text.size() > 64)
        return false; // no keyword is that long; spares normalising long messages
    const QString n = normalize(text);
    return !n.isEmpty() && keywords().contains(n);
}

bool isOptOutPayload(const QString &payload)
{
    if (payload.trimmed().startsWith(QLatin1String(kOptOutPayloadPrefix), Qt::CaseInsensitive))
        return true;
    return isOptOutText(payload);
}

} // namespace OptOutKeywords
