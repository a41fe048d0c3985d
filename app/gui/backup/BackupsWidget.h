#pragma once

#include <QWidget>

#include <memory>

class BackupController;

namespace Ui {
class BackupsWidget;
}

// The backups section: when the school last backed up and where to, where backups go and how
// many are kept, how the school stands against the 3-2-1 rule, and Back Up Now. The settings are
// changed in BackupSettingsDialog, offered only to a role that may change them.
class BackupsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupsWidget)
public:
    explicit BackupsWidget(BackupController& controller, QWidget* parent = nullptr);
    ~BackupsWidget() override;

public Q_SLOTS:
    // Reads the settings and the last backup again.
    void refresh();
    void backUpNow();
    void changeSettings();

private:
    void showResult(const QString& message, bool failed);

    const std::unique_ptr<Ui::BackupsWidget> m_ui;
    BackupController& m_controller;
};
