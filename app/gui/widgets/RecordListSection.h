#pragma once

#include "io/HeaderMapping.h" // RollKind

#include <QDialog>
#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class Vault;

// What the pupils' and the staff's sections share: a table of people read from the vault, with a
// search box and Show leavers above it, how many are shown below it, and Add, Edit, View, Import and
// Export. A role that may change people (Permission::WritePeople) adds, edits and imports them; any
// other sees View only, which opens a record read-only. Any role that reads people may export them.
// After a record is saved the list is read again and the record chosen again, and a new search keeps
// the chosen record while it is still shown.
//
// A section sets up its form, then hands its parts to setUpSection(); it reads the vault and fills
// its model through refill(), and opens its own dialogs.
class RecordListSection : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordListSection)
public:
    ~RecordListSection() override;

    // Reads the records again, keeping the search, the filters and the selection.
    virtual void reload() = 0;
    int shownCount() const;
    bool isEditable() const { return m_editable; }

    // Where Export… saves: given the suggested path, the path chosen, or empty to cancel. A file
    // dialog asks, unless a test answers instead.
    void setSaveLocationChooser(std::function<QString(const QString& suggestedPath)> choose);

public Q_SLOTS:
    void addRecord();
    void editSelected();
    void viewSelected();
    void importRoll();
    void exportRoll();

protected:
    // The widgets of the section's form that the section shares.
    struct Parts
    {
        QTableView* table;
        QLineEdit* search;
        QCheckBox* showLeavers;
        QLabel* count;
        QPushButton* add;
        QPushButton* edit;
        QPushButton* view;
        QPushButton* import;
        QPushButton* exportButton;
    };
    // What opening a record in its dialog came to.
    enum class Opened
    {
        Closed, // nothing changed
        Saved,
        Missing // it could not be read, and the user has been told why
    };

    RecordListSection(Vault& vault, RollKind kind, QWidget* parent);

    // Shows model's records in parts.table, sorted by sortColumn, through the model's roles for
    // sorting and for each record's id (qint64); offers only the buttons the role may use.
    void setUpSection(const Parts& parts, QAbstractItemModel* model, int sortRole, int idRole,
                      int sortColumn);

    // Puts new records in the model (fill does), sizing the columns to the first records shown
    // so that they do not jump as the search narrows, and keeping the selection if it is still shown.
    void refill(const std::function<void()>& fill);
    qint64 selectedId() const;
    void selectRecord(qint64 id);

    // Opens a dialog for a new record; its id once saved, or 0.
    virtual qint64 addInDialog() = 0;
    // Opens the record in its dialog, to edit or only to read.
    virtual Opened openInDialog(qint64 id, bool editing) = 0;
    // For openInDialog(), when the record cannot be read (someone may have removed it meanwhile):
    // tells the user why, under the dialog's title.
    Opened cannotOpen(const QString& title, const QString& error);
    // For openInDialog(): runs the record's dialog, made read-only unless editing.
    template <typename Dialog> Opened runDialog(Dialog& dialog, bool editing)
    {
        if (!editing)
            dialog.setReadOnly();
        return dialog.exec() == QDialog::Accepted && editing ? Opened::Saved : Opened::Closed;
    }
    // "1 pupil", "3 pupils"…
    virtual QString countText(int shown) const = 0;
    // Enables what needs a record chosen; a section with more such buttons adds them.
    virtual void updateActions();

    Vault& vault() const { return m_vault; }

private:
    void openSelected(bool editing);

    Vault& m_vault;
    const RollKind m_kind;
    const bool m_editable;
    Parts m_parts{};
    QSortFilterProxyModel* m_proxy;
    int m_idRole = 0;
    bool m_columnsSized = false;
    std::function<QString(const QString&)> m_chooseSaveLocation;
};
