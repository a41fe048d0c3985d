#include "PupilDialog.h"

#include "widgets/OptionalDate.h"
#include "widgets/ReadOnlyForm.h"

#include "ui_PupilDialog.h"

#include "domain/AcademicYear.h"
#include "domain/Upn.h"
#include "records/FormStore.h"
#include "storage/Vault.h"

#include <QPushButton>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

PupilDialog::PupilDialog(Vault& vault, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PupilDialog>())
    , m_vault(vault)
    , m_academicStartYear(AcademicYear::containing(QDate::currentDate()).startYear())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Add pupil"));
    m_ui->upnMessageLabel->hide();
    m_ui->yearNoteLabel->hide();
    m_ui->errorLabel->hide();

    // An empty date of birth opens the calendar where the chosen year group's birthdays fall:
    // Reception children are born in the academic year that began five Septembers earlier.
    OptionalDate::setUp(m_ui->dateOfBirthDateEdit, [this] {
        const YearGroup year = chosenYearGroup();
        return year.isValid() ? QDate(m_academicStartYear - 4 - year.ordinal(), 1, 1)
                              : QDate::currentDate().addYears(-7);
    });
    OptionalDate::setUp(m_ui->joinedDateEdit);
    OptionalDate::setUp(m_ui->leftDateEdit);

    for (Gender gender : {Gender::Female, Gender::Male, Gender::Other})
        m_ui->genderComboBox->addItem(PupilStore::genderName(gender), int(gender));
    m_ui->genderComboBox->setCurrentIndex(m_ui->genderComboBox->findData(int(Gender::Other)));

    m_ui->yearGroupComboBox->addItem(tr("Choose…"));
    for (const YearGroup& year : YearGroup::all())
        m_ui->yearGroupComboBox->addItem(year.displayName(), year.ordinal());

    for (Pupil::Status status : {Pupil::Status::OnRoll, Pupil::Status::Left})
        m_ui->statusComboBox->addItem(PupilStore::statusName(status), int(status));

    reloadForms(0);

    m_ui->buttonBox->button(QDialogButtonBox::Save)->setDefault(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PupilDialog::save);
    connect(m_ui->upnLineEdit, &QLineEdit::textChanged, this, [this] { checkUpn(false); });
    connect(m_ui->upnLineEdit, &QLineEdit::editingFinished, this, [this] { checkUpn(true); });
    connect(m_ui->yearGroupComboBox, &QComboBox::currentIndexChanged, this, [this] {
        reloadForms(m_ui->formComboBox->currentData().toLongLong());
        updateYearNote();
    });
    connect(m_ui->dateOfBirthDateEdit, &QDateEdit::dateChanged, this, &PupilDialog::updateYearNote);
    // A destination belongs to a leaver, so it is asked for only once the status says Left.
    connect(m_ui->statusComboBox, &QComboBox::currentIndexChanged, this, [this] {
        updateDestination();
        updateYearNote();
    });
    updateDestination();
    // Leaving is recorded with its date; setting one makes the status follow, and back.
    connect(m_ui->leftDateEdit, &QDateEdit::dateChanged, this, [this](const QDate& date) {
        if (OptionalDate::value(m_ui->leftDateEdit).isValid() && date <= QDate::currentDate())
            m_ui->statusComboBox->setCurrentIndex(m_ui->statusComboBox->findData(int(Pupil::Status::Left)));
    });
}

PupilDialog::~PupilDialog() = default;

void PupilDialog::setAcademicStartYear(int startYear)
{
    m_academicStartYear = startYear;
    updateYearNote();
}

void PupilDialog::setPupil(const Pupil& pupil)
{
    m_pupil = pupil;
    setWindowTitle(pupil.id > 0 ? tr("Edit pupil: %1").arg(pupil.displayName()) : tr("Add pupil"));
    m_ui->legalForenameLineEdit->setText(pupil.legalForename);
    m_ui->preferredForenameLineEdit->setText(pupil.preferredForename);
    m_ui->surnameLineEdit->setText(pupil.surname);
    OptionalDate::set(m_ui->dateOfBirthDateEdit, pupil.dateOfBirth);
    m_ui->genderComboBox->setCurrentIndex(m_ui->genderComboBox->findData(int(pupil.gender)));
    m_ui->upnLineEdit->setText(pupil.upn);
    m_ui->admissionNumberLineEdit->setText(pupil.admissionNumber);
    selectYearGroup(pupil.yearGroup);
    reloadForms(pupil.formId);
    OptionalDate::set(m_ui->joinedDateEdit, pupil.joinedOn);
    OptionalDate::set(m_ui->leftDateEdit, pupil.leftOn);
    m_ui->statusComboBox->setCurrentIndex(m_ui->statusComboBox->findData(int(pupil.status)));
    m_ui->destinationLineEdit->setText(pupil.destination);
    updateDestination();
    m_ui->errorLabel->hide();
    checkUpn(true);
    updateYearNote();
}

