#pragma once
// Every screen of the window, one after the other, for the tests that judge them all the same way (issue 15 §3, §5):
// the main window's pages, the campaign wizard's pages and the import wizard's pages, filled with the demo
// workspace's data. Also the checks they share: widgets clipped by their parent, visible siblings that overlap, text
// that does not fit, and controls a screen reader cannot name. Header-only so the core test-support library stays
// free of Widgets.

#include "engine/i18n/languages.h"
#include "models/campaigns/campaign.h"
#include "models/stats/campaignstats.h"
#include "models/storage/workspace.h"
#include "screenshot.h"
#include "ui/campaigns/campaignwizard.h"
#include "ui/contacts/importwizard.h"
#include "ui/mainwindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLayout>
#include <QMenu>
#include <QMetaEnum>
#include <QScrollArea>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTranslator>
#include <QWizard>

#include <functional>

namespace ScreenTour {

// Replaces the application's translations with `localeName`'s ("en" for the source language), like herald's main().
inline void installLanguage(const QString &localeName)
{
    auto *app = QCoreApplication::instance();
    for (QTranslator *t : app->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    Languages::install(*app, QLocale(localeName));
}

inline void settle(QWidget *window)
{
    for (int i = 0; i < 3; ++i) {
        QApplication::sendPostedEvents();
        QApplication::processEvents();
        if (window->layout())
            window->layout()->activate();
    }
}

// Where a widget is, for messages: its object names (or classes) from the window down.
inline QString pathOf(const QWidget *w)
{
    QStringList parts;
    for (const QWidget *p = w; p && !p->isWindow(); p = p->parentWidget())
        parts.prepend(p->objectName().isEmpty() ? QString::fromLatin1(p->metaObject()->className()) : p->objectName());
    return parts.join(QLatin1Char('/'));
}

// A widget Qt itself lays out inside a compound widget (a combo box's arrow, a scroll area's scroll bars, a spin
// box's line edit): judged as part of its owner, not on its own.
inline bool isQtInternal(const QWidget *w)
{
    if (w->objectName().startsWith(QLatin1String("qt_")))
        return true;
    for (const QWidget *p = w->parentWidget(); p && !p->isWindow(); p = p->parentWidget()) {
        if (qobject_cast<const QComboBox *>(p) || p->inherits("QAbstractSpinBox") || p->inherits("QLineEdit")
            || p->inherits("QCalendarWidget") || p->inherits("QTabBar") || p->inherits("QHeaderView")
            || p->inherits("QChartView"))
            return true;
    }
    return false;
}

// Inside a scroll area's viewport a widget may be larger than what shows: it scrolls, it is not clipped.
inline bool scrolls(const QWidget *w)
{
    const QWidget *parent = w->parentWidget();
    const auto *area = parent ? qobject_cast<const QAbstractScrollArea *>(parent->parentWidget()) : nullptr;
    return area && area->viewport() == parent;
}

// Text a label or button shows whole: its size hint fits its width, unless it wraps or elides on purpose (a
// dynamic property "elided" set where the full text is in the tool tip).
inline bool textFits(const QWidget *w)
{
    if (w->property("elided").toBool())
        return true;
    if (const auto *label = qobject_cast<const QLabel *>(w)) {
        if (label->wordWrap() || label->text().isEmpty() || label->textFormat() == Qt::RichText
            || Qt::mightBeRichText(label->text()))
            return true;
        return label->sizeHint().width() <= label->width() + 1;
    }
    if (const auto *button = qobject_cast<const QAbstractButton *>(w)) {
        if (button->text().isEmpty())
            return true;
        return button->sizeHint().width() <= button->width() + 1;
    }
    return true;
}

// What is wrong with the layout of `window` as shown: a visible widget outside its parent, two visible siblings
// on top of each other, a label or button too narrow for its text. Empty when every widget fits.
inline QStringList layoutProblems(QWidget *window)
{
    QStringList problems;
    const QList<QWidget *> all = window->findChildren<QWidget *>();
    for (QWidget *w : all) {
        if (w->isWindow() || !w->isVisibleTo(window) || w->width() <= 0 || isQtInternal(w))
            continue;
        QWidget *parent = w->parentWidget();
        if (!scrolls(w) && !parent->rect().adjusted(-1, -1, 1, 1).contains(w->geometry()))
            problems << QStringLiteral("%1 is clipped: %2,%3 %4×%5 in a parent of %6×%7")
                            .arg(pathOf(w))
                            .arg(w->x())
                            .arg(w->y())
                            .arg(w->width())
                            .arg(w->height())
                            .arg(parent->width())
                            .arg(parent->height());
        if (!textFits(w))
            problems << QStringLiteral("%1 cuts its text “%2”: %3 px wide, needs %4")
                            .arg(pathOf(w),
                                 qobject_cast<QLabel *>(w) ? qobject_cast<QLabel *>(w)->text()
                                                           : qobject_cast<QAbstractButton *>(w)->text())
                            .arg(w->width())
                            .arg(w->sizeHint().width());
    }
    for (QWidget *w : all) {
        if (w->isWindow() || !w->isVisibleTo(window) || isQtInternal(w))
            continue;
        QList<QWidget *> siblings;
        for (QObject *o : w->children()) {
            auto *child = qobject_cast<QWidget *>(o);
            if (child && !child->isWindow() && child->isVisibleTo(window) && child->width() > 0 && child->height() > 0
                && !isQtInternal(child))
                siblings << child;
        }
        for (qsizetype i = 0; i < siblings.size(); ++i) {
            for (qsizetype j = i + 1; j < siblings.size(); ++j) {
                const QRect overlap = siblings[i]->geometry().intersected(siblings[j]->geometry());
                if (overlap.width() > 1 && overlap.height() > 1)
                    problems << QStringLiteral("%1 and %2 overlap by %3×%4")
                                    .arg(pathOf(siblings[i]), pathOf(siblings[j]))
                                    .arg(overlap.width())
                                    .arg(overlap.height());
            }
        }
    }
    return problems;
}

// Whether a screen reader user operates this accessible object (and so needs its name).
inline bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Table:
    case QAccessible::List:
    case QAccessible::Tree:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::PageTabList:
        return true;
    default:
        return false;
    }
}

