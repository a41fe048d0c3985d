// The new academic year: the preview a Rollover::plan() makes of a demo school, the edits the
// office makes to it, and apply(): a backup first, then everything or nothing.
#include "TestVault.h"
#include "demo/DemoSchool.h"
#include "records/AcademicYearStore.h"
#include "records/FormStore.h"
#include "records/PupilStore.h"
#include "records/Rollover.h"
#include "storage/AuditLog.h"
#include "storage/Backup.h"
#include "storage/SettingsStore.h"

#include <QDir>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A fixed day in the summer term, so the school's year is 2025/26 whatever the clock says.
const QDate Today(2026, 6, 15);
const AcademicYear From(2025);
constexpr int Pupils = 120;

YearGroup year(int ordinal)
{
    return *YearGroup::fromOrdinal(ordinal);
}

// Everything a rollover might change, row by row, so "exactly as it was" can be compared.
QStringList snapshot(Vault& vault)
{
    QStringList rows;
    QSqlQuery q(vault.database());
    for (const QString& sql :
         {u"SELECT * FROM pupils ORDER BY id"_s, u"SELECT * FROM forms ORDER BY id"_s,
          u"SELECT * FROM academic_years ORDER BY id"_s, u"SELECT * FROM terms ORDER BY id"_s,
          u"SELECT * FROM settings WHERE key NOT LIKE 'backup.%' ORDER BY key"_s}) {
        if (!q.exec(sql))
            qFatal("%s", qPrintable(sql));
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values << q.value(i).toString();
            rows << values.join(u'|');
        }
    }
    return rows;
}

QStringList auditActions(Vault& vault)
{
    QStringList actions;
    for (const AuditLog::Entry& e : AuditLog(vault).entries(AuditLog::Filter{.limit = 0}))
        actions.prepend(e.action + u' ' + e.entity);
    return actions;
}

int indexOfForm(const RolloverPlan& plan, const QString& name)
{
    for (int i = 0; i < plan.forms.size(); ++i)
        if (plan.forms[i].name == name)
            return i;
    return -1;
}

QStringList backups(const QString& folder)
{
    return QDir(folder).entryList({u"*.lanyard-backup"_s}, QDir::Files);
}

} // namespace

class TestRollover final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestVault> m_vault;

    RolloverPlan planned()
    {
        QString error;
        const std::optional<RolloverPlan> plan = Rollover::plan(*m_vault, From, &error);
        if (!plan)
            qFatal("%s", qPrintable(error));
        return *plan;
    }
    QString backupFolder() const { return QDir(m_vault->folder()).filePath(u"backups"_s); }

