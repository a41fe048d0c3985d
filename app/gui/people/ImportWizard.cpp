#include "ImportWizard.h"

#include "ui_ImportWizard.h"

#include "storage/Vault.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDebug>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalBlocker>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int PreviewRows = 12;                // the heading row and enough rows to see the names by
constexpr int PreviewColumnWidth = 220;        // a long column is cut short rather than pushing the rest away
const QString FolderSetting = u"csv/folder"_s; // where the last CSV file was chosen, in or out

void showMessage(QLabel* label, const QString& message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

QString encodingLabel(CsvEncoding encoding)
{
    return encoding == CsvEncoding::Windows1252 ? ImportWizard::tr("Windows-1252 (Excel)")
                                                : ImportWizard::tr("UTF-8");
}

// "preferred_forename" -> "preferredForename", for the names of a field's widgets.
QString widgetName(ImportField field, const QString& type)
{
    const QStringList words = HeaderMapping::fieldCode(field).split(u'_');
    QString name = words.constFirst();
    for (qsizetype i = 1; i < words.size(); ++i)
        name += words[i].left(1).toUpper() + words[i].mid(1);
    return name + type;
}

} // namespace

void ImportWizardPage::setComplete(bool complete)
{
    if (m_complete == complete)
        return;
    m_complete = complete;
    Q_EMIT completeChanged();
}

ImportWizard::ImportWizard(Vault& vault, RollKind kind, QWidget* parent)
    : QWizard(parent)
    , m_ui(std::make_unique<Ui::ImportWizard>())
    , m_vault(vault)
    , m_kind(kind)
    , m_mapping(kind, {})
{
    m_ui->setupUi(this);
    const bool pupils = kind == RollKind::Pupils;
    setWindowTitle(pupils ? tr("Import pupils") : tr("Import staff"));
    for (QLabel* label : {m_ui->fileMessageLabel, m_ui->mappingMessageLabel, m_ui->checkMessageLabel})
        label->hide();
    m_ui->checkPage->setCommitPage(true);
    m_ui->checkPage->setButtonText(QWizard::CommitButton, tr("&Import"));
    m_ui->filePage->setComplete(false);

    m_ui->encodingComboBox->addItem(encodingLabel(CsvEncoding::Utf8), int(CsvEncoding::Utf8));
    m_ui->encodingComboBox->addItem(encodingLabel(CsvEncoding::Windows1252), int(CsvEncoding::Windows1252));
    m_ui->encodingComboBox->setEnabled(false);

    // Lists read down many rows: kept close, as the pupil list keeps them.
    for (QTableView* view : {static_cast<QTableView*>(m_ui->previewTableWidget),
                             static_cast<QTableView*>(m_ui->problemsTableWidget)}) {
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
        view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    }
    m_ui->previewTableWidget->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_ui->leaversGroupBox->setTitle(pupils ? tr("Pupils not in this file") : tr("Staff not in this file"));
    m_ui->keepRadioButton->setText(pupils ? tr("&Keep them on roll") : tr("&Leave them as they are"));
    m_ui->markRadioButton->setText(pupils ? tr("&Mark them as left on:") : tr("&Mark them as leaving on:"));
    m_ui->leavingDateEdit->setDate(QDate::currentDate());

    buildMappingRows();

    connect(m_ui->browseButton, &QPushButton::clicked, this, &ImportWizard::browse);
    connect(m_ui->encodingComboBox, &QComboBox::currentIndexChanged, this, &ImportWizard::reread);
    connect(m_ui->saveProblemsButton, &QPushButton::clicked, this, &ImportWizard::saveProblemsAs);
    connect(m_ui->markRadioButton, &QRadioButton::toggled, this, [this](bool mark) {
        m_ui->leavingDateEdit->setEnabled(mark);
        showPlanSummary();
    });
    connect(m_ui->leavingDateEdit, &QDateEdit::dateChanged, this, &ImportWizard::showPlanSummary);
}

ImportWizard::~ImportWizard() = default;

QString ImportWizard::kindName() const
{
    return m_kind == RollKind::Pupils ? tr("pupils") : tr("staff");
}

// ---- the file ----------------------------------------------------------------------------------

