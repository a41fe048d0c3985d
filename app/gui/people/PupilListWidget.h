#pragma once

#include "widgets/RecordListSection.h"

#include <memory>

class PupilTableModel;
class Vault;

namespace Ui {
class PupilListWidget;
}

// The pupils section: search-as-you-type, year and form filters, and the table of pupils, as
// RecordListSection offers it. Leavers, and the columns that say when and where they went, show
// only when asked for.
class PupilListWidget final : public RecordListSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PupilListWidget)
public:
    explicit PupilListWidget(Vault& vault, QWidget* parent = nullptr);
    ~PupilListWidget() override;

    // Reads the forms and pupils again, keeping the filters and the selection.
    void reload() override;

protected:
    qint64 addInDialog() override;
    Opened openInDialog(qint64 id, bool editing) override;
    QString countText(int shown) const override;

private:
    void reloadForms();
    void reloadPupils();

    const std::unique_ptr<Ui::PupilListWidget> m_ui;
    PupilTableModel* m_model;
    bool m_leaverColumnsSized = false;
};
