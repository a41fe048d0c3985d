#pragma once

#include "records/StaffStore.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class Vault;

namespace Ui {
class StaffDialog;
}

// Adds or edits one member of staff. A refusal from the StaffStore is shown under the form and
// the dialog stays open.
class StaffDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaffDialog)
public:
    explicit StaffDialog(Vault& vault, QWidget* parent = nullptr);
    ~StaffDialog() override;

    void setMember(const StaffMember& member);
    // For a role that may read staff but not change them: the member set last is shown with Close only.
    void setReadOnly();
    // The member as last saved, with its id.
    const StaffMember& member() const { return m_member; }

public Q_SLOTS:
    void save();

private:
    QList<std::pair<QCheckBox*, StaffRole>> roleCheckBoxes() const;
    StaffMember memberFromFields() const;

    const std::unique_ptr<Ui::StaffDialog> m_ui;
    Vault& m_vault;
    StaffMember m_member;
};
