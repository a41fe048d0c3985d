#pragma once

#include "records/SchoolStore.h"

#include <QDate>
#include <QWidget>

#include <memory>

class Vault;

namespace Ui {
class SchoolOverviewWidget;
}

// The first section every role sees: the school's name and URN, this academic year and its terms,
// and who is signed in with what role. An administrator (Permission::ManageSettings) edits the
// school's details here, with the store's rules checked as they type.
class SchoolOverviewWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchoolOverviewWidget)
public:
    // While editing: reads, shrinks and shows the picture as the logo to save; false, with the
    // reason shown, for a file that is not a picture.
    bool chooseLogo(const QString& path);
    explicit SchoolOverviewWidget(Vault& vault, QWidget* parent = nullptr);
    ~SchoolOverviewWidget() override;

    // Reads the school and the year again; leaves an edit in progress alone.
    void reload();
    // The day the academic year and term are worked out from; today unless a test says otherwise.
    void setToday(const QDate& today);
    bool isEditing() const;

public Q_SLOTS:
    void editDetails();
    void saveDetails();
    void cancelEditing();

Q_SIGNALS:
    void schoolChanged(const School& school);

private:
    void showSchool();
    void showYear();
    void showUser();
    School schoolFromFields() const;
    void checkFields();
    void showValidation(const QString& message);
    void showLogo(const QByteArray& png);

    const std::unique_ptr<Ui::SchoolOverviewWidget> m_ui;
    Vault& m_vault;
    School m_school;
    QDate m_today;
    QByteArray m_logo; // PNG, as it will be saved; empty for none
};