// The visible interactive controls of `window` a screen reader cannot name (or describe, with `description`), as
// "role path" lines. Walks the QAccessible tree; an item view's own items are the view's business.
inline QStringList namelessControls(QWidget *window, bool description = false)
{
    QStringList out;
    std::function<void(QAccessibleInterface *)> walk = [&](QAccessibleInterface *iface) {
        if (!iface || !iface->isValid() || iface->state().invisible)
            return;
        const QAccessible::Role role = iface->role();
        if (isInteractive(role) && !iface->state().disabled) {
            const QString text = iface->text(description ? QAccessible::Description : QAccessible::Name).trimmed();
            if (text.isEmpty()) {
                auto *w = qobject_cast<QWidget *>(iface->object());
                out << QStringLiteral("%1 %2").arg(QString::fromLatin1(QAccessible::staticMetaObject.enumerator(
                                                       QAccessible::staticMetaObject.indexOfEnumerator("Role"))
                                                                          .valueToKey(role)),
                                                   w ? pathOf(w) : QStringLiteral("?"));
            }
        }
        if (role == QAccessible::Table || role == QAccessible::List || role == QAccessible::Tree
            || role == QAccessible::ComboBox)
            return;
        for (int i = 0; i < iface->childCount(); ++i)
            walk(iface->child(i));
    };
    walk(QAccessible::queryAccessibleInterface(window));
    return out;
}

// A run's counts as the dashboard shows them: 1,234 delivered of 1,400 sent.
inline CampaignStats::Counts sampleCounts()
{
    CampaignStats::Counts counts;
    counts.attempted = 1500;
    counts.sent = 1400;
    counts.delivered = 1234;
    counts.read = 800;
    counts.replied = 90;
    counts.failed = 100;
    counts.unqualified = 40;
    return counts;
}

// The id of the workspace's first campaign (the demo's), 0 when there is none.
inline qint64 firstCampaign(Workspace &workspace)
{
    QSqlQuery q(workspace.database());
    return q.exec(QStringLiteral("SELECT id FROM campaigns ORDER BY id LIMIT 1")) && q.next() ? q.value(0).toLongLong()
                                                                                             : 0;
}

