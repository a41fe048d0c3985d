#pragma once

#include "storage/KeyRing.h"

#include <QList>
#include <QMainWindow>

#include <memory>

class AgreementsWidget;
class AuditViewerWidget;
class BackupController;
class BackupsWidget;
class LockController;
class PupilListWidget;
class QLabel;
class SchoolOverviewWidget;
class StaffListWidget;
class UserListWidget;
class Vault;

namespace Ui {
class MainWindow;
}

// The open school: a section list on the left and the chosen section beside it. Only the sections
// the signed-in role may use are listed, and within them only what the role may do is offered:
// the stores refuse the rest anyway, but a screen should never offer what will be refused.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    enum class Section
    {
        School,     // everyone
        Pupils,     // Permission::ReadPeople
        Staff,      // Permission::ReadPeople
        Agreements, // Permission::ReadPeople: the AUP round
        Users,      // Permission::ManageUsers
        AuditTrail, // Permission::ReadAudit
        Backups,    // Permission::Backup
    };
    Q_ENUM(Section)

    explicit MainWindow(std::unique_ptr<Vault> vault, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shows another school's vault in place of the current one, which is closed.
    void setVault(std::unique_ptr<Vault> vault);
    Vault& vault() const { return *m_vault; }

    // Whether the role may use the section at all, and the sections listed for this session.
    static bool permits(const Vault& vault, Section section);
    QList<Section> sections() const;
    QString sectionTitle(Section section) const;
    // The section's page, or nullptr when it is not listed for this role.
    QWidget* sectionWidget(Section section) const;
    // false, changing nothing, when the section is not listed.
    bool showSection(Section section);
    Section currentSection() const;

    SchoolOverviewWidget* schoolOverview() const { return m_school; }
    PupilListWidget* pupilList() const { return m_pupils; }
    StaffListWidget* staffList() const { return m_staff; }
    AgreementsWidget* agreements() const { return m_agreements; }
    UserListWidget* userList() const { return m_users; }
    AuditViewerWidget* auditViewer() const { return m_audit; }
    BackupsWidget* backups() const { return m_backups; }
    BackupController* backupController() const { return m_backupController; }

    // The work factors new passphrases are sealed with; tests lower them.
    void setKdfLimits(const KdfLimits& limits);

public Q_SLOTS:
    void newSchool();
    void openVault();
    void changePassphrase();
    // Shows the backup warning in the status bar, or hides it once there is nothing to warn of.
    void updateBackupWarning();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void clearSections();
    void buildSections();

    const std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<Vault> m_vault;
    BackupController* m_backupController = nullptr;
    LockController* m_lock = nullptr;
    SchoolOverviewWidget* m_school = nullptr;
    PupilListWidget* m_pupils = nullptr;
    StaffListWidget* m_staff = nullptr;
    AgreementsWidget* m_agreements = nullptr;
    UserListWidget* m_users = nullptr;
    AuditViewerWidget* m_audit = nullptr;
    BackupsWidget* m_backups = nullptr;
    QLabel* m_sessionLabel;
    QLabel* m_backupWarningLabel;
    KdfLimits m_kdfLimits = KdfLimits::defaults();
};