private Q_SLOTS:
    void init()
    {
        m_vault = TestVault::create(u"Bryn Ash Primary School"_s);
        QString error;
        QVERIFY2(DemoSchool::populate(*m_vault, DemoOptions{Pupils, 2026, Today}, &error), qPrintable(error));
    }
    void cleanup() { m_vault.reset(); }

    void defaultFormNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("from");
        QTest::addColumn<QString>("expected");
        QTest::newRow("3B") << u"3B"_s << 3 << u"4B"_s;
        QTest::newRow("RS") << u"RS"_s << 0 << u"1S"_s;
        QTest::newRow("NW") << u"NW"_s << -1 << u"RW"_s;
        QTest::newRow("9 Oak") << u"9 Oak"_s << 9 << u"10 Oak"_s;
        QTest::newRow("10A") << u"10A"_s << 10 << u"11A"_s;
        QTest::newRow("10A is not a Year 1 form") << u"10A"_s << 1 << u"10A"_s;
        QTest::newRow("Oak") << u"Oak"_s << 3 << u"Oak"_s;
        QTest::newRow("Rowan in Reception") << u"Rowan"_s << 0 << u"Rowan"_s;
        QTest::newRow("Nightingales in Nursery") << u"Nightingales"_s << -1 << u"Nightingales"_s;
    }
    void defaultFormNames()
    {
        QFETCH(QString, name);
        QFETCH(int, from);
        QFETCH(QString, expected);
        QCOMPARE(Rollover::defaultFormName(name, year(from), *year(from).next()), expected);
    }

    void previewListsEveryPupil()
    {
        const RolloverPlan plan = planned();
        QCOMPARE(plan.fromYear, From);
        QCOMPARE(plan.toYear, AcademicYear(2026));
        QCOMPARE(plan.terms, AcademicYear(2026).defaultTerms());
        QCOMPARE(plan.topYear, year(6)); // the highest year with pupils
        QCOMPARE(plan.leavingDate, QDate(2026, 8, 31));
        QCOMPARE(plan.pupils.size(), qsizetype(Pupils));

        const QList<Pupil> roll = PupilStore(*m_vault).list();
        QCOMPARE(roll.size(), qsizetype(Pupils));
        int leavers = 0;
        for (const Pupil& pupil : roll) {
            const auto it = std::find_if(plan.pupils.cbegin(), plan.pupils.cend(),
                                         [&](const RolloverPupil& p) { return p.pupilId == pupil.id; });
            QVERIFY2(it != plan.pupils.cend(), qPrintable(pupil.displayName()));
            QCOMPARE(it->yearGroup, pupil.yearGroup);
            QCOMPARE(it->formName, pupil.formName);
            if (pupil.yearGroup == year(6)) {
                ++leavers;
                QVERIFY(it->leaving);
                QCOMPARE(it->leftOn, QDate(2026, 8, 31));
                // They keep their form, kept for the record under its year's name.
                QVERIFY(it->newForm >= 0);
                QCOMPARE(plan.forms[it->newForm].newName, pupil.formName + u" (2025/26)"_s);
            } else {
                // N -> R -> 1 -> ... -> 6, into the form their own becomes.
                QVERIFY(!it->leaving);
                QCOMPARE(it->newYearGroup, *pupil.yearGroup.next());
                QVERIFY(it->newForm >= 0);
                QCOMPARE(plan.forms[it->newForm].formId, pupil.formId);
                QCOMPARE(plan.forms[it->newForm].newName,
                         Rollover::defaultFormName(pupil.formName, pupil.yearGroup, *pupil.yearGroup.next()));
            }
        }
        QVERIFY(leavers > 0);
        QCOMPARE(plan.leaving(), leavers);
        QCOMPARE(plan.leavingTopYear(), leavers);
        QCOMPARE(plan.movingUp(), Pupils - leavers);
        QCOMPARE(plan.heldBack(), 0);
    }

    void formsMoveUpAndRenamed()
    {
        const RolloverPlan plan = planned();
        const QList<Form> forms = FormStore(*m_vault).all();
        QCOMPARE(forms.size(), 16); // two forms in each of N, R, 1..6
        for (const Form& form : forms) {
            const int i = indexOfForm(plan, form.name);
            QVERIFY2(i >= 0, qPrintable(form.name));
            const RolloverForm& f = plan.forms[i];
            if (form.yearGroup == year(6)) {
                QCOMPARE(f.change, RolloverForm::Change::Retire);
                QCOMPARE(f.newName, form.name + u" (2025/26)"_s);
                QCOMPARE(f.newYearGroup, year(6));
            } else {
                QCOMPARE(f.change, RolloverForm::Change::MoveUp);
                QCOMPARE(f.newYearGroup, *form.yearGroup.next());
                QCOMPARE(f.newName.left(1), f.newYearGroup.code());
                QCOMPARE(f.newName.mid(1), form.name.mid(1));
            }
        }
        // The Nursery's forms move up to Reception, so the new intake gets forms of their names.
        QStringList created;
        for (const RolloverForm& f : plan.forms)
            if (f.change == RolloverForm::Change::Create) {
                QCOMPARE(f.newYearGroup, year(YearGroup::Nursery));
                created << f.newName;
            }
        QStringList nursery;
        for (const Form& form : forms)
            if (form.yearGroup == year(YearGroup::Nursery))
                nursery << form.name;
        QCOMPARE(created, nursery);
        QCOMPARE(plan.formsRenamed(), 14);
        QCOMPARE(plan.formsRetired(), 2);
        QCOMPARE(plan.formsCreated(), 2);
        QVERIFY(Rollover::validate(plan));
    }

    void applyMovesEveryoneAfterABackup()
    {
        const RolloverPlan plan = planned();
        const QList<Pupil> before = PupilStore(*m_vault).list();
        QVERIFY(backups(backupFolder()).isEmpty());

        QString error, backupFile;
        QVERIFY2(Rollover::apply(*m_vault, plan, &error, &backupFile), qPrintable(error));

        // The backup is there, whole, beside the vault (no backup folder is set), and it was made
        // before the first change: the trail shows it ahead of every one.
        QCOMPARE(QFileInfo(backupFile).absolutePath(), QFileInfo(backupFolder()).absoluteFilePath());
        QCOMPARE(backups(backupFolder()).size(), 1);
        QCOMPARE(Backup::verify(backupFile), Backup::Verdict::Ok);
        const QStringList actions = auditActions(*m_vault);
        const qsizetype backedUp = actions.lastIndexOf(u"backup "_s);
        QVERIFY(backedUp >= 0);
        QCOMPARE(actions.indexOf(u"insert academic_years"_s, backedUp), backedUp + 1);
        QCOMPARE(actions.constLast(), u"rollover "_s);

        PupilStore pupils(*m_vault);
        PupilFilter everyone;
        everyone.includeLeavers = true;
        const QList<Pupil> after = pupils.list(everyone);
        QCOMPARE(after.size(), before.size());
        for (const Pupil& was : before) {
            const auto now = pupils.find(was.id);
            QVERIFY(now);
            if (was.yearGroup == year(6)) {
                QCOMPARE(now->status, Pupil::Status::Left);
                QCOMPARE(now->leftOn, QDate(2026, 8, 31));
                QCOMPARE(now->yearGroup, year(6));
                QCOMPARE(now->formName, was.formName + u" (2025/26)"_s);
            } else {
                QCOMPARE(now->status, Pupil::Status::OnRoll);
                QCOMPARE(now->yearGroup, *was.yearGroup.next());
                QCOMPARE(now->formId, was.formId);
                QCOMPARE(now->formName,
                         Rollover::defaultFormName(was.formName, was.yearGroup, *was.yearGroup.next()));
            }
        }
        QCOMPARE(pupils.list().size(), qsizetype(Pupils - plan.leaving()));
        // Leavers stay in the vault, off the roll.
        QCOMPARE(pupils.count(), Pupils);

        QVERIFY(AcademicYearStore(*m_vault).years().contains(AcademicYear(2026)));
        QCOMPARE(AcademicYearStore(*m_vault).terms(AcademicYear(2026)), AcademicYear(2026).defaultTerms());
        QCOMPARE(FormStore(*m_vault).all().size(), 18);
        QCOMPARE(Rollover::currentYear(*m_vault), AcademicYear(2026));
        QCOMPARE(Rollover::lastYearGroup(*m_vault), year(6));

        const AuditLog::Verdict verdict = AuditLog::verify(m_vault->vault().database());
        QVERIFY2(verdict.ok, qPrintable(verdict.problem));

        // A second go at the same year is refused rather than moving everyone up twice.
        QVERIFY(!Rollover::plan(*m_vault, From, &error));
        QVERIFY2(error.contains(u"already moved up into 2026/27"_s), qPrintable(error));
        QVERIFY(!Rollover::apply(*m_vault, plan, &error));
        QVERIFY(Rollover::plan(*m_vault, Rollover::currentYear(*m_vault), &error));
    }

    void overridesAreHonoured()
    {
        RolloverPlan plan = planned();
        // A Year 3 child held back, a Year 4 child moved up two, a Year 2 child leaving for
        // another school and a Year 6 child staying on in Year 6.
        auto first = [&](int ordinal) {
            for (int i = 0; i < plan.pupils.size(); ++i)
                if (plan.pupils[i].yearGroup == year(ordinal) && plan.pupils[i].form >= 0)
                    return i;
            return -1;
        };
        const int heldBack = first(3), movedOn = first(4), leaver = first(2), staying = first(6);
        QVERIFY(heldBack >= 0 && movedOn >= 0 && leaver >= 0 && staying >= 0);
        plan.setNewYearGroup(heldBack, year(3));
        plan.setNewYearGroup(movedOn, year(6));
        plan.setLeaving(leaver, true);
        plan.pupils[leaver].destination = u"Ysgol Gymraeg Croesoswallt"_s;
        plan.setLeaving(staying, false);
        QCOMPARE(plan.pupils[staying].newYearGroup, year(6)); // the school ends at Year 6

        // The held-back child joins a Year 3 form: the one taking their form's name ("3B" again)
        // where there is one.
        const RolloverPupil& held = plan.pupils[heldBack];
        QCOMPARE(plan.forms[held.newForm].newYearGroup, year(3));
        QVERIFY(plan.formsFor(year(3)).contains(held.newForm));
        for (int form : plan.formsFor(year(3)))
            if (plan.forms[form].newName == held.formName)
                QCOMPARE(held.newForm, form);
        QCOMPARE(plan.heldBack(), 2);
        QCOMPARE(plan.movedOn(), 1);

        QString error;
        QVERIFY2(Rollover::apply(*m_vault, plan, &error), qPrintable(error));
        PupilStore pupils(*m_vault);
        const auto h = pupils.find(plan.pupils[heldBack].pupilId);
        QCOMPARE(h->yearGroup, year(3));
        QCOMPARE(h->formId, plan.forms[plan.pupils[heldBack].newForm].formId);
        const auto m = pupils.find(plan.pupils[movedOn].pupilId);
        QCOMPARE(m->yearGroup, year(6));
        QCOMPARE(m->formName.left(1), u"6"_s);
        const auto l = pupils.find(plan.pupils[leaver].pupilId);
        QCOMPARE(l->status, Pupil::Status::Left);
        QCOMPARE(l->yearGroup, year(2));
        QCOMPARE(l->formId, 0);
        QCOMPARE(l->destination, u"Ysgol Gymraeg Croesoswallt"_s);
        const auto s = pupils.find(plan.pupils[staying].pupilId);
        QCOMPARE(s->status, Pupil::Status::OnRoll);
        QCOMPARE(s->yearGroup, year(6));
        QCOMPARE(s->formName.left(1), u"6"_s);
        QVERIFY(!s->formName.contains(u"2025/26"_s));
    }

    void typedClashIsRefusedBeforeAnything()
    {
        RolloverPlan plan = planned();
        plan.forms[0].newName = plan.forms[2].newName.toLower();
        const QStringList before = snapshot(*m_vault);
        QString error;
        QVERIFY(!Rollover::apply(*m_vault, plan, &error));
        QVERIFY2(error.contains(u"Two forms would be called"_s), qPrintable(error));
        QCOMPARE(snapshot(*m_vault), before);
        QVERIFY(backups(backupFolder()).isEmpty());
    }

    void refusalMidwayLeavesTheVaultAsItWas()
    {
        RolloverPlan plan = planned();
        // A form made after the preview, whose name the office then types for another: the plan
        // cannot see the clash, so the store refuses it half-way through.
        Form oak{0, u"Oak"_s, year(2), 0};
        QVERIFY(FormStore(*m_vault).save(oak));
        const int last = indexOfForm(plan, plan.forms[plan.forms.size() - 3].name);
        plan.forms[last].newName = u"oak"_s;
        QVERIFY(Rollover::validate(plan));

        const QStringList before = snapshot(*m_vault);
        const QStringList actionsBefore = auditActions(*m_vault);
        QString error;
        QVERIFY(!Rollover::apply(*m_vault, plan, &error));
        QVERIFY2(error.contains(u"already a form called Oak"_s), qPrintable(error));
        QCOMPARE(snapshot(*m_vault), before);
        // Only the backup, made first, is left in the trail, and the trail still holds together.
        QCOMPARE(auditActions(*m_vault), actionsBefore + QStringList{u"backup "_s});
        QCOMPARE(backups(backupFolder()).size(), 1);
        const AuditLog::Verdict verdict = AuditLog::verify(m_vault->vault().database());
        QVERIFY2(verdict.ok, qPrintable(verdict.problem));
        QCOMPARE(Rollover::currentYear(*m_vault), AcademicYear::containing(QDate::currentDate()));
    }

    void joinerAfterThePreviewIsRefused()
    {
        const RolloverPlan plan = planned();
        Pupil joiner;
        joiner.legalForename = u"Efa"_s;
        joiner.surname = u"Prys"_s;
        joiner.dateOfBirth = QDate(2019, 2, 3);
        joiner.yearGroup = year(2);
        QVERIFY(PupilStore(*m_vault).save(joiner));
        const QStringList before = snapshot(*m_vault);
        QString error;
        QVERIFY(!Rollover::apply(*m_vault, plan, &error));
        QVERIFY2(error.contains(u"Prys, Efa joined the roll after the preview"_s), qPrintable(error));
        QCOMPARE(snapshot(*m_vault), before);
    }

    void namesThatGoRoundInACircle()
    {
        auto vault = TestVault::create();
        FormStore forms(*vault);
        Form oak{0, u"Oak"_s, year(3), 0}, ash{0, u"Ash"_s, year(4), 0};
        QVERIFY(forms.save(oak) && forms.save(ash));
        PupilStore pupils(*vault);
        for (const Form& form : {oak, ash}) {
            Pupil p;
            p.legalForename = u"Cai"_s;
            p.surname = form.name;
            p.dateOfBirth = QDate(2017, 1, 1);
            p.yearGroup = form.yearGroup;
            p.formId = form.id;
            QVERIFY(pupils.save(p));
        }
        QString error;
        std::optional<RolloverPlan> plan = Rollover::plan(*vault, From, year(6), &error);
        QVERIFY2(plan, qPrintable(error));
        QCOMPARE(plan->formsCreated(), 0); // forms with names of their own keep them
        plan->forms[indexOfForm(*plan, u"Oak"_s)].newName = u"Ash"_s;
        plan->forms[indexOfForm(*plan, u"Ash"_s)].newName = u"Oak"_s;
        QVERIFY2(Rollover::apply(*vault, *plan, &error), qPrintable(error));
        QCOMPARE(forms.find(oak.id)->name, u"Ash"_s);
        QCOMPARE(forms.find(oak.id)->yearGroup, year(4));
        QCOMPARE(forms.find(ash.id)->name, u"Oak"_s);
        QCOMPARE(forms.find(ash.id)->yearGroup, year(5));
        QCOMPARE(pupils.list().size(), 2);
        QVERIFY(AuditLog::verify(vault->vault().database()).ok);
    }

    void heldBackJoinsTheFormOfTheSameLetter()
    {
        auto vault = TestVault::create();
        FormStore forms(*vault);
        for (const auto& [name, ordinal] :
             {std::pair{u"2B"_s, 2}, {u"2C"_s, 2}, {u"3B"_s, 3}, {u"3C"_s, 3}}) {
            Form form{0, name, year(ordinal), 0};
            QVERIFY(forms.save(form));
        }
        Pupil p;
        p.legalForename = u"Gethin"_s;
        p.surname = u"Parry"_s;
        p.dateOfBirth = QDate(2018, 8, 20);
        p.yearGroup = year(3);
        p.formId = forms.findByName(u"3C"_s)->id;
        QVERIFY(PupilStore(*vault).save(p));
        std::optional<RolloverPlan> plan = Rollover::plan(*vault, From, year(6));
        QVERIFY(plan);
        plan->setNewYearGroup(0, year(3));
        QCOMPARE(plan->forms[plan->pupils[0].newForm].name, u"2C"_s); // which becomes 3C
        QCOMPARE(plan->forms[plan->pupils[0].newForm].newName, u"3C"_s);
        QString error;
        QVERIFY2(Rollover::apply(*vault, *plan, &error), qPrintable(error));
        QCOMPARE(PupilStore(*vault).find(p.id)->formName, u"3C"_s);
        QCOMPARE(forms.findByName(u"3C"_s)->yearGroup, year(3));
        QCOMPARE(forms.findByName(u"4C"_s)->yearGroup, year(4));
    }

    void schoolBackupFolderIsUsed()
    {
        QTemporaryDir usb;
        QVERIFY(SettingsStore(*m_vault).setValue(QLatin1String(Rollover::BackupFolderKey), usb.path()));
        QCOMPARE(Rollover::backupFolder(*m_vault), usb.path());
        QString error, file;
        QVERIFY2(Rollover::apply(*m_vault, planned(), &error, &file), qPrintable(error));
        QCOMPARE(QFileInfo(file).absolutePath(), QFileInfo(usb.path()).absoluteFilePath());
        QVERIFY(backups(backupFolder()).isEmpty());

        // A backup folder that has gone (a USB drive not plugged in) stops the rollover.
        auto other = TestVault::create();
        QVERIFY(SettingsStore(*other).setValue(QLatin1String(Rollover::BackupFolderKey),
                                               usb.filePath(u"unplugged"_s)));
        Pupil p;
        p.legalForename = u"Nia"_s;
        p.surname = u"Bowen"_s;
        p.dateOfBirth = QDate(2018, 1, 1);
        p.yearGroup = year(3);
        QVERIFY(PupilStore(*other).save(p));
        const std::optional<RolloverPlan> plan = Rollover::plan(*other, From, &error);
        QVERIFY(plan);
        const QStringList before = snapshot(*other);
        QVERIFY(!Rollover::apply(*other, *plan, &error));
        QVERIFY2(error.contains(u"nothing was changed"_s), qPrintable(error));
        QCOMPARE(snapshot(*other), before);
    }

    void officeIsRefused()
    {
        const RolloverPlan plan = planned();
        std::unique_ptr<Vault> office = m_vault->signInAs(u"office"_s, Role::Office);
        QString error;
        QVERIFY(!Rollover::plan(*office, From, &error));
        QVERIFY2(error.contains(u"Office"_s), qPrintable(error));
        const QStringList before = snapshot(*office);
        error.clear();
        QVERIFY(!Rollover::apply(*office, plan, &error));
        QVERIFY2(error.contains(u"Office"_s), qPrintable(error));
        QCOMPARE(snapshot(*office), before);
        QVERIFY(backups(backupFolder()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRollover)
#include "tst_rollover.moc"
