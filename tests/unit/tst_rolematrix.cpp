// Every role against every store operation, enforced in the stores: an allowed call works, a
// refused one says why and changes nothing.
#include "TestVault.h"
#include "records/AcademicYearStore.h"
#include "records/FormStore.h"
#include "records/ParentStore.h"
#include "records/PupilStore.h"
#include "records/SchoolStore.h"
#include "records/StaffStore.h"
#include "records/UserStore.h"
#include "storage/SafeguardingSeal.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

namespace {
struct Operation
{
    QString name;
    Permission needs;
    std::function<bool(Vault&, QString*)> run;
};

// Everything in the vault but the audit trail (allowed calls append to it; refused ones must not).
QString snapshot(const QSqlDatabase& db)
{
    QString text;
    QStringList tables = db.tables();
    tables.sort();
    for (const QString& table : tables) {
        QSqlQuery q(db);
        q.exec(u"SELECT * FROM \"%1\" ORDER BY rowid"_s.arg(table));
        text += u"## "_s + table + u'\n';
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                text += q.value(i).toString() + u'|';
            text += u'\n';
        }
    }
    return text;
}

struct Fixture
{
    qint64 pupil = 0;
    qint64 staff = 0;
    qint64 form = 0;
};

Fixture populate(Vault& vault)
{
    Fixture f;
    StaffMember teacher{0, u"Mrs"_s, u"Ffion"_s, u"Evans"_s, {}, StaffCategory::Teaching, {}, {}, {}};
    StaffStore(vault).save(teacher);
    Form form{0, u"3E"_s, *YearGroup::parse(u"3"_s), teacher.id};
    FormStore(vault).save(form);
    Pupil p;
    p.legalForename = u"Llŷr"_s;
    p.surname = u"Jones"_s;
    p.dateOfBirth = QDate(2018, 1, 9);
    p.yearGroup = form.yearGroup;
    p.formId = form.id;
    PupilStore(vault).save(p);
    Parent mum{0, p.id, {}, u"Cerys"_s, u"Jones"_s, u"Mother"_s, true, {}, {}};
    ParentStore(vault).save(mum);
    return {p.id, teacher.id, form.id};
}

QList<Operation> operations(const Fixture& f)
{
    auto ok = [](bool b) { return b; };
    return {
        {u"list pupils"_s, Permission::ReadPeople,
         [](Vault& v, QString* e) {
             PupilStore(v).list({}, e);
             return e->isEmpty();
         }},
        {u"find pupil"_s, Permission::ReadPeople,
         [f](Vault& v, QString* e) { return PupilStore(v).find(f.pupil, e).has_value(); }},
        {u"count pupils"_s, Permission::ReadPeople,
         [](Vault& v, QString* e) { return PupilStore(v).count(e) == 1; }},
        {u"list staff"_s, Permission::ReadPeople,
         [](Vault& v, QString* e) { return !StaffStore(v).all(false, e).isEmpty(); }},
        {u"list forms"_s, Permission::ReadPeople,
         [](Vault& v, QString* e) { return !FormStore(v).all(e).isEmpty(); }},
        {u"read parents"_s, Permission::ReadPeople,
         [f](Vault& v, QString* e) { return !ParentStore(v).forPupil(f.pupil, e).isEmpty(); }},
        {u"edit pupil"_s, Permission::WritePeople,
         [f](Vault& v, QString* e) {
             Pupil p = PupilStore(v).find(f.pupil).value_or(Pupil{});
             p.id = f.pupil;
             p.surname = u"Changed"_s;
             return PupilStore(v).save(p, e);
         }},
        {u"add pupil"_s, Permission::WritePeople,
         [](Vault& v, QString* e) {
             Pupil p;
             p.legalForename = u"Zoë"_s;
             p.surname = u"Nowak"_s;
             p.dateOfBirth = QDate(2019, 5, 5);
             p.yearGroup = *YearGroup::parse(u"2"_s);
             return PupilStore(v).save(p, e);
         }},
        {u"remove pupil"_s, Permission::WritePeople,
         [f](Vault& v, QString* e) { return PupilStore(v).remove(f.pupil, e); }},
        {u"add staff"_s, Permission::WritePeople,
         [](Vault& v, QString* e) {
             StaffMember m{0, {}, u"Iolo"_s, u"Davies"_s, {}, StaffCategory::Support, {}, {}, {}};
             return StaffStore(v).save(m, e);
         }},
        {u"remove staff"_s, Permission::WritePeople,
         [f](Vault& v, QString* e) { return StaffStore(v).remove(f.staff, e); }},
        {u"rename form"_s, Permission::WritePeople,
         [f](Vault& v, QString* e) {
             Form form{f.form, u"3J"_s, *YearGroup::parse(u"3"_s), 0};
             return FormStore(v).save(form, e);
         }},
        {u"add parent"_s, Permission::WritePeople,
         [f](Vault& v, QString* e) {
             Parent dad{0, f.pupil, {}, u"Rhys"_s, u"Jones"_s, u"Father"_s, true, {}, {}};
             return ParentStore(v).save(dad, e);
         }},
        {u"edit school"_s, Permission::ManageSettings,
         [](Vault& v, QString* e) {
             School s = SchoolStore(v).load().value_or(School{});
             s.urn = u"123456"_s;
             return SchoolStore(v).save(s, e);
         }},
        {u"set terms"_s, Permission::ManageSettings,
         [](Vault& v, QString* e) { return AcademicYearStore(v).ensure(AcademicYear(2030), e); }},
        {u"add user"_s, Permission::ManageUsers,
         [](Vault& v, QString* e) {
             UserAccount a{0, u"newbie"_s, u"New Person"_s, Role::Office, true, false, {}};
             return UserStore(v).add(a, "long enough pass", KdfLimits::minimum(), e);
         }},
        {u"list users"_s, Permission::ManageUsers,
         [](Vault& v, QString* e) { return !UserStore(v).all(e).isEmpty(); }},
        {u"disable user"_s, Permission::ManageUsers,
         [](Vault& v, QString* e) { return UserStore(v).setDisabled(u"spare"_s, true, e); }},
        {u"reset another's passphrase"_s, Permission::ManageUsers,
         [](Vault& v, QString* e) {
             return v.setPassphrase(u"spare"_s, "reset passphrase", KdfLimits::minimum(), e);
         }},
        {u"seal a narrative"_s, Permission::WriteSafeguarding,
         [ok](Vault& v, QString* e) { return ok(SafeguardingSeal(v).seal("narrative", e).has_value()); }},
    };
}
} // namespace

