// The import wizard, offscreen: a good file through to the vault with every accent kept, an Excel
// (Windows-1252) file found and read right, a bad file refused whole with every problem named, a
// changed mapping remembered, a cancel leaving nothing written; and Export from the pupil list.
#include "TestVault.h"
#include "TestWidgets.h"
#include "WhenShown.h"
#include "io/CsvReader.h"
#include "people/ImportWizard.h"
#include "people/PupilListWidget.h"
#include "people/StaffListWidget.h"
#include "records/FormStore.h"
#include "records/PupilStore.h"

#include <QApplication>
#include <QComboBox>
#include <QDate>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSet>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString GoodPupils = u"Adno,UPN,Legal Surname,Legal Forename,Preferred Forename,Gender,DOB,Year,Reg\r\n"
                           "001201,U825230118100,Jones,Llŷr,,M,14/03/2018,Year 3,3B\r\n"
                           "001202,H825230118101,Ó Súilleabháin,Siobhán,Shiv,F,02/10/2018,Year 3,3B\r\n"
                           "001203,X825230118102,Davies,Siân,,F,30/11/2017,Year 4,4A\r\n"_s;

// Every kind of fault on its own line: a UPN twice, an impossible date, an unknown year, no surname.
const QString BadPupils = u"Adno,UPN,Legal Surname,Legal Forename,Gender,DOB,Year,Reg\n"
                          "002001,F825230119201,Evans,Cerys,F,04/05/2018,Year 3,3B\n"
                          "002002,F825230119201,Hughes,Tomos,M,11/07/2018,Year 3,3B\n"
                          "002003,,Roberts,Ffion,F,31/02/2019,Year 2,2A\n"
                          "002004,,Thomas,Gethin,M,15/03/2017,Year 14,4A\n"
                          "002005,,,Osian,M,01/01/2018,Year 3,3B\n"_s;

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray windows1252(const QString& text)
{
    QStringEncoder encoder("windows-1252");
    return encoder(text);
}

// A letters-only name for row i: surnames are checked as names, so no digits.
QString lettersFor(int i)
{
    QString s;
    for (int k = 0; k < 3; ++k, i /= 26)
        s += QChar(u'a' + i % 26);
    return s;
}

QStringList previewColumn(const ImportWizard& wizard, int column)
{
    const auto* table = child<QTableWidget>(wizard, u"previewTableWidget"_s);
    QStringList cells;
    for (int row = 0; row < table->rowCount(); ++row)
        cells << (table->item(row, column) ? table->item(row, column)->text() : QString());
    return cells;
}

} // namespace

class TestImportWizard final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void goodFileIsImported();
    void importButtonOpensTheWizardAndReloads();
    void windows1252IsFoundAndCanBeOverridden();
    void badFileIsRefusedWhole();
    void changedMappingIsRemembered();
    void cancelLeavesNothingWritten();
    void exportFromThePupilList();
    void readOnlyRoleMayExportButNotImport();

