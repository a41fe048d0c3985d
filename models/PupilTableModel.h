#pragma once

#include "records/PupilStore.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

// The pupils a PupilStore::list() returned, one row each, for a QTableView behind a
// QSortFilterProxyModel sorting by SortRole.
class PupilTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PupilTableModel)
public:
    enum Column
    {
        Surname,
        Forename,
        Year,
        Form,
        DateOfBirth,
        Upn,
        Status,
        ExpectedYear,
        LeftOn,      // leavers: shown with the leavers
        Destination, // leavers: the school they went on to
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // chronological for dates and years, accent-insensitive for names
        IdRole,                      // the pupil's id, as qint64
    };

    explicit PupilTableModel(QObject* parent = nullptr);

    void setPupils(const QList<Pupil>& pupils);
    const QList<Pupil>& pupils() const { return m_pupils; }
    const Pupil& pupilAt(int row) const { return m_pupils.at(row); }
    int rowOf(qint64 pupilId) const; // -1 when not shown

    // The academic year the expected year group is worked out for; the current one by default.
    void setAcademicStartYear(int startYear);
    int academicStartYear() const { return m_academicStartYear; }
    // The year group the date of birth suggests, only where it differs from the recorded one, and
    // never for a leaver.
    std::optional<YearGroup> differingExpectedYear(const Pupil& pupil) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Pupil& pupil, int column) const;
    QVariant sortKey(const Pupil& pupil, int column) const;
    QVariant toolTip(const Pupil& pupil, int column) const;

    QList<Pupil> m_pupils;
    int m_academicStartYear;
};
