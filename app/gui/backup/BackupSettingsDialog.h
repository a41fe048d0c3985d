#pragma once

#include <QDialog>

#include <memory>

class BackupController;

namespace Ui {
class BackupSettingsDialog;
}

// Where backups go, how many are kept, whether Lanyard offers one on closing, and the school's
// 3-2-1 record, with a button to back up at once. A role that may not change settings sees them
// without a Save button; one that may not back up sees no Back Up Now button.
class BackupSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupSettingsDialog)
public:
    explicit BackupSettingsDialog(BackupController& controller, QWidget* parent = nullptr);
    ~BackupSettingsDialog() override;

public Q_SLOTS:
    void browse();
    void backUpNow();
    void save();

private:
    void refreshStatus();
    void showError(const QString& message);

    const std::unique_ptr<Ui::BackupSettingsDialog> m_ui;
    BackupController& m_controller;
};