private:
    QString fixture(const QString& name, const QByteArray& bytes);
    Result<int> pupilCount();

    std::unique_ptr<TestVault> m_test;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestImportWizard::init()
{
    m_test = TestVault::create(u"Ysgol Gynradd Llanfair"_s);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestImportWizard::cleanup()
{
    m_test.reset();
    m_dir.reset();
}

QString TestImportWizard::fixture(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir->filePath(name);
    if (!writeFile(path, bytes))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

Result<int> TestImportWizard::pupilCount()
{
    PupilFilter all;
    all.includeLeavers = true;
    const auto pupils = PupilStore(*m_test).list(all);
    if (!pupils)
        return Failure{pupils.error()};
    return int(pupils->size());
}

void TestImportWizard::goodFileIsImported()
{
    const QString path = fixture(u"sims.csv"_s, GoodPupils.toUtf8());
    ImportWizard wizard(*m_test, RollKind::Pupils);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.windowTitle(), u"Import pupils"_s);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // no file yet

    // The file, found to be UTF-8, its names shown as they are.
    QVERIFY(wizard.openFile(path));
    QCOMPARE(wizard.detectedEncoding(), CsvEncoding::Utf8);
    QCOMPARE(child<QComboBox>(wizard, u"encodingComboBox"_s)->currentText(), u"UTF-8"_s);
    QVERIFY(child<QLabel>(wizard, u"detectedLabel"_s)->text().contains(u"3 rows of pupils"_s));
    QCOMPARE(previewColumn(wizard, 3),
             (QStringList{u"Legal Forename"_s, u"Llŷr"_s, u"Siobhán"_s, u"Siân"_s}));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    // Read as Windows-1252 instead, the same bytes show what a wrong guess would do.
    wizard.setEncoding(CsvEncoding::Windows1252);
    QCOMPARE(previewColumn(wizard, 3).value(3), u"SiÃ¢n"_s);
    wizard.setEncoding(CsvEncoding::Utf8);
    QCOMPARE(previewColumn(wizard, 3).value(3), u"Siân"_s);

    // The mapping, from the MIS's own headings; required fields marked.
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
    QVERIFY(!wizard.mappingWasRemembered());
    QCOMPARE(child<QComboBox>(wizard, u"surnameComboBox"_s)->currentText(), u"Legal Surname"_s);
    QCOMPARE(child<QComboBox>(wizard, u"dobComboBox"_s)->currentText(), u"DOB"_s);
    QCOMPARE(child<QComboBox>(wizard, u"formComboBox"_s)->currentText(), u"Reg"_s);
    QCOMPARE(child<QComboBox>(wizard, u"joinedComboBox"_s)->currentText(), u"Not in this file"_s);
    QCOMPARE(child<QLabel>(wizard, u"surnameLabel"_s)->text(), u"Surname (required)"_s);
    QCOMPARE(child<QLabel>(wizard, u"genderLabel"_s)->text(), u"Gender"_s);
    QCOMPARE(child<QLabel>(wizard, u"forenameExampleLabel"_s)->text(), u"Llŷr"_s);

    // A required field without a column holds the wizard here, and says which.
    auto* surname = child<QComboBox>(wizard, u"surnameComboBox"_s);
    surname->setCurrentIndex(0);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(child<QLabel>(wizard, u"mappingMessageLabel"_s)->text().contains(u"Surname"_s));
    surname->setCurrentIndex(surname->findText(u"Legal Surname"_s));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());

    // The check: three to add, nobody missing, nothing written yet.
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPage));
    QVERIFY(wizard.plan() && wizard.plan()->isAcceptable());
    QVERIFY(child<QTableWidget>(wizard, u"problemsTableWidget"_s)->isHidden());
    const QString plan = child<QPlainTextEdit>(wizard, u"summaryTextEdit"_s)->toPlainText();
    QVERIFY2(plan.contains(u"Added: 3"_s), qPrintable(plan));
    QVERIFY(child<QWidget>(wizard, u"leaversGroupBox"_s)->isHidden());
    const auto before = pupilCount();
    QVERIFY2(before, qPrintable(before.error()));
    QCOMPARE(*before, 0);
    QCOMPARE(wizard.button(QWizard::CommitButton)->text(), u"&Import"_s);

    // Applied.
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ResultPage));
    QVERIFY(wizard.applied());
    QVERIFY(!wizard.cancelled());
    QCOMPARE(wizard.summary().added, 3);
    QVERIFY(child<QPlainTextEdit>(wizard, u"resultTextEdit"_s)->toPlainText().contains(u"Added: 3"_s));

    const auto pupils = PupilStore(*m_test).list();
    QVERIFY2(pupils, qPrintable(pupils.error()));
    QCOMPARE(pupils->size(), 3);
    QStringList names;
    for (const Pupil& p : *pupils)
        names << p.surname + u'|' + p.legalForename + u'|' + p.preferredForename + u'|' + p.formName;
    names.sort();
    QCOMPARE(names,
             (QStringList{u"Davies|Siân||4A"_s, u"Jones|Llŷr||3B"_s, u"Ó Súilleabháin|Siobhán|Shiv|3B"_s}));
}

