// Who may do what, written out as the school agreed it, and checked twice: against Roles::allows
// cell by cell, and against the real stores, where an allowed call works and a refused one says
// why and changes nothing. A change to the table in Role.cpp must be made here too, on purpose.
#include "AupReports.h"
#include "TestVault.h"
#include "domain/AcademicYear.h"
#include "domain/Result.h"
#include "figures/FiguresBundle.h"
#include "io/RollExport.h"
#include "records/AcademicYearStore.h"
#include "records/AgreementStore.h"
#include "records/FormStore.h"
#include "records/ParentStore.h"
#include "records/PupilStore.h"
#include "records/SchoolStore.h"
#include "records/StaffStore.h"
#include "records/UserStore.h"
#include "storage/AuditLog.h"
#include "storage/Backup.h"
#include "storage/SafeguardingAccess.h"
#include "storage/SafeguardingSeal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

namespace {
// The columns of the grid, in order.
const QList<Role> GridRoles{Role::Administrator, Role::Office, Role::Dsl,
                            Role::Head,          Role::It,     Role::Governor};

struct GridRow
{
    Permission permission;
    const char* name;
    QStringView marks; // one per role above: ✓ allowed, · refused
};

// clang-format off
constexpr GridRow Grid[] = {
    //                                                      Admin  Office  DSL    Head    IT  Governor
    {Permission::ReadPeople,        "ReadPeople",        u"   ✓      ✓      ✓      ✓      ✓      ·"},
    {Permission::WritePeople,       "WritePeople",       u"   ✓      ✓      ✓      ·      ·      ·"},
    {Permission::ExportPeople,      "ExportPeople",      u"   ✓      ✓      ✓      ✓      ·      ·"},
    {Permission::ManageUsers,       "ManageUsers",       u"   ✓      ·      ·      ·      ·      ·"},
    {Permission::ManageSettings,    "ManageSettings",    u"   ✓      ·      ·      ·      ·      ·"},
    {Permission::ReadSafeguarding,  "ReadSafeguarding",  u"   ·      ·      ✓      ✓      ·      ·"},
    {Permission::WriteSafeguarding, "WriteSafeguarding", u"   ·      ·      ✓      ·      ·      ·"},
    {Permission::ReadAudit,         "ReadAudit",         u"   ✓      ·      ·      ✓      ·      ·"},
    {Permission::ReadRotation,      "ReadRotation",      u"   ✓      ✓      ✓      ✓      ✓      ·"},
    {Permission::WriteRotation,     "WriteRotation",     u"   ✓      ✓      ✓      ·      ✓      ·"},
    {Permission::ReadFilteringLog,  "ReadFilteringLog",  u"   ✓      ·      ·      ✓      ✓      ·"},
    {Permission::WriteFilteringLog, "WriteFilteringLog", u"   ✓      ·      ·      ·      ✓      ·"},
    {Permission::ReadReports,       "ReadReports",       u"   ✓      ✓      ✓      ✓      ·      ✓"},
    {Permission::PublishFigures,    "PublishFigures",    u"   ✓      ·      ✓      ✓      ·      ·"},
    {Permission::Backup,            "Backup",            u"   ✓      ✓      ✓      ✓      ✓      ·"},
};
// clang-format on

// Permissions no store checks yet (their stores are still to come): checked cell by cell only.
const QList<Permission> NotYetInAStore{Permission::ReadRotation, Permission::WriteRotation,
                                       Permission::ReadFilteringLog, Permission::WriteFilteringLog};

const GridRow* gridRow(Permission permission)
{
    for (const GridRow& row : Grid)
        if (row.permission == permission)
            return &row;
    return nullptr;
}

QList<QStringView> marks(const GridRow& row)
{
    return row.marks.split(u' ', Qt::SkipEmptyParts);
}

// What the grid says, or nullopt where it has no such cell (gridIsWhole names the gap).
std::optional<bool> granted(Role role, Permission permission)
{
    const GridRow* row = gridRow(permission);
    const qsizetype column = GridRoles.indexOf(role);
    if (!row || column < 0 || marks(*row).size() != GridRoles.size())
        return std::nullopt;
    return marks(*row).at(column) == u"✓";
}

QString permissionName(Permission permission)
{
    const GridRow* row = gridRow(permission);
    return row ? QString::fromLatin1(row->name) : u"(not in the grid)"_s;
}

struct Fixture
{
    qint64 pupil = 0;
    qint64 staff = 0;
    qint64 form = 0;
    QByteArray sealed; // a narrative sealed by the DSL
};

using Run = std::function<bool(Vault&, const Fixture&, QString*)>;

struct Operation
{
    QString name;
    Permission needs;
    Run run;
    std::optional<Permission> orInstead = std::nullopt; // a second permission that is enough alone
};

const QByteArray Narrative = QByteArrayLiteral("She said her brother's friend sends her messages at night.");

// A read in an operation: whether it worked, with the message of a read that failed in *error.
template <typename T> bool readOk(const Result<T>& result, QString* error)
{
    if (!result)
        *error = result.error();
    return result.ok();
}

QList<Operation> operations()
{
    return {
        {u"list pupils"_s, Permission::ReadPeople,
         [](Vault& v, const Fixture&, QString* e) {
             const auto pupils = PupilStore(v).list({});
             return readOk(pupils, e) && pupils->size() == 1;
         }},
        {u"find pupil"_s, Permission::ReadPeople,
         [](Vault& v, const Fixture& f, QString* e) { return readOk(PupilStore(v).find(f.pupil), e); }},
        {u"count pupils"_s, Permission::ReadPeople,
         [](Vault& v, const Fixture&, QString* e) {
             const auto count = PupilStore(v).count();
             return readOk(count, e) && *count == 1;
         }},
        {u"list staff"_s, Permission::ReadPeople,
         [](Vault& v, const Fixture&, QString* e) {
             const auto staff = StaffStore(v).list(false);
             return readOk(staff, e) && !staff->isEmpty();
         }},
        {u"list forms"_s, Permission::ReadPeople,
         [](Vault& v, const Fixture&, QString* e) {
             const auto forms = FormStore(v).list();
             return readOk(forms, e) && !forms->isEmpty();
         }},
        {u"read parents"_s, Permission::ReadPeople,
         [](Vault& v, const Fixture& f, QString* e) {
             const auto parents = ParentStore(v).list(f.pupil);
             return readOk(parents, e) && !parents->isEmpty();
         }},
        {u"edit pupil"_s, Permission::WritePeople,
         [](Vault& v, const Fixture& f, QString* e) {
             Pupil p = PupilStore(v).find(f.pupil).valueOr(Pupil{});
             p.id = f.pupil;
             p.surname = u"Changed"_s;
             return PupilStore(v).save(p, e);
         }},
        {u"add pupil"_s, Permission::WritePeople,
         [](Vault& v, const Fixture&, QString* e) {
             Pupil p;
             p.legalForename = u"Zoë"_s;
             p.surname = u"Nowak"_s;
             p.dateOfBirth = QDate(2019, 5, 5);
             p.yearGroup = *YearGroup::parse(u"2"_s);
             return PupilStore(v).save(p, e);
         }},
        {u"remove pupil"_s, Permission::WritePeople,
         [](Vault& v, const Fixture& f, QString* e) { return PupilStore(v).remove(f.pupil, e); }},
        {u"add staff"_s, Permission::WritePeople,
         [](Vault& v, const Fixture&, QString* e) {
             StaffMember m{0, {}, u"Iolo"_s, u"Davies"_s, {}, StaffCategory::Support, {}, {}, {}};
             return StaffStore(v).save(m, e);
         }},
        {u"remove staff"_s, Permission::WritePeople,
         [](Vault& v, const Fixture& f, QString* e) { return StaffStore(v).remove(f.staff, e); }},
        {u"rename form"_s, Permission::WritePeople,
         [](Vault& v, const Fixture& f, QString* e) {
             Form form{f.form, u"3J"_s, *YearGroup::parse(u"3"_s), 0};
             return FormStore(v).save(form, e);
         }},
        {u"add parent"_s, Permission::WritePeople,
         [](Vault& v, const Fixture& f, QString* e) {
             Parent dad{0, f.pupil, {}, u"Rhys"_s, u"Jones"_s, u"Father"_s, true, {}, {}};
             return ParentStore(v).save(dad, e);
         }},
        // Names taken out of the vault, as a file or on paper: IT may see the roll but not take it.
        {u"export the roll"_s, Permission::ExportPeople,
         [](Vault& v, const Fixture&, QString* e) {
             int rows = 0;
             return RollExport::write(v, RollKind::Pupils, QFileInfo(v.path()).dir().filePath(u"roll.csv"_s),
                                      {}, e, &rows) &&
                    rows == 1;
         }},
        {u"export the staff"_s, Permission::ExportPeople,
         [](Vault& v, const Fixture&, QString* e) {
             int rows = 0;
             return RollExport::write(v, RollKind::Staff, QFileInfo(v.path()).dir().filePath(u"staff.csv"_s),
                                      {}, e, &rows) &&
                    rows == 1;
         }},
        {u"build the AUP pack"_s, Permission::ExportPeople,
         [](Vault& v, const Fixture&, QString* e) {
             return AupReports::pack(v, {AcademicYear(2026), 0}, e).has_value();
         }},
        {u"build the AUP chase list"_s, Permission::ExportPeople,
         [](Vault& v, const Fixture&, QString* e) {
             return AupReports::chaseList(v, AcademicYear(2026), 0, e).has_value();
         }},
        {u"build the staff signing sheet"_s, Permission::ExportPeople,
         [](Vault& v, const Fixture&, QString* e) {
             return AupReports::staffAup(v, AcademicYear(2026), e).has_value();
         }},
        {u"edit school"_s, Permission::ManageSettings,
         [](Vault& v, const Fixture&, QString* e) {
             School s = SchoolStore(v).load().valueOr(School{});
             s.urn = u"123456"_s;
             return SchoolStore(v).save(s, e);
         }},
        {u"set terms"_s, Permission::ManageSettings,
         [](Vault& v, const Fixture&, QString* e) {
             return AcademicYearStore(v).ensure(AcademicYear(2030), e);
         }},
        {u"add user"_s, Permission::ManageUsers,
         [](Vault& v, const Fixture&, QString* e) {
             UserAccount a{0, u"newbie"_s, u"New Person"_s, Role::Office, true, false, {}};
             return UserStore(v).add(a, "long enough pass", KdfLimits::minimum(), e);
         }},
        {u"list users"_s, Permission::ManageUsers,
         [](Vault& v, const Fixture&, QString* e) {
             const auto users = UserStore(v).list();
             return readOk(users, e) && !users->isEmpty();
         }},
        {u"disable user"_s, Permission::ManageUsers,
         [](Vault& v, const Fixture&, QString* e) {
             SecureBytes recoveryKey;
             return UserStore(v).setDisabled(u"spare"_s, true, &recoveryKey, e);
         }},
        {u"reset another's passphrase"_s, Permission::ManageUsers,
         [](Vault& v, const Fixture&, QString* e) {
             return v.setPassphrase(u"spare"_s, "reset passphrase", KdfLimits::minimum(), e);
         }},
        {u"seal a narrative"_s, Permission::WriteSafeguarding,
         [](Vault& v, const Fixture&, QString* e) {
             return SafeguardingSeal(v).seal(Narrative, e).has_value();
         }},
        {u"unseal a narrative"_s, Permission::ReadSafeguarding,
         [](Vault& v, const Fixture& f, QString* e) {
             return SafeguardingSeal(v).unseal(f.sealed, u"concerns"_s, 1, e) == Narrative;
         }},
        {u"read the audit trail"_s, Permission::ReadAudit,
         [](Vault& v, const Fixture&, QString* e) {
             const auto entries = AuditLog(v).list(AuditLog::Filter{});
             return readOk(entries, e) && !entries->isEmpty();
         }},
        {u"make a backup"_s, Permission::Backup,
         [](Vault& v, const Fixture&, QString* e) {
             return Backup::write(v, QFileInfo(v.path()).dir().filePath(u"grid.lanyard-backup"_s), e);
         }},
        // Figures without names: a governor may see them, and so may anyone who may see the pupils.
        {u"AUP coverage figures"_s, Permission::ReadReports,
         [](Vault& v, const Fixture&, QString* e) {
             return readOk(AgreementStore(v).coverageByYearGroup(AcademicYear(2026)), e);
         },
         Permission::ReadPeople},
        // The governors' figures are worked out from the whole roll and signed by whoever publishes
        // them: the head, a DSL or an administrator, never the office, IT or a governor.
        {u"compute the governors' figures"_s, Permission::PublishFigures,
         [](Vault& v, const Fixture&, QString* e) {
             const auto figures = FiguresBundle::compute(v, AcademicYear(2026));
             return readOk(figures, e) && figures->staffTotal == 1;
         }},
    };
}

// Everything a refused call could have touched: every table (the audit trail too: a refusal is
// not a change), the key ring and the files beside the vault.
QString snapshot(TestVault& vault)
{
    const QSqlDatabase db = vault.vault().database();
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
    QFile ring(KeyRing::pathFor(vault.path()));
    if (ring.open(QIODevice::ReadOnly))
        text += u"## key ring\n"_s + QString::fromLatin1(ring.readAll().toBase64()) + u'\n';
    text += u"## files\n"_s + QDir(vault.folder()).entryList(QDir::Files).join(u'\n');
    return text;
}

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
    f.pupil = p.id;
    f.staff = teacher.id;
    f.form = form.id;
    return f;
}
} // namespace