void ImportWizard::browse()
{
    QSettings settings;
    const QString folder =
        settings.value(FolderSetting, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the file to import"),
                                                      m_path.isEmpty() ? folder : m_path,
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(FolderSetting, QFileInfo(path).absolutePath());
    openFile(path);
}

bool ImportWizard::openFile(const QString& path)
{
    m_path = path;
    m_ui->fileLineEdit->setText(QDir::toNativeSeparators(path));
    // A new file is read as it says it is; the user may then read it otherwise.
    QString error;
    m_document = CsvReader::readFile(path, CsvEncoding::Auto, &error);
    m_detected = m_document ? m_document->encoding : CsvEncoding::Utf8;
    {
        const QSignalBlocker blocker(m_ui->encodingComboBox);
        m_ui->encodingComboBox->setCurrentIndex(m_ui->encodingComboBox->findData(int(m_detected)));
    }
    m_ui->encodingComboBox->setEnabled(true);
    showPreview();
    if (!m_document)
        showMessage(m_ui->fileMessageLabel, error);
    return m_ui->filePage->isComplete();
}

CsvEncoding ImportWizard::encoding() const
{
    return CsvEncoding(m_ui->encodingComboBox->currentData().toInt());
}

void ImportWizard::setEncoding(CsvEncoding encoding)
{
    m_ui->encodingComboBox->setCurrentIndex(std::max(
        0, m_ui->encodingComboBox->findData(int(encoding == CsvEncoding::Auto ? m_detected : encoding))));
}

void ImportWizard::reread()
{
    if (m_path.isEmpty())
        return;
    QString error;
    m_document = CsvReader::readFile(m_path, encoding(), &error);
    showPreview();
    if (!m_document)
        showMessage(m_ui->fileMessageLabel, error);
}

void ImportWizard::showPreview()
{
    QTableWidget* table = m_ui->previewTableWidget;
    table->clear();
    table->setRowCount(0);
    table->setColumnCount(0);
    m_table = m_document ? RollImport::table(m_kind, *m_document) : RollTable{};
    showMessage(m_ui->fileMessageLabel, QString());
    m_ui->detectedLabel->clear();
    if (!m_document) {
        m_ui->filePage->setComplete(false);
        return;
    }

    const QList<CsvRecord>& records = m_document->records;
    const int rows = int(std::min<qsizetype>(records.size(), PreviewRows));
    int columns = 0;
    for (int row = 0; row < rows; ++row)
        columns = std::max(columns, int(records[row].fields.size()));
    table->setRowCount(rows);
    table->setColumnCount(columns);
    QFont headings = table->font();
    headings.setBold(true);
    for (int row = 0; row < rows; ++row) {
        // The file's own line numbers, as the problems will name them.
        table->setVerticalHeaderItem(row, new QTableWidgetItem(QString::number(records[row].line)));
        const bool isHeader = !m_table.header.isEmpty() && records[row].line == m_table.headerLine;
        for (int column = 0; column < records[row].fields.size(); ++column) {
            auto* item = new QTableWidgetItem(records[row].fields[column]);
            if (isHeader)
                item->setFont(headings);
            table->setItem(row, column, item);
        }
    }
    table->resizeColumnsToContents();
    for (int column = 0; column < columns; ++column)
        table->setColumnWidth(column, std::min(table->columnWidth(column), PreviewColumnWidth));

    const int people = int(m_table.rows.size());
    const QString found = tr("Lanyard found %1.").arg(encodingLabel(m_detected));
    m_ui->detectedLabel->setText(
        found + u' ' +
        (m_kind == RollKind::Pupils
             ? (people == 1 ? tr("1 row of pupils.") : tr("%1 rows of pupils.").arg(people))
             : (people == 1 ? tr("1 row of staff.") : tr("%1 rows of staff.").arg(people))));
    if (m_table.rows.isEmpty())
        showMessage(m_ui->fileMessageLabel,
                    m_kind == RollKind::Pupils
                        ? tr("There are no pupils in this file, only headings. Choose the file your MIS "
                             "exported with the pupils in it.")
                        : tr("There are no staff in this file, only headings. Choose the file your MIS "
                             "exported with the staff in it."));
    m_ui->filePage->setComplete(!m_table.rows.isEmpty());
}

// ---- the columns -------------------------------------------------------------------------------

void ImportWizard::buildMappingRows()
{
    QGridLayout* grid = m_ui->mappingGridLayout;
    QFont bold = font();
    bold.setBold(true);
    for (QLabel* heading : {m_ui->fieldHeadingLabel, m_ui->columnHeadingLabel, m_ui->exampleHeadingLabel})
        heading->setFont(bold);
    const QList<ImportField> required = HeaderMapping::required(m_kind);
    const QList<ImportField> fields = HeaderMapping::fields(m_kind);
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const ImportField field = fields[i];
        const int row = int(i) + 1;
        const bool needed = required.contains(field);
        const QString name = HeaderMapping::fieldName(field);
        auto* label = new QLabel(needed ? tr("%1 (required)").arg(name) : name, m_ui->mappingFieldsWidget);
        label->setObjectName(widgetName(field, u"Label"_s));
        auto* combo = new QComboBox(m_ui->mappingFieldsWidget);
        combo->setObjectName(widgetName(field, u"ComboBox"_s));
        combo->setAccessibleName(needed ? tr("%1, required").arg(name) : name);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->setMinimumContentsLength(16);
        label->setBuddy(combo);
        auto* example = new QLabel(m_ui->mappingFieldsWidget);
        example->setObjectName(widgetName(field, u"ExampleLabel"_s));
        example->setTextFormat(Qt::PlainText);
        example->setEnabled(false); // greyed: an example, not something to act on
        grid->addWidget(label, row, 0);
        grid->addWidget(combo, row, 1);
        grid->addWidget(example, row, 2);
        m_columnComboBoxes << combo;
        m_exampleLabels << example;
        connect(combo, &QComboBox::currentIndexChanged, this, [this, field, combo] {
            m_mapping.setColumn(field, combo->currentData().toInt());
            showMapping(); // a column given to this field is taken from any other
        });
    }
    grid->setColumnStretch(2, 1);
    grid->setRowStretch(int(fields.size()) + 1, 1);
}

