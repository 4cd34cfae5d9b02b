#include "models/itemmodels/templatetablemodel.h"

#include "models/storage/workspace.h"
#include "models/templates/templatestore.h"

#include <QLocale>

namespace {

const QString kDeleted = QStringLiteral("DELETED");

int qualityRank(const QString &quality)
{
    if (quality == QLatin1String("GREEN"))
        return 3;
    if (quality == QLatin1String("YELLOW"))
        return 2;
    if (quality == QLatin1String("RED"))
        return 1;
    return 0;   // UNKNOWN / none yet
}

} // namespace

TemplateTableModel::TemplateTableModel(Workspace &workspace, qint64 accountId, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
    , m_accountId(accountId)
{
    reload();
}

int TemplateTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_templates.size());
}

int TemplateTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void TemplateTableModel::setAccountId(qint64 accountId)
{
    if (accountId == m_accountId)
        return;
    m_accountId = accountId;
    reload();
}

void TemplateTableModel::reload()
{
    QString error;
    QList<MessageTemplate> templates;
    if (m_accountId > 0)
        templates = TemplateStore(m_workspace.database()).list(m_accountId, &error);
    beginResetModel();
    m_templates = std::move(templates);
    endResetModel();
    if (!error.isEmpty()) {
        m_lastError = error;
        Q_EMIT errorOccurred(error);
    }
}

int TemplateTableModel::rowOf(const QString &name, const QString &language) const
{
    for (int r = 0; r < m_templates.size(); ++r) {
        if (m_templates.at(r).name == name && m_templates.at(r).language == language)
            return r;
    }
    return -1;
}

QString TemplateTableModel::rawStatus(const MessageTemplate &t)
{
    return t.deleted ? kDeleted : t.status;
}

QString TemplateTableModel::statusText(const QString &status)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("APPROVED"), QT_TR_NOOP("Approved")},
        {QStringLiteral("PENDING"), QT_TR_NOOP("In review")},
        {QStringLiteral("REJECTED"), QT_TR_NOOP("Rejected")},
        {QStringLiteral("PAUSED"), QT_TR_NOOP("Paused")},
        {QStringLiteral("DISABLED"), QT_TR_NOOP("Disabled")},
        {QStringLiteral("IN_APPEAL"), QT_TR_NOOP("In appeal")},
        {QStringLiteral("PENDING_DELETION"), QT_TR_NOOP("Being deleted")},
        {QStringLiteral("DELETED"), QT_TR_NOOP("Deleted upstream")},
        {QStringLiteral("ARCHIVED"), QT_TR_NOOP("Archived")},
        {QStringLiteral("LIMIT_EXCEEDED"), QT_TR_NOOP("Limit exceeded")},
        {QStringLiteral("FLAGGED"), QT_TR_NOOP("Flagged")},
        {QStringLiteral("LOCKED"), QT_TR_NOOP("Locked")},
        {QStringLiteral("REINSTATED"), QT_TR_NOOP("Reinstated")},
    };
    if (status.isEmpty())
        return tr("Draft");
    const char *name = names.value(status);
    return name ? tr(name) : status;
}

QString TemplateTableModel::qualityText(const QString &quality)
{
    switch (qualityRank(quality)) {
    case 3:
        return tr("High");
    case 2:
        return tr("Medium");
    case 1:
        return tr("Low");
    default:
        return quality.isEmpty() ? QString() : tr("Unknown");
    }
}

