#include "Cli.h"

#include "AupReports.h"
#include "demo/DemoSchool.h"
#include "domain/AcademicYear.h"
#include "io/Csv.h"
#include "io/RollExport.h"
#include "io/RollImport.h"
#include "records/AcademicYearStore.h"
#include "records/AgreementStore.h"
#include "records/FormStore.h"
#include "records/PupilStore.h"
#include "records/StaffStore.h"
#include "records/UserStore.h"
#include "storage/AuditLog.h"
#include "storage/Backup.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
const QString UserOption = u"user"_s;
const QString PassphraseFileOption = u"passphrase-file"_s;
const QString NewPassphraseFileOption = u"new-passphrase-file"_s;
const QString RecoveryKeyOption = u"recovery-key"_s;

// Reads a line from the terminal with echo off.
QByteArray readHidden()
{
    termios saved{};
    const bool tty = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (tty) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QByteArray line;
    for (int c = std::getchar(); c != EOF && c != '\n'; c = std::getchar())
        line += char(c);
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputc('\n', stderr);
    }
    return line;
}

QString pad(const QString& text, qsizetype width)
{
    return text.leftJustified(width, u' ', true);
}

void printTable(QTextStream& out, const QStringList& header, const QList<QStringList>& rows)
{
    QList<qsizetype> widths;
    for (const QString& h : header)
        widths << h.size();
    for (const QStringList& row : rows)
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    auto line = [&](const QStringList& cells) {
        QStringList padded;
        for (qsizetype i = 0; i < cells.size(); ++i)
            padded << pad(cells[i], widths[i]);
        out << padded.join(u"  "_s).trimmed() << '\n';
    };
    line(header);
    for (const QStringList& row : rows)
        line(row);
}

// As --format asks: "csv" or "table".
void printRows(QTextStream& out, const QString& format, const QStringList& header,
               const QList<QStringList>& rows)
{
    if (format != u"csv"_s)
        return printTable(out, header, rows);
    out << Csv::record(header);
    for (const QStringList& row : rows)
        out << Csv::record(row);
}
} // namespace