void ImportWizard::showMapping()
{
    const QList<ImportField> fields = HeaderMapping::fields(m_kind);
    const QStringList& header = m_table.header;
    const QStringList first = m_table.rows.isEmpty() ? QStringList() : m_table.rows.constFirst().fields;
    auto columnName = [&](int column) {
        const QString name = header.value(column).trimmed();
        return name.isEmpty() ? tr("Column %1 (no heading)").arg(column + 1) : name;
    };
    for (qsizetype i = 0; i < fields.size(); ++i) {
        QComboBox* combo = m_columnComboBoxes[i];
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(tr("Not in this file"), -1);
        for (int column = 0; column < header.size(); ++column)
            combo->addItem(columnName(column), column);
        const int column = m_mapping.column(fields[i]);
        combo->setCurrentIndex(std::max(0, combo->findData(column)));
        const QString value = column >= 0 ? first.value(column).trimmed() : QString();
        m_exampleLabels[i]->setText(fontMetrics().elidedText(value, Qt::ElideRight, 240));
        m_exampleLabels[i]->setToolTip(value);
    }

    QStringList unused;
    for (int column = 0; column < header.size(); ++column)
        if (!m_mapping.fieldAt(column) && !header[column].trimmed().isEmpty())
            unused << header[column].trimmed();
    m_ui->unusedColumnsLabel->setText(
        unused.isEmpty() ? QString() : tr("Not read from this file: %1.").arg(unused.join(u", "_s)));
    m_ui->unusedColumnsLabel->setVisible(!unused.isEmpty());

    QStringList missing;
    for (ImportField field : m_mapping.missingRequired())
        missing << HeaderMapping::fieldName(field);
    showMessage(m_ui->mappingMessageLabel,
                missing.isEmpty() ? QString() : tr("Choose a column for: %1.").arg(missing.join(u", "_s)));
    m_ui->mappingPage->setComplete(missing.isEmpty());
}

// ---- the check ---------------------------------------------------------------------------------

void ImportWizard::checkFile()
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const auto restoreCursor = qScopeGuard([] { QGuiApplication::restoreOverrideCursor(); });
    m_plan = RollImport(m_vault).preview(m_table, m_mapping);
    showMessage(m_ui->checkMessageLabel, QString());
    const bool good = m_plan->isAcceptable();
    m_ui->problemsTableWidget->setVisible(!good);
    m_ui->saveProblemsButton->setVisible(!good);
    m_ui->summaryTextEdit->setVisible(good);
    if (good)
        showPlanSummary();
    else
        showProblems();
    m_ui->checkPage->setComplete(good);
}

