#pragma once

#include "domain/AcademicYear.h"
#include "records/StaffStore.h"

#include <QWidget>

#include <memory>

class QSortFilterProxyModel;
class StaffTableModel;
class Vault;

namespace Ui {
class StaffListWidget;
}

// The staff section: search-as-you-type and the table of staff, governors, volunteers and visitors,
// with whether each has signed the staff AUP for the current academic year.
// A role that may change them (Permission::WritePeople) adds, edits, imports and records AUPs
// signed; any other sees View only. Any role that reads them may export them.
class StaffListWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaffListWidget)
public:
    explicit StaffListWidget(Vault& vault, QWidget* parent = nullptr);
    ~StaffListWidget() override;

    // Reads the staff again, keeping the search and the selection.
    void reload();
    int shownCount() const;
    bool isEditable() const { return m_editable; }

public Q_SLOTS:
    void addMember();
    void editSelectedMember();
    void viewSelectedMember();
    void importStaff();
    void exportStaff();
    void recordAupSigned();

private:
    void applySearch();
    void selectMember(qint64 memberId);
    qint64 selectedMemberId() const;
    void updateActions();
    void openSelectedMember(bool editing);

    const std::unique_ptr<Ui::StaffListWidget> m_ui;
    Vault& m_vault;
    StaffTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QList<StaffMember> m_staff; // as read, before the search
    AcademicYear m_aupYear;     // the year the AUP column shows: the current one when last read
    const bool m_editable;
    bool m_columnsSized = false;
};
