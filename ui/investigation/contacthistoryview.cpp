#include "ui/investigation/contacthistoryview.h"

#include "models/core/localformat.h"
#include "models/ledger/failurecatalogue.h"
#include "models/storage/workspace.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QString timeText(qint64 ms)
{
    return LocalFormat::dateTimeSeconds(ms);
}

QString timeText(const std::optional<qint64> &ms)
{
    return ms ? timeText(*ms) : QString();
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

// One "label: value" row of a details table; nothing when the value is empty.
QString row(const QString &label, const QString &value)
{
    if (value.isEmpty())
        return {};
    return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>").arg(esc(label), esc(value));
}

QString table(const QString &rows)
{
    return QStringLiteral("<table cellspacing='2'>") + rows + QStringLiteral("</table>");
}

// The error in plain words: the catalogue's description and what Herald does about it.
QString explanation(qint64 code, const QString &providerTitle)
{
    const FailureCatalogue::Entry e = FailureCatalogue::lookup(int(code), providerTitle);
    QString html = QStringLiteral("<p><b>%1</b></p>")
                       .arg(esc(ContactHistoryView::tr("Error %1 — %2").arg(code).arg(e.title)));
    if (!e.description.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(e.description));
    if (!e.action.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(e.action));
    html += QStringLiteral("<p>%1</p>").arg(esc(e.retryHelps() ? ContactHistoryView::tr("Retrying can help.")
                                                               : ContactHistoryView::tr("Retrying the same message does "
                                                                                        "not help.")));
    return html;
}

QString stateName(const QString &state)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("planned"), QT_TRANSLATE_NOOP("ContactHistoryView", "planned")},
        {QStringLiteral("claimed"), QT_TRANSLATE_NOOP("ContactHistoryView", "being sent")},
        {QStringLiteral("accepted"), QT_TRANSLATE_NOOP("ContactHistoryView", "accepted by WhatsApp")},
        {QStringLiteral("sent"), QT_TRANSLATE_NOOP("ContactHistoryView", "sent")},
        {QStringLiteral("delivered"), QT_TRANSLATE_NOOP("ContactHistoryView", "delivered")},
        {QStringLiteral("read"), QT_TRANSLATE_NOOP("ContactHistoryView", "read")},
        {QStringLiteral("failed"), QT_TRANSLATE_NOOP("ContactHistoryView", "failed")},
        {QStringLiteral("uncertain"), QT_TRANSLATE_NOOP("ContactHistoryView", "uncertain")},
        {QStringLiteral("skipped"), QT_TRANSLATE_NOOP("ContactHistoryView", "skipped")},
    };
    const auto it = names.constFind(state);
    return it == names.constEnd() ? state : ContactHistoryView::tr(*it);
}

} // namespace

