#pragma once

#include "domain/AcademicYear.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QTreeWidgetItem;
class Vault;

namespace Ui {
class AupRoundWidget;
}

// The year's AUP round at a glance: how many forms are back, per year group and per form, and who
// is still outstanding where the list is chosen; from here the office issues the agreements, prints
// the Michaelmas pack for the school or one form, and prints the chase list for teachers.
class AupRoundWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AupRoundWidget)
public:
    explicit AupRoundWidget(Vault& vault, QWidget* parent = nullptr);
    ~AupRoundWidget() override;

    void setYear(const AcademicYear& year);
    // The form chosen in the coverage list; 0 for none (a year group or nothing chosen).
    qint64 selectedFormId() const;

public Q_SLOTS:
    void reload();
    void issue();

Q_SIGNALS:
    void issued();

private:
    void showOutstanding();
    void printPack(qint64 formId);
    void printChaseList();

    const std::unique_ptr<Ui::AupRoundWidget> m_ui;
    Vault& m_vault;
    AcademicYear m_year;
    QHash<QString, qint64> m_formIds; // by name
};