Cli::Cli()
    : m_out(stdout)
    , m_err(stderr)
{
    m_parser.setApplicationDescription(tr(
        "Lanyard's command line.\n\n"
        "Commands:\n"
        "  init VAULT --school NAME --user NAME   create a vault; the user is its administrator\n"
        "  demo VAULT [--pupils N] [--seed S]     fill an empty vault with a generated school\n"
        "  list pupils|staff VAULT [--year Y] [--form F] [--leavers] [--format table|csv]\n"
        "  import pupils|staff VAULT FILE [--dry-run] [--leavers keep|mark] [--encoding E]\n"
        "                                         update the roll from a CSV file exported by the MIS;\n"
        "                                         a file with any problem is refused whole. E is\n"
        "                                         utf-8 or windows-1252, found by itself if not given\n"
        "  export pupils|staff VAULT -o FILE.csv [--leavers]   the roll as a CSV file\n"
        "  backup VAULT DEST                      write one backup file to DEST, a file or a folder\n"
        "  restore BACKUP VAULT                   check a backup, then put it in place of VAULT; sign in\n"
        "                                         with a passphrase from the backup's date\n"
        "  user add VAULT NAME --role ROLE [--display-name N]   add a user (administrators)\n"
        "  user remove|disable|enable VAULT NAME  (administrators)\n"
        "  user passwd VAULT NAME                 set a user's passphrase\n"
        "  user list VAULT                        the users and their roles (administrators)\n"
        "  verify VAULT                           check the audit trail, the records and the file\n"
        "  aup issue VAULT [--year Y]             issue this year's AUP agreements to pupils who have none\n"
        "  aup return VAULT CODE [--pupil-signed] [--parent-signed] [--declined] [--parent-name N]\n"
        "                                         record a returned form by the code printed on it\n"
        "  aup list VAULT [--form F] [--outstanding] [--format table|csv]   pupils' agreements\n"
        "  aup staff-signed VAULT STAFF [--date D]   record a member of staff's signed agreement;\n"
        "                                         STAFF is \"Surname, Forename\" or their number\n"
        "  report aup-pack|aup-chase|staff-aup VAULT -o FILE.pdf [--year Y] [--form F]\n"
        "                                         the Michaelmas pack (a form per pupil and a signing\n"
        "                                         sheet per class), the forms still to chase, or the\n"
        "                                         staff signing sheet, as an A4 PDF\n"
        "  For aup and report, Y is an academic year such as 2026/27, the one today falls in if not given.\n"
        "  Roles: administrator, office, dsl, head, it, governor.\n\n"
        "The user comes from --user or LANYARD_USER, the passphrase from --passphrase-file,\n"
        "LANYARD_PASSPHRASE or a prompt. Exit codes: 0 done, 1 refused, 2 usage,\n"
        "3 wrong user or passphrase, 4 vault damaged or from a newer Lanyard."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({
        {UserOption, tr("The Lanyard user to act as."), tr("name")},
        {PassphraseFileOption, tr("Read the passphrase from the first line of a file."), tr("file")},
        {NewPassphraseFileOption, tr("Read the new passphrase from the first line of a file."), tr("file")},
        {RecoveryKeyOption, tr("Open the vault with its recovery key instead of a passphrase."), tr("key")},
        {u"school"_s, tr("The school's name (init)."), tr("name")},
        {u"display-name"_s, tr("The user's full name (init, user add)."), tr("name")},
        {u"role"_s, tr("The new user's role (user add)."), tr("role")},
        {u"pupils"_s, tr("How many pupils to generate (demo)."), tr("n"), u"420"_s},
        {u"seed"_s, tr("Seed for the generated school (demo)."), tr("n"), u"2026"_s},
        {u"year"_s,
         tr("Only this year group: N, R or 1–13 (list). The academic year, such as 2026/27 (aup, report)."),
         tr("year")},
        {u"form"_s, tr("Only this form (list, aup list, report)."), tr("form")},
        {u"pupil-signed"_s, tr("The pupil has signed the form (aup return).")},
        {u"parent-signed"_s, tr("The parent or carer has signed the form (aup return).")},
        {u"declined"_s, tr("The form came back refused (aup return).")},
        {u"parent-name"_s, tr("The parent or carer who signed (aup return)."), tr("name")},
        {u"outstanding"_s, tr("Only forms not yet returned complete or declined (aup list).")},
        {u"date"_s, tr("The date signed, dd/mm/yyyy or yyyy-mm-dd; today if not given (aup staff-signed)."),
         tr("date")},
        {u"leavers"_s,
         tr("Include pupils who have left (list, export). For import: keep (the default) or mark "
            "people missing from the file as leavers.")},
        {u"dry-run"_s, tr("Check the file and show what would change, without writing anything (import).")},
        {u"encoding"_s,
         tr("The file's encoding, utf-8 or windows-1252, when it is not found by itself (import)."),
         tr("encoding")},
        {{u"o"_s, u"output"_s}, tr("The file to write (export, report)."), tr("file")},
        {u"format"_s, tr("table or csv (list)."), tr("format"), u"table"_s},
    });
}

int Cli::usage(const QString& message)
{
    m_err << message << '\n' << tr("Try lanyard-cli --help.") << '\n';
    return Usage;
}

int Cli::refuse(const QString& message, Exit code)
{
    m_err << message << '\n';
    return code;
}

int Cli::failed(const VaultError& error)
{
    switch (error.kind) {
    case VaultError::Kind::WrongCredentials:
        return refuse(error.message, WrongCredentials);
    case VaultError::Kind::Damaged:
        return refuse(error.message, Damaged);
    case VaultError::Kind::Refused:
    case VaultError::Kind::None:
        break;
    }
    return refuse(error.message, Refused);
}

QString Cli::userName() const
{
    if (m_parser.isSet(UserOption))
        return m_parser.value(UserOption);
    return qEnvironmentVariable("LANYARD_USER");
}

std::optional<QByteArray> Cli::secret(const QString& fileOption, const char* environment,
                                      const QString& prompt, bool confirm)
{
    if (m_parser.isSet(fileOption)) {
        QFile file(m_parser.value(fileOption));
        if (!file.open(QIODevice::ReadOnly)) {
            m_err << tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()) << '\n';
            return std::nullopt;
        }
        QByteArray line = file.readLine();
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        return line;
    }
    if (qEnvironmentVariableIsSet(environment))
        return qgetenv(environment);
    if (!isatty(STDIN_FILENO)) {
        m_err << tr("No passphrase given: use %1, the %2 environment variable, or run in a terminal.")
                     .arg(u"--"_s + fileOption, QString::fromLatin1(environment))
              << '\n';
        return std::nullopt;
    }
    m_err << prompt << ' ' << Qt::flush;
    QByteArray first = readHidden();
    if (confirm) {
        m_err << tr("Type it again:") << ' ' << Qt::flush;
        if (readHidden() != first) {
            m_err << tr("The two passphrases are different.") << '\n';
            return std::nullopt;
        }
    }
    return first;
}

std::unique_ptr<Vault> Cli::openVault(const QString& path, int* exitCode, bool passphraseChange)
{
    VaultError error;
    std::unique_ptr<Vault> vault;
    if (m_parser.isSet(RecoveryKeyOption)) {
        vault = Vault::openWithRecoveryKey(path, m_parser.value(RecoveryKeyOption), &error);
    } else {
        const QString user = userName();
        if (user.isEmpty()) {
            *exitCode = usage(tr("Say who you are with --user NAME or LANYARD_USER."));
            return nullptr;
        }
        const auto passphrase =
            secret(PassphraseFileOption, "LANYARD_PASSPHRASE", tr("Passphrase for %1:").arg(user), false);
        if (!passphrase) {
            *exitCode = Refused;
            return nullptr;
        }
        vault = Vault::open(path, user, *passphrase, &error);
    }
    if (!vault) {
        *exitCode = failed(error);
        return nullptr;
    }
    if (vault->user().mustChangePassphrase && !passphraseChange) {
        *exitCode =
            refuse(tr("%1 must choose a new passphrase before anything else: lanyard-cli user passwd %2 %1")
                       .arg(vault->user().name, path));
        return nullptr;
    }
    return vault;
}

int Cli::run(const QStringList& arguments)
{
    // --leavers is a flag for list and export, and takes keep|mark for import: "--leavers=mark"
    // becomes "--leavers mark", and importRoll() takes the word back out of the positional arguments.
    QStringList split;
    for (const QString& argument : arguments)
        if (argument.startsWith(u"--leavers="_s))
            split << u"--leavers"_s << argument.mid(10);
        else
            split << argument;
    if (!m_parser.parse(split))
        return usage(m_parser.errorText());
    if (m_parser.isSet(u"help"_s)) {
        m_out << m_parser.helpText();
        return Ok;
    }
    if (m_parser.isSet(u"version"_s)) {
        m_out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return Ok;
    }
    const QStringList args = m_parser.positionalArguments();
    const QString command = args.value(0);
    if (command == u"init"_s && args.size() == 2)
        return init(args[1]);
    if (command == u"demo"_s && args.size() == 2)
        return demo(args[1]);
    if (command == u"list"_s && args.size() == 3)
        return list(args[1], args[2]);
    if (command == u"import"_s && args.size() >= 4)
        return importRoll(args, split);
    if (command == u"export"_s && args.size() == 3)
        return exportRoll(args[1], args[2]);
    if (command == u"backup"_s && args.size() == 3)
        return backup(args[1], args[2]);
    if (command == u"restore"_s && args.size() == 3)
        return restore(args[1], args[2]);
    if (command == u"verify"_s && args.size() == 2)
        return verify(args[1]);
    if (command == u"user"_s && args.size() >= 3)
        return user(args[1], args.mid(2));
    if (command == u"aup"_s && args.size() >= 3)
        return aup(args[1], args.mid(2));
    if (command == u"report"_s && args.size() == 3)
        return report(args[1], args[2]);
    return usage(command.isEmpty() ? tr("Give a command.")
                                   : tr("Unknown command or wrong arguments: %1").arg(args.join(u' ')));
}

int Cli::init(const QString& path)
{
    const QString school = m_parser.value(u"school"_s);
    const QString user = userName();
    if (school.trimmed().isEmpty() || user.trimmed().isEmpty())
        return usage(tr("init needs --school NAME and --user NAME."));
    const auto passphrase =
        secret(PassphraseFileOption, "LANYARD_PASSPHRASE", tr("Choose a passphrase for %1:").arg(user), true);
    if (!passphrase)
        return Refused;
    SecureBytes recovery;
    VaultError error;
    auto vault = Vault::create(path, {school, user, m_parser.value(u"display-name"_s), KdfLimits::defaults()},
                               *passphrase, &recovery, &error);
    if (!vault)
        return failed(error);
    QString message;
    if (!AcademicYearStore(*vault).ensure(AcademicYear::containing(QDate::currentDate()), &message))
        return refuse(message);
    m_out << tr("Created %1 for %2, with %3 as its administrator.").arg(path, school, user) << "\n\n"
          << tr("Recovery key: write it down or print it, and keep it in the school safe. It opens the vault "
                "if "
                "every passphrase is lost, and it is shown only this once:")
          << "\n\n    " << Vault::formatRecoveryKey(recovery) << "\n\n";
    return Ok;
}

int Cli::demo(const QString& path)
{
    bool pupilsOk = false, seedOk = false;
    const int pupils = m_parser.value(u"pupils"_s).toInt(&pupilsOk);
    const quint32 seed = m_parser.value(u"seed"_s).toUInt(&seedOk);
    if (!pupilsOk || pupils < 1 || pupils > DemoSchool::MaxPupils || !seedOk)
        return usage(tr("--pupils must be a number from 1 to %1 and --seed a whole number.")
                         .arg(DemoSchool::MaxPupils));
    int code = Ok;
    auto vault = openVault(path, &code);
    if (!vault)
        return code;
    if (PupilStore(*vault).count() > 0 || StaffStore(*vault).count() > 0)
        return refuse(
            tr("%1 already holds pupils or staff; the demo school goes only into an empty vault.").arg(path));
    QString error;
    DemoOptions options;
    options.pupils = pupils;
    options.seed = seed;
    if (!DemoSchool::populate(*vault, options, &error))
        return refuse(error);
    m_out << tr("Generated a demo school with %1 pupils and %2 staff.")
                 .arg(PupilStore(*vault).count())
                 .arg(StaffStore(*vault).count())
          << '\n';
    return Ok;
}

int Cli::backup(const QString& path, const QString& destination)
{
    int code = Ok;
    auto vault = openVault(path, &code);
    if (!vault)
        return code;
    const QString file = Backup::destinationFor(path, destination);
    QString error;
    if (!Backup::write(*vault, file, &error))
        return refuse(error);
    m_out << tr("Backed up %1 to %2.").arg(path, file) << '\n';
    return Ok;
}

int Cli::restore(const QString& backupFile, const QString& path)
{
    // A damaged backup is refused before anyone is asked for a passphrase.
    QString problem;
    Backup::Manifest manifest;
    switch (Backup::verify(backupFile, &manifest, &problem)) {
    case Backup::Verdict::Ok:
        break;
    case Backup::Verdict::Unreadable:
        return refuse(problem);
    case Backup::Verdict::NotABackup:
    case Backup::Verdict::Damaged:
    case Backup::Verdict::NewerFormat:
        return refuse(problem, Damaged);
    }
    VaultError error;
    bool restored = false;
    if (m_parser.isSet(RecoveryKeyOption)) {
        restored =
            Backup::restoreWithRecoveryKey(backupFile, path, m_parser.value(RecoveryKeyOption), &error);
    } else {
        const QString user = userName();
        if (user.isEmpty())
            return usage(tr("Say who you are with --user NAME or LANYARD_USER."));
        const auto passphrase =
            secret(PassphraseFileOption, "LANYARD_PASSPHRASE", tr("Passphrase for %1:").arg(user), false);
        if (!passphrase)
            return Refused;
        restored = Backup::restore(backupFile, path, user, *passphrase, &error);
    }
    if (!restored)
        return failed(error);
    m_out << tr("Restored %1 from the backup made on %2.")
                 .arg(path, manifest.createdAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s))
          << '\n';
    return Ok;
}

