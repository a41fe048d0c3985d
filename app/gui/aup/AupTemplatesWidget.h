#pragma once

#include "domain/AcademicYear.h"
#include "records/AgreementStore.h"

#include <QWidget>

#include <memory>

class QComboBox;
class Vault;

namespace Ui {
class AupTemplatesWidget;
}

// The wording of the year's Acceptable Use Policies, one per audience, and which year groups get
// which pupils' agreement. Saving wording that has already gone out on forms makes a new version, so
// the forms keep the words they were issued with; the version line says how many that is. Unsaved
// edits are never lost silently: changing agreement or year asks Save / Discard / Cancel. A role
// without Permission::WritePeople reads the wording and the rules but cannot change them.
class AupTemplatesWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AupTemplatesWidget)
public:
    explicit AupTemplatesWidget(Vault& vault, QWidget* parent = nullptr);
    ~AupTemplatesWidget() override;

    // Shows the year's wording and rules, reading them again. Asks about unsaved edits first;
    // false when they were kept (Cancel, or a save that failed) and the shown year is unchanged.
    bool setYear(const AcademicYear& year);
    bool isEditable() const { return m_editable; }
    bool hasUnsavedChanges() const { return templateChanged() || rulesChanged(); }
    // Asks Save / Discard / Cancel about unsaved wording and rules, as setYear() does; for the
    // section around this widget to call before it is left. True when there is nothing left unsaved.
    bool maybeSave();

public Q_SLOTS:
    bool saveTemplate();
    void revertTemplate();
    void restoreDefaultWording();
    bool saveRules();

private:
    enum class Unsaved
    {
        Wording,
        WordingAndRules,
    };

    bool settleEdits(Unsaved scope);
    void loadYear();
    void chooseAudience(int row);
    void showTemplate(int row);
    void showVersion();
    void showStatus(const QString& text, bool refused);
    void updateButtons();
    bool templateChanged() const;
    bool rulesChanged() const;
    AupTemplate* shownTemplate();
    const AupTemplate* shownTemplate() const;

    void fillRules(const QList<AupRule>& rules);
    QComboBox* addCombo(int row, int column);
    int ruleChoice(int yearOrdinal, int column) const; // the data of that year's combo in the column
    QList<AupRule> editedRules() const;
    void updateSignerCombos();

    const std::unique_ptr<Ui::AupTemplatesWidget> m_ui;
    Vault& m_vault;
    const bool m_editable;
    AcademicYear m_year;
    QList<AupTemplate> m_templates; // as saved, one per row of the audience list
    int m_shownRow = -1;
    QList<AupRule> m_rules; // as saved
};