void TestImportWizard::importButtonOpensTheWizardAndReloads()
{
    const QString path = fixture(u"roll.csv"_s, GoodPupils.toUtf8());
    PupilListWidget list(*m_test);
    list.show();
    QCOMPARE(list.shownCount(), 0);
    auto* import = child<QPushButton>(list, u"importButton"_s);
    QVERIFY(import->isVisible());

    bool finished = false;
    const WhenShown<ImportWizard> drive([&](ImportWizard* wizard) {
        const auto close = qScopeGuard([wizard] { wizard->accept(); });
        QCOMPARE(wizard->kind(), RollKind::Pupils);
        QVERIFY(wizard->openFile(path));
        wizard->next();
        wizard->next();
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ImportWizard::ResultPage));
        finished = wizard->applied();
    });
    import->click();
    QVERIFY(finished);
    QCOMPARE(list.shownCount(), 3); // the list has been read again
}

void TestImportWizard::windows1252IsFoundAndCanBeOverridden()
{
    // As Excel's "CSV (Comma delimited)" saves it: Windows-1252, CRLF, no byte order mark.
    const QString path =
        fixture(u"excel.csv"_s, windows1252(u"Surname,Forename,Known as,Sex,Date of Birth,NC Year,Form\r\n"
                                            "Davies,Siân,,F,3/4/2016,Y5,5D\r\n"
                                            "Brown,Zoë,,F,12/12/2019,Y1,1B\r\n"
                                            "Ó Súilleabháin,Pádraig,Paddy,M,9/9/2014,6,6S\r\n"_s));
    ImportWizard wizard(*m_test, RollKind::Pupils);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(wizard.openFile(path));
    QCOMPARE(wizard.detectedEncoding(), CsvEncoding::Windows1252);
    auto* encoding = child<QComboBox>(wizard, u"encodingComboBox"_s);
    QCOMPARE(encoding->currentText(), u"Windows-1252 (Excel)"_s);
    QVERIFY(child<QLabel>(wizard, u"detectedLabel"_s)->text().contains(u"Windows-1252"_s));
    QCOMPARE(previewColumn(wizard, 1), (QStringList{u"Forename"_s, u"Siân"_s, u"Zoë"_s, u"Pádraig"_s}));
    QCOMPARE(previewColumn(wizard, 0).value(3), u"Ó Súilleabháin"_s);

    // Read as UTF-8 by the user's choice, the file cannot be: the page says so and goes no further.
    encoding->setCurrentIndex(encoding->findData(int(CsvEncoding::Utf8)));
    QCOMPARE(wizard.encoding(), CsvEncoding::Utf8);
    auto* message = child<QLabel>(wizard, u"fileMessageLabel"_s);
    QVERIFY(!message->isHidden());
    QVERIFY2(message->text().contains(u"not in UTF-8"_s), qPrintable(message->text()));
    QCOMPARE(child<QTableWidget>(wizard, u"previewTableWidget"_s)->rowCount(), 0);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

    // Back to Windows-1252, and on: the names reach the vault as they were written.
    encoding->setCurrentIndex(encoding->findData(int(CsvEncoding::Windows1252)));
    QVERIFY(message->isHidden());
    QCOMPARE(previewColumn(wizard, 1).value(1), u"Siân"_s);
    wizard.next();
    QCOMPARE(child<QComboBox>(wizard, u"preferredForenameComboBox"_s)->currentText(), u"Known as"_s);
    wizard.next();
    QVERIFY2(wizard.plan()->isAcceptable(), qPrintable(wizard.problemsText()));
    wizard.next();
    QVERIFY(wizard.applied());
    const auto pupils = PupilStore(*m_test).list();
    QVERIFY2(pupils, qPrintable(pupils.error()));
    QStringList forenames;
    for (const Pupil& p : *pupils)
        forenames << p.legalForename;
    forenames.sort();
    QCOMPARE(forenames, (QStringList{u"Pádraig"_s, u"Siân"_s, u"Zoë"_s}));
}

