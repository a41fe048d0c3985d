#pragma once

#include <QWidget>

#include <memory>

class Vault;

namespace Ui {
class AuditViewerWidget;
}

// The audit trail, for administrators and the head: who did what and when, newest first, filtered
// by user, dates and record, and a check of the whole vault on demand.
class AuditViewerWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditViewerWidget)
public:
    explicit AuditViewerWidget(Vault& vault, QWidget* parent = nullptr);
    ~AuditViewerWidget() override;

    int shownCount() const;

public Q_SLOTS:
    // Reads the trail again, keeping the filters.
    void reload();
    // Checks the chain, every audited record and the file, and shows the verdict.
    void verifyNow();

private:
    void fillChoices();
    void showEntries();
    void selectEntry(qint64 entryId);

    const std::unique_ptr<Ui::AuditViewerWidget> m_ui;
    Vault& m_vault;
    bool m_columnsSized = false;
};