int Cli::list(const QString& what, const QString& path)
{
    const QString format = m_parser.value(u"format"_s);
    if (format != u"table"_s && format != u"csv"_s)
        return usage(tr("--format is table or csv."));
    if (what != u"pupils"_s && what != u"staff"_s)
        return usage(tr("list pupils or list staff."));
    std::optional<YearGroup> year;
    if (m_parser.isSet(u"year"_s) && !(year = YearGroup::parse(m_parser.value(u"year"_s))))
        return usage(tr("“%1” is not a year group: use N, R or 1 to 13.").arg(m_parser.value(u"year"_s)));

    int code = Ok;
    auto vault = openVault(path, &code);
    if (!vault)
        return code;

    QStringList header;
    QList<QStringList> rows;
    QString error;
    if (what == u"pupils"_s) {
        PupilFilter filter;
        filter.yearGroup = year;
        filter.includeLeavers = m_parser.isSet(u"leavers"_s);
        if (m_parser.isSet(u"form"_s)) {
            const auto form = FormStore(*vault).findByName(m_parser.value(u"form"_s));
            if (!form)
                return refuse(tr("There is no form called %1.").arg(m_parser.value(u"form"_s)));
            filter.formId = form->id;
        }
        const QList<Pupil> pupils = PupilStore(*vault).list(filter, &error);
        if (!error.isEmpty())
            return refuse(error);
        header = {u"upn"_s,  u"surname"_s, u"forename"_s,     u"preferred"_s, u"dob"_s,  u"gender"_s,
                  u"year"_s, u"form"_s,    u"admission_no"_s, u"joined"_s,    u"left"_s, u"status"_s};
        for (const Pupil& p : pupils)
            rows << QStringList{p.upn,
                                p.surname,
                                p.legalForename,
                                p.preferredForename,
                                p.dateOfBirth.toString(Qt::ISODate),
                                PupilStore::genderCode(p.gender),
                                p.yearGroup.code(),
                                p.formName,
                                p.admissionNumber,
                                p.joinedOn.toString(Qt::ISODate),
                                p.leftOn.toString(Qt::ISODate),
                                PupilStore::statusCode(p.status)};
    } else {
        const QList<StaffMember> staff = StaffStore(*vault).all(m_parser.isSet(u"leavers"_s), &error);
        if (!error.isEmpty())
            return refuse(error);
        header = {u"title"_s,    u"forename"_s, u"surname"_s, u"email"_s,
                  u"category"_s, u"roles"_s,    u"started"_s, u"left"_s};
        for (const StaffMember& s : staff)
            rows << QStringList{s.title,
                                s.forename,
                                s.surname,
                                s.email,
                                StaffStore::categoryCode(s.category),
                                StaffStore::rolesText(s.roles),
                                s.startsOn.toString(Qt::ISODate),
                                s.leavesOn.toString(Qt::ISODate)};
    }
    printRows(m_out, format, header, rows);
    return Ok;
}