void TestImportWizard::badFileIsRefusedWhole()
{
    // One pupil on roll already: a refused file must not touch them either.
    Pupil existing;
    existing.surname = u"Evans"_s;
    existing.legalForename = u"Cerys"_s;
    existing.dateOfBirth = QDate(2018, 5, 4);
    existing.yearGroup = *YearGroup::fromOrdinal(2);
    QVERIFY(PupilStore(*m_test).save(existing));

    const QString path = fixture(u"bad.csv"_s, BadPupils.toUtf8());
    ImportWizard wizard(*m_test, RollKind::Pupils);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(wizard.openFile(path));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPage));

    QVERIFY(wizard.plan() && !wizard.plan()->isAcceptable());
    const QList<ImportProblem>& problems = wizard.plan()->problems;
    auto* table = child<QTableWidget>(wizard, u"problemsTableWidget"_s);
    QVERIFY(!table->isHidden());
    QCOMPARE(table->rowCount(), problems.size());
    // Every bad line named, each problem in the table with its line, column and words.
    QSet<int> lines;
    for (int row = 0; row < table->rowCount(); ++row) {
        QCOMPARE(table->item(row, 0)->text(), QString::number(problems[row].line));
        QCOMPARE(table->item(row, 1)->text(), problems[row].column);
        QCOMPARE(table->item(row, 2)->text(), problems[row].message);
        lines.insert(problems[row].line);
    }
    QCOMPARE(lines, (QSet<int>{3, 4, 5, 6}));
    const QString text = wizard.problemsText();
    QVERIFY2(text.contains(u"Line 4, DOB: 31/02/2019 is not a date."_s), qPrintable(text));
    QVERIFY2(text.contains(u"Line 5, Year: "_s), qPrintable(text));
    QVERIFY(child<QLabel>(wizard, u"checkSummaryLabel"_s)
                ->text()
                .contains(u"Lanyard found %1 problems in bad.csv"_s.arg(problems.size())));
    QVERIFY(child<QWidget>(wizard, u"summaryTextEdit"_s)->isHidden());
    QVERIFY(child<QWidget>(wizard, u"leaversGroupBox"_s)->isHidden());

    // It cannot be finished: Import is greyed out and pressing on goes nowhere. Back is open.
    QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPage));
    QVERIFY(wizard.button(QWizard::BackButton)->isEnabled());
    QVERIFY(!wizard.applied());

    // "Save this list…" writes every problem as plain text.
    auto* save = child<QPushButton>(wizard, u"saveProblemsButton"_s);
    QVERIFY(!save->isHidden());
    const QString listPath = m_dir->filePath(u"problems.txt"_s);
    QVERIFY(wizard.saveProblems(listPath));
    QFile saved(listPath);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QString savedText = QString::fromUtf8(saved.readAll());
    for (const ImportProblem& p : problems)
        QVERIFY2(savedText.contains(p.text()), qPrintable(p.text()));
    // ... and through the button, asking where, beside the file.
    const QString buttonPath = m_dir->filePath(u"from-button.txt"_s);
    QString suggested;
    wizard.setSaveLocationChooser([&](const QString& path) {
        suggested = path;
        return buttonPath;
    });
    save->click();
    QCOMPARE(suggested, m_dir->filePath(u"bad-problems.txt"_s));
    QVERIFY(QFile::exists(buttonPath));

    // Nothing written: the one pupil there was, as they were.
    const auto pupils = PupilStore(*m_test).list();
    QVERIFY2(pupils, qPrintable(pupils.error()));
    QCOMPARE(pupils->size(), 1);
    QCOMPARE(pupils->constFirst().yearGroup.ordinal(), 2);
    QVERIFY(pupils->constFirst().upn.isEmpty());
    const auto forms = FormStore(*m_test).list();
    QVERIFY2(forms, qPrintable(forms.error()));
    QVERIFY(forms->isEmpty());

    // Back to the mapping works, and the check runs again on return.
    wizard.back();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
}

