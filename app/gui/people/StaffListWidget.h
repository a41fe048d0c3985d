#pragma once

#include "domain/AcademicYear.h"
#include "records/StaffStore.h"
#include "widgets/RecordListSection.h"

#include <memory>

class StaffTableModel;
class Vault;

namespace Ui {
class StaffListWidget;
}

// The staff section: search-as-you-type and the table of staff, governors, volunteers and visitors,
// with whether each has signed the staff AUP for the current academic year, as RecordListSection
// offers it. A role that may change them also records AUPs signed.
class StaffListWidget final : public RecordListSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaffListWidget)
public:
    explicit StaffListWidget(Vault& vault, QWidget* parent = nullptr);
    ~StaffListWidget() override;

    // Reads the staff again, keeping the search and the selection.
    void reload() override;

public Q_SLOTS:
    void recordAupSigned();

protected:
    qint64 addInDialog() override;
    Opened openInDialog(qint64 id, bool editing) override;
    QString countText(int shown) const override;
    void updateActions() override;

private:
    void applySearch();

    const std::unique_ptr<Ui::StaffListWidget> m_ui;
    StaffTableModel* m_model;
    QList<StaffMember> m_staff; // as read, before the search
    AcademicYear m_aupYear;     // the year the AUP column shows: the current one when last read
};
