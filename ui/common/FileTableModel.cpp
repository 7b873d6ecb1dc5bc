#include "common/FileTableModel.h"

#include "catalog/Service.h"
#include "clock/ServiceClock.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QSet>

#include <limits>

FileTableModel::FileTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void FileTableModel::setFiles(const QList<FileSummary> &files, const QList<ClockReading> &clocks)
{
    QSet<qint64> incoming;
    for (const FileSummary &f : files)
        incoming.insert(f.applicationId);
    // The files kept must keep their order; otherwise (rare: a list sorted anew) a reset.
    QList<qint64> keptOrder;
    for (const FileSummary &f : std::as_const(m_files))
        if (incoming.contains(f.applicationId))
            keptOrder << f.applicationId;
    QSet<qint64> kept(keptOrder.cbegin(), keptOrder.cend());
    QList<qint64> incomingKept;
    for (const FileSummary &f : files)
        if (kept.contains(f.applicationId))
            incomingKept << f.applicationId;
    if (keptOrder != incomingKept || m_files.isEmpty()) {
        beginResetModel();
        m_files = files;
        m_clocks = clocks;
        m_clocks.resize(m_files.size());
        endResetModel();
        return;
    }
    for (qsizetype row = m_files.size() - 1; row >= 0; --row) {
        if (incoming.contains(m_files.at(row).applicationId))
            continue;
        beginRemoveRows({}, int(row), int(row));
        m_files.removeAt(row);
        m_clocks.removeAt(row);
        endRemoveRows();
    }
    for (qsizetype row = 0; row < files.size(); ++row) {
        if (row < m_files.size() && m_files.at(row).applicationId == files.at(row).applicationId)
            continue;
        beginInsertRows({}, int(row), int(row));
        m_files.insert(row, files.at(row));
        m_clocks.insert(row, ClockReading());
        endInsertRows();
    }
    m_files = files;
    m_clocks = clocks;
    m_clocks.resize(m_files.size());
    if (!m_files.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void FileTableModel::updateClocks(const QList<ClockReading> &clocks)
{
    if (clocks.size() != m_files.size() || m_files.isEmpty())
        return;
    m_clocks = clocks;
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

bool FileTableModel::isOpen(const FileSummary &f) const
{
    return f.status == ApplicationStatus::Queued || f.status == ApplicationStatus::InProgress || f.status == ApplicationStatus::Paused;
}

std::optional<ClockState> FileTableModel::urgency(int row) const
{
    const ClockReading &c = m_clocks.at(row);
    if (!c.started || c.finished || !isOpen(m_files.at(row)))
        return std::nullopt;
    return c.state;
}

qint64 FileTableModel::urgencyKey(int row) const
{
    // rank * 10^12 + seconds since the epoch (about 1.8 * 10^9 today).
    constexpr qint64 step = 1'000'000'000'000;
    const FileSummary &f = m_files.at(row);
    const ClockReading &c = m_clocks.at(row);
    if (const std::optional<ClockState> state = urgency(row)) {
        const int rank = *state == ClockState::Overdue ? 0 : *state == ClockState::AtRisk ? 1 : 2;
        const QDateTime due = c.dueAt.isValid() ? c.dueAt : f.dueAt;
        return rank * step + (due.isValid() ? due.toSecsSinceEpoch() : step - 1);
    }
    const int rank = ApplicationStatuses::isFinal(f.status) ? 4 : 3;
    return rank * step + (f.arrivedAt.isValid() ? f.arrivedAt.toSecsSinceEpoch() : step - 1);
}

const FileSummary *FileTableModel::fileAt(int row) const
{
    return row >= 0 && row < m_files.size() ? &m_files.at(row) : nullptr;
}

int FileTableModel::rowOf(qint64 applicationId) const
{
    for (int row = 0; row < m_files.size(); ++row)
        if (m_files.at(row).applicationId == applicationId)
            return row;
    return -1;
}

int FileTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_files.size());
}

int FileTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FileTableModel::localTime(const QDateTime &utc, bool withDate)
{
    if (!utc.isValid())
        return {};
    return utc.toLocalTime().toString(withDate ? QStringLiteral("dd-MM-yyyy HH:mm") : QStringLiteral("HH:mm"));
}

QVariant FileTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const FileSummary &f = m_files.at(index.row());
    const ClockReading &c = m_clocks.at(index.row());
    const bool open = isOpen(f);
    const std::optional<ClockState> late = urgency(index.row());
    if (role == ApplicationIdRole)
        return f.applicationId;
    if (role == ClockStateRole)
        return c.started ? ServiceClock::stateKey(c.state) : QString();
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (index.column()) {
        case QueueColumn: return f.queueNumber;
        case NumberColumn: return f.number;
        case ArrivedColumn: return sort ? QVariant(f.arrivedAt) : QVariant(localTime(f.arrivedAt, f.arrivedAt.toLocalTime().date() != QDate::currentDate()));
        case ApplicantColumn: return f.applicantName;
        case VendorColumn: return f.vendorName;
        case ServiceColumn:
            if (sort)
                return f.serviceNumber;
            return Service::titleOf(f.serviceNumber, f.serviceName);

        case StatusColumn: {
            if (sort)
                return urgencyKey(index.row());
            QString text = ApplicationStatuses::title(f.status);
            if (f.discretion)
                text += tr(" (diskresi)");
            // Overdue and at risk come first in the text: "Terlambat · Diproses".
            if (late && (*late == ClockState::AtRisk || *late == ClockState::Overdue))
                text = QStringLiteral("%1 · %2").arg(ServiceClock::stateTitle(*late), text);
            return text;
        }
        case OfficerColumn: return f.claimedByName;
        case DueColumn:
            if (c.started && !c.promised) // Layanan lain: nothing is due
                return sort ? QVariant(QDateTime()) : QVariant(tr("tanpa standar"));
            if (sort)
                return c.dueAt.isValid() ? QVariant(c.dueAt) : QVariant(f.dueAt);
            return localTime(c.dueAt.isValid() ? c.dueAt : f.dueAt, true);
        case ClockColumn: {
            if (!c.started) {
                if (sort)
                    return f.arrivedAt.isValid() && m_now.isValid() ? f.arrivedAt.secsTo(m_now) : 0;
                // Not accepted yet: how long the walk-in has waited at the helpdesk.
                if (!ApplicationStatuses::isFinal(f.status) && f.arrivedAt.isValid() && m_now.isValid())
                    return tr("menunggu %1 menit").arg(std::max<qint64>(0, f.arrivedAt.secsTo(m_now) / 60));
                return QString();
            }
            if (!c.promised) { // the time counted, nothing promised (Pasal 9)
                if (sort)
                    return std::numeric_limits<qint64>::max() - c.elapsedSeconds;
                if (c.finished)
                    return tr("%1, tanpa standar").arg(ServiceClock::describeDuration(c.elapsedSeconds));
                QString text = tr("berjalan %1, tanpa standar").arg(ServiceClock::describeDuration(c.elapsedSeconds));
                if (c.paused || f.status == ApplicationStatus::Paused)
                    text = tr("ditunda · ") + text;
                return open ? text : QString();
            }
            if (sort)
                return c.remainingSeconds;
            if (c.finished)
                return c.met ? tr("tepat waktu") : tr("terlambat %1").arg(ServiceClock::describeDuration(-c.remainingSeconds));
            QString text = c.remainingSeconds >= 0 ? tr("sisa %1").arg(ServiceClock::describeDuration(c.remainingSeconds))
                                                   : tr("lewat %1").arg(ServiceClock::describeDuration(-c.remainingSeconds));
            if (c.paused || f.status == ApplicationStatus::Paused)
                text = tr("ditunda · ") + text;
            return open ? text : QString();
        }
        default: return {};
        }
    }
    // An overdue or at-risk file colours its whole row; one on time only its clock cells.
    if (role == Qt::BackgroundRole && late) {
        switch (*late) {
        case ClockState::OnTime:
            if (index.column() == ClockColumn || index.column() == DueColumn)
                return QBrush(QColor(0xd7, 0xf2, 0xdc));
            break;
        case ClockState::AtRisk: return QBrush(QColor(0xff, 0xe0, 0x82));
        case ClockState::Overdue: return QBrush(QColor(0xef, 0x9a, 0x9a));
        case ClockState::Unpromised: break; // no promise to colour
        }
    }
    if (role == Qt::ForegroundRole && late && *late == ClockState::Overdue)
        return QBrush(QColor(0x7f, 0x00, 0x00));
    if (role == Qt::FontRole && late && *late == ClockState::Overdue) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ToolTipRole && index.column() == ClockColumn && c.started)
        return ServiceClock::stateTitle(c.state);
    if (role == Qt::ToolTipRole && (index.column() == ServiceColumn || index.column() == VendorColumn))
        return index.column() == ServiceColumn ? f.serviceName : f.vendorName;
    if (role == Qt::FontRole && index.column() == QueueColumn) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return {};
}

QVariant FileTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case QueueColumn: return tr("Antrian");
    case NumberColumn: return tr("No. berkas");
    case ArrivedColumn: return tr("Datang");
    case ApplicantColumn: return tr("Pemohon");
    case VendorColumn: return tr("Penyedia");
    case ServiceColumn: return tr("Layanan");
    case StatusColumn: return tr("Status");
    case OfficerColumn: return tr("Petugas");
    case DueColumn: return tr("Batas waktu");
    case ClockColumn: return tr("Waktu");
    default: return {};
    }
}