int Cli::importRoll(const QStringList& args, const QStringList& arguments)
{
    QStringList positional = args;
    QString leavers = u"keep"_s;
    if (m_parser.isSet(u"leavers"_s)) {
        leavers = arguments.value(arguments.indexOf(u"--leavers"_s) + 1);
        positional.removeOne(leavers);
    }
    if (leavers != u"keep"_s && leavers != u"mark"_s)
        return usage(tr("--leavers is keep or mark for import."));
    const QString what = positional.value(1);
    if ((what != u"pupils"_s && what != u"staff"_s) || positional.size() != 4)
        return usage(tr("import pupils|staff VAULT FILE [--dry-run] [--leavers keep|mark] [--encoding E]."));
    const RollKind kind = what == u"pupils"_s ? RollKind::Pupils : RollKind::Staff;
    const QString path = positional[2], file = positional[3];
    std::optional<CsvEncoding> encoding = CsvEncoding::Auto;
    if (m_parser.isSet(u"encoding"_s) &&
        !(encoding = CsvReader::encodingFromName(m_parser.value(u"encoding"_s))))
        return usage(tr("--encoding is utf-8 or windows-1252."));

    int code = Ok;
    auto vault = openVault(path, &code);
    if (!vault)
        return code;
    QString error;
    const auto document = CsvReader::readFile(file, *encoding, &error);
    if (!document)
        return refuse(error);
    const RollTable table = RollImport::table(kind, *document);
    const HeaderMapping mapping = HeaderMapping::suggest(*vault, kind, table.header);
    QStringList used, ignored;
    for (qsizetype i = 0; i < table.header.size(); ++i)
        if (const auto field = mapping.fieldAt(int(i)))
            used << tr("%1 as %2").arg(table.header[i].trimmed(), HeaderMapping::fieldName(*field));
        else if (!table.header[i].trimmed().isEmpty())
            ignored << table.header[i].trimmed();
    m_out << tr("Read %1 as %2.").arg(file, CsvReader::encodingName(document->encoding)) << '\n'
          << tr("Columns: %1.").arg(used.join(u"; "_s)) << '\n';
    if (!ignored.isEmpty())
        m_out << tr("Not read: %1.").arg(ignored.join(u", "_s)) << '\n';

    RollImport import(*vault);
    const RollImport::Plan plan = import.preview(table, mapping);
    if (!plan.isAcceptable()) {
        m_out << Qt::flush;
        m_err << tr("%1 has not been imported, and nothing has changed. Put these right and try again:")
                     .arg(file)
              << '\n';
        for (const ImportProblem& problem : plan.problems)
            m_err << problem.text() << '\n';
        return Refused;
    }
    ImportOptions options;
    options.leavers = leavers == u"mark"_s ? ImportOptions::Leavers::Mark : ImportOptions::Leavers::Keep;
    ImportSummary summary = plan.summary(options);
    if (m_parser.isSet(u"dry-run"_s)) {
        m_out << tr("Dry run: nothing has been written.") << '\n';
    } else {
        const bool terminal = isatty(STDERR_FILENO);
        auto progress = [this, terminal](int done, int total) {
            if (terminal)
                m_err << '\r' << tr("%1 of %2").arg(done).arg(total) << Qt::flush;
            return true;
        };
        const bool ok = import.apply(plan, options, &summary, &error, progress);
        if (terminal)
            m_err << '\n';
        if (!ok)
            return refuse(error);
        m_out << tr("Imported %1.").arg(file) << '\n';
    }
    for (const QString& line : RollImport::describe(summary, kind))
        m_out << line << '\n';
    return Ok;
}

