#include "TestVault.h"
#include "TestWidgets.h"
#include "domain/Upn.h"
#include "people/PupilDialog.h"
#include "records/FormStore.h"
#include "records/PupilStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

void selectData(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(index);
}

QStringList items(const QComboBox* combo)
{
    QStringList texts;
    for (int i = 0; i < combo->count(); ++i)
        texts << combo->itemText(i);
    return texts;
}

void clickSave(PupilDialog& dialog)
{
    child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Save)->click();
}

// Everything a valid Year 3 pupil needs, typed into the dialog, except what the test varies.
void fillValidPupil(PupilDialog& dialog)
{
    child<QLineEdit>(dialog, u"legalForenameLineEdit"_s)->setText(u"Siân"_s);
    child<QLineEdit>(dialog, u"surnameLineEdit"_s)->setText(u"Llywelyn"_s);
    child<QDateEdit>(dialog, u"dateOfBirthDateEdit"_s)->setDate(QDate(2018, 3, 10));
    selectData(child<QComboBox>(dialog, u"yearGroupComboBox"_s), 3);
}

} // namespace

class TestPupilDialog final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void emptySurnameIsRefusedInline();
    void badUpnShowsInlineMessage();
    void validPupilIsSaved();
    void formsFollowTheYearGroup();
    void editingChangesTheForm();
    void yearNoteWhenDateOfBirthSuggestsAnother();

private:
    std::unique_ptr<TestVault> m_vault;
    Form m_3b, m_3c, m_4a;
};

void TestPupilDialog::init()
{
    m_vault = TestVault::create();
    FormStore forms(**m_vault);
    m_3b = {0, u"3B"_s, *YearGroup::fromOrdinal(3), 0};
    m_3c = {0, u"3C"_s, *YearGroup::fromOrdinal(3), 0};
    m_4a = {0, u"4A"_s, *YearGroup::fromOrdinal(4), 0};
    QVERIFY(forms.save(m_3b) && forms.save(m_3c) && forms.save(m_4a));
}

void TestPupilDialog::cleanup()
{
    m_vault.reset();
}

void TestPupilDialog::emptySurnameIsRefusedInline()
{
    PupilDialog dialog(**m_vault);
    fillValidPupil(dialog);
    child<QLineEdit>(dialog, u"surnameLineEdit"_s)->clear();
    auto* error = child<QLabel>(dialog, u"errorLabel"_s);
    QVERIFY(!error->isVisibleTo(&dialog));

    clickSave(dialog);
    QVERIFY(error->isVisibleTo(&dialog));
    QCOMPARE(error->text(), u"Enter the pupil's surname."_s); // the store's words, as they are
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    const auto count = PupilStore(**m_vault).count();
    QVERIFY2(count, qPrintable(count.error()));
    QCOMPARE(*count, 0);
    // What was typed is still there to correct.
    QCOMPARE(child<QLineEdit>(dialog, u"legalForenameLineEdit"_s)->text(), u"Siân"_s);
}

void TestPupilDialog::badUpnShowsInlineMessage()
{
    PupilDialog dialog(**m_vault);
    auto* upn = child<QLineEdit>(dialog, u"upnLineEdit"_s);
    auto* message = child<QLabel>(dialog, u"upnMessageLabel"_s);
    const QString valid = Upn::withCheckLetter(u"825230116999");
    QVERIFY(!valid.isEmpty());
    QString wrongLetter = valid;
    wrongLetter[0] = valid[0] == u'A' ? u'B' : u'A';

    // Half typed is not wrong yet.
    QTest::keyClicks(upn, wrongLetter.left(5));
    QVERIFY(!message->isVisibleTo(&dialog));
    // All thirteen characters with the wrong check letter are.
    QTest::keyClicks(upn, wrongLetter.mid(5));
    QVERIFY(message->isVisibleTo(&dialog));
    QString expected;
    QVERIFY(!Upn::isValid(wrongLetter, &expected));
    QCOMPARE(message->text(), expected);

    upn->setText(valid.toLower()); // typed in lower case, which the store normalises
    QVERIFY(!message->isVisibleTo(&dialog));

    // Leaving the field with a short UPN says so at once.
    upn->setText(valid.left(12));
    QVERIFY(!message->isVisibleTo(&dialog));
    Q_EMIT upn->editingFinished();
    QVERIFY(message->isVisibleTo(&dialog));
    QVERIFY(message->text().contains(u"13"_s));

    // Saving with it is refused too, in the same words.
    fillValidPupil(dialog);
    clickSave(dialog);
    QCOMPARE(child<QLabel>(dialog, u"errorLabel"_s)->text(), message->text());
    const auto count = PupilStore(**m_vault).count();
    QVERIFY2(count, qPrintable(count.error()));
    QCOMPARE(*count, 0);
}