void ImportWizard::showProblems()
{
    const QList<ImportProblem>& problems = m_plan->problems;
    const QString file = QFileInfo(m_path).fileName();
    const int count = int(problems.size());
    m_ui->checkSummaryLabel->setText(
        (count == 1
             ? tr("Lanyard found 1 problem in %1, so it has not imported it.").arg(file)
             : tr("Lanyard found %1 problems in %2, so it has not imported it.").arg(count).arg(file)) +
        u' ' +
        tr("Nothing has been changed. Put them right in the file and import it again, or go Back if a "
           "column is matched wrongly."));
    m_ui->leaversGroupBox->hide();

    QTableWidget* table = m_ui->problemsTableWidget;
    table->setRowCount(count);
    for (int row = 0; row < count; ++row) {
        const ImportProblem& p = problems[row];
        auto* line = new QTableWidgetItem(p.line > 0 ? QString::number(p.line) : QString());
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, 0, line);
        table->setItem(row, 1, new QTableWidgetItem(p.column));
        auto* message = new QTableWidgetItem(p.message);
        message->setToolTip(p.text());
        table->setItem(row, 2, message);
    }
    table->resizeColumnToContents(0);
    table->resizeColumnToContents(1);
    table->setColumnWidth(1, std::min(table->columnWidth(1), PreviewColumnWidth));
}

void ImportWizard::showPlanSummary()
{
    if (!m_plan || !m_plan->isAcceptable())
        return;
    const ImportSummary summary = m_plan->summary(options());
    m_ui->checkSummaryLabel->setText(
        tr("%1 is ready to import. This is what will change:").arg(QFileInfo(m_path).fileName()));
    m_ui->summaryTextEdit->setPlainText(RollImport::describe(summary, m_kind).join(u'\n'));
    m_ui->leaversGroupBox->setVisible(!summary.notInFile.isEmpty());
}

ImportOptions ImportWizard::options() const
{
    ImportOptions options;
    if (m_ui->markRadioButton->isChecked()) {
        options.leavers = ImportOptions::Leavers::Mark;
        options.leavingDate = m_ui->leavingDateEdit->date();
    }
    return options;
}

QString ImportWizard::problemsText() const
{
    if (!m_plan)
        return {};
    QStringList lines;
    for (const ImportProblem& problem : m_plan->problems)
        lines << problem.text();
    return lines.join(u'\n');
}