class TestRoleMatrix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matrix_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<int>("operation");
        const QList<Operation> ops = operations({});
        for (Role role : Roles::all())
            for (int i = 0; i < ops.size(); ++i)
                QTest::addRow("%s: %s", qPrintable(Roles::code(role)), qPrintable(ops[i].name)) << role << i;
    }

    void matrix()
    {
        QFETCH(Role, role);
        QFETCH(int, operation);
        auto vault = TestVault::create();
        const Fixture fixture = populate(*vault);
        // A spare user to disable, and a DSL so that the safeguarding key exists.
        vault->signInAs(u"spare"_s, Role::Office);
        vault->signInAs(u"lead"_s, Role::Dsl);
        auto session = role == Role::Administrator ? vault->openAs(TestVault::UserName)
                                                   : vault->signInAs(u"tester"_s, role);
        const Operation op = operations(fixture).at(operation);
        const QString before = snapshot(vault->vault().database());
        QString error;
        const bool done = op.run(*session, &error);
        if (Roles::allows(role, op.needs)) {
            QVERIFY2(done, qPrintable(error));
        } else {
            QVERIFY(!done);
            QCOMPARE(error, Roles::refusal(role, op.needs));
            QCOMPARE(snapshot(vault->vault().database()), before);
        }
    }

    void theRulesThemselves()
    {
        QVERIFY(Roles::allows(Role::Administrator, Permission::ManageUsers));
        QVERIFY(!Roles::allows(Role::Administrator, Permission::ReadSafeguarding));
        QVERIFY(!Roles::allows(Role::Office, Permission::ManageUsers));
        QVERIFY(Roles::allows(Role::Dsl, Permission::WritePeople));
        QVERIFY(Roles::allows(Role::Dsl, Permission::WriteSafeguarding));
        QVERIFY(Roles::allows(Role::Head, Permission::ReadSafeguarding));
        QVERIFY(!Roles::allows(Role::Head, Permission::WriteSafeguarding));
        QVERIFY(Roles::allows(Role::It, Permission::WriteRotation));
        QVERIFY(!Roles::allows(Role::It, Permission::WritePeople));
        for (Permission p : Roles::permissions())
            QCOMPARE(Roles::allows(Role::Governor, p), p == Permission::ReadReports);
    }
};

QTEST_GUILESS_MAIN(TestRoleMatrix)
#include "tst_rolematrix.moc"
