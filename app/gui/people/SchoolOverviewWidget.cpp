#include "SchoolOverviewWidget.h"

#include "ui_SchoolOverviewWidget.h"

#include "domain/AcademicYear.h"
#include "records/AcademicYearStore.h"
#include "storage/Vault.h"
#include "users/AddUserDialog.h"

#include <QBuffer>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace {
QString longDate(const QDate& date)
{
    return QLocale().toString(date, u"ddd d MMMM yyyy"_s);
}

QString orNotRecorded(const QString& text)
{
    return text.trimmed().isEmpty() ? SchoolOverviewWidget::tr("Not recorded") : text.trimmed();
}
} // namespace

SchoolOverviewWidget::SchoolOverviewWidget(Vault& vault, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SchoolOverviewWidget>())
    , m_vault(vault)
    , m_today(QDate::currentDate())
{
    m_ui->setupUi(this);
    QFont title = m_ui->schoolNameLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.6);
    title.setBold(true);
    m_ui->schoolNameLabel->setFont(title);
    const int lines = m_ui->addressPlainTextEdit->fontMetrics().lineSpacing();
    m_ui->addressPlainTextEdit->setFixedHeight(lines * 4 + 2 * m_ui->addressPlainTextEdit->frameWidth() + 8);

    // Only a role that may change the settings is offered the edit; the others see the details.
    m_ui->editSchoolButton->setVisible(m_vault.can(Permission::ManageSettings));
    m_ui->cancelEditButton->hide();
    m_ui->saveSchoolButton->hide();
    m_ui->validationLabel->hide();
    // The details are read on one page and edited on another, shown in its place: a stacked widget
    // would keep the taller editing page's height while reading.
    m_ui->editPage->hide();

    connect(m_ui->editSchoolButton, &QPushButton::clicked, this, &SchoolOverviewWidget::editDetails);
    connect(m_ui->saveSchoolButton, &QPushButton::clicked, this, &SchoolOverviewWidget::saveDetails);
    connect(m_ui->cancelEditButton, &QPushButton::clicked, this, &SchoolOverviewWidget::cancelEditing);
    connect(m_ui->chooseLogoButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose the School's Logo"), {},
                                                          tr("Images (*.png *.jpg *.jpeg *.bmp *.gif)"));
        if (!path.isEmpty())
            chooseLogo(path);
    });
    connect(m_ui->removeLogoButton, &QPushButton::clicked, this, [this] { showLogo(QByteArray()); });
    for (QLineEdit* edit : {m_ui->nameLineEdit, m_ui->urnLineEdit, m_ui->postcodeLineEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &SchoolOverviewWidget::checkFields);
        connect(edit, &QLineEdit::returnPressed, this, &SchoolOverviewWidget::saveDetails);
    }
    connect(m_ui->addressPlainTextEdit, &QPlainTextEdit::textChanged, this,
            &SchoolOverviewWidget::checkFields);

    showUser();
    reload();
}

SchoolOverviewWidget::~SchoolOverviewWidget() = default;

void SchoolOverviewWidget::reload()
{
    const auto school = SchoolStore(m_vault).load();
    m_school = school.valueOr({});
    showSchool();
    if (!school)
        m_ui->urnValueLabel->setText(school.error());
    showYear();
}

void SchoolOverviewWidget::setToday(const QDate& today)
{
    m_today = today;
    showYear();
}

bool SchoolOverviewWidget::isEditing() const
{
    return !m_ui->editPage->isHidden();
}

void SchoolOverviewWidget::showSchool()
{
    m_ui->schoolNameLabel->setText(m_school.name.isEmpty() ? tr("Your school") : m_school.name);
    m_ui->urnValueLabel->setText(orNotRecorded(m_school.urn));
    m_ui->addressValueLabel->setText(orNotRecorded(m_school.address));
    m_ui->postcodeValueLabel->setText(orNotRecorded(m_school.postcode));
}