void TestImportWizard::changedMappingIsRemembered()
{
    const QString header = u"Surname,Forename,Known as,Nickname,DOB,Year\n"_s;
    const QString first =
        fixture(u"autumn.csv"_s, (header + u"Hughes,Dylan,Dyl,Dilly,01/02/2018,3\n"_s).toUtf8());
    const QString second =
        fixture(u"spring.csv"_s, (header + u"Morgan,Ffion,,Ffi,03/04/2018,3\n"_s).toUtf8());
    {
        ImportWizard wizard(*m_test, RollKind::Pupils);
        wizard.show();
        QVERIFY(wizard.openFile(first));
        wizard.next();
        auto* preferred = child<QComboBox>(wizard, u"preferredForenameComboBox"_s);
        QCOMPARE(preferred->currentText(), u"Known as"_s);
        // This school keeps the name children go by in its own column.
        preferred->setCurrentIndex(preferred->findText(u"Nickname"_s));
        QCOMPARE(wizard.mapping().columnName(ImportField::PreferredForename), u"Nickname"_s);
        QVERIFY(child<QLabel>(wizard, u"unusedColumnsLabel"_s)->text().contains(u"Known as"_s));
        QCOMPARE(child<QLabel>(wizard, u"preferredForenameExampleLabel"_s)->text(), u"Dilly"_s);
        // Back and forth keeps the choice.
        wizard.back();
        wizard.next();
        QCOMPARE(preferred->currentText(), u"Nickname"_s);
        wizard.next();
        wizard.next();
        QVERIFY(wizard.applied());
    }
    const auto imported = PupilStore(*m_test).list();
    QVERIFY2(imported, qPrintable(imported.error()));
    QVERIFY(!imported->isEmpty());
    QCOMPARE(imported->constFirst().preferredForename, u"Dilly"_s);

    // Next term's file, the same headings: the columns come back as the user chose them.
    ImportWizard wizard(*m_test, RollKind::Pupils);
    wizard.show();
    QVERIFY(wizard.openFile(second));
    wizard.next();
    QVERIFY(wizard.mappingWasRemembered());
    QCOMPARE(child<QComboBox>(wizard, u"preferredForenameComboBox"_s)->currentText(), u"Nickname"_s);
    QVERIFY(child<QLabel>(wizard, u"mappingNoteLabel"_s)->text().contains(u"last time"_s));
    wizard.next();
    // Hughes is not in the spring file: listed, and kept on roll unless the user says otherwise.
    QVERIFY(!child<QWidget>(wizard, u"leaversGroupBox"_s)->isHidden());
    QVERIFY(child<QRadioButton>(wizard, u"keepRadioButton"_s)->isChecked());
    const QString plan = child<QPlainTextEdit>(wizard, u"summaryTextEdit"_s)->toPlainText();
    QVERIFY2(plan.contains(u"Not in this file: 1"_s) && plan.contains(u"Hughes, Dilly"_s), qPrintable(plan));
    wizard.next();
    QVERIFY(wizard.applied());
    const auto both = PupilStore(*m_test).list();
    QVERIFY2(both, qPrintable(both.error()));
    QCOMPARE(both->size(), 2);

    // A file with other headings is matched afresh.
    const QString other = fixture(
        u"other.csv"_s, u"Surname,Forename,Known as,DOB,Year\nEllis,Rhian,,05/06/2018,3\n"_s.toUtf8());
    ImportWizard third(*m_test, RollKind::Pupils);
    QVERIFY(third.openFile(other));
    third.show();
    third.next();
    QVERIFY(!third.mappingWasRemembered());
    QCOMPARE(child<QComboBox>(third, u"preferredForenameComboBox"_s)->currentText(), u"Known as"_s);
}

void TestImportWizard::cancelLeavesNothingWritten()
{
    constexpr int Rows = 1500;
    QString text = u"Surname,Forename,DOB,Year,Form\n"_s;
    for (int i = 0; i < Rows; ++i)
        text += u"Ap%1,Llŷr,01/09/2017,Year 3,3%2\n"_s.arg(lettersFor(i)).arg(QChar(u'A' + i % 4));
    const QString path = fixture(u"large.csv"_s, text.toUtf8());

    ImportWizard wizard(*m_test, RollKind::Pupils);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(wizard.openFile(path));
    wizard.next();
    wizard.next();
    QVERIFY2(wizard.plan()->isAcceptable(), qPrintable(wizard.problemsText().left(2000)));
    QCOMPARE(wizard.plan()->pupils.size(), Rows);

    // Part-way through, the user presses the progress dialog's Cancel.
    int cancelledAt = -1;
    connect(&wizard, &ImportWizard::progressed, this, [&](int done) {
        auto* progress = wizard.findChild<QProgressDialog*>(u"importProgressDialog"_s);
        if (cancelledAt >= 0 || done < 300 || !progress)
            return;
        cancelledAt = progress->value();
        child<QPushButton>(*progress, QString())->click();
    });
    wizard.next();

    QVERIFY2(cancelledAt >= 300 && cancelledAt < Rows, qPrintable(QString::number(cancelledAt)));
    QVERIFY(wizard.cancelled());
    QVERIFY(!wizard.applied());
    QCOMPARE(wizard.currentId(), int(ImportWizard::ResultPage));
    QVERIFY(child<QLabel>(wizard, u"resultLabel"_s)->text().contains(u"Nothing has been written"_s));
    const auto pupils = pupilCount();
    QVERIFY2(pupils, qPrintable(pupils.error()));
    QCOMPARE(*pupils, 0);
    const auto forms = FormStore(*m_test).list();
    QVERIFY2(forms, qPrintable(forms.error()));
    QVERIFY(forms->isEmpty());
}

