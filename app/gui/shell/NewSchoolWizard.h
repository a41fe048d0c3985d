#pragma once

#include "storage/KeyRing.h"

#include <QWizard>

#include <memory>

class Vault;

namespace Ui {
class NewSchoolWizard;
}

// Creates a school's vault: the school, its first administrator and where the file goes, then
// shows the recovery key, once, to be written down or printed for the school safe.
class NewSchoolWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewSchoolWizard)
public:
    enum Page
    {
        SchoolPage,
        AdministratorPage,
        SavePage,
        RecoveryKeyPage
    };

    explicit NewSchoolWizard(QWidget* parent = nullptr);
    ~NewSchoolWizard() override;

    // Tests lower the Argon2id work factors to stay fast.
    void setKdfLimits(const KdfLimits& limits) { m_kdfLimits = limits; }
    // The vault created on the way to the last page; empty before, and after the first call.
    std::unique_ptr<Vault> takeVault();

    bool validateCurrentPage() override;

public Q_SLOTS:
    void reject() override;

protected:
    void initializePage(int id) override;

private:
    bool validateSchool();
    bool validateAdministrator();
    bool createVault();
    void updatePassphraseMessage();
    void browse();
    void printRecoveryKey();
    void saveRecoverySheet();
    // The printing or saving in the new vault's audit trail; the vault is open on the key's page.
    void recordRecoverySheet(const QString& how);
    QString chosenPath() const;

    const std::unique_ptr<Ui::NewSchoolWizard> m_ui;
    std::unique_ptr<Vault> m_vault;
    KdfLimits m_kdfLimits = KdfLimits::defaults();
};