int Cli::exportRoll(const QString& what, const QString& path)
{
    if (what != u"pupils"_s && what != u"staff"_s)
        return usage(tr("export pupils or export staff."));
    const QString output = m_parser.value(u"output"_s);
    if (output.isEmpty())
        return usage(tr("export needs -o FILE.csv, the file to write."));
    int code = Ok;
    auto vault = openVault(path, &code);
    if (!vault)
        return code;
    const RollKind kind = what == u"pupils"_s ? RollKind::Pupils : RollKind::Staff;
    ExportOptions options;
    options.includeLeavers = m_parser.isSet(u"leavers"_s);
    QString error;
    int rows = 0;
    if (!RollExport::write(*vault, kind, output, options, &error, &rows))
        return refuse(error);
    m_out << (kind == RollKind::Pupils ? tr("Pupils written to %1: %2.") : tr("Staff written to %1: %2."))
                 .arg(output, QString::number(rows))
          << '\n';
    warnPlainText(output);
    return Ok;
}

void Cli::warnPlainText(const QString& file)
{
    m_err << tr("%1 holds personal data in plain text, outside the encrypted vault. Keep it somewhere safe, "
                "and delete it when you have finished with it.")
                 .arg(file)
          << '\n';
}

int Cli::user(const QString& action, const QStringList& args)
{
    const QString path = args.value(0), name = args.value(1);
    const qsizetype expected = action == u"list"_s ? 1 : 2;
    const QStringList actions{u"add"_s, u"remove"_s, u"disable"_s, u"enable"_s, u"passwd"_s, u"list"_s};
    if (!actions.contains(action) || args.size() != expected)
        return usage(tr("user add|remove|disable|enable|passwd VAULT NAME, or user list VAULT."));
    std::optional<Role> role;
    if (action == u"add"_s && !(role = Roles::fromCode(m_parser.value(u"role"_s))))
        return usage(tr("user add needs --role: administrator, office, dsl, head, it or governor."));

    int code = Ok;
    auto vault = openVault(path, &code, action == u"passwd"_s);
    if (!vault)
        return code;
    UserStore users(*vault);
    QString error;
    if (action == u"list"_s) {
        const QList<UserAccount> accounts = users.all(&error);
        if (!error.isEmpty())
            return refuse(error);
        QList<QStringList> rows;
        for (const UserAccount& a : accounts)
            rows << QStringList{a.name, a.displayName, Roles::code(a.role),
                                a.disabled               ? tr("disabled")
                                : a.mustChangePassphrase ? tr("must change passphrase")
                                                         : tr("active")};
        printTable(m_out, {tr("user"), tr("name"), tr("role"), tr("status")}, rows);
        return Ok;
    }
    if (action == u"add"_s || action == u"passwd"_s) {
        // Refuse before asking for a passphrase that would only be thrown away.
        if (!vault->can(Permission::ManageUsers) &&
            (action == u"add"_s || name.compare(vault->user().name, Qt::CaseInsensitive) != 0))
            return refuse(Roles::refusal(vault->user().role, Permission::ManageUsers));
        const auto passphrase = secret(NewPassphraseFileOption, "LANYARD_NEW_PASSPHRASE",
                                       tr("New passphrase for %1:").arg(name), true);
        if (!passphrase)
            return Refused;
        if (action == u"passwd"_s) {
            if (!vault->setPassphrase(name, *passphrase, KdfLimits::defaults(), &error))
                return refuse(error);
            m_out << tr("The passphrase for %1 has been changed.").arg(name) << '\n';
            return Ok;
        }
        UserAccount account;
        account.name = name;
        account.displayName = m_parser.isSet(u"display-name"_s) ? m_parser.value(u"display-name"_s) : name;
        account.role = *role;
        if (!users.add(account, *passphrase, KdfLimits::defaults(), &error))
            return refuse(error);
        m_out << tr("Added %1 as %2. They must choose their own passphrase when they first sign in.")
                     .arg(name, Roles::displayName(*role))
              << '\n';
        return Ok;
    }
    const bool ok = action == u"remove"_s ? users.remove(name, &error)
                                          : users.setDisabled(name, action == u"disable"_s, &error);
    if (!ok)
        return refuse(error);
    m_out << (action == u"remove"_s    ? tr("Removed %1.").arg(name)
              : action == u"disable"_s ? tr("Disabled %1: they can no longer sign in.").arg(name)
                                       : tr("Enabled %1.").arg(name))
          << '\n';
    return Ok;
}