void TestImportWizard::exportFromThePupilList()
{
    FormStore forms(*m_test);
    Form f3{0, u"3B"_s, *YearGroup::fromOrdinal(3), 0};
    QVERIFY(forms.save(f3));
    PupilStore store(*m_test);
    for (const auto& [surname, forename] :
         {std::pair{u"Jones"_s, u"Llŷr"_s}, std::pair{u"Davies"_s, u"Siân"_s},
          std::pair{u"Ó Súilleabháin"_s, u"Zoë"_s}}) {
        Pupil p;
        p.surname = surname;
        p.legalForename = forename;
        p.dateOfBirth = QDate(2018, 3, 14);
        p.yearGroup = *YearGroup::fromOrdinal(3);
        p.formId = f3.id;
        QVERIFY(store.save(p));
    }
    Pupil leaver;
    leaver.surname = u"Parry"_s;
    leaver.legalForename = u"Gwen"_s;
    leaver.dateOfBirth = QDate(2017, 1, 1);
    leaver.yearGroup = *YearGroup::fromOrdinal(4);
    leaver.status = Pupil::Status::Left;
    leaver.leftOn = QDate(2024, 7, 19);
    QVERIFY(store.save(leaver));

    PupilListWidget list(*m_test);
    list.show();
    auto* exportButton = child<QPushButton>(list, u"exportButton"_s);
    QVERIFY(exportButton->isVisible());
    const QString path = m_dir->filePath(u"out.csv"_s);
    QString proposed, told;
    list.setSaveLocationChooser([&](const QString& suggested) {
        proposed = suggested;
        return path;
    });
    const WhenShown<QMessageBox> note([&](QMessageBox* box) {
        told = box->text();
        box->accept();
    });
    exportButton->click();
    QVERIFY(!told.isEmpty());
    QVERIFY2(proposed.endsWith(u"/pupils-%1.csv"_s.arg(QDate::currentDate().toString(u"yyyy-MM-dd"_s))),
             qPrintable(proposed));
    QVERIFY2(told.contains(u"3 pupils"_s), qPrintable(told));
    QVERIFY(told.contains(u"personal data"_s) && told.contains(u"not encrypted"_s) &&
            told.contains(u"delete it"_s));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const auto document = CsvReader::read(bytes);
    QVERIFY(document);
    QStringList names;
    for (const CsvRecord& record : document->records.mid(1))
        names << record.fields.value(2) + u", "_s + record.fields.value(3);
    names.sort();
    const auto pupils = store.list();
    QVERIFY2(pupils, qPrintable(pupils.error()));
    QStringList onRoll;
    for (const Pupil& p : *pupils)
        onRoll << p.surname + u", "_s + p.legalForename;
    onRoll.sort();
    QCOMPARE(onRoll.size(), 3);
    QCOMPARE(names, onRoll);
}

void TestImportWizard::readOnlyRoleMayExportButNotImport()
{
    const std::unique_ptr<Vault> head = m_test->signInAs(u"head"_s, Role::Head);
    PupilListWidget pupils(*head);
    StaffListWidget staff(*head);
    for (const QWidget* list : {static_cast<QWidget*>(&pupils), static_cast<QWidget*>(&staff)}) {
        QVERIFY(!child<QPushButton>(*list, u"importButton"_s)->isVisibleTo(list));
        QVERIFY(child<QPushButton>(*list, u"exportButton"_s)->isVisibleTo(list));
    }
    // And the import itself would be refused by the core, should the wizard be reached another way.
    QVERIFY(!head->can(Permission::WritePeople));
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