// Gives the workspace's first campaign a run that was sent two hours ago, with delivered, read, replied and failed
// recipients, so the dashboard shows its chart and list. False when it could not.
inline bool addSentRun(Workspace &workspace)
{
    const qint64 campaign = firstCampaign(workspace);
    QString error;
    const auto plan = campaign ? CampaignStore(workspace.database()).planRun(campaign, &error) : std::nullopt;
    if (!plan) {
        qWarning("no run for the tour: %s", qPrintable(error));
        return false;
    }
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - 2 * 3'600'000;
    QSqlQuery q(workspace.database());
    q.prepare(QStringLiteral("UPDATE campaign_runs SET status = 'sent', started_at = ? WHERE id = ?"));
    q.addBindValue(start);
    q.addBindValue(plan->runId);
    if (!q.exec())
        return false;
    q.prepare(QStringLiteral(
        "UPDATE recipients SET state = CASE WHEN id % 9 = 0 THEN 'failed' WHEN id % 3 = 0 THEN 'read' "
        "WHEN id % 3 = 1 THEN 'delivered' ELSE 'sent' END, wamid = 'wamid.tour' || id, attempts = 1, "
        "sent_at = ? + id * 1000, delivered_at = CASE WHEN id % 9 <> 0 AND id % 3 <> 2 THEN ? + id * 2000 END, "
        "read_at = CASE WHEN id % 9 <> 0 AND id % 3 = 0 THEN ? + id * 3000 END, "
        "replied_at = CASE WHEN id % 9 <> 0 AND id % 6 = 0 THEN ? + id * 4000 END, "
        "failed_at = CASE WHEN id % 9 = 0 THEN ? + id * 1000 END, error_code = CASE WHEN id % 9 = 0 THEN 131026 END, "
        "error_title = CASE WHEN id % 9 = 0 THEN 'Message undeliverable' END WHERE run_id = ?"));
    for (int i = 0; i < 5; ++i)
        q.addBindValue(start);
    q.addBindValue(plan->runId);
    return q.exec();
}

// Shows every screen at `size`, settled, and hands it to `visit` with a name ("campaigns", "wizard-audience",
// "import-mapping" …). `workspace` should hold the demo data. `csvDir` is where the import wizard's sample file goes.
inline void tour(Workspace &workspace, const QSize &size, const QString &csvDir,
                 const std::function<void(const QString &name, QWidget *window)> &visit)
{
    MainWindow window(workspace);
    window.resize(size);
    window.show();
    settle(&window);
    const char *pages[MainWindow::PageCount] = {"dashboard", "campaigns", "contacts", "templates", "numbers",
                                                "settings"};
    const qint64 campaign = firstCampaign(workspace);
    for (int i = 0; i < MainWindow::PageCount; ++i) {
        if (static_cast<MainWindow::Page>(i) == MainWindow::Page::Dashboard && campaign)
            window.showDashboard(campaign);
        else
            window.setCurrentPage(static_cast<MainWindow::Page>(i));
        settle(&window);
        visit(QString::fromLatin1(pages[i]), &window);
    }

    {
        CampaignWizard wizard(workspace, campaign, &window);
        wizard.setWindowModality(Qt::NonModal);
        wizard.show();
        settle(&wizard);
        const char *names[] = {"wizard-template", "wizard-audience", "wizard-type", "wizard-preflight"};
        for (int id = CampaignWizard::TemplatePage; id <= CampaignWizard::PreflightPage; ++id) {
            if (wizard.currentId() != id)
                break;   // a page that does not let the next one open is judged as far as it goes
            settle(&wizard);
            visit(QString::fromLatin1(names[id]), &wizard);
            wizard.next();
        }
        wizard.hide();
    }

    {
        const QString csv = QDir(csvDir).filePath(QStringLiteral("customers.csv"));
        QFile file(csv);
        if (file.open(QIODevice::WriteOnly)) {
            file.write("Phone;Name;City;Tags\n"
                       "+55 11 98765-0101;Renata Alves;São Paulo;vip\n"
                       "+55 11 98765-0102;Tiago Moreira;Campinas;\n"
                       "98765-0103;Júlia Castro;;\n");
            file.close();
        }
        ImportWizard wizard(workspace, &window);
        wizard.setWindowModality(Qt::NonModal);
        wizard.show();
        settle(&wizard);
        visit(QStringLiteral("import-file"), &wizard);
        wizard.setFilePath(csv);
        wizard.next();
        settle(&wizard);
        if (wizard.currentId() == ImportWizard::MappingPageId)
            visit(QStringLiteral("import-mapping"), &wizard);
        wizard.hide();
    }
}

} // namespace ScreenTour