int Cli::aup(const QString& action, const QStringList& args)
{
    const QStringList actions{u"issue"_s, u"return"_s, u"list"_s, u"staff-signed"_s};
    const qsizetype expected = action == u"return"_s || action == u"staff-signed"_s ? 2 : 1;
    if (!actions.contains(action) || args.size() != expected)
        return usage(tr("aup issue|list VAULT, aup return VAULT CODE, or aup staff-signed VAULT STAFF."));
    const QString path = args[0];
    QDate signedOn = QDate::currentDate();
    if (m_parser.isSet(u"date"_s)) {
        const QString text = m_parser.value(u"date"_s).trimmed();
        signedOn = QDate::fromString(text, u"d/M/yyyy"_s);
        if (!signedOn.isValid())
            signedOn = QDate::fromString(text, Qt::ISODate);
        if (!signedOn.isValid())
            return usage(tr("“%1” is not a date: write it like 01/09/2026.").arg(text));
    }
    const std::optional<AcademicYear> year =
        academicYear(action == u"staff-signed"_s ? signedOn : QDate::currentDate());
    if (!year)
        return usage(
            tr("“%1” is not an academic year: write it like 2026/27.").arg(m_parser.value(u"year"_s)));
    const QString format = m_parser.value(u"format"_s);
    if (format != u"table"_s && format != u"csv"_s)
        return usage(tr("--format is table or csv."));
    AgreementReturn details;
    details.pupilSigned = m_parser.isSet(u"pupil-signed"_s);
    details.parentSigned = m_parser.isSet(u"parent-signed"_s);
    details.declined = m_parser.isSet(u"declined"_s);
    details.parentName = m_parser.value(u"parent-name"_s);
    if (action == u"return"_s && !details.pupilSigned && !details.parentSigned && !details.declined)
        return usage(tr("Say what came back: --pupil-signed, --parent-signed, or --declined."));

    int code = Ok;
    auto vault = openVault(path, &code);
    if (!vault)
        return code;
    AgreementStore store(*vault);
    QString error;
    if (action == u"issue"_s) {
        const auto summary = store.issuePupils(*year, &error);
        if (!summary)
            return refuse(error);
        m_out << tr("Agreements issued for %1: %2.").arg(year->name()).arg(summary->issued) << '\n'
              << tr("Already had one: %1.").arg(summary->alreadyHad) << '\n'
              << tr("Not covered (year groups without an agreement, such as Reception): %1.")
                     .arg(summary->notCovered)
              << '\n';
        return Ok;
    }
    if (action == u"return"_s) {
        const auto agreement = store.recordReturn(args[1], *year, details, &error);
        if (!agreement)
            return refuse(error);
        const QString who = agreement->formName.isEmpty()
                                ? agreement->personName()
                                : u"%1 (%2)"_s.arg(agreement->personName(), agreement->formName);
        m_out << tr("Returned: %1: %2").arg(who, AgreementStore::stateName(agreement->state).toLower())
              << '\n';
        return Ok;
    }
    if (action == u"list"_s)
        return aupList(*vault, *year, format);
    return aupStaffSigned(*vault, args[1], *year, signedOn);
}

