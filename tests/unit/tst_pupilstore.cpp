#include "TestVault.h"
#include "domain/Upn.h"
#include "records/FormStore.h"
#include "records/PupilStore.h"
#include "storage/AuditLog.h"
#include "storage/StoreSupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPupilStore : public QObject
{
    Q_OBJECT

private:
    static Pupil samplePupil(const QString& upn = u"M825230116999"_s)
    {
        Pupil p;
        p.upn = upn;
        p.admissionNumber = u"001234"_s;
        p.legalForename = u"Llŷr"_s;
        p.surname = u"Ó Súilleabháin"_s;
        p.dateOfBirth = QDate(2018, 10, 2);
        p.gender = Gender::Male;
        p.yearGroup = *YearGroup::parse(u"Year 3"_s);
        p.joinedOn = QDate(2022, 9, 5);
        return p;
    }

private Q_SLOTS:
    void savesAndReadsBackExactly()
    {
        auto vault = TestVault::create();
        PupilStore store(*vault);
        Pupil p = samplePupil();
        p.preferredForename = u"Lly"_s;
        QString error;
        QVERIFY2(store.save(p, &error), qPrintable(error));
        QVERIFY(p.id > 0);
        const auto back = store.find(p.id);
        QVERIFY2(back, qPrintable(back.error()));
        QCOMPARE(back->legalForename, u"Llŷr"_s);
        QCOMPARE(back->preferredForename, u"Lly"_s);
        QCOMPARE(back->surname, u"Ó Súilleabháin"_s);
        QCOMPARE(back->dateOfBirth, QDate(2018, 10, 2));
        QCOMPARE(back->yearGroup.code(), u"3"_s);
        QCOMPARE(back->upn, u"M825230116999"_s);
        QCOMPARE(back->gender, Gender::Male);
        QCOMPARE(back->status, Pupil::Status::OnRoll);
        QCOMPARE(back->displayName(), u"Ó Súilleabháin, Lly"_s);
    }

    void refusesDuplicateUpn()
    {
        auto vault = TestVault::create();
        PupilStore store(*vault);
        Pupil a = samplePupil(), b = samplePupil();
        b.admissionNumber = u"009999"_s;
        QVERIFY(store.save(a));
        QString error;
        QVERIFY(!store.save(b, &error));
        QVERIFY(error.contains(u"already belongs to Llŷr Ó Súilleabháin"_s));
        const auto count = store.count();
        QVERIFY2(count, qPrintable(count.error()));
        QCOMPARE(*count, 1);
    }

    void refusesDuplicateAdmissionNumber()
    {
        auto vault = TestVault::create();
        PupilStore store(*vault);
        Pupil a = samplePupil(), b = samplePupil(u""_s);
        QVERIFY(store.save(a));
        QString error;
        QVERIFY(!store.save(b, &error));
        QVERIFY(error.contains(u"Admission number 001234 already belongs"_s));
        const auto count = store.count();
        QVERIFY2(count, qPrintable(count.error()));
        QCOMPARE(*count, 1);
    }

    void validation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("surname") << u"surname"_s << u"surname"_s;
        QTest::newRow("forename") << u"forename"_s << u"legal forename"_s;
        QTest::newRow("dob missing") << u"dob"_s << u"date of birth"_s;
        QTest::newRow("dob future") << u"future"_s << u"future"_s;
        QTest::newRow("year") << u"year"_s << u"year group"_s;
        QTest::newRow("upn check letter") << u"upn"_s << u"check letter"_s;
        QTest::newRow("joined before birth") << u"joined"_s << u"before the date of birth"_s;
        QTest::newRow("left without date") << u"left"_s << u"leaving date"_s;
    }

    void validation()
    {
        QFETCH(QString, field);
        QFETCH(QString, message);
        auto vault = TestVault::create();
        PupilStore store(*vault);
        Pupil p = samplePupil();
        if (field == u"surname"_s)
            p.surname = u"  "_s;
        else if (field == u"forename"_s)
            p.legalForename.clear();
        else if (field == u"dob"_s)
            p.dateOfBirth = QDate();
        else if (field == u"future"_s)
            p.dateOfBirth = QDate::currentDate().addDays(3);
        else if (field == u"year"_s)
            p.yearGroup = YearGroup();
        else if (field == u"upn"_s)
            p.upn = u"A825230116999"_s;
        else if (field == u"joined"_s)
            p.joinedOn = QDate(2010, 1, 1);
        else if (field == u"left"_s)
            p.status = Pupil::Status::Left;
        QString error;
        QVERIFY(!store.save(p, &error));
        QVERIFY2(error.contains(message, Qt::CaseInsensitive), qPrintable(error));
        const auto count = store.count();
        QVERIFY2(count, qPrintable(count.error()));
        QCOMPARE(*count, 0);
    }

    void formMustMatchYear()
    {
        auto vault = TestVault::create();
        Form form{0, u"4S"_s, *YearGroup::parse(u"4"_s), 0};
        QVERIFY(FormStore(*vault).save(form));
        PupilStore store(*vault);
        Pupil p = samplePupil();
        p.formId = form.id;
        QString error;
        QVERIFY(!store.save(p, &error));
        QCOMPARE(error, u"4S is a Year 4 form, but the pupil is in Year 3."_s);
        p.yearGroup = form.yearGroup;
        QVERIFY2(store.save(p, &error), qPrintable(error));
        const auto saved = store.find(p.id);
        QVERIFY2(saved, qPrintable(saved.error()));
        QCOMPARE(saved->formName, u"4S"_s);
    }

    void updateChangesTheRecord()
    {
        auto vault = TestVault::create();
        PupilStore store(*vault);
        Pupil p = samplePupil();
        QVERIFY(store.save(p));
        p.surname = u"Pritchard"_s;
        p.status = Pupil::Status::Left;
        p.leftOn = QDate(2026, 7, 22);
        QVERIFY(store.save(p));
        const auto count = store.count();
        QVERIFY2(count, qPrintable(count.error()));
        QCOMPARE(*count, 1);
        const auto changed = store.find(p.id);
        QVERIFY2(changed, qPrintable(changed.error()));
        QCOMPARE(changed->surname, u"Pritchard"_s);
        const auto onRoll = store.list();
        QVERIFY2(onRoll, qPrintable(onRoll.error()));
        QVERIFY(onRoll->isEmpty());
        PupilFilter leavers;
        leavers.includeLeavers = true;
        const auto withLeavers = store.list(leavers);
        QVERIFY2(withLeavers, qPrintable(withLeavers.error()));
        QCOMPARE(withLeavers->size(), 1);
    }

    void filtersByTextYearAndForm()
    {
        auto vault = TestVault::create();
        PupilStore store(*vault);
        Form threeB{0, u"3B"_s, *YearGroup::parse(u"3"_s), 0};
        QVERIFY(FormStore(*vault).save(threeB));
        const QList<std::tuple<QString, QString, QString>> people{{u"Siân"_s, u"Evans"_s, u"3"_s},
                                                                  {u"Zoë"_s, u"Müller"_s, u"3"_s},
                                                                  {u"Aoife"_s, u"O'Brien"_s, u"R"_s}};
        int serial = 100;
        for (const auto& [forename, surname, year] : people) {
            Pupil p = samplePupil(Upn::withCheckLetter(QString(u"825230116"_s + QString::number(serial++))));
            p.admissionNumber = QString::number(serial);
            p.legalForename = forename;
            p.surname = surname;
            p.yearGroup = *YearGroup::parse(year);
            p.dateOfBirth = year == u"R"_s ? QDate(2021, 1, 5) : QDate(2018, 1, 5);
            p.formId = surname == u"Evans"_s ? threeB.id : 0;
            QString error;
            QVERIFY2(store.save(p, &error), qPrintable(error));
        }
        PupilFilter f;
        f.text = u"sian"_s;
        const auto sian = store.list(f);
        QVERIFY2(sian, qPrintable(sian.error()));
        QCOMPARE(sian->size(), 1);
        f.text = u"MÜLLER zoe"_s;
        const auto zoe = store.list(f);
        QVERIFY2(zoe, qPrintable(zoe.error()));
        QVERIFY(!zoe->isEmpty());
        QCOMPARE(zoe->constFirst().legalForename, u"Zoë"_s);
        f = {};
        f.yearGroup = YearGroup::parse(u"3"_s);
        const auto yearThree = store.list(f);
        QVERIFY2(yearThree, qPrintable(yearThree.error()));
        QCOMPARE(yearThree->size(), 2);
        f.formId = threeB.id;
        const auto formThreeB = store.list(f);
        QVERIFY2(formThreeB, qPrintable(formThreeB.error()));
        QCOMPARE(formThreeB->size(), 1);
        // Sorted by year group first: Reception before Year 3.
        const auto everyone = store.list();
        QVERIFY2(everyone, qPrintable(everyone.error()));
        QVERIFY(!everyone->isEmpty());
        QCOMPARE(everyone->constFirst().surname, u"O'Brien"_s);
    }

    void expectedYearFromDateOfBirth()
    {
        Pupil p = samplePupil();
        p.dateOfBirth = QDate(2018, 8, 31); // youngest of its cohort
        QCOMPARE(p.expectedYearGroup(2026)->code(), u"4"_s);
        p.dateOfBirth = QDate(2018, 9, 1);
        QCOMPARE(p.expectedYearGroup(2026)->code(), u"3"_s);
    }

    void leaverKeepsDestination()
    {
        auto vault = TestVault::create();
        PupilStore store(*vault);
        Pupil p = samplePupil();
        // A destination belongs to a pupil who has left.
        p.destination = u"Ysgol Uwchradd Tywyn"_s;
        QString error;
        QVERIFY(!store.save(p, &error));
        QVERIFY2(error.contains(u"only for a pupil who has left"_s), qPrintable(error));
        const auto count = store.count();
        QVERIFY2(count, qPrintable(count.error()));
        QCOMPARE(*count, 0);

        p.status = Pupil::Status::Left;
        p.leftOn = QDate(2026, 7, 22);
        p.destination = u"  Ysgol Uwchradd Tywyn "_s;
        QVERIFY2(store.save(p, &error), qPrintable(error));
        const auto leaver = store.find(p.id);
        QVERIFY2(leaver, qPrintable(leaver.error()));
        QCOMPARE(leaver->destination, u"Ysgol Uwchradd Tywyn"_s);
        // Off the roll, but still in the vault with where they went.
        const auto onRoll = store.list();
        QVERIFY2(onRoll, qPrintable(onRoll.error()));
        QVERIFY(onRoll->isEmpty());
        PupilFilter leavers;
        leavers.includeLeavers = true;
        const auto withLeavers = store.list(leavers);
        QVERIFY2(withLeavers, qPrintable(withLeavers.error()));
        QVERIFY(!withLeavers->isEmpty());
        QCOMPARE(withLeavers->constFirst().destination, u"Ysgol Uwchradd Tywyn"_s);

        // Not known is fine, and is stored as nothing.
        p.destination.clear();
        QVERIFY(store.save(p));
        const auto unknown = store.find(p.id);
        QVERIFY2(unknown, qPrintable(unknown.error()));
        QVERIFY(unknown->destination.isNull());
    }

    // save() records each change with the hash of the values it wrote, not of the row read back:
    // every shape of record must still match its entry, or verify would cry wolf.
    void savedRecordsVerify()
    {
        auto vault = TestVault::create();
        auto verify = [&] { return AuditLog::verify(vault->vault().database()); };
        Form form{0, u"3B"_s, *YearGroup::parse(u"3"_s), 0};
        QVERIFY(FormStore(*vault).save(form));
        PupilStore store(*vault);
        Pupil bare = samplePupil(u""_s); // no UPN, no preferred name, no form, never left
        bare.admissionNumber.clear();
        bare.joinedOn = QDate();
        QVERIFY(store.save(bare));
        Pupil full = samplePupil();
        full.preferredForename = u"Lly"_s;
        full.formId = form.id;
        QVERIFY(store.save(full));
        auto verdict = verify();
        QVERIFY2(verdict.ok, qPrintable(verdict.problem));

        full.status = Pupil::Status::Left;
        full.leftOn = QDate(2026, 7, 22);
        full.destination = u"Ysgol Uwchradd Tywyn"_s;
        full.formId = 0;
        QVERIFY(store.save(full));
        bare.surname = u"Pritchard"_s;
        QVERIFY(store.save(bare));
        verdict = verify();
        QVERIFY2(verdict.ok, qPrintable(verdict.problem));
        const auto entries = AuditLog(*vault).list({.entity = u"pupils"_s, .entityId = full.id});
        QVERIFY2(entries, qPrintable(entries.error()));
        QCOMPARE(entries->size(), qsizetype(2));

        QSqlQuery q(vault->vault().database());
        QVERIFY(q.exec(u"UPDATE pupils SET destination = NULL WHERE id = %1"_s.arg(full.id)));
        verdict = verify();
        QVERIFY(!verdict.ok);
        QCOMPARE(verdict.entityId, full.id);
    }

    void refusesAnotherPupilsUpnOnUpdate()
    {
        auto vault = TestVault::create();
        PupilStore store(*vault);
        const QString other = Upn::withCheckLetter(u"825230116998"_s);
        Pupil a = samplePupil(), b = samplePupil(other);
        b.legalForename = u"Cerys"_s;
        b.admissionNumber = u"001235"_s;
        QVERIFY(store.save(a));
        QVERIFY(store.save(b));
        b.upn = a.upn;
        QString error;
        QVERIFY(!store.save(b, &error));
        QCOMPARE(error, u"The UPN M825230116999 already belongs to Llŷr Ó Súilleabháin."_s);
        b.upn.clear();
        b.admissionNumber = u" 001234 "_s;
        QVERIFY(!store.save(b, &error));
        QCOMPARE(error, u"Admission number 001234 already belongs to Llŷr Ó Súilleabháin."_s);
        const auto kept = store.find(b.id);
        QVERIFY2(kept, qPrintable(kept.error()));
        QCOMPARE(kept->upn, other); // nothing half-written
        const auto verdict = AuditLog::verify(vault->vault().database());
        QVERIFY2(verdict.ok, qPrintable(verdict.problem));
    }

    // An import's batch reads the forms once; its saves are checked against them all the same.
    void batchChecksFormsItRead()
    {
        auto vault = TestVault::create();
        Form fourS{0, u"4S"_s, *YearGroup::parse(u"4"_s), 0};
        QVERIFY(FormStore(*vault).save(fourS));
        PupilStore store(*vault);
        StoreSupport::Transaction transaction(vault->vault().database());
        QString error;
        PupilStore::Batch batch(store, &error);
        QVERIFY2(batch.isActive(), qPrintable(error));
        Pupil p = samplePupil();
        p.formId = fourS.id;
        QVERIFY(!store.save(p, &error));
        QCOMPARE(error, u"4S is a Year 4 form, but the pupil is in Year 3."_s);
        p.formId = fourS.id + 1;
        QVERIFY(!store.save(p, &error));
        QCOMPARE(error, u"The chosen form no longer exists."_s);
        p.formId = fourS.id;
        p.yearGroup = fourS.yearGroup;
        QVERIFY2(store.save(p, &error), qPrintable(error));
        Pupil second = samplePupil(Upn::withCheckLetter(u"825230116998"_s));
        second.admissionNumber = u"001235"_s;
        second.yearGroup = fourS.yearGroup;
        second.formId = fourS.id;
        QVERIFY2(store.save(second, &error), qPrintable(error));
        second.upn = p.upn;
        QVERIFY(!store.save(second, &error));
        QVERIFY2(error.startsWith(u"The UPN M825230116999 already belongs to"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestPupilStore)
#include "tst_pupilstore.moc"
