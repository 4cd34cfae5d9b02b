#include "models/campaigns/exportfilename.h"

#include "models/campaigns/campaign.h"
#include "models/ledger/ledger.h"

#include <QRegularExpression>

QString ExportFileName::sanitize(const QString &name, int maxLength)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name) {
        const bool forbidden = c.unicode() < 0x20 || c.unicode() == 0x7f || QStringView(u"/\\:*?\"<>|").contains(c);
        out.append(c.isSpace() ? QLatin1Char(' ') : forbidden ? QLatin1Char('-') : c);
    }
    static const QRegularExpression spaces(QStringLiteral(" {2,}"));
    out.replace(spaces, QStringLiteral(" "));
    const auto trimEnds = [](QString &s) {
        while (!s.isEmpty() && (s.front() == QLatin1Char(' ') || s.front() == QLatin1Char('.')))
            s.remove(0, 1);
        while (!s.isEmpty() && (s.back() == QLatin1Char(' ') || s.back() == QLatin1Char('.')))
            s.chop(1);
    };
    trimEnds(out);
    if (out.size() > maxLength) {
        out.truncate(maxLength);
        if (!out.isEmpty() && out.back().isHighSurrogate())
            out.chop(1);
        trimEnds(out);
    }
    // Windows reserves these names whatever the extension ("CON.csv" cannot be created).
    static const QRegularExpression device(QStringLiteral("^(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])(\\..*)?$"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (device.match(out).hasMatch())
        out.prepend(QLatin1Char('_'));
    return out;
}

QString ExportFileName::make(const QString &subject, const QString &what, const QDate &date, const QString &suffix)
{
    const QString s = sanitize(subject);
    const QString w = sanitize(what, 40);
    const QString day = date.toString(Qt::ISODate);
    //: An export's file name: %1 the campaign's name, %2 what is exported ("recipients"), %3 the date (2026-12-07).
    const QString base = s.isEmpty() ? tr("%1 %2").arg(w, day) : tr("%1 – %2 %3").arg(s, w, day);
    return sanitize(base, 120) + QLatin1Char('.') + suffix;
}

QString ExportFileName::forRun(QSqlDatabase db, qint64 runId, const QString &what, const QDate &date,
                               const QString &suffix)
{
    QString error;
    QString name;
    if (const auto run = RecipientLedger(db).runInfo(runId, &error)) {
        if (const auto campaign = CampaignStore(db).byId(run->campaignId, &error))
            name = campaign->name;
    }
    if (sanitize(name).isEmpty())
        name = tr("Run %1").arg(runId);
    return make(name, what, date, suffix);
}
