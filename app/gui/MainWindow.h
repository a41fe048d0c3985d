#pragma once

#include "storage/KeyRing.h"

#include <QMainWindow>

#include <memory>

class PupilListWidget;
class QLabel;
class StaffListWidget;
class Vault;

namespace Ui {
class MainWindow;
}

// The open school: a section list on the left (pupils, staff) and the chosen section beside it.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    enum Section
    {
        Pupils,
        Staff
    };

    explicit MainWindow(std::unique_ptr<Vault> vault, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shows another school's vault in place of the current one, which is closed.
    void setVault(std::unique_ptr<Vault> vault);
    Vault& vault() const { return *m_vault; }
    PupilListWidget* pupilList() const { return m_pupils; }
    StaffListWidget* staffList() const { return m_staff; }
    void showSection(Section section);

    // The work factors a new school's first passphrase is sealed with; tests lower them.
    void setKdfLimits(const KdfLimits& limits) { m_kdfLimits = limits; }

public Q_SLOTS:
    void newSchool();
    void openVault();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    const std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<Vault> m_vault;
    PupilListWidget* m_pupils = nullptr;
    StaffListWidget* m_staff = nullptr;
    QLabel* m_userLabel;
    KdfLimits m_kdfLimits = KdfLimits::defaults();
};
