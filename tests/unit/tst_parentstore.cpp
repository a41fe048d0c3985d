// Parents and carers, recorded against one pupil each.
#include "TestVault.h"
#include "records/ParentStore.h"
#include "records/PupilStore.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestParentStore : public QObject
{
    Q_OBJECT

private:
    static Pupil savedPupil(Vault& vault)
    {
        Pupil p;
        p.upn = u"M825230116999"_s;
        p.legalForename = u"Llŷr"_s;
        p.surname = u"Ó Súilleabháin"_s;
        p.dateOfBirth = QDate(2018, 10, 2);
        p.yearGroup = *YearGroup::parse(u"Year 3"_s);
        QString error;
        if (!PupilStore(vault).save(p, &error))
            qFatal("cannot save the pupil: %s", qPrintable(error));
        return p;
    }

private Q_SLOTS:
    void parentsBelongToAPupil()
    {
        auto vault = TestVault::create();
        const Pupil p = savedPupil(*vault);
        ParentStore parents(*vault);
        Parent mum{0,           p.id, u"Mrs"_s,          u"Gwenllian"_s,       u"Ó Súilleabháin"_s,
                   u"Mother"_s, true, u"07700 900123"_s, u"gwen@example.org"_s};
        QString error;
        QVERIFY2(parents.save(mum, &error), qPrintable(error));
        Parent bad = mum;
        bad.id = 0;
        bad.phone = u"call me"_s;
        QVERIFY(!parents.save(bad, &error));
        QVERIFY(error.contains(u"telephone"_s));
        bad.phone.clear();
        bad.relationship.clear();
        QVERIFY(!parents.save(bad, &error));
        QVERIFY(error.contains(u"relationship"_s));
        bad.relationship = u"Father"_s;
        bad.pupilId = 99999;
        QVERIFY(!parents.save(bad, &error));
        QVERIFY(error.contains(u"no longer in the vault"_s));
        const auto list = parents.list(p.id);
        QVERIFY2(list, qPrintable(list.error()));
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->constFirst().fullName(), u"Mrs Gwenllian Ó Súilleabháin"_s);
        QVERIFY(list->constFirst().parentalResponsibility);
        // Removing the pupil removes their parents' records with them.
        QVERIFY(PupilStore(*vault).remove(p.id));
        const auto none = parents.list(p.id);
        QVERIFY2(none, qPrintable(none.error()));
        QVERIFY(none->isEmpty());
    }

    void editAndRemoveOneParent()
    {
        auto vault = TestVault::create();
        const Pupil p = savedPupil(*vault);
        ParentStore parents(*vault);
        Parent mum{0, p.id, {}, u"Gwenllian"_s, u"Ó Súilleabháin"_s, u"Mother"_s, true, {}, {}};
        Parent grandad{0, p.id, {}, u"Emrys"_s, u"Hughes"_s, u"Grandparent"_s, false, {}, {}};
        QVERIFY(parents.save(mum));
        QVERIFY(parents.save(grandad));
        const auto both = parents.list(p.id);
        QVERIFY2(both, qPrintable(both.error()));
        QCOMPARE(both->size(), 2);

        grandad.parentalResponsibility = true;
        grandad.phone = u"01654 710123"_s;
        QString error;
        QVERIFY2(parents.save(grandad, &error), qPrintable(error));
        QVERIFY2(parents.remove(mum.id, &error), qPrintable(error));
        const auto left = parents.list(p.id);
        QVERIFY2(left, qPrintable(left.error()));
        QCOMPARE(left->size(), 1);
        QCOMPARE(left->constFirst().fullName(), u"Emrys Hughes"_s);
        QCOMPARE(left->constFirst().phone, u"01654 710123"_s);
        QVERIFY(left->constFirst().parentalResponsibility);
    }
};

QTEST_GUILESS_MAIN(TestParentStore)
#include "tst_parentstore.moc"