class TestRoleMatrix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A role or permission added to Role.h must be given its column or row here.
    void gridIsWhole()
    {
        QCOMPARE(Roles::all(), GridRoles);
        QList<Permission> rows;
        for (const GridRow& row : Grid) {
            rows << row.permission;
            const QList<QStringView> cells = marks(row);
            QVERIFY2(cells.size() == GridRoles.size(), row.name);
            for (QStringView cell : cells)
                QVERIFY2(cell == u"✓" || cell == u"·", row.name);
        }
        QCOMPARE(rows, Roles::permissions());
    }

    void rolesAllow_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<Permission>("permission");
        for (Role role : GridRoles)
            for (const GridRow& row : Grid)
                QTest::addRow("%s: %s", qPrintable(Roles::code(role)), row.name) << role << row.permission;
    }

    void rolesAllow()
    {
        QFETCH(Role, role);
        QFETCH(Permission, permission);
        const std::optional<bool> expected = granted(role, permission);
        QVERIFY(expected.has_value());
        QCOMPARE(Roles::allows(role, permission), *expected); // Actual: Role.cpp; Expected: the grid
    }

    // Every permission is enforced by at least one store operation below, or is listed as not yet.
    void everyPermissionMeetsAStore()
    {
        QList<Permission> reached = NotYetInAStore;
        for (const Operation& op : operations())
            reached << op.needs;
        for (const GridRow& row : Grid)
            QVERIFY2(reached.contains(row.permission), row.name);
    }

    void stores_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<int>("operation");
        const QList<Operation> ops = operations();
        for (Role role : GridRoles)
            for (int i = 0; i < ops.size(); ++i)
                QTest::addRow("%s: %s", qPrintable(Roles::code(role)), qPrintable(ops[i].name)) << role << i;
    }

    void stores()
    {
        QFETCH(Role, role);
        QFETCH(int, operation);
        const Operation op = operations().at(operation);
        const std::optional<bool> needed = granted(role, op.needs);
        QVERIFY2(needed.has_value(), qPrintable(permissionName(op.needs)));
        const bool allowed = *needed || (op.orInstead && granted(role, *op.orInstead).value_or(false));

        auto vault = TestVault::create();
        Fixture fixture = populate(*vault);
        const auto issued = AgreementStore(*vault).issuePupils(AcademicYear(2026)); // for the AUP pack
        QVERIFY2(issued, qPrintable(issued.error()));
        QCOMPARE(issued->issued, 1);
        // A spare user to disable, and a DSL: the first DSL makes the safeguarding key.
        vault->signInAs(u"spare"_s, Role::Office);
        {
            auto lead = vault->signInAs(u"lead"_s, Role::Dsl);
            const auto sealed = SafeguardingSeal(*lead).seal(Narrative);
            QVERIFY(sealed);
            fixture.sealed = *sealed;
        }
        std::unique_ptr<Vault> session;
        if (role == Role::Governor) {
            // Refused by encryption before any store is asked: a governor's slot holds no vault key.
            vault->addUser(u"tester"_s, role);
            VaultError error;
            QVERIFY(!Vault::open(vault->path(), u"tester"_s, TestVault::Passphrase, &error));
            QCOMPARE(error.kind, VaultError::Kind::FiguresOnly);
            return;
        }
        if (role == Role::Administrator) {
            session = vault->openAs(TestVault::UserName);
        } else {
            vault->signInAs(u"tester"_s, role);
            if (role == Role::Dsl || role == Role::Head) // the lead gives them the safeguarding key
                QVERIFY(SafeguardingAccess(*vault->openAs(u"lead"_s)).grant(u"tester"_s));
            session = vault->openAs(u"tester"_s);
        }
        QCOMPARE(session->user().role, role);

        const QString before = snapshot(*vault);
        QString error;
        const bool done = op.run(*session, fixture, &error);
        if (allowed) {
            QVERIFY2(done, qPrintable(error));
        } else {
            QVERIFY2(!done, "the grid refuses this, but the store did it");
            QCOMPARE(error, Roles::refusal(role, op.orInstead.value_or(op.needs)));
            QCOMPARE(snapshot(*vault), before);
        }
    }

    // The refusal a user reads, word for word, for one cell of each kind.
    void refusalWording()
    {
        QCOMPARE(Roles::refusal(Role::Office, Permission::ManageUsers),
                 u"Your role (Office) does not allow managing users."_s);
        QCOMPARE(Roles::refusal(Role::Governor, Permission::ReadPeople),
                 u"Your role (Governor) does not allow seeing pupil and staff records."_s);
        QCOMPARE(Roles::refusal(Role::Administrator, Permission::ReadSafeguarding),
                 u"Your role (Administrator) does not allow reading safeguarding records."_s);
        QCOMPARE(Roles::refusal(Role::It, Permission::ExportPeople),
                 u"Your role (IT) does not allow exporting or printing lists of pupils and staff."_s);
    }
};

// The AUP reports measure their text with fonts, which need a QGuiApplication.
QTEST_MAIN(TestRoleMatrix)
#include "tst_rolematrix.moc"
