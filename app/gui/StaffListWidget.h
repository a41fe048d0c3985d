#pragma once

#include "records/StaffStore.h"

#include <QWidget>

#include <memory>

class QSortFilterProxyModel;
class StaffTableModel;
class Vault;

namespace Ui {
class StaffListWidget;
}

// The staff section: search-as-you-type and the table of staff, governors, volunteers and visitors.
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

public Q_SLOTS:
    void addMember();
    void editSelectedMember();

private:
    void applySearch();
    void selectMember(qint64 memberId);
    qint64 selectedMemberId() const;
    void updateActions();

    const std::unique_ptr<Ui::StaffListWidget> m_ui;
    Vault& m_vault;
    StaffTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QList<StaffMember> m_staff; // as read, before the search
    bool m_columnsSized = false;
};