void SchoolOverviewWidget::showYear()
{
    const AcademicYear year = AcademicYear::containing(m_today);
    m_ui->yearGroupBox->setTitle(tr("Academic year %1").arg(year.name()));

    const auto read = AcademicYearStore(m_vault).terms(year);
    QList<Term> terms = read.valueOr({});
    const bool ownDates = !terms.isEmpty();
    if (!ownDates)
        terms = year.defaultTerms();

    while (QLayoutItem* item = m_ui->termsGridLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const std::optional<Term> current = AcademicYear::termAt(terms, m_today);
    for (int row = 0; row < terms.size(); ++row) {
        const Term& term = terms.at(row);
        const bool now = current && *current == term;
        auto* name = new QLabel(term.name, m_ui->yearGroupBox);
        auto* dates =
            new QLabel(tr("%1 to %2").arg(longDate(term.start), longDate(term.end)), m_ui->yearGroupBox);
        auto* when = new QLabel(now                  ? tr("This term")
                                : term.end < m_today ? tr("Finished")
                                                     : tr("To come"),
                                m_ui->yearGroupBox);
        name->setObjectName(u"term%1NameLabel"_s.arg(row));
        dates->setObjectName(u"term%1DatesLabel"_s.arg(row));
        when->setObjectName(u"term%1StatusLabel"_s.arg(row));
        if (now) {
            for (QLabel* label : {name, dates, when}) {
                QFont font = label->font();
                font.setBold(true);
                label->setFont(font);
            }
        }
        m_ui->termsGridLayout->addWidget(name, row, 0);
        m_ui->termsGridLayout->addWidget(dates, row, 1);
        m_ui->termsGridLayout->addWidget(when, row, 2);
    }
    m_ui->termsGridLayout->setColumnStretch(2, 1);

    if (current) {
        const qint64 week = current->start.daysTo(m_today) / 7 + 1;
        m_ui->todayLabel->setText(tr("Today is in week %1 of the %2 term.").arg(week).arg(current->name));
    } else {
        const auto next =
            std::find_if(terms.cbegin(), terms.cend(), [&](const Term& t) { return t.start > m_today; });
        m_ui->todayLabel->setText(next == terms.cend()
                                      ? tr("The last term of %1 has ended.").arg(year.name())
                                      : tr("Today falls in the holidays: the %1 term starts on %2.")
                                            .arg(next->name, longDate(next->start)));
    }
    m_ui->termsNoteLabel->setText(
        !read ? read.error()
              : tr("These are Lanyard's standard dates: the school has not entered its own term "
                   "dates for %1 yet.")
                    .arg(year.name()));
    m_ui->termsNoteLabel->setVisible(!ownDates || !read);
}

void SchoolOverviewWidget::showUser()
{
    const VaultUser& user = m_vault.user();
    m_ui->signedInValueLabel->setText(user.id == 0 ? tr("The school's recovery key")
                                                   : tr("%1 (%2)").arg(user.displayName, user.name));
    m_ui->roleValueLabel->setText(Roles::displayName(user.role));
    m_ui->roleDescriptionLabel->setText(AddUserDialog::roleDescription(user.role));
}

School SchoolOverviewWidget::schoolFromFields() const
{
    School school = m_school;
    school.name = m_ui->nameLineEdit->text().trimmed();
    school.urn = m_ui->urnLineEdit->text().trimmed();
    school.address = m_ui->addressPlainTextEdit->toPlainText().trimmed();
    school.postcode = m_ui->postcodeLineEdit->text().trimmed().toUpper();
    return school;
}

void SchoolOverviewWidget::showValidation(const QString& message)
{
    m_ui->validationLabel->setText(message);
    m_ui->validationLabel->setVisible(!message.isEmpty());
}

void SchoolOverviewWidget::checkFields()
{
    if (!isEditing())
        return;
    QString error;
    const bool valid = SchoolStore::validate(schoolFromFields(), &error);
    showValidation(valid ? QString() : error);
    m_ui->saveSchoolButton->setEnabled(valid);
}

void SchoolOverviewWidget::editDetails()
{
    if (!m_vault.can(Permission::ManageSettings))
        return;
    m_ui->nameLineEdit->setText(m_school.name);
    m_ui->urnLineEdit->setText(m_school.urn);
    m_ui->addressPlainTextEdit->setPlainText(m_school.address);
    m_ui->postcodeLineEdit->setText(m_school.postcode);
    const auto logo = SchoolStore(m_vault).logo();
    if (!logo) {
        // Editing without the logo would save the school without it.
        QMessageBox::warning(this, tr("School"), logo.error());
        return;
    }
    showLogo(*logo);
    m_ui->viewPage->hide();
    m_ui->editPage->show();
    m_ui->editSchoolButton->hide();
    m_ui->cancelEditButton->show();
    m_ui->saveSchoolButton->show();
    m_ui->saveSchoolButton->setDefault(true);
    checkFields();
    m_ui->nameLineEdit->setFocus();
}

void SchoolOverviewWidget::cancelEditing()
{
    m_ui->editPage->hide();
    m_ui->viewPage->show();
    showValidation({});
    m_ui->cancelEditButton->hide();
    m_ui->saveSchoolButton->hide();
    m_ui->editSchoolButton->setVisible(m_vault.can(Permission::ManageSettings));
}

void SchoolOverviewWidget::saveDetails()
{
    if (!isEditing() || !m_ui->saveSchoolButton->isEnabled())
        return;
    const School school = schoolFromFields();
    QString error;
    SchoolStore store(m_vault);
    if (!store.save(school, &error) || !store.setLogo(m_logo, &error)) {
        showValidation(error);
        return;
    }
    cancelEditing();
    reload();
    Q_EMIT schoolChanged(m_school);
}

bool SchoolOverviewWidget::chooseLogo(const QString& path)
{
    QImage image(path);
    if (image.isNull()) {
        showValidation(tr("Lanyard cannot read %1 as a picture. Choose a PNG or JPEG file.")
                           .arg(QFileInfo(path).fileName()));
        return false;
    }
    // Printed about 12 mm tall: 300 pixels is sharp on paper and keeps the vault small.
    if (image.height() > 300)
        image = image.scaledToHeight(300, Qt::SmoothTransformation);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    showValidation({});
    showLogo(png);
    return true;
}

void SchoolOverviewWidget::showLogo(const QByteArray& png)
{
    m_logo = png;
    const QPixmap logo = QPixmap::fromImage(QImage::fromData(png));
    const int height = m_ui->chooseLogoButton->sizeHint().height() * 2;
    m_ui->logoPreviewLabel->setPixmap(logo.isNull() ? QPixmap()
                                                    : logo.scaledToHeight(height, Qt::SmoothTransformation));
    m_ui->logoPreviewLabel->setText(logo.isNull() ? tr("None") : QString());
    m_ui->removeLogoButton->setEnabled(!logo.isNull());
}