ContactHistoryView::ContactHistoryView(Workspace &workspace, QString e164, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_phone(std::move(e164))
{
    setObjectName(QStringLiteral("contactHistoryView"));
    setWindowTitle(tr("Message history of %1").arg(m_phone));
    setAccessibleName(windowTitle());
    resize(1100, 680);

    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("historyHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_header->setWordWrap(true);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("historyTree"));
    m_tree->setAccessibleName(tr("Message history"));
    m_tree->setAccessibleDescription(tr("Each campaign message with the statuses WhatsApp reported, replies and "
                                        "business events, newest first"));
    m_tree->setHeaderLabels({tr("What"), tr("When"), tr("Status")});
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);

    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("historyDetails"));
    m_details->setAccessibleName(tr("Details of the selected entry"));
    m_details->setOpenExternalLinks(true);

    m_payloadLabel = new QLabel(tr("&Raw webhook payload"), this);
    m_payload = new QPlainTextEdit(this);
    m_payload->setObjectName(QStringLiteral("payloadView"));
    m_payload->setAccessibleName(tr("Raw webhook payload"));
    m_payload->setReadOnly(true);
    m_payload->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_payload->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_payload->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_payloadLabel->setBuddy(m_payload);
    m_copy = new QPushButton(tr("&Copy payload"), this);
    m_copy->setObjectName(QStringLiteral("copyPayload"));
    m_copy->setAccessibleName(tr("Copy the raw payload to the clipboard"));
    m_copy->setAutoDefault(false);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_payload->toPlainText());
    });

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_details, 2);
    auto *payloadBar = new QHBoxLayout;
    payloadBar->addWidget(m_payloadLabel);
    payloadBar->addStretch(1);
    payloadBar->addWidget(m_copy);
    rightLayout->addLayout(payloadBar);
    rightLayout->addWidget(m_payload, 3);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("historySplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_tree);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    QPushButton *refresh = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    refresh->setObjectName(QStringLiteral("refreshHistory"));
    connect(refresh, &QPushButton::clicked, this, [this] { reload(); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { showItem(current); });
    setTabOrder(m_tree, m_details);
    setTabOrder(m_details, m_payload);
    setTabOrder(m_payload, m_copy);
    reload();
    m_tree->setFocus();
}

bool ContactHistoryView::reload()
{
    QString error;
    auto history = ContactHistory::load(m_workspace.database(), m_phone, &error);
    if (!history) {
        m_header->setText(esc(tr("Cannot read the history of %1: %2").arg(m_phone, error)));
        return false;
    }
    m_history = std::move(*history);
    populate();
    return true;
}

QString ContactHistoryView::headerText() const
{
    QString html = QStringLiteral("<b style='font-size:large'>%1</b>").arg(esc(m_phone));
    if (m_history.contact) {
        const Contact &c = *m_history.contact;
        if (!c.name.isEmpty())
            html += QStringLiteral(" — ") + esc(c.name);
        switch (c.consent()) {
        case Contact::Consent::OptedOut:
            html += QStringLiteral("<br>") + esc(tr("Opted out on %1 (%2).")
                                                     .arg(timeText(c.optOutAt.toMSecsSinceEpoch()), c.optOutReason));
            break;
        case Contact::Consent::OptedIn:
            html += QStringLiteral("<br>") + esc(tr("Opted in on %1 (%2).")
                                                     .arg(timeText(c.optInAt.toMSecsSinceEpoch()), c.optInSource));
            break;
        case Contact::Consent::None:
            html += QStringLiteral("<br>") + esc(tr("No recorded opt-in."));
            break;
        }
    } else {
        html += QStringLiteral("<br>") + esc(tr("No contact has this number."));
    }
    if (!m_history.waId.isEmpty() && QLatin1Char('+') + m_history.waId != m_phone)
        html += QStringLiteral("<br>") + esc(tr("WhatsApp names this number %1.").arg(m_history.waId));
    const qsizetype messages = m_history.messages.size();
    const qsizetype inbound = m_history.inbound.size();
    const qsizetype events = m_history.events.size();
    html += QStringLiteral("<br>")
        + esc((messages == 1 ? tr("1 campaign message") : tr("%1 campaign messages").arg(messages))
              + QStringLiteral(" · ")
              + (inbound == 1 ? tr("1 message from the customer") : tr("%1 messages from the customer").arg(inbound))
              + QStringLiteral(" · ")
              + (events == 1 ? tr("1 business event") : tr("%1 business events").arg(events)));
    return html;
}

void ContactHistoryView::populate()
{
    m_header->setText(headerText());
    m_tree->clear();
    struct Entry
    {
        qint64 time;
        QTreeWidgetItem *item;
    };
    QList<Entry> entries;
    const auto makeItem = [](Kind kind, int index, qint64 payloadId, const QStringList &texts) {
        auto *item = new QTreeWidgetItem(texts);
        item->setData(0, KindRole, int(kind));
        item->setData(0, IndexRole, index);
        item->setData(0, PayloadRole, payloadId);
        return item;
    };

    const auto inboundIndex = [this](const ContactHistory::Inbound &in) {
        return int(std::find_if(m_history.inbound.cbegin(), m_history.inbound.cend(),
                                [&in](const ContactHistory::Inbound &x) { return x.id == in.id; })
                   - m_history.inbound.cbegin());
    };
    for (int i = 0; i < m_history.messages.size(); ++i) {
        const ContactHistory::Message &m = m_history.messages.at(i);
        QString state = stateName(m.state);
        if (m.errorCode)
            state += QStringLiteral(" (%1)").arg(*m.errorCode);
        const qint64 lastPayload = m.statuses.isEmpty() ? 0 : m.statuses.constLast().payloadId;
        auto *item = makeItem(Kind::Message, i, lastPayload,
                              {tr("%1 — run %2").arg(m.campaignName).arg(m.runId), timeText(m.time()), state});
        item->setToolTip(0, tr("Template %1 (%2)").arg(m.templateName, m.language));
        for (int s = 0; s < m.statuses.size(); ++s) {
            const ContactHistory::StatusEvent &e = m.statuses.at(s);
            QString what = tr("WhatsApp reported: %1").arg(stateName(e.status));
            QString status;
            if (e.errorCode)
                status = tr("error %1").arg(*e.errorCode);
            auto *child = makeItem(Kind::Status, s, e.payloadId, {what, timeText(e.atMs), status});
            item->addChild(child);
        }
        for (const ContactHistory::Inbound &reply : m.replies) {
            item->addChild(makeItem(Kind::Inbound, inboundIndex(reply), reply.payloadId,
                                    {tr("Reply: %1").arg(reply.text.isEmpty() ? reply.type : reply.text),
                                     timeText(reply.atMs), reply.optOut ? tr("opt-out") : QString()}));
        }
        entries.append({m.time(), item});
    }
    for (int i = 0; i < m_history.testSends.size(); ++i) {
        const ContactHistory::TestMessage &t = m_history.testSends.at(i);
        auto *item = makeItem(Kind::Test, i, t.statuses.isEmpty() ? 0 : t.statuses.constLast().payloadId,
                              {tr("Test send: %1 (%2)").arg(t.send.templateName, t.send.language),
                               timeText(t.send.sentAtMs), t.send.ok ? tr("accepted by WhatsApp") : tr("not sent")});
        for (int s = 0; s < t.statuses.size(); ++s) {
            const ContactHistory::StatusEvent &e = t.statuses.at(s);
            item->addChild(makeItem(Kind::TestStatus, s, e.payloadId,
                                    {tr("WhatsApp reported: %1").arg(stateName(e.status)), timeText(e.atMs),
                                     e.errorCode ? tr("error %1").arg(*e.errorCode) : QString()}));
        }
        for (const ContactHistory::Inbound &reply : t.replies)
            item->addChild(makeItem(Kind::Inbound, inboundIndex(reply), reply.payloadId,
                                    {tr("Reply: %1").arg(reply.text.isEmpty() ? reply.type : reply.text),
                                     timeText(reply.atMs), reply.optOut ? tr("opt-out") : QString()}));
        entries.append({t.send.sentAtMs, item});
    }
    QSet<qint64> unattributed;
    for (const ContactHistory::Inbound &in : m_history.unattributedInbound())
        unattributed.insert(in.id);
    for (int i = 0; i < m_history.inbound.size(); ++i) {
        const ContactHistory::Inbound &in = m_history.inbound.at(i);
        if (!unattributed.contains(in.id))
            continue; // shown under its message or test send
        entries.append({in.atMs, makeItem(Kind::Inbound, i, in.payloadId,
                                          {tr("Message from the customer: %1").arg(in.text.isEmpty() ? in.type : in.text),
                                           timeText(in.atMs), in.optOut ? tr("opt-out") : QString()})});
    }
    const auto fireItem = [&](int i) {
        const ContactHistory::TriggerFire &f = m_history.fires.at(i);
        return makeItem(Kind::Fire, i, 0,
                        {tr("Triggered campaign: %1").arg(f.campaignName), timeText(f.decidedAt.value_or(f.dueAtMs)),
                         f.reason.isEmpty() ? f.state : QStringLiteral("%1 — %2").arg(f.state, f.reason)});
    };
    QSet<qint64> shownEvents;
    for (int i = 0; i < m_history.events.size(); ++i) {
        const BusinessEvent &e = m_history.events.at(i);
        auto *item = makeItem(Kind::Event, i, 0,
                              {tr("Business event: %1").arg(e.name), timeText(e.occurredAtMs),
                               e.relayCursor > 0 ? tr("via relay") : tr("recorded locally")});
        for (int f = 0; f < m_history.fires.size(); ++f) {
            if (m_history.fires.at(f).eventId == e.id)
                item->addChild(fireItem(f));
        }
        shownEvents.insert(e.id);
        entries.append({e.occurredAtMs, item});
    }
    for (int f = 0; f < m_history.fires.size(); ++f) {
        if (!shownEvents.contains(m_history.fires.at(f).eventId))
            entries.append({m_history.fires.at(f).dueAtMs, fireItem(f)});
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.time > b.time; });
    for (const Entry &e : std::as_const(entries))
        m_tree->addTopLevelItem(e.item);
    m_tree->expandAll();

    if (m_tree->topLevelItemCount() > 0) {
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    } else {
        m_details->setHtml(QStringLiteral("<p>%1</p>").arg(esc(tr("Herald has no messages, replies or events for "
                                                                  "this number."))));
        m_payload->clear();
    }
}