bool ImportWizard::saveProblems(const QString& path, QString* error) const
{
    QSaveFile file(path);
    const QString text =
        tr("Problems Lanyard found in %1 on %2:")
            .arg(QFileInfo(m_path).fileName(), QDate::currentDate().toString(u"dd/MM/yyyy"_s)) +
        u"\n\n"_s + problemsText() + u'\n';
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(text.toUtf8()) < 0 ||
        !file.commit()) {
        if (error)
            *error = tr("The list could not be saved to %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void ImportWizard::setSaveLocationChooser(std::function<QString(const QString&)> choose)
{
    m_chooseSaveLocation = std::move(choose);
}

void ImportWizard::saveProblemsAs()
{
    const QFileInfo source(m_path);
    const QString suggested = source.dir().filePath(source.completeBaseName() + tr("-problems") + u".txt"_s);
    const QString path = m_chooseSaveLocation
                             ? m_chooseSaveLocation(suggested)
                             : QFileDialog::getSaveFileName(this, tr("Save the list of problems"), suggested,
                                                            tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveProblems(path, &error))
        QMessageBox::warning(this, tr("Save the list of problems"), error);
}

// ---- the import --------------------------------------------------------------------------------

bool ImportWizard::applyPlan()
{
    showMessage(m_ui->checkMessageLabel, QString());
    QString error;
    // The columns the user has just confirmed serve the next file of this shape too; if they cannot
    // be kept, the import itself still goes ahead.
    if (!m_mapping.remember(m_vault, &error))
        qWarning() << Q_FUNC_INFO << "the column mapping was not remembered";

    QProgressDialog progress(tr("Importing %1…").arg(kindName()), tr("Cancel"), 0, 0, this);
    progress.setObjectName(u"importProgressDialog"_s);
    progress.setWindowTitle(windowTitle());
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500); // a file that takes over a second shows its progress
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    connect(&progress, &QProgressDialog::canceled, this, [this] { m_cancel = true; });

    // The writes stay on the vault's thread: the dialog repaints, and its Cancel is heard, between rows.
    m_cancel = false;
    m_applying = true;
    QList<QPair<QAbstractButton*, bool>> buttons;
    for (WizardButton which : {QWizard::BackButton, QWizard::CommitButton, QWizard::CancelButton}) {
        QAbstractButton* b = button(which);
        buttons.append({b, b->isEnabled()});
        b->setEnabled(false);
    }
    const auto restore = qScopeGuard([&] {
        m_applying = false;
        for (const auto& [b, enabled] : buttons)
            b->setEnabled(enabled);
    });
    const auto report = [&](int done, int total) {
        progress.setMaximum(std::max(total, 1));
        progress.setValue(done);
        Q_EMIT progressed(done, total);
        QCoreApplication::processEvents();
        return !m_cancel.load();
    };
    ImportSummary summary;
    const bool ok = RollImport(m_vault).apply(*m_plan, options(), &summary, &error, report, &m_cancel);
    progress.hide(); // not close(), which would say cancel

    if (ok) {
        m_applied = true;
        m_summary = summary;
        m_ui->resultPage->setTitle(tr("Import finished"));
        m_ui->resultPage->setSubTitle(tr("The changes are saved in the vault."));
        m_ui->resultLabel->setText(tr("%1 has been imported.").arg(QFileInfo(m_path).fileName()));
        m_ui->resultTextEdit->setPlainText(RollImport::describe(summary, m_kind).join(u'\n'));
        m_ui->resultTextEdit->show();
        return true;
    }
    if (m_cancel) {
        m_cancelled = true;
        m_ui->resultPage->setTitle(tr("Import cancelled"));
        m_ui->resultPage->setSubTitle(tr("Nothing has been changed."));
        m_ui->resultLabel->setText(
            tr("The import was cancelled. Nothing has been written: the %1 are as they "
               "were before.")
                .arg(kindName()));
        m_ui->resultTextEdit->hide();
        return true;
    }
    showMessage(m_ui->checkMessageLabel, error);
    return false;
}

void ImportWizard::reject()
{
    // Escape or closing the window while importing means Cancel, not leaving the import running.
    if (m_applying) {
        m_cancel = true;
        return;
    }
    QWizard::reject();
}

// ---- the pages ---------------------------------------------------------------------------------

void ImportWizard::initializePage(int id)
{
    switch (id) {
    case MappingPage:
        // The user's choices stay while they go back and forth, until the file's headings change.
        if (m_mapping.header() != m_table.header)
            m_mapping = HeaderMapping::suggest(m_vault, m_kind, m_table.header, &m_mappingRemembered);
        m_ui->mappingNoteLabel->setText(
            m_mappingRemembered
                ? tr("These are the columns you chose the last time you imported a file with these headings.")
                : tr("Lanyard has matched the headings it knows. Check them, and choose any it has missed."));
        showMapping();
        break;
    case CheckPage:
        checkFile();
        break;
    default:
        break;
    }
    QWizard::initializePage(id);
}

bool ImportWizard::validateCurrentPage()
{
    switch (currentId()) {
    case FilePage:
        return m_document && !m_table.rows.isEmpty();
    case MappingPage:
        return m_mapping.missingRequired().isEmpty();
    case CheckPage:
        return m_plan && m_plan->isAcceptable() && applyPlan();
    default:
        return true;
    }
}

// ---- the export ---------------------------------------------------------------------------------

bool exportRollAs(Vault& vault, RollKind kind, const ExportOptions& options, QWidget* parent,
                  const std::function<QString(const QString&)>& chooseLocation)
{
    const bool pupils = kind == RollKind::Pupils;
    const QString title = pupils ? ImportWizard::tr("Export pupils") : ImportWizard::tr("Export staff");
    QSettings settings;
    const QString folder =
        settings.value(FolderSetting, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    // The date in the name sorts, and tells a stale copy from today's.
    const QString name =
        (pupils ? u"pupils-"_s : u"staff-"_s) + QDate::currentDate().toString(Qt::ISODate) + u".csv"_s;
    const QString suggested = QDir(folder).filePath(name);
    const QString path = chooseLocation ? chooseLocation(suggested)
                                        : QFileDialog::getSaveFileName(parent, title, suggested,
                                                                       ImportWizard::tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    settings.setValue(FolderSetting, QFileInfo(path).absolutePath());

    QString error;
    int rows = 0;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const bool written = RollExport::write(vault, kind, path, options, &error, &rows);
    QGuiApplication::restoreOverrideCursor();
    if (!written) {
        QMessageBox::warning(parent, title, error);
        return false;
    }
    const QString what =
        pupils ? (rows == 1 ? ImportWizard::tr("1 pupil") : ImportWizard::tr("%1 pupils").arg(rows))
               : (rows == 1 ? ImportWizard::tr("1 member of staff")
                            : ImportWizard::tr("%1 members of staff").arg(rows));
    QMessageBox::information(
        parent, title,
        ImportWizard::tr("%1 saved to %2.").arg(what, QDir::toNativeSeparators(path)) + u"\n\n"_s +
            ImportWizard::tr(
                "This file holds personal data, and it is not encrypted: anyone who can open it can "
                "read it. Keep it somewhere safe, and delete it when you have finished with it."));
    return true;
}
