#include "Rollover.h"

#include "AcademicYearStore.h"
#include "FormStore.h"
#include "PupilStore.h"
#include "storage/AuditLog.h"
#include "storage/Backup.h"
#include "storage/SettingsStore.h"
#include "storage/StoreSupport.h"
#include "storage/Vault.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;
using StoreSupport::refuse;

namespace {

// Names are unique whatever their case, as the forms table compares them.
QString nameKey(const QString& name)
{
    return name.trimmed().toCaseFolded();
}

// The part of a form's name after its year's code: "B" of "3B", "S" of "RS"; nothing for "Oak",
// for "Rowan" (a Reception form named after a tree) or for "10A" in Year 1.
std::optional<QString> afterYearCode(const QString& name, const YearGroup& year)
{
    const QString trimmed = name.trimmed();
    const QString code = year.code();
    if (code.isEmpty() || !trimmed.startsWith(code, Qt::CaseInsensitive))
        return std::nullopt;
    const QString rest = trimmed.mid(code.size());
    if (!rest.isEmpty()) {
        const QChar first = rest.front();
        if (first.isDigit())
            return std::nullopt;
        if (first.isLower() && !code.front().isDigit())
            return std::nullopt;
    }
    return rest;
}

// What tells a form from the others in its year: "B" of "3B"; the whole name of "Oak".
QString formLetters(const QString& name, const YearGroup& year)
{
    return afterYearCode(name, year).value_or(name.trimmed()).toCaseFolded();
}

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

QList<int> RolloverPlan::formsFor(const YearGroup& nextYear) const
{
    QList<int> result;
    for (int i = 0; i < forms.size(); ++i)
        if (forms[i].change != RolloverForm::Change::Retire && forms[i].newYearGroup == nextYear)
            result.append(i);
    return result;
}

void RolloverPlan::setNewYearGroup(int index, const YearGroup& year)
{
    if (index < 0 || index >= pupils.size() || !year.isValid())
        return;
    RolloverPupil& p = pupils[index];
    p.leaving = false;
    p.leftOn = QDate();
    p.destination.clear();
    p.newYearGroup = year;
    // The pupil's own form goes with them where it can; else the form of that year with the same
    // letter, so that a child held back in 3B joins the new 3B.
    if (p.form >= 0 && forms[p.form].change != RolloverForm::Change::Retire &&
        forms[p.form].newYearGroup == year) {
        p.newForm = p.form;
        return;
    }
    const QList<int> candidates = formsFor(year);
    p.newForm = candidates.isEmpty() ? -1 : candidates.first();
    if (p.form < 0)
        return;
    const QString letters = formLetters(forms[p.form].name, forms[p.form].yearGroup);
    for (int candidate : candidates)
        if (formLetters(forms[candidate].newName, forms[candidate].newYearGroup) == letters)
            p.newForm = candidate;
}

void RolloverPlan::setLeaving(int index, bool leaving)
{
    if (index < 0 || index >= pupils.size())
        return;
    RolloverPupil& p = pupils[index];
    if (leaving == p.leaving)
        return;
    if (leaving) {
        p.leaving = true;
        p.leftOn = leavingDate;
        // A leaver keeps the form they left from when it is kept for the record.
        p.newForm = p.form >= 0 && forms[p.form].change == RolloverForm::Change::Retire ? p.form : -1;
        return;
    }
    // Staying on: up a year, as far as the school goes.
    const std::optional<YearGroup> next = p.yearGroup.next();
    setNewYearGroup(index, next && *next <= topYear ? *next : p.yearGroup);
}

void RolloverPlan::setNewForm(int index, int form)
{
    if (index < 0 || index >= pupils.size() || form < -1 || form >= forms.size())
        return;
    pupils[index].newForm = form;
}

void RolloverPlan::setLeavingDate(const QDate& date)
{
    for (RolloverPupil& p : pupils)
        if (p.leaving && p.leftOn == leavingDate)
            p.leftOn = date;
    leavingDate = date;
}

int RolloverPlan::addForm(const QString& name, const YearGroup& year)
{
    RolloverForm form;
    form.change = RolloverForm::Change::Create;
    form.newName = name.trimmed();
    form.newYearGroup = year;
    forms.append(form);
    return int(forms.size() - 1);
}

bool RolloverPlan::removeForm(int index)
{
    if (index < 0 || index >= forms.size() || forms[index].change != RolloverForm::Change::Create)
        return false;
    forms.removeAt(index);
    auto shift = [index](int& form) {
        if (form == index)
            form = -1;
        else if (form > index)
            --form;
    };
    for (RolloverPupil& p : pupils) {
        shift(p.form);
        shift(p.newForm);
    }
    return true;
}

int RolloverPlan::movingUp() const
{
    return int(std::count_if(pupils.cbegin(), pupils.cend(), [](const RolloverPupil& p) {
        return !p.leaving && p.newYearGroup.ordinal() == p.yearGroup.ordinal() + 1;
    }));
}

int RolloverPlan::heldBack() const
{
    return int(std::count_if(pupils.cbegin(), pupils.cend(), [](const RolloverPupil& p) {
        return !p.leaving && p.newYearGroup == p.yearGroup;
    }));
}

int RolloverPlan::movedOn() const
{
    return int(pupils.size()) - movingUp() - heldBack() - leaving();
}

int RolloverPlan::leaving() const
{
    return int(
        std::count_if(pupils.cbegin(), pupils.cend(), [](const RolloverPupil& p) { return p.leaving; }));
}

int RolloverPlan::leavingTopYear() const
{
    return int(std::count_if(pupils.cbegin(), pupils.cend(),
                             [this](const RolloverPupil& p) { return p.leaving && p.yearGroup >= topYear; }));
}

int RolloverPlan::formsRenamed() const
{
    return int(std::count_if(forms.cbegin(), forms.cend(), [](const RolloverForm& f) {
        return f.change == RolloverForm::Change::MoveUp && f.newName.trimmed() != f.name;
    }));
}

int RolloverPlan::formsRetired() const
{
    return int(std::count_if(forms.cbegin(), forms.cend(),
                             [](const RolloverForm& f) { return f.change == RolloverForm::Change::Retire; }));
}

int RolloverPlan::formsCreated() const
{
    return int(std::count_if(forms.cbegin(), forms.cend(),
                             [](const RolloverForm& f) { return f.change == RolloverForm::Change::Create; }));
}

AcademicYear Rollover::currentYear(Vault& vault)
{
    // A guess for a screen to start from: an unreadable setting gives this year.
    const AcademicYear begun(SettingsStore(vault).intValue(QLatin1String(RolledIntoKey), 0).valueOr(0));
    return begun.isValid() ? begun : AcademicYear::containing(QDate::currentDate());
}

YearGroup Rollover::lastYearGroup(Vault& vault)
{
    // A guess for a screen to start from, like currentYear().
    if (const auto set =
            YearGroup::parse(SettingsStore(vault).value(QLatin1String(LastYearGroupKey)).valueOr({})))
        return *set;
    const QList<Pupil> onRoll = PupilStore(vault).list().valueOr({});
    const auto highest = std::max_element(onRoll.cbegin(), onRoll.cend(), [](const Pupil& a, const Pupil& b) {
        return a.yearGroup < b.yearGroup;
    });
    return highest != onRoll.cend() && highest->yearGroup.isValid()
               ? highest->yearGroup
               : *YearGroup::fromOrdinal(YearGroup::Last);
}

QString Rollover::defaultFormName(const QString& name, const YearGroup& from, const YearGroup& to)
{
    const std::optional<QString> rest = afterYearCode(name, from);
    return rest && to.isValid() ? to.code() + *rest : name.trimmed();
}

QString Rollover::retiredFormName(const QString& name, const AcademicYear& year)
{
    return u"%1 (%2)"_s.arg(name.trimmed(), year.name());
}

std::optional<RolloverPlan> Rollover::plan(Vault& vault, const AcademicYear& fromYear, QString* error)
{
    if (!vault.require(Permission::ManageSettings, error))
        return std::nullopt;
    return plan(vault, fromYear, lastYearGroup(vault), error);
}

std::optional<RolloverPlan> Rollover::plan(Vault& vault, const AcademicYear& fromYear,
                                           const YearGroup& topYear, QString* error)
{
    if (!vault.require(Permission::ManageSettings, error))
        return std::nullopt;
    if (!fromYear.isValid() || !topYear.isValid()) {
        refuse(error,
               tr("Choose the academic year the pupils are in now, and the school's last year group."));
        return std::nullopt;
    }
    RolloverPlan plan;
    plan.fromYear = fromYear;
    plan.toYear = fromYear.next();
    plan.topYear = topYear;
    const auto rolledInto = SettingsStore(vault).intValue(QLatin1String(RolledIntoKey), 0);
    const AcademicYearStore years(vault);
    const auto toTerms = years.terms(plan.toYear);
    const auto fromTerms = years.terms(fromYear);
    const auto formList = FormStore(vault).list();
    const auto pupilList = PupilStore(vault).list();
    if (const auto failed = firstFailure(rolledInto, toTerms, fromTerms, formList, pupilList)) {
        refuse(error, failed->message);
        return std::nullopt;
    }
    if (*rolledInto >= plan.toYear.startYear()) {
        refuse(error, tr("The pupils have already moved up into %1.").arg(plan.toYear.name()));
        return std::nullopt;
    }
    plan.terms = toTerms->isEmpty() ? plan.toYear.defaultTerms() : *toTerms;
    plan.leavingDate = fromTerms->isEmpty() ? fromYear.lastDay() : fromTerms->constLast().end;
    const QList<Form>& forms = *formList;
    const QList<Pupil>& pupils = *pupilList;

    QHash<qint64, int> formIndex;
    std::optional<YearGroup> youngest;
    for (const Form& form : forms) {
        RolloverForm f;
        f.formId = form.id;
        f.name = form.name;
        f.yearGroup = form.yearGroup;
        const std::optional<YearGroup> next = form.yearGroup.next();
        if (form.yearGroup >= topYear || !next) {
            f.change = RolloverForm::Change::Retire;
            f.newName = retiredFormName(form.name, fromYear);
            f.newYearGroup = form.yearGroup;
        } else {
            f.newName = defaultFormName(form.name, form.yearGroup, *next);
            f.newYearGroup = *next;
            if (!youngest || form.yearGroup < *youngest)
                youngest = form.yearGroup;
        }
        formIndex.insert(form.id, int(plan.forms.size()));
        plan.forms.append(f);
    }
    // The youngest year's forms move up, so the new intake gets forms of the same names; forms
    // named otherwise ("Acorns") keep their name as they move, and the school adds its own.
    const qsizetype existing = plan.forms.size();
    for (qsizetype i = 0; i < existing; ++i) {
        const RolloverForm& f = plan.forms[i];
        if (f.change == RolloverForm::Change::MoveUp && f.yearGroup == youngest &&
            nameKey(f.newName) != nameKey(f.name))
            plan.addForm(f.name, f.yearGroup);
    }

    for (const Pupil& pupil : pupils) {
        RolloverPupil p;
        p.pupilId = pupil.id;
        p.surname = pupil.surname;
        p.forename = pupil.knownAs();
        p.yearGroup = pupil.yearGroup;
        p.formName = pupil.formName;
        p.form = formIndex.value(pupil.formId, -1);
        if (p.form >= 0)
            ++plan.forms[p.form].pupils;
        plan.pupils.append(p);
        const int index = int(plan.pupils.size() - 1);
        const std::optional<YearGroup> next = pupil.yearGroup.next();
        if (pupil.yearGroup >= topYear || !next)
            plan.setLeaving(index, true);
        else
            plan.setNewYearGroup(index, *next);
    }
    return plan;
}

bool Rollover::validateYear(const RolloverPlan& plan, QString* error)
{
    if (!plan.fromYear.isValid() || plan.toYear != plan.fromYear.next())
        return refuse(error, tr("The new academic year must follow the one the pupils are in now."));
    if (!plan.topYear.isValid())
        return refuse(error, tr("Choose the school's last year group, whose pupils leave."));
    if (plan.terms.isEmpty())
        return refuse(error, tr("The new academic year needs at least one term."));
    if (!plan.toYear.validateTerms(plan.terms, error))
        return false;
    if (!plan.fromYear.contains(plan.leavingDate))
        return refuse(error, tr("The leavers' leaving date must fall within %1.").arg(plan.fromYear.name()));
    return true;
}

bool Rollover::validateForms(const RolloverPlan& plan, QString* error)
{
    QHash<QString, int> byName;
    for (int i = 0; i < plan.forms.size(); ++i) {
        const RolloverForm& f = plan.forms[i];
        const QString name = f.newName.trimmed();
        if (name.isEmpty())
            return refuse(error, f.change == RolloverForm::Change::Create
                                     ? tr("Give the new %1 form a name.").arg(f.newYearGroup.displayName())
                                     : tr("Give %1 a name for next year.").arg(f.name));
        if (!f.newYearGroup.isValid())
            return refuse(error, tr("Choose a year group for the form %1.").arg(name));
        const auto clash = byName.constFind(nameKey(name));
        if (clash != byName.cend()) {
            const RolloverForm& other = plan.forms[*clash];
            auto called = [](const RolloverForm& form) {
                return form.change == RolloverForm::Change::Create ? tr("a new form") : form.name;
            };
            return refuse(error, tr("Two forms would be called %1 next year (%2 and %3): please give one of "
                                    "them another name.")
                                     .arg(name, called(other), called(f)));
        }
        byName.insert(nameKey(name), i);
    }
    return true;
}

bool Rollover::validatePupils(const RolloverPlan& plan, QString* error)
{
    for (const RolloverPupil& p : plan.pupils) {
        if (p.leaving) {
            if (!p.leftOn.isValid())
                return refuse(error, tr("%1 is leaving and needs a leaving date.").arg(p.displayName()));
            if (p.newForm >= 0 && (p.newForm >= plan.forms.size() ||
                                   plan.forms[p.newForm].change != RolloverForm::Change::Retire ||
                                   plan.forms[p.newForm].newYearGroup != p.yearGroup))
                return refuse(
                    error,
                    tr("%1 is leaving, so can only keep the form they leave from.").arg(p.displayName()));
            continue;
        }
        if (!p.newYearGroup.isValid())
            return refuse(error, tr("Choose a year group for %1 next year.").arg(p.displayName()));
        if (p.newYearGroup > plan.topYear)
            return refuse(
                error, tr("%1 would be in %2, after the school's last year group (%3): mark them "
                          "as leaving or choose another year group.")
                           .arg(p.displayName(), p.newYearGroup.displayName(), plan.topYear.displayName()));
        if (p.newForm >= 0 &&
            (p.newForm >= plan.forms.size() || plan.forms[p.newForm].change == RolloverForm::Change::Retire ||
             plan.forms[p.newForm].newYearGroup != p.newYearGroup))
            return refuse(error, tr("%1 is in %2 next year, but the chosen form is not.")
                                     .arg(p.displayName(), p.newYearGroup.displayName()));
    }
    return true;
}

bool Rollover::validate(const RolloverPlan& plan, QString* error)
{
    return validateYear(plan, error) && validateForms(plan, error) && validatePupils(plan, error);
}

QString Rollover::backupFolder(Vault& vault)
{
    const QString chosen = SettingsStore(vault).value(QLatin1String(BackupFolderKey)).valueOr({}).trimmed();
    if (!chosen.isEmpty())
        return chosen;
    return QFileInfo(vault.path()).absoluteDir().filePath(u"backups"_s);
}

namespace {

// Renames and moves the forms, then creates the new ones. The forms' names are unique, so a
// rename waits until its new name is free ("5B" becomes "6B" only after "6B" has been retired);
// names that go round in a circle pass through a temporary one. *ids gets each plan form's id.
bool applyForms(Vault& vault, const RolloverPlan& plan, QList<qint64>* ids, QString* error)
{
    FormStore store(vault);
    const auto all = store.list();
    if (!all)
        return refuse(error, all.error());
    QHash<qint64, Form> current;
    QHash<QString, qint64> holder; // name key -> form id
    for (const Form& form : *all) {
        current.insert(form.id, form);
        holder.insert(nameKey(form.name), form.id);
    }

    struct Pending
    {
        qint64 id;
        QString name;
        YearGroup year;
    };
    QList<Pending> pending;
    ids->clear();
    for (const RolloverForm& f : plan.forms) {
        ids->append(f.formId);
        if (f.change == RolloverForm::Change::Create)
            continue;
        const auto found = current.constFind(f.formId);
        if (found == current.cend())
            return refuse(error,
                          Rollover::tr("The form %1 is no longer in the vault. Start the new year again, "
                                       "so that the preview is up to date.")
                              .arg(f.name));
        if (found->name != f.newName.trimmed() || found->yearGroup != f.newYearGroup)
            pending.append(Pending{f.formId, f.newName.trimmed(), f.newYearGroup});
    }

    auto save = [&](qint64 id, const QString& name, const YearGroup& year) {
        Form form = current.value(id);
        const QString oldKey = nameKey(form.name);
        form.name = name;
        form.yearGroup = year;
        if (!store.save(form, error))
            return false;
        if (holder.value(oldKey) == id)
            holder.remove(oldKey);
        holder.insert(nameKey(name), id);
        current.insert(id, form);
        return true;
    };
    auto isPending = [&](qint64 id) {
        return std::any_of(pending.cbegin(), pending.cend(), [id](const Pending& p) { return p.id == id; });
    };
    while (!pending.isEmpty()) {
        const auto ready = std::find_if(pending.cbegin(), pending.cend(), [&](const Pending& p) {
            const qint64 held = holder.value(nameKey(p.name), 0);
            return held == 0 || held == p.id;
        });
        if (ready != pending.cend()) {
            const Pending next = *ready;
            pending.erase(ready);
            if (!save(next.id, next.name, next.year))
                return false;
            continue;
        }
        const Pending& first = pending.constFirst();
        const qint64 blocking = holder.value(nameKey(first.name));
        if (!isPending(blocking)) // a form the plan does not move: the store says so and why
            return save(first.id, first.name, first.year);
        const Form aside = current.value(blocking);
        if (!save(blocking, u"~%1"_s.arg(blocking), aside.yearGroup))
            return false;
    }

    for (qsizetype i = 0; i < plan.forms.size(); ++i) {
        const RolloverForm& f = plan.forms[i];
        if (f.change != RolloverForm::Change::Create)
            continue;
        Form form{0, f.newName.trimmed(), f.newYearGroup, 0};
        if (!store.save(form, error))
            return false;
        (*ids)[i] = form.id;
    }
    return true;
}

bool applyPupils(Vault& vault, const RolloverPlan& plan, const QList<qint64>& formIds, QString* error)
{
    PupilStore store(vault);
    const auto onRoll = store.list();
    if (!onRoll)
        return refuse(error, onRoll.error());
    QHash<qint64, Pupil> byId;
    for (const Pupil& p : *onRoll)
        byId.insert(p.id, p);
    QSet<qint64> planned;
    for (const RolloverPupil& p : plan.pupils)
        planned.insert(p.pupilId);
    for (const Pupil& p : *onRoll)
        if (!planned.contains(p.id))
            return refuse(error, Rollover::tr("%1 joined the roll after the preview was made. Start the new "
                                              "year again, so that every pupil is in it.")
                                     .arg(p.displayName()));

    for (const RolloverPupil& planned : plan.pupils) {
        const auto found = byId.constFind(planned.pupilId);
        if (found == byId.cend())
            return refuse(error,
                          Rollover::tr("%1 is no longer on the roll. Start the new year again, so that "
                                       "the preview is up to date.")
                              .arg(planned.displayName()));
        Pupil p = *found;
        const qint64 formId = planned.newForm >= 0 ? formIds.at(planned.newForm) : 0;
        if (planned.leaving) {
            p.status = Pupil::Status::Left;
            p.leftOn = planned.leftOn;
            p.destination = planned.destination.trimmed();
        } else {
            p.yearGroup = planned.newYearGroup;
        }
        p.formId = formId;
        if (p.yearGroup == found->yearGroup && p.formId == found->formId && p.status == found->status &&
            p.leftOn == found->leftOn && p.destination == found->destination)
            continue;
        QString why;
        if (!store.save(p, &why))
            return refuse(error, Rollover::tr("%1: %2").arg(planned.displayName(), why));
    }
    return true;
}

} // namespace

bool Rollover::apply(Vault& vault, const RolloverPlan& plan, QString* error, QString* backupFile)
{
    if (!vault.require(Permission::ManageSettings, error))
        return false;
    if (!validate(plan, error))
        return false;
    SettingsStore settings(vault);
    const auto rolledInto = settings.intValue(QLatin1String(RolledIntoKey), 0);
    if (!rolledInto)
        return refuse(error, rolledInto.error());
    if (*rolledInto >= plan.toYear.startYear())
        return refuse(error, tr("The pupils have already moved up into %1.").arg(plan.toYear.name()));

    // The backup comes first and whole: if it cannot be made, nothing is changed.
    const QString folder = backupFolder(vault);
    if (settings.value(QLatin1String(BackupFolderKey)).valueOr({}).trimmed().isEmpty() &&
        !QDir().mkpath(folder))
        return refuse(
            error,
            tr("The folder %1 for the backup could not be made, so nothing was changed.").arg(shown(folder)));
    const QString file =
        QDir(folder).filePath(Backup::fileNameFor(vault.path(), QDateTime::currentDateTime()));
    QString backupError;
    if (!Backup::write(vault, file, &backupError))
        return refuse(error,
                      tr("The backup before the new year could not be made, so nothing was changed. %1")
                          .arg(backupError));
    if (backupFile)
        *backupFile = file;

    StoreSupport::Transaction transaction(vault.database());
    if (!transaction.isActive())
        return refuse(error, tr("The vault is busy; try again in a moment."));
    QList<qint64> formIds;
    const bool done = AcademicYearStore(vault).save(plan.toYear, plan.terms, error) &&
                      applyForms(vault, plan, &formIds, error) && applyPupils(vault, plan, formIds, error) &&
                      settings.setValue(QLatin1String(LastYearGroupKey), plan.topYear.code(), error) &&
                      settings.setValue(QLatin1String(RolledIntoKey), plan.toYear.startYear(), error) &&
                      AuditLog(vault).recordEvent(u"rollover"_s,
                                                  u"%1 to %2"_s.arg(plan.fromYear.name(), plan.toYear.name()),
                                                  {}, 0, error);
    if (!done)
        return false; // the transaction rolls everything back as it goes
    if (!transaction.commit())
        return refuse(error, tr("The new year could not be saved, so nothing was changed. If another copy of "
                                "Lanyard has the vault open, close it and try again."));
    return true;
}
