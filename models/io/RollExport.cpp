#include "RollExport.h"

#include "io/Csv.h"
#include "records/PupilStore.h"
#include "records/StaffStore.h"
#include "storage/AuditLog.h"
#include "storage/StoreSupport.h"
#include "storage/Vault.h"

#include <QSaveFile>

using namespace Qt::StringLiterals;
using StoreSupport::refuse;

namespace {
QString iso(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

// The file's bytes, or nullopt with *error.
std::optional<QByteArray> render(Vault& vault, RollKind kind, const ExportOptions& options, QString* error,
                                 int* rows)
{
    // Reading the names is not enough: the file takes them outside the vault.
    if (!vault.require(Permission::ExportPeople, error))
        return std::nullopt;
    QString text = Csv::record(RollExport::header(kind));
    int count = 0;
    if (kind == RollKind::Pupils) {
        PupilFilter filter;
        filter.includeLeavers = options.includeLeavers;
        const auto pupils = PupilStore(vault).list(filter);
        if (!pupils) {
            refuse(error, pupils.error());
            return std::nullopt;
        }
        for (const Pupil& p : *pupils)
            text += Csv::record({p.upn, p.admissionNumber, p.surname, p.legalForename, p.preferredForename,
                                 iso(p.dateOfBirth), PupilStore::genderCode(p.gender), p.yearGroup.code(),
                                 p.formName, iso(p.joinedOn), iso(p.leftOn)});
        count = int(pupils->size());
    } else {
        const auto staff = StaffStore(vault).list(options.includeLeavers);
        if (!staff) {
            refuse(error, staff.error());
            return std::nullopt;
        }
        for (const StaffMember& s : *staff)
            text +=
                Csv::record({s.title, s.forename, s.surname, s.email, StaffStore::categoryCode(s.category),
                             StaffStore::rolesText(s.roles), iso(s.startsOn), iso(s.leavesOn)});
        count = int(staff->size());
    }
    if (rows)
        *rows = count;
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

bool audit(Vault& vault, RollKind kind, QString* error)
{
    return AuditLog(vault).recordEvent(
        u"export"_s, kind == RollKind::Pupils ? u"pupils to CSV"_s : u"staff to CSV"_s, {}, 0, error);
}
} // namespace

QStringList RollExport::header(RollKind kind)
{
    // Not translated: these are the names HeaderMapping recognises when the file comes back.
    if (kind == RollKind::Pupils)
        return {u"UPN"_s,
                u"Admission number"_s,
                u"Legal surname"_s,
                u"Legal forename"_s,
                u"Preferred forename"_s,
                u"Date of birth"_s,
                u"Gender"_s,
                u"Year group"_s,
                u"Form"_s,
                u"Date of entry"_s,
                u"Date of leaving"_s};
    return {u"Title"_s,      u"Forename"_s, u"Surname"_s,    u"Email"_s,
            u"Staff type"_s, u"Roles"_s,    u"Start date"_s, u"Leaving date"_s};
}

bool RollExport::write(Vault& vault, RollKind kind, QIODevice& device, const ExportOptions& options,
                       QString* error, int* rows)
{
    const auto bytes = render(vault, kind, options, error, rows);
    if (!bytes)
        return false;
    if (device.write(*bytes) != bytes->size())
        return refuse(error, tr("Could not write the file: %1").arg(device.errorString()));
    return audit(vault, kind, error);
}

bool RollExport::write(Vault& vault, RollKind kind, const QString& path, const ExportOptions& options,
                       QString* error, int* rows)
{
    const auto bytes = render(vault, kind, options, error, rows);
    if (!bytes)
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return refuse(error, tr("Could not write %1: %2").arg(path, file.errorString()));
    if (file.write(*bytes) != bytes->size())
        return refuse(error, tr("Could not write %1: %2").arg(path, file.errorString()));
    if (!audit(vault, kind, error))
        return false;
    if (!file.commit())
        return refuse(error, tr("Could not write %1: %2").arg(path, file.errorString()));
    return true;
}
