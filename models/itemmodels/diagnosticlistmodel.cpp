#include "diagnosticlistmodel.h"

#include "domain/status.h"

#include <QDir>
#include <QFileInfo>

namespace Signalbox {

DiagnosticListModel::DiagnosticListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void DiagnosticListModel::setDiagnostics(const Diagnostics &diagnostics)
{
    beginResetModel();
    m_diagnostics = diagnostics;
    endResetModel();
}

int DiagnosticListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_diagnostics.size());
}

int DiagnosticListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiagnosticListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case SeverityColumn:
        return tr("Severity");
    case LocationColumn:
        return tr("Where");
    case MessageColumn:
        return tr("Problem");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DiagnosticListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Diagnostic &d = m_diagnostics.at(index.row());
    if (role == Qt::ToolTipRole)
        return d.toString();
    switch (Column(index.column())) {
    case SeverityColumn:
        if (role == Qt::DisplayRole)
            return d.isError() ? tr("Error") : tr("Warning");
        if (role == Qt::DecorationRole)
            return healthIcon(d.isError() ? Health::Failing : Health::Warning);
        return {};
    case LocationColumn:
        if (role == Qt::DisplayRole) {
            QString where = QFileInfo(d.origin).fileName();
            if (where.isEmpty())
                where = d.origin;
            if (d.line > 0)
                where += u':' + QString::number(d.line);
            return where;
        }
        return {};
    case MessageColumn:
        if (role == Qt::DisplayRole)
            return d.key.isEmpty() ? d.message : d.key + QLatin1String(": ") + d.message;
        return {};
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Signalbox