void ContactHistoryView::showItem(QTreeWidgetItem *item)
{
    if (!item) {
        m_details->clear();
        m_payload->clear();
        return;
    }
    const auto kind = static_cast<Kind>(item->data(0, KindRole).toInt());
    const int index = item->data(0, IndexRole).toInt();
    const qint64 payloadId = item->data(0, PayloadRole).toLongLong();
    switch (kind) {
    case Kind::Message: {
        const ContactHistory::Message &m = m_history.messages.at(index);
        m_details->setHtml(messageDetails(m));
        showPayload(payloadId, tr("No webhook has reported on this message yet."));
        break;
    }
    case Kind::Status: {
        const int message = item->parent()->data(0, IndexRole).toInt();
        const ContactHistory::Message &m = m_history.messages.at(message);
        m_details->setHtml(statusDetails(m, m.statuses.at(index)));
        showPayload(payloadId, tr("The payload of this status is no longer stored."));
        break;
    }
    case Kind::Test:
    case Kind::TestStatus: {
        const bool isTest = kind == Kind::Test;
        const ContactHistory::TestMessage &t
            = m_history.testSends.at(isTest ? index : item->parent()->data(0, IndexRole).toInt());
        QString html = QStringLiteral("<h3>%1</h3>").arg(esc(tr("Test send: %1 (%2)").arg(t.send.templateName,
                                                                                         t.send.language)));
        html += table(row(tr("Time"), timeText(t.send.sentAtMs)) + row(tr("Result"), t.send.message)
                      + row(tr("Message ID"), t.send.wamid) + row(tr("WhatsApp ID"), t.send.waId)
                      + (isTest ? QString()
                                : row(tr("Reported"), QStringLiteral("%1 — %2").arg(stateName(t.statuses.at(index).status),
                                                                                  timeText(t.statuses.at(index).atMs)))));
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("A test send never counts in a campaign's statistics.")));
        m_details->setHtml(html);
        showPayload(payloadId, tr("No webhook has reported on this test message yet."));
        break;
    }
    case Kind::Inbound:
        m_details->setHtml(inboundDetails(m_history.inbound.at(index)));
        showPayload(payloadId, tr("The payload of this message is no longer stored."));
        break;
    case Kind::Fire:
        m_details->setHtml(fireDetails(m_history.fires.at(index)));
        m_payloadLabel->setText(tr("&Raw webhook payload"));
        m_payload->clear();
        break;
    case Kind::Event: {
        const BusinessEvent &e = m_history.events.at(index);
        m_details->setHtml(eventDetails(e));
        m_payloadLabel->setText(tr("&Event data"));
        m_payload->setPlainText(QString::fromUtf8(QJsonDocument(e.data).toJson(QJsonDocument::Indented)));
        break;
    }
    }
}

