#include "TestVault.h"
#include "io/HeaderMapping.h"
#include "storage/SettingsStore.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ImportField)
Q_DECLARE_METATYPE(RollKind)

class TestHeaderMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recognisesMisNames_data()
    {
        QTest::addColumn<RollKind>("kind");
        QTest::addColumn<QString>("column");
        QTest::addColumn<ImportField>("field");
        const auto pupil = [](const char* name, const QString& column, ImportField field) {
            QTest::newRow(name) << RollKind::Pupils << column << field;
        };
        pupil("Legal Surname", u"Legal Surname"_s, ImportField::Surname);
        pupil("Surname", u"Surname"_s, ImportField::Surname);
        pupil("Last name", u"Last name"_s, ImportField::Surname);
        pupil("Family name", u"Family name"_s, ImportField::Surname);
        pupil("LEGAL  SURNAME", u" LEGAL  SURNAME "_s, ImportField::Surname);
        pupil("Legal Forename", u"Legal Forename"_s, ImportField::Forename);
        pupil("First name", u"First name"_s, ImportField::Forename);
        pupil("first_name", u"first_name"_s, ImportField::Forename);
        pupil("Given name", u"Given name"_s, ImportField::Forename);
        pupil("Preferred Forename", u"Preferred Forename"_s, ImportField::PreferredForename);
        pupil("Preferred first name", u"Preferred first name"_s, ImportField::PreferredForename);
        pupil("Known as", u"Known as"_s, ImportField::PreferredForename);
        pupil("DOB", u"DOB"_s, ImportField::DateOfBirth);
        pupil("D.O.B.", u"D.O.B."_s, ImportField::DateOfBirth);
        pupil("Date of Birth", u"Date of Birth"_s, ImportField::DateOfBirth);
        pupil("date-of-birth", u"date-of-birth"_s, ImportField::DateOfBirth);
        pupil("Birth date", u"Birth date"_s, ImportField::DateOfBirth);
        pupil("Gender", u"Gender"_s, ImportField::Gender);
        pupil("Sex", u"Sex"_s, ImportField::Gender);
        pupil("UPN", u"upn"_s, ImportField::Upn);
        pupil("Adno", u"Adno"_s, ImportField::AdmissionNumber);
        pupil("Admission No.", u"Admission No."_s, ImportField::AdmissionNumber);
        pupil("Admission Number", u"Admission Number"_s, ImportField::AdmissionNumber);
        pupil("Student ID", u"Student ID"_s, ImportField::AdmissionNumber);
        pupil("Year", u"Year"_s, ImportField::YearGroup);
        pupil("Year group", u"Year group"_s, ImportField::YearGroup);
        pupil("NC Year", u"NC Year"_s, ImportField::YearGroup);
        pupil("Year Group (NC)", u"Year Group (NC)"_s, ImportField::YearGroup);
        pupil("Curriculum Year", u"Curriculum Year"_s, ImportField::YearGroup);
        pupil("Reg", u"Reg"_s, ImportField::Form);
        pupil("Reg Group", u"Reg Group"_s, ImportField::Form);
        pupil("Registration form", u"Registration form"_s, ImportField::Form);
        pupil("Registration Group", u"Registration Group"_s, ImportField::Form);
        pupil("Form", u"Form"_s, ImportField::Form);
        pupil("Class", u"Class"_s, ImportField::Form);
        pupil("Tutor group", u"Tutor group"_s, ImportField::Form);
        pupil("Date of Entry", u"Date of Entry"_s, ImportField::JoinedOn);
        pupil("Admission date", u"Admission date"_s, ImportField::JoinedOn);
        pupil("Start date", u"Start date"_s, ImportField::JoinedOn);
        pupil("Entry date", u"Entry date"_s, ImportField::JoinedOn);
        pupil("Date of leaving", u"Date of leaving"_s, ImportField::LeftOn);
        pupil("Leaving date", u"Leaving date"_s, ImportField::LeftOn);
        const auto staff = [](const char* name, const QString& column, ImportField field) {
            QTest::newRow(name) << RollKind::Staff << column << field;
        };
        staff("staff Title", u"Title"_s, ImportField::Title);
        staff("staff Forename", u"Forename"_s, ImportField::Forename);
        staff("staff Surname", u"Surname"_s, ImportField::Surname);
        staff("staff Email address", u"Email address"_s, ImportField::Email);
        staff("staff E-mail", u"E-mail"_s, ImportField::Email);
        staff("staff Staff type", u"Staff type"_s, ImportField::Category);
        staff("staff Category", u"Category"_s, ImportField::Category);
        staff("staff Roles", u"Roles"_s, ImportField::Roles);
        staff("staff Start date", u"Start date"_s, ImportField::StartsOn);
        staff("staff Leaving date", u"Leaving date"_s, ImportField::LeavesOn);
        staff("staff End date", u"End date"_s, ImportField::LeavesOn);
    }
    void recognisesMisNames()
    {
        QFETCH(RollKind, kind);
        QFETCH(QString, column);
        QFETCH(ImportField, field);
        const HeaderMapping mapping = HeaderMapping::recognise(kind, {u"Something else"_s, column});
        QCOMPARE(mapping.column(field), 1);
        QVERIFY(!mapping.fieldAt(0));
        QCOMPARE(mapping.columnName(field), column.trimmed());
    }

    void simsAndArborHeaders()
    {
        const QStringList sims{u"Adno"_s,
                               u"UPN"_s,
                               u"Legal Surname"_s,
                               u"Legal Forename"_s,
                               u"Preferred Forename"_s,
                               u"Gender"_s,
                               u"DOB"_s,
                               u"Year"_s,
                               u"Reg"_s,
                               u"Ethnicity"_s};
        const HeaderMapping s = HeaderMapping::recognise(RollKind::Pupils, sims);
        QCOMPARE(s.column(ImportField::AdmissionNumber), 0);
        QCOMPARE(s.column(ImportField::Upn), 1);
        QCOMPARE(s.column(ImportField::Surname), 2);
        QCOMPARE(s.column(ImportField::Forename), 3);
        QCOMPARE(s.column(ImportField::PreferredForename), 4);
        QCOMPARE(s.column(ImportField::Gender), 5);
        QCOMPARE(s.column(ImportField::DateOfBirth), 6);
        QCOMPARE(s.column(ImportField::YearGroup), 7);
        QCOMPARE(s.column(ImportField::Form), 8);
        QVERIFY(!s.fieldAt(9));
        QVERIFY(s.missingRequired().isEmpty());

        const QStringList arbor{u"Last name"_s,     u"First name"_s,      u"Preferred first name"_s,
                                u"Date of birth"_s, u"Year group"_s,      u"Registration form"_s,
                                u"UPN"_s,           u"Admission number"_s};
        const HeaderMapping a = HeaderMapping::recognise(RollKind::Pupils, arbor);
        QCOMPARE(a.column(ImportField::Surname), 0);
        QCOMPARE(a.column(ImportField::Forename), 1);
        QCOMPARE(a.column(ImportField::PreferredForename), 2);
        QCOMPARE(a.column(ImportField::DateOfBirth), 3);
        QCOMPARE(a.column(ImportField::YearGroup), 4);
        QCOMPARE(a.column(ImportField::Form), 5);
        QCOMPARE(a.column(ImportField::Upn), 6);
        QCOMPARE(a.column(ImportField::AdmissionNumber), 7);
        QCOMPARE(a.column(ImportField::Gender), -1);
    }

    void legalNameWinsAndEachColumnOnce()
    {
        const HeaderMapping m = HeaderMapping::recognise(
            RollKind::Pupils, {u"Surname"_s, u"Forename"_s, u"Legal Surname"_s, u"Preferred Forename"_s,
                               u"Legal Forename"_s, u"Year"_s, u"NC Year"_s});
        QCOMPARE(m.column(ImportField::Surname), 2);
        QCOMPARE(m.column(ImportField::Forename), 4);
        QCOMPARE(m.column(ImportField::PreferredForename), 3);
        QCOMPARE(m.column(ImportField::YearGroup), 5);
        QVERIFY(!m.fieldAt(0));
        QVERIFY(!m.fieldAt(6));
    }

    void editable()
    {
        HeaderMapping m =
            HeaderMapping::recognise(RollKind::Pupils, {u"Name"_s, u"Given"_s, u"Born"_s, u"Yr Grp"_s});
        QCOMPARE(m.missingRequired(), (QList<ImportField>{ImportField::Surname, ImportField::Forename,
                                                          ImportField::DateOfBirth, ImportField::YearGroup}));
        m.setColumn(ImportField::Surname, 0);
        m.setColumn(ImportField::Forename, 1);
        m.setColumn(ImportField::DateOfBirth, 2);
        m.setColumn(ImportField::YearGroup, 3);
        QVERIFY(m.missingRequired().isEmpty());
        // A column holds one field: giving it to another takes it from the first.
        m.setColumn(ImportField::PreferredForename, 1);
        QCOMPARE(m.column(ImportField::PreferredForename), 1);
        QCOMPARE(m.column(ImportField::Forename), -1);
        QCOMPARE(m.missingRequired(), QList<ImportField>{ImportField::Forename});
        m.setColumn(ImportField::PreferredForename, -1);
        QVERIFY(!m.isMapped(ImportField::PreferredForename));
        m.setColumn(ImportField::Form, 17); // no such column
        QVERIFY(!m.isMapped(ImportField::Form));
    }

    void headerBelowATitleLine()
    {
        const QList<CsvRecord> records{{1, {u"Student List - Autumn 2026"_s}},
                                       {2, {}},
                                       {3, {u"Surname"_s, u"Forename"_s, u"DOB"_s, u"Year"_s}},
                                       {4, {u"Jones"_s, u"Tom"_s, u"01/02/2018"_s, u"3"_s}}};
        QCOMPARE(HeaderMapping::headerIndex(RollKind::Pupils, records), 2);
        QCOMPARE(HeaderMapping::headerIndex(RollKind::Pupils, {{1, {u"a"_s, u"b"_s}}}), 0);
    }

    void shapeKey()
    {
        const HeaderMapping a(RollKind::Pupils, {u"Legal Surname"_s, u"DOB"_s});
        const HeaderMapping b(RollKind::Pupils, {u"legal_surname"_s, u"D.O.B"_s});
        const HeaderMapping c(RollKind::Pupils, {u"DOB"_s, u"Legal Surname"_s});
        const HeaderMapping d(RollKind::Staff, {u"Legal Surname"_s, u"DOB"_s});
        QCOMPARE(a.shapeKey(), b.shapeKey());
        QVERIFY(a.shapeKey() != c.shapeKey());
        QVERIFY(a.shapeKey() != d.shapeKey());
        QCOMPARE(a.shapeKey().size(), 32);
        QCOMPARE(HeaderMapping::settingsKey(a.shapeKey()), u"import/mapping/"_s + a.shapeKey());
    }

    void jsonRoundTrip()
    {
        const QStringList header{u"Surname"_s, u"Name"_s, u"Born"_s, u"Year"_s};
        HeaderMapping m = HeaderMapping::recognise(RollKind::Pupils, header);
        m.setColumn(ImportField::Forename, 1);
        m.setColumn(ImportField::DateOfBirth, 2);
        const auto back = HeaderMapping::fromJson(m.toJson(), RollKind::Pupils, header);
        QVERIFY(back);
        QCOMPARE(*back, m);
        QVERIFY(!HeaderMapping::fromJson(m.toJson(), RollKind::Staff, header));
        QVERIFY(!HeaderMapping::fromJson(m.toJson(), RollKind::Pupils, header.mid(0, 2))); // column 2 gone
        QVERIFY(!HeaderMapping::fromJson(u"not json"_s, RollKind::Pupils, header));
    }

    void rememberedForTheNextFileOfTheSameShape()
    {
        auto vault = TestVault::create();
        const QStringList header{u"Family"_s, u"Given"_s, u"Born"_s, u"Grp"_s, u"Tutor"_s};
        bool wasRemembered = true;
        HeaderMapping m = HeaderMapping::suggest(*vault, RollKind::Pupils, header, &wasRemembered);
        QVERIFY(!wasRemembered);
        QCOMPARE(m.missingRequired().size(), 4);
        m.setColumn(ImportField::Surname, 0);
        m.setColumn(ImportField::Forename, 1);
        m.setColumn(ImportField::DateOfBirth, 2);
        m.setColumn(ImportField::YearGroup, 3);
        m.setColumn(ImportField::Form, 4);
        QString error;
        QVERIFY2(m.remember(*vault, &error), qPrintable(error));
        const auto stored = SettingsStore(*vault).contains(HeaderMapping::settingsKey(m.shapeKey()));
        QVERIFY2(stored, qPrintable(stored.error()));
        QVERIFY(*stored);

        // Next term's file: the same headings, spelt a little differently, survive a reopen.
        vault->reopen();
        const QStringList next{u"FAMILY"_s, u"given"_s, u"Born"_s, u"GRP"_s, u"Tutor"_s};
        const HeaderMapping again = HeaderMapping::suggest(*vault, RollKind::Pupils, next, &wasRemembered);
        QVERIFY(wasRemembered);
        QCOMPARE(again.column(ImportField::Form), 4);
        QVERIFY(again.missingRequired().isEmpty());
        QCOMPARE(again.header(), next);
        // A different shape is not.
        QVERIFY(!HeaderMapping::remembered(*vault, RollKind::Pupils, header.mid(0, 4)));
        QVERIFY(!HeaderMapping::remembered(*vault, RollKind::Staff, header));
    }

    void rememberingNeedsWritePeople()
    {
        auto vault = TestVault::create();
        auto it = vault->signInAs(u"tech"_s, Role::It);
        const HeaderMapping m =
            HeaderMapping::recognise(RollKind::Pupils, {u"Surname"_s, u"Forename"_s, u"DOB"_s, u"Year"_s});
        QString error;
        QVERIFY(!m.remember(*it, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!HeaderMapping::remembered(*vault, RollKind::Pupils, m.header()));
    }
};

QTEST_GUILESS_MAIN(TestHeaderMapping)
#include "tst_headermapping.moc"