void PupilDialog::setReadOnly()
{
    setWindowTitle(tr("Pupil: %1").arg(m_pupil.displayName()));
    ReadOnlyForm::apply(this, m_ui->buttonBox);
}

void PupilDialog::setSuggestedYearGroup(const YearGroup& year, qint64 formId)
{
    selectYearGroup(year);
    reloadForms(formId);
}

void PupilDialog::selectYearGroup(const YearGroup& year)
{
    const int index = year.isValid() ? m_ui->yearGroupComboBox->findData(year.ordinal()) : 0;
    m_ui->yearGroupComboBox->setCurrentIndex(std::max(0, index));
}

YearGroup PupilDialog::chosenYearGroup() const
{
    const QVariant ordinal = m_ui->yearGroupComboBox->currentData();
    return ordinal.isValid() ? YearGroup::fromOrdinal(ordinal.toInt()).value_or(YearGroup()) : YearGroup();
}

void PupilDialog::reloadForms(qint64 selectFormId)
{
    const YearGroup year = chosenYearGroup();
    const QSignalBlocker blocker(m_ui->formComboBox);
    m_ui->formComboBox->clear();
    m_ui->formComboBox->addItem(tr("No form"), qint64(0));
    if (year.isValid()) {
        const auto forms = FormStore(m_vault).list();
        for (const Form& form : forms.valueOr({}))
            if (form.yearGroup == year)
                m_ui->formComboBox->addItem(form.name, form.id);
        if (!forms) {
            m_ui->errorLabel->setText(forms.error());
            m_ui->errorLabel->show();
        }
    }
    m_ui->formComboBox->setCurrentIndex(std::max(0, m_ui->formComboBox->findData(selectFormId)));
    m_ui->formComboBox->setEnabled(m_ui->formComboBox->count() > 1);
}

void PupilDialog::checkUpn(bool finished)
{
    const QString upn = Upn::normalised(m_ui->upnLineEdit->text());
    QString message;
    if (!upn.isEmpty() && !Upn::isValid(upn, &message)) {
        // A UPN still being typed is not wrong yet; once a message shows, it follows every keystroke.
        if (!finished && upn.size() < 13 && m_ui->upnMessageLabel->isHidden())
            return;
    }
    m_ui->upnMessageLabel->setText(message);
    m_ui->upnMessageLabel->setVisible(!message.isEmpty());
}

void PupilDialog::updateYearNote()
{
    const YearGroup chosen = chosenYearGroup();
    const QDate born = OptionalDate::value(m_ui->dateOfBirthDateEdit);
    const std::optional<YearGroup> expected = YearGroup::expectedFor(born, m_academicStartYear);
    // A leaver's year group is the one they left from, whatever their age says now.
    const bool left =
        static_cast<Pupil::Status>(m_ui->statusComboBox->currentData().toInt()) == Pupil::Status::Left;
    const bool differs = !left && chosen.isValid() && expected && *expected != chosen;
    if (differs)
        m_ui->yearNoteLabel->setText(tr("The date of birth suggests %1; the roll says %2.")
                                         .arg(expected->displayName(), chosen.displayName()));
    m_ui->yearNoteLabel->setVisible(differs);
}

void PupilDialog::updateDestination()
{
    const bool left =
        static_cast<Pupil::Status>(m_ui->statusComboBox->currentData().toInt()) == Pupil::Status::Left;
    m_ui->formLayout->setRowVisible(m_ui->destinationLineEdit, left);
}

Pupil PupilDialog::pupilFromFields() const
{
    Pupil p = m_pupil;
    p.legalForename = m_ui->legalForenameLineEdit->text().trimmed();
    p.preferredForename = m_ui->preferredForenameLineEdit->text().trimmed();
    p.surname = m_ui->surnameLineEdit->text().trimmed();
    p.dateOfBirth = OptionalDate::value(m_ui->dateOfBirthDateEdit);
    p.gender = static_cast<Gender>(m_ui->genderComboBox->currentData().toInt());
    p.upn = Upn::normalised(m_ui->upnLineEdit->text());
    p.admissionNumber = m_ui->admissionNumberLineEdit->text().trimmed();
    p.yearGroup = chosenYearGroup();
    p.formId = m_ui->formComboBox->currentData().toLongLong();
    p.formName = p.formId > 0 ? m_ui->formComboBox->currentText() : QString();
    p.joinedOn = OptionalDate::value(m_ui->joinedDateEdit);
    p.leftOn = OptionalDate::value(m_ui->leftDateEdit);
    p.status = static_cast<Pupil::Status>(m_ui->statusComboBox->currentData().toInt());
    // Kept while typed, in case the status goes back to Left, but saved only for a leaver.
    p.destination = p.status == Pupil::Status::Left ? m_ui->destinationLineEdit->text().trimmed() : QString();
    return p;
}

void PupilDialog::save()
{
    Pupil p = pupilFromFields();
    QString error;
    if (!PupilStore(m_vault).save(p, &error)) {
        m_ui->errorLabel->setText(error);
        m_ui->errorLabel->show();
        return;
    }
    m_pupil = p;
    accept();
}
