#include "feedback/ComplaintTableModel.h"

#include "complaints/ComplaintRules.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace {

QString localTime(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm")) : QString();
}

} // namespace

ComplaintTableModel::ComplaintTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ComplaintTableModel::setComplaints(const QList<Complaint> &complaints, const QList<ComplaintDeadlines> &deadlines)
{
    beginResetModel();
    m_complaints = complaints;
    m_deadlines = deadlines;
    m_deadlines.resize(m_complaints.size());
    endResetModel();
}

const Complaint *ComplaintTableModel::complaintAt(int row) const
{
    return row >= 0 && row < m_complaints.size() ? &m_complaints.at(row) : nullptr;
}

int ComplaintTableModel::rowOf(qint64 complaintId) const
{
    for (int row = 0; row < m_complaints.size(); ++row)
        if (m_complaints.at(row).id == complaintId)
            return row;
    return -1;
}

int ComplaintTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_complaints.size());
}

int ComplaintTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QColor ComplaintTableModel::stateColour(DeadlineState state)
{
    switch (state) {
    case DeadlineState::Pending: return QColor(0xd7, 0xf2, 0xdc);
    case DeadlineState::DueSoon: return QColor(0xff, 0xec, 0xb3);
    case DeadlineState::Overdue: return QColor(0xf8, 0xc9, 0xc4);
    case DeadlineState::Met: return {};
    case DeadlineState::Missed: return QColor(0xfb, 0xe4, 0xe1);
    }
    return {};
}

QVariant ComplaintTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const Complaint &c = m_complaints.at(index.row());
    const ComplaintDeadlines &d = m_deadlines.at(index.row());
    const DeadlineReading *deadline = index.column() == AcknowledgementColumn ? &d.acknowledgement
                                      : index.column() == ResponseColumn      ? &d.response
                                                                              : nullptr;
    if (role == ComplaintIdRole)
        return c.id;
    if (role == DeadlineStateRole)
        return deadline ? QVariant(static_cast<int>(deadline->state)) : QVariant();
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (index.column()) {
        case NumberColumn: return c.number;
        case ReceivedColumn: return sort ? QVariant(c.receivedAt) : QVariant(localTime(c.receivedAt));
        case StageColumn: {
            if (sort)
                return static_cast<int>(c.stage);
            QString text = ComplaintStages::title(c.stage);
            if (c.awaitsWindowDecision())
                text += tr(" · lewat 30 hari");
            return text;
        }
        case AcknowledgementColumn:
        case ResponseColumn:
            if (sort)
                return deadline->due;
            return QStringLiteral("%1 · %2").arg(localTime(deadline->due), ComplaintRules::stateTitle(deadline->state));
        case ComplainantColumn: return c.content.complainantName.isEmpty() ? tr("(tanpa nama)") : c.content.complainantName;
        case CompletenessColumn:
            if (sort)
                return static_cast<int>(c.missing.size());
            return c.isComplete() ? tr("lengkap") : tr("kurang %1 unsur").arg(c.missing.size());
        case ChannelColumn: return FeedbackChannels::title(c.content.channel);
        default: return {};
        }
    }
    if (role == Qt::BackgroundRole && deadline && !ComplaintStages::isFinal(c.stage)) {
        const QColor colour = stateColour(deadline->state);
        return colour.isValid() ? QVariant(QBrush(colour)) : QVariant();
    }
    if (role == Qt::BackgroundRole && deadline && deadline->state == DeadlineState::Missed)
        return QBrush(stateColour(DeadlineState::Missed));
    if (role == Qt::BackgroundRole && index.column() == StageColumn && c.awaitsWindowDecision())
        return QBrush(QColor(0xff, 0xd5, 0x9e));
    if (role == Qt::ToolTipRole && index.column() == CompletenessColumn && !c.isComplete())
        return ComplaintRules::describeMissing(c.missing);
    if (role == Qt::ToolTipRole && deadline)
        return ComplaintRules::stateTitle(deadline->state);
    if (role == Qt::FontRole && (index.column() == NumberColumn || (deadline && deadline->state == DeadlineState::Overdue))) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return {};
}

QVariant ComplaintTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    QString title;
    switch (section) {
    case NumberColumn: title = tr("Nomor"); break;
    case ReceivedColumn: title = tr("Diterima"); break;
    case StageColumn: title = tr("Tahap"); break;
    case AcknowledgementColumn: title = tr("Tanggapan awal (3 hari kerja)"); break;
    case ResponseColumn: title = tr("Respons (6 hari kerja)"); break;
    case ComplainantColumn: title = tr("Pengadu"); break;
    case CompletenessColumn: title = tr("Kelengkapan"); break;
    case ChannelColumn: title = tr("Saluran"); break;
    default: return {};
    }
    // The list is narrow beside the complaint: a deadline's length goes on a second line
    // of its title (in every language), whole in the tooltip.
    if (role == Qt::DisplayRole && (section == AcknowledgementColumn || section == ResponseColumn))
        title.replace(QStringLiteral(" ("), QStringLiteral("\n("));
    return title;
}
