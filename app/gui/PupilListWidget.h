#pragma once

#include <QWidget>

#include <memory>

class PupilTableModel;
class QSortFilterProxyModel;
class Vault;

namespace Ui {
class PupilListWidget;
}

// The pupils section: search-as-you-type, year and form filters, and the table of pupils.
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

public Q_SLOTS:
    void addPupil();
    void editSelectedPupil();

private:
    void reloadForms();
    void reloadPupils();
    void selectPupil(qint64 pupilId);
    qint64 selectedPupilId() const;
    void updateActions();

    const std::unique_ptr<Ui::PupilListWidget> m_ui;
    Vault& m_vault;
    PupilTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    bool m_columnsSized = false;
};
