#pragma once

#include <QWidget>

#include <memory>

class PupilTableModel;
class QSortFilterProxyModel;
class Vault;

namespace Ui {
class PupilListWidget;
}

// The pupils section: search-as-you-type, year and form filters, and the table of pupils. A role
// that may change pupils (Permission::WritePeople) adds, edits and imports them; any other sees View
// only, which opens a pupil read-only. Any role that reads pupils may export them.
class PupilListWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PupilListWidget)
public:
    explicit PupilListWidget(Vault& vault, QWidget* parent = nullptr);
    ~PupilListWidget() override;

    // Reads the forms and pupils again, keeping the filters and the selection.
    void reload();
    int shownCount() const;
    bool isEditable() const { return m_editable; }

public Q_SLOTS:
    void addPupil();
    void editSelectedPupil();
    void viewSelectedPupil();
    void importPupils();
    void exportPupils();

private:
    void reloadForms();
    void reloadPupils();
    void selectPupil(qint64 pupilId);
    qint64 selectedPupilId() const;
    void updateActions();
    void openSelectedPupil(bool editing);

    const std::unique_ptr<Ui::PupilListWidget> m_ui;
    Vault& m_vault;
    PupilTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    const bool m_editable;
    bool m_columnsSized = false;
    bool m_leaverColumnsSized = false;
};