void ContactHistoryView::showPayload(qint64 payloadId, const QString &fallback)
{
    const auto it = m_history.payloads.constFind(payloadId);
    if (payloadId <= 0 || it == m_history.payloads.constEnd()) {
        m_payloadLabel->setText(tr("&Raw webhook payload"));
        m_payload->setPlainText(fallback);
        return;
    }
    m_payloadLabel->setText(tr("&Raw webhook payload — relay cursor %1, received %2")
                                .arg(it->relayCursor)
                                .arg(timeText(it->receivedAtMs)));
    m_payload->setPlainText(prettyJson(it->body));
}

QString ContactHistoryView::prettyJson(const QByteArray &body)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || doc.isNull())
        return QString::fromUtf8(body);
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

QString ContactHistoryView::messageDetails(const ContactHistory::Message &m) const
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(m.campaignName));
    QString rows = row(tr("Run"), m.runKind == QLatin1String("normal") || m.runKind.isEmpty()
                                      ? QString::number(m.runId)
                                      : QStringLiteral("%1 (%2)").arg(m.runId).arg(m.runKind))
        + row(tr("Template"), QStringLiteral("%1 (%2)").arg(m.templateName, m.language))
        + row(tr("State"), stateName(m.state)) + row(tr("Message ID"), m.wamid) + row(tr("WhatsApp ID"), m.waId)
        + row(tr("Attempts"), QString::number(m.attempts)) + row(tr("Claimed"), timeText(m.claimedAt))
        + row(tr("Accepted"), timeText(m.acceptedAt)) + row(tr("Sent"), timeText(m.sentAt))
        + row(tr("Delivered"), timeText(m.deliveredAt)) + row(tr("Read"), timeText(m.readAt))
        + row(tr("Replied"), timeText(m.repliedAt)) + row(tr("Failed"), timeText(m.failedAt))
        + row(tr("Uncertain since"), timeText(m.uncertainAt)) + row(tr("Skipped"), timeText(m.skippedAt))
        + row(tr("Skip reason"), m.skipReason) + row(tr("Error title"), m.errorTitle)
        + row(tr("Error details"), m.errorDetails) + row(tr("Note"), m.note);
    // The error in plain words first: it is what the person investigating came for.
    if (m.errorCode)
        html += explanation(*m.errorCode, m.errorTitle);
    html += table(rows);
    if (m.state == QLatin1String("uncertain"))
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("Herald does not know whether WhatsApp accepted this message "
                                                       "(the answer was lost); it is never sent again automatically.")));
    return html;
}