void TestPupilDialog::validPupilIsSaved()
{
    PupilDialog dialog(**m_vault);
    fillValidPupil(dialog);
    child<QLineEdit>(dialog, u"preferredForenameLineEdit"_s)->setText(u"Sia"_s);
    child<QLineEdit>(dialog, u"upnLineEdit"_s)->setText(Upn::withCheckLetter(u"825230116999"));
    child<QLineEdit>(dialog, u"admissionNumberLineEdit"_s)->setText(u"001234"_s);
    selectData(child<QComboBox>(dialog, u"genderComboBox"_s), int(Gender::Female));
    selectData(child<QComboBox>(dialog, u"formComboBox"_s), m_3b.id);
    child<QDateEdit>(dialog, u"joinedDateEdit"_s)->setDate(QDate(2022, 9, 5));

    clickSave(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.pupil().id > 0);

    const auto pupils = PupilStore(**m_vault).list();
    QVERIFY2(pupils, qPrintable(pupils.error()));
    QCOMPARE(pupils->size(), 1);
    const Pupil& p = pupils->first();
    QCOMPARE(p.id, dialog.pupil().id);
    QCOMPARE(p.legalForename, u"Siân"_s);
    QCOMPARE(p.preferredForename, u"Sia"_s);
    QCOMPARE(p.surname, u"Llywelyn"_s);
    QCOMPARE(p.dateOfBirth, QDate(2018, 3, 10));
    QCOMPARE(p.gender, Gender::Female);
    QCOMPARE(p.upn, Upn::withCheckLetter(u"825230116999"));
    QCOMPARE(p.admissionNumber, u"001234"_s);
    QCOMPARE(p.yearGroup.ordinal(), 3);
    QCOMPARE(p.formName, u"3B"_s);
    QCOMPARE(p.joinedOn, QDate(2022, 9, 5));
    QVERIFY(!p.leftOn.isValid()); // "Not set" stays empty
    QCOMPARE(p.status, Pupil::Status::OnRoll);
}

void TestPupilDialog::formsFollowTheYearGroup()
{
    PupilDialog dialog(**m_vault);
    auto* year = child<QComboBox>(dialog, u"yearGroupComboBox"_s);
    auto* form = child<QComboBox>(dialog, u"formComboBox"_s);
    QCOMPARE(items(form), QStringList{u"No form"_s});
    QVERIFY(!form->isEnabled());
    selectData(year, 3);
    QCOMPARE(items(form), (QStringList{u"No form"_s, u"3B"_s, u"3C"_s}));
    selectData(year, 4);
    QCOMPARE(items(form), (QStringList{u"No form"_s, u"4A"_s}));
}

void TestPupilDialog::editingChangesTheForm()
{
    PupilStore store(**m_vault);
    Pupil p;
    p.legalForename = u"Tomos"_s;
    p.surname = u"Price"_s;
    p.dateOfBirth = QDate(2018, 5, 1);
    p.yearGroup = *YearGroup::fromOrdinal(3);
    p.formId = m_3b.id;
    QVERIFY(store.save(p));

    const auto stored = store.find(p.id);
    QVERIFY2(stored, qPrintable(stored.error()));
    PupilDialog dialog(**m_vault);
    dialog.setPupil(*stored);
    auto* form = child<QComboBox>(dialog, u"formComboBox"_s);
    QCOMPARE(form->currentText(), u"3B"_s);
    QCOMPARE(child<QLineEdit>(dialog, u"surnameLineEdit"_s)->text(), u"Price"_s);
    QVERIFY(dialog.windowTitle().contains(u"Price"_s));

    selectData(form, m_3c.id);
    clickSave(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const auto count = store.count();
    QVERIFY2(count, qPrintable(count.error()));
    QCOMPARE(*count, 1);
    const auto saved = store.find(p.id);
    QVERIFY2(saved, qPrintable(saved.error()));
    QCOMPARE(saved->formId, m_3c.id);
    QCOMPARE(saved->formName, u"3C"_s);
    QCOMPARE(saved->surname, u"Price"_s);
}

void TestPupilDialog::yearNoteWhenDateOfBirthSuggestsAnother()
{
    PupilDialog dialog(**m_vault);
    dialog.setAcademicStartYear(2025);
    auto* note = child<QLabel>(dialog, u"yearNoteLabel"_s);
    auto* dob = child<QDateEdit>(dialog, u"dateOfBirthDateEdit"_s);
    auto* year = child<QComboBox>(dialog, u"yearGroupComboBox"_s);

    dob->setDate(QDate(2017, 3, 10));     // Year 4 in 2025/26
    QVERIFY(!note->isVisibleTo(&dialog)); // no year chosen yet
    selectData(year, 3);
    QVERIFY(note->isVisibleTo(&dialog));
    QCOMPARE(note->text(), u"The date of birth suggests Year 4; the roll says Year 3."_s);
    selectData(year, 4);
    QVERIFY(!note->isVisibleTo(&dialog));
    dob->setDate(QDate(2018, 3, 10)); // Year 3 in 2025/26
    QVERIFY(note->isVisibleTo(&dialog));
    QCOMPARE(note->text(), u"The date of birth suggests Year 3; the roll says Year 4."_s);
}

QTEST_MAIN(TestPupilDialog)
#include "tst_pupildialog.moc"
