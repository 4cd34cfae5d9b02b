// campaign create/edit --local-time and --quiet-hours (issue 18 §2): the campaign's send window in each recipient's
// own time (models/campaigns/sendwindow.h).
#include "cli/campaignoptions.h"
#include "models/campaigns/campaign.h"
#include "models/campaigns/sendwindow.h"

#include <QCoreApplication>

namespace {

struct WindowOptions
{
    Q_DECLARE_TR_FUNCTIONS(WindowOptions)

public:
    const QCommandLineOption localTime{QStringLiteral("local-time"),
                                       tr("Send at this time of day in each recipient's own time zone (contact "
                                          "attribute timezone, else the number's area code or country), e.g. 10:00; "
                                          "none clears it."),
                                       QStringLiteral("HH:MM")};
    const QCommandLineOption quietHours{QStringLiteral("quiet-hours"),
                                        tr("Never send between these times, recipient time (may cross midnight), "
                                           "e.g. 21:00-09:00; none clears them."),
                                        QStringLiteral("HH:MM-HH:MM")};
};

QString valueOrKept(const QCommandLineParser &p, const QCommandLineOption &o, const QString &kept)
{
    if (!p.isSet(o))
        return kept;
    const QString v = p.value(o).trimmed();
    return v.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0 ? QString() : v;
}

} // namespace

QList<QCommandLineOption> Cli::sendWindowOptions()
{
    const WindowOptions o;
    return {o.localTime, o.quietHours};
}

bool Cli::applySendWindow(const QCommandLineParser &p, Campaign *c, QString *error)
{
    const WindowOptions o;
    if (!p.isSet(o.localTime) && !p.isSet(o.quietHours))
        return true;
    QString ignored;
    const SendWindow before = SendWindow::fromJson(c->sendWindow, &ignored).value_or(SendWindow{});
    const auto w = SendWindow::parse(valueOrKept(p, o.localTime, before.localTimeText()),
                                     valueOrKept(p, o.quietHours, before.quietHoursText()), error);
    if (!w)
        return false;
    c->sendWindow = w->toJson();
    return true;
}