std::optional<AcademicYear> Cli::academicYear(const QDate& day) const
{
    return m_parser.isSet(u"year"_s) ? AcademicYear::parse(m_parser.value(u"year"_s))
                                     : AcademicYear::containing(day);
}

bool Cli::formOption(Vault& vault, qint64* formId, QString* error) const
{
    const QString name = m_parser.value(u"form"_s);
    if (name.isEmpty())
        return true;
    const std::optional<Form> form = FormStore(vault).findByName(name, error);
    if (form)
        *formId = form->id;
    else if (error->isEmpty())
        *error = tr("There is no form called %1.").arg(name);
    return form.has_value();
}

int Cli::report(const QString& kind, const QString& path)
{
    const QStringList kinds{u"aup-pack"_s, u"aup-chase"_s, u"staff-aup"_s};
    if (!kinds.contains(kind))
        return usage(tr("The reports are %1.").arg(kinds.join(u", "_s)));
    const QString output = m_parser.value(u"output"_s);
    if (output.isEmpty())
        return usage(tr("report needs -o FILE.pdf, the file to write."));
    const std::optional<AcademicYear> year = academicYear(QDate::currentDate());
    if (!year)
        return usage(
            tr("“%1” is not an academic year: write it like 2026/27.").arg(m_parser.value(u"year"_s)));
    int code = Ok;
    auto vault = openVault(path, &code);
    if (!vault)
        return code;

    QString error;
    qint64 formId = 0;
    if (!formOption(*vault, &formId, &error))
        return refuse(error);
    std::optional<ReportDocument> doc =
        kind == u"aup-pack"_s    ? AupReports::pack(*vault, {*year, formId}, &error)
        : kind == u"aup-chase"_s ? AupReports::chaseList(*vault, *year, formId, &error)
                                 : AupReports::staffAup(*vault, *year, &error);
    if (!doc || !doc->write(output, {}, &error))
        return refuse(error);
    m_out << tr("Pages written to %1: %2.").arg(output).arg(doc->pageCount()) << '\n';
    warnPlainText(output);
    return Ok;
}

