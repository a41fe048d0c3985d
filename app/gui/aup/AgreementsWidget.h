#pragma once

#include "domain/AcademicYear.h"

#include <QWidget>

#include <memory>

class AupReturnsWidget;
class AupRoundWidget;
class AupTemplatesWidget;
class Vault;

namespace Ui {
class AgreementsWidget;
}

// The Acceptable Use Policy section: the academic year's round (coverage, issuing, the pack, the
// chase list), the Returns screen for scanning forms back, and the templates and who gets which.
class AgreementsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgreementsWidget)
public:
    explicit AgreementsWidget(Vault& vault, QWidget* parent = nullptr);
    ~AgreementsWidget() override;

    AcademicYear year() const;
    // false, leaving the year as it was, when the user keeps unsaved template edits.
    bool setYear(const AcademicYear& year);
    AupRoundWidget* round() const { return m_round; }
    AupReturnsWidget* returns() const { return m_returns; } // nullptr for a role that may not record them
    AupTemplatesWidget* templates() const { return m_templates; }

private:
    const std::unique_ptr<Ui::AgreementsWidget> m_ui;
    Vault& m_vault;
    AcademicYear m_year;
    AupRoundWidget* m_round;
    AupReturnsWidget* m_returns = nullptr;
    AupTemplatesWidget* m_templates;
};