QString ContactHistoryView::statusDetails(const ContactHistory::Message &m, const ContactHistory::StatusEvent &s) const
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(tr("WhatsApp reported: %1").arg(stateName(s.status))));
    html += table(row(tr("Time"), timeText(s.atMs)) + row(tr("Campaign"), m.campaignName)
                  + row(tr("Message ID"), m.wamid)
                  + row(tr("Error code"), s.errorCode ? QString::number(*s.errorCode) : QString()));
    if (s.errorCode)
        html += explanation(*s.errorCode, m.errorCode == s.errorCode ? m.errorTitle : QString());
    return html;
}

QString ContactHistoryView::inboundDetails(const ContactHistory::Inbound &in) const
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(tr("Message from the customer")));
    html += table(row(tr("Time"), timeText(in.atMs)) + row(tr("Type"), in.type) + row(tr("Text"), in.text)
                  + row(tr("Message ID"), in.wamid) + row(tr("From WhatsApp ID"), in.waId)
                  + row(tr("Opt-out"), in.optOut ? tr("yes — the customer asked to stop receiving messages") : QString()));
    if (in.recipientId <= 0)
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("Not attributed to a campaign message (no message to this "
                                                       "number in the 72 hours before).")));
    return html;
}

QString ContactHistoryView::fireDetails(const ContactHistory::TriggerFire &f) const
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(tr("Triggered campaign: %1").arg(f.campaignName)));
    html += table(row(tr("Decision"), f.state) + row(tr("Reason"), f.reason) + row(tr("Due"), timeText(f.dueAtMs))
                  + row(tr("Decided"), timeText(f.decidedAt))
                  + row(tr("Run"), f.runId > 0 ? QString::number(f.runId) : QString()));
    return html;
}

QString ContactHistoryView::eventDetails(const BusinessEvent &e) const
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(tr("Business event: %1").arg(e.name)));
    html += table(row(tr("Occurred"), timeText(e.occurredAtMs)) + row(tr("Received"), timeText(e.receivedAtMs))
                  + row(tr("Source"), e.relayCursor > 0 ? tr("relay (cursor %1)").arg(e.relayCursor)
                                                        : tr("recorded in this workspace")));
    return html;
}