int Cli::aupList(Vault& vault, const AcademicYear& year, const QString& format)
{
    AgreementFilter filter;
    filter.year = year;
    filter.outstandingOnly = m_parser.isSet(u"outstanding"_s);
    QString error;
    if (!formOption(vault, &filter.formId, &error))
        return refuse(error);
    const QList<Agreement> agreements = AgreementStore(vault).agreements(filter, &error);
    if (!error.isEmpty())
        return refuse(error);
    QList<QStringList> rows;
    for (const Agreement& a : agreements)
        rows << QStringList{a.code, a.surname, a.forename, a.formName, AgreementStore::stateCode(a.state)};
    printRows(m_out, format, {u"code"_s, u"surname"_s, u"forename"_s, u"form"_s, u"state"_s}, rows);
    return Ok;
}

int Cli::aupStaffSigned(Vault& vault, const QString& staff, const AcademicYear& year, const QDate& signedOn)
{
    // By number, or by "Surname, Forename" among the current staff.
    const QString who = staff.simplified();
    bool isNumber = false;
    qint64 staffId = who.toLongLong(&isNumber);
    QString error;
    if (!isNumber) {
        const QList<StaffMember> current = StaffStore(vault).all(false, &error);
        if (!error.isEmpty())
            return refuse(error);
        const QString surname = who.section(u',', 0, 0).trimmed();
        const QString forename = who.section(u',', 1).trimmed();
        QList<StaffMember> matches;
        std::copy_if(
            current.cbegin(), current.cend(), std::back_inserter(matches), [&](const StaffMember& m) {
                return m.surname.compare(surname, Qt::CaseInsensitive) == 0 &&
                       (forename.isEmpty() || m.forename.compare(forename, Qt::CaseInsensitive) == 0);
            });
        if (matches.isEmpty())
            return refuse(
                tr("There is no current member of staff called %1. Write it as \"Surname, Forename\".")
                    .arg(who));
        if (matches.size() > 1) {
            QStringList choices;
            for (const StaffMember& m : std::as_const(matches))
                choices << tr("%1 (%2, %3)")
                               .arg(QString::number(m.id), m.fullName(),
                                    StaffStore::categoryName(m.category));
            return refuse(
                tr("More than one member of staff is called %1; give the number of the one you mean: %2.")
                    .arg(who, choices.join(u"; "_s)));
        }
        staffId = matches.constFirst().id;
    }
    const auto agreement = AgreementStore(vault).recordStaffSigned(staffId, year, signedOn, &error);
    if (!agreement)
        return refuse(error);
    m_out << tr("Recorded: %1 signed the agreement for %2 (%3, version %4) on %5.")
                 .arg(agreement->personName(), year.name(), AgreementStore::audienceName(agreement->audience),
                      QString::number(agreement->templateVersion), signedOn.toString(u"dd/MM/yyyy"_s))
          << '\n';
    return Ok;
}

int Cli::verify(const QString& path)
{
    int code = Ok;
    auto vault = openVault(path, &code);
    if (!vault)
        return code;
    const AuditLog::Verdict verdict = AuditLog::verify(vault->database());
    if (!verdict.ok)
        return refuse(verdict.problem, Damaged);
    const QString whole =
        verdict.entries == 1
            ? tr("The vault is whole: 1 audit entry, chain head %1.")
            : tr("The vault is whole: %1 audit entries, chain head %2.").arg(verdict.entries);
    m_out << whole.arg(verdict.head) << '\n';
    return Ok;
}