QVariant TemplateTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MessageTemplate &t = m_templates.at(index.row());
    if (role == TemplateRole)
        return index.row();
    if (role == FlaggedRole)
        return t.isFlagged();
    const bool display = role == Qt::DisplayRole;
    switch (index.column()) {
    case NameColumn:
        if (display || role == RawValueRole)
            return t.name;
        if (role == Qt::ToolTipRole)
            return t.body;
        return {};
    case LanguageColumn:
        return display || role == RawValueRole ? QVariant(t.language) : QVariant();
    case CategoryColumn:
        return display || role == RawValueRole ? QVariant(t.category) : QVariant();
    case StatusColumn: {
        const QString raw = rawStatus(t);
        if (role == RawValueRole)
            return raw;
        if (display)   // a warning sign in front of anything a user cannot send and should know about
            return t.isFlagged() ? QStringLiteral("⚠ ") + statusText(raw) : statusText(raw);
        if (role == Qt::ToolTipRole) {
            if (t.deleted) {
                return tr("Deleted from the WhatsApp account on %1; kept here for campaign history. "
                          "Last status there: %2.")
                    .arg(QLocale().toString(t.deletedAt.toLocalTime(), QLocale::ShortFormat), statusText(t.status));
            }
            if (t.status == QLatin1String("PAUSED"))
                return tr("Meta paused this template for low quality; sends are refused until it resumes.");
            if (t.status == QLatin1String("DISABLED"))
                return tr("Meta disabled this template after repeated pauses; create a new one.");
            if (t.status == QLatin1String("REJECTED") && !t.rejectedReason.isEmpty())
                return tr("Rejected: %1").arg(t.rejectedReason);
            if (t.isFlagged())
                return tr("Status %1: this template cannot be sent now.").arg(t.status);
        }
        return {};
    }
    case QualityColumn:
        if (role == RawValueRole)
            return t.quality;
        return display ? QVariant(qualityText(t.quality)) : QVariant();
    case SyncedColumn:
        if (role == RawValueRole)
            return t.syncedAt;
        if (display)
            return t.syncedAt.isValid() ? QLocale().toString(t.syncedAt.toLocalTime(), QLocale::ShortFormat)
                                        : tr("Never");
        return {};
    default:
        return {};
    }
}

QVariant TemplateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case LanguageColumn:
        return tr("Language");
    case CategoryColumn:
        return tr("Category");
    case StatusColumn:
        return tr("Status");
    case QualityColumn:
        return tr("Quality");
    case SyncedColumn:
        return tr("Last synced");
    default:
        return {};
    }
}

Qt::ItemFlags TemplateTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QStringList TemplateTableModel::distinct(int column) const
{
    QStringList values;
    for (int r = 0; r < m_templates.size(); ++r) {
        const QString v = data(index(r, column), RawValueRole).toString();
        if (!v.isEmpty() && !values.contains(v))
            values.append(v);
    }
    values.sort();
    return values;
}

QStringList TemplateTableModel::languages() const
{
    return distinct(LanguageColumn);
}

QStringList TemplateTableModel::categories() const
{
    return distinct(CategoryColumn);
}

QStringList TemplateTableModel::statuses() const
{
    return distinct(StatusColumn);
}

TemplateFilterProxy::TemplateFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TemplateTableModel::RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void TemplateFilterProxy::setSourceModel(QAbstractItemModel *source)
{
    Q_ASSERT(!source || qobject_cast<TemplateTableModel *>(source));
    QSortFilterProxyModel::setSourceModel(source);
}

TemplateTableModel *TemplateFilterProxy::templates() const
{
    return qobject_cast<TemplateTableModel *>(sourceModel());
}

const MessageTemplate *TemplateFilterProxy::templateAt(int proxyRow) const
{
    auto *m = templates();
    const QModelIndex source = mapToSource(index(proxyRow, 0));
    return m && source.isValid() ? &m->templateAt(source.row()) : nullptr;
}

void TemplateFilterProxy::setFilter(QString &member, const QString &value)
{
    if (member == value)
        return;
    member = value;
    invalidateFilter();
}

void TemplateFilterProxy::setSearchText(const QString &text)
{
    setFilter(m_search, text.trimmed());
}

void TemplateFilterProxy::setStatusFilter(const QString &status)
{
    setFilter(m_status, status);
}

void TemplateFilterProxy::setCategoryFilter(const QString &category)
{
    setFilter(m_category, category);
}

void TemplateFilterProxy::setLanguageFilter(const QString &language)
{
    setFilter(m_language, language);
}

bool TemplateFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    auto *m = templates();
    if (!m || sourceParent.isValid() || sourceRow < 0 || sourceRow >= m->rowCount())
        return false;
    const MessageTemplate &t = m->templateAt(sourceRow);
    if (!m_status.isEmpty() && TemplateTableModel::rawStatus(t) != m_status)
        return false;
    if (!m_category.isEmpty() && t.category != m_category)
        return false;
    if (!m_language.isEmpty() && t.language != m_language)
        return false;
    if (m_search.isEmpty())
        return true;
    return t.name.contains(m_search, Qt::CaseInsensitive) || t.body.contains(m_search, Qt::CaseInsensitive);
}

bool TemplateFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == TemplateTableModel::QualityColumn && right.column() == TemplateTableModel::QualityColumn) {
        return qualityRank(left.data(TemplateTableModel::RawValueRole).toString())
             < qualityRank(right.data(TemplateTableModel::RawValueRole).toString());
    }
    return QSortFilterProxyModel::lessThan(left, right);
}
