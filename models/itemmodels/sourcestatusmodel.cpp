#include "sourcestatusmodel.h"

#include "domain/status.h"
#include "domain/timeformat.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Signalbox {

SourceStatusModel::SourceStatusModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_now(QDateTime::currentMSecsSinceEpoch())
{ }

void SourceStatusModel::setStates(const QList<SourceSyncState> &states)
{
    beginResetModel();
    m_states = states;
    endResetModel();
}

void SourceStatusModel::updateState(const SourceSyncState &state)
{
    const int row = rowOf(state.name);
    if (row < 0)
        return;
    m_states[row] = state;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int SourceStatusModel::rowOf(const QString &name) const
{
    for (qsizetype i = 0; i < m_states.size(); ++i) {
        if (m_states[i].name == name)
            return int(i);
    }
    return -1;
}

void SourceStatusModel::setNow(EpochMs now)
{
    m_now = now;
    if (!m_states.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_states.size()) - 1, ColumnCount - 1));
}

int SourceStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_states.size());
}

int SourceStatusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SourceStatusModel::stateText(const SourceSyncState &s) const
{
    if (s.syncing) {
        if (s.progressTotal > 0)
            return tr("Syncing %1 of %2…").arg(s.progressDone).arg(s.progressTotal);
        return tr("Syncing…");
    }
    if (s.isStale()) {
        // Stale since the last success: that is how old what the views show is.
        return s.lastSuccessAt == NoTime
            ? tr("Failing, no data yet")
            : tr("Stale since %1").arg(formatLocalTime(s.lastSuccessAt));
    }
    if (s.watching)
        return tr("Live: following changes");
    if (s.lastSuccessAt != NoTime)
        return tr("Up to date");
    return tr("Not synced yet");
}

QString SourceStatusModel::nextSyncText(const SourceSyncState &s) const
{
    if (s.syncing)
        return tr("now");
    if (!s.network)
        return tr("on refresh (F5)");
    if (s.watching)
        return tr("as changes come; a full resync %1")
            .arg(s.nextSyncAt == NoTime || s.nextSyncAt <= m_now
                     ? tr("is due")
                     : tr("in %n min", nullptr, int((s.nextSyncAt - m_now + 59'999) / 60'000)));
    if (s.nextSyncAt == NoTime)
        return QString();
    const qint64 in = s.nextSyncAt - m_now;
    if (in <= 0)
        return tr("due");
    const QString when = in < 60'000 ? tr("in %n s", nullptr, int((in + 999) / 1000))
                                     : tr("in %n min", nullptr, int((in + 59'999) / 60'000));
    return s.isStale()
        ? tr("%1 (backing off after %n failure(s))", nullptr, s.failureCount).arg(when)
        : when;
}

QVariant SourceStatusModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_states.size())
        return {};
    const SourceSyncState &s = m_states[index.row()];
    switch (role) {
    case NameRole:
        return s.name;
    case StaleRole:
        return s.isStale();
    case ProgressRole:
        if (!s.syncing)
            return {};
        return s.progressTotal > 0 ? 100 * s.progressDone / s.progressTotal : -1;
    default:
        break;
    }
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole)
            return s.name;
        if (role == Qt::ToolTipRole)
            return tr("%1 (%2)").arg(s.name, s.displayName.isEmpty() ? s.kind : s.displayName);
        if (role == Qt::DecorationRole) {
            const Health health = s.syncing ? Health::InProgress
                : s.isStale()               ? Health::Failing
                : s.lastSuccessAt != NoTime ? Health::Healthy
                                            : Health::Unknown;
            return healthIcon(health);
        }
        break;
    case StateColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return stateText(s);
        break;
    case LastSuccessColumn:
        if (role == Qt::DisplayRole)
            return formatAge(s.lastSuccessAt, m_now);
        if (role == Qt::ToolTipRole && s.lastSuccessAt != NoTime) {
            QString tip = formatLocalTime(s.lastSuccessAt);
            if (s.lastElapsedMs >= 0) {
                tip += u'\n'
                    + tr("Last sync: %1, %n request(s), %2 unchanged (304)", nullptr,
                         s.lastStats.requests)
                          .arg(formatDuration(s.lastElapsedMs))
                          .arg(s.lastStats.notModified);
            }
            return tip;
        }
        break;
    case RateLimitColumn:
        if (role == Qt::DisplayRole) {
            if (s.rateLimitRemaining < 0)
                return s.network ? tr("not reported") : QString();
            return QString::number(s.rateLimitRemaining);
        }
        if (role == Qt::ToolTipRole && s.rateLimitResetAt != NoTime)
            return tr("Requests left until %1").arg(formatLocalTime(s.rateLimitResetAt));
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case NextSyncColumn:
        if (role == Qt::DisplayRole)
            return nextSyncText(s);
        if (role == Qt::ToolTipRole && s.nextSyncAt != NoTime)
            return formatLocalTime(s.nextSyncAt);
        break;
    case ProblemColumn:
        if (role == Qt::DisplayRole)
            return s.isStale() ? s.lastError : QString();
        if (role == Qt::ToolTipRole && s.isStale())
            return tr("%1\n(at %2)").arg(s.lastError, formatLocalTime(s.lastErrorAt));
        break;
    default:
        break;
    }
    return {};
}

QVariant SourceStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Source");
    case StateColumn:
        return tr("State");
    case LastSuccessColumn:
        return tr("Last success");
    case RateLimitColumn:
        return tr("Rate limit left");
    case NextSyncColumn:
        return tr("Next sync");
    case ProblemColumn:
        return tr("Last error");
    default:
        return {};
    }
}

QString SourceStatusModel::summary() const
{
    int syncing = 0;
    int failing = 0;
    for (const SourceSyncState &s : m_states) {
        syncing += s.syncing ? 1 : 0;
        failing += !s.syncing && s.isStale() ? 1 : 0;
    }
    QString text = tr("%n source(s)", nullptr, int(m_states.size()));
    if (syncing > 0)
        text += u", "_s + tr("%n syncing", nullptr, syncing);
    if (failing > 0)
        text += u", "_s + tr("%n failing", nullptr, failing);
    return text;
}

} // namespace Signalbox
