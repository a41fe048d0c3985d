#include "Migrations.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcMigrations, "lanyard.storage.migrations")

const QList<Migration>& Migrations::all()
{
    static const QList<Migration> steps{
        {1,
         {
             uR"(CREATE TABLE users (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                    display_name TEXT NOT NULL,
                    role TEXT NOT NULL,
                    must_change_passphrase INTEGER NOT NULL DEFAULT 0,
                    disabled INTEGER NOT NULL DEFAULT 0,
                    created_at TEXT NOT NULL))"_s,
             uR"(CREATE TABLE school (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    name TEXT NOT NULL,
                    urn TEXT,
                    address TEXT,
                    postcode TEXT,
                    created_at TEXT NOT NULL))"_s,
             uR"(CREATE TABLE academic_years (
                    id INTEGER PRIMARY KEY,
                    start_year INTEGER NOT NULL UNIQUE))"_s,
             uR"(CREATE TABLE terms (
                    id INTEGER PRIMARY KEY,
                    academic_year_id INTEGER NOT NULL REFERENCES academic_years(id) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    name TEXT NOT NULL,
                    starts_on TEXT NOT NULL,
                    ends_on TEXT NOT NULL,
                    UNIQUE (academic_year_id, ordinal)))"_s,
             uR"(CREATE TABLE staff (
                    id INTEGER PRIMARY KEY,
                    title TEXT,
                    forename TEXT NOT NULL,
                    surname TEXT NOT NULL,
                    email TEXT,
                    category TEXT NOT NULL,
                    roles INTEGER NOT NULL DEFAULT 0,
                    starts_on TEXT,
                    leaves_on TEXT))"_s,
             uR"(CREATE TABLE forms (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                    year_group INTEGER NOT NULL,
                    tutor_id INTEGER REFERENCES staff(id) ON DELETE SET NULL))"_s,
             uR"(CREATE TABLE pupils (
                    id INTEGER PRIMARY KEY,
                    upn TEXT UNIQUE,
                    admission_no TEXT UNIQUE,
                    legal_forename TEXT NOT NULL,
                    preferred_forename TEXT,
                    surname TEXT NOT NULL,
                    dob TEXT NOT NULL,
                    gender TEXT NOT NULL,
                    year_group INTEGER NOT NULL,
                    form_id INTEGER REFERENCES forms(id) ON DELETE SET NULL,
                    joined_on TEXT,
                    left_on TEXT,
                    status TEXT NOT NULL DEFAULT 'on_roll'))"_s,
             u"CREATE INDEX pupils_by_name ON pupils (surname, legal_forename)"_s,
             u"CREATE INDEX pupils_by_year ON pupils (year_group, form_id)"_s,
             uR"(CREATE TABLE parents (
                    id INTEGER PRIMARY KEY,
                    pupil_id INTEGER NOT NULL REFERENCES pupils(id) ON DELETE CASCADE,
                    title TEXT,
                    forename TEXT,
                    surname TEXT NOT NULL,
                    relationship TEXT NOT NULL,
                    parental_responsibility INTEGER NOT NULL DEFAULT 1,
                    phone TEXT,
                    email TEXT))"_s,
             u"CREATE INDEX parents_by_pupil ON parents (pupil_id)"_s,
         }},
        // The audit trail (AuditLog). audit_head holds the newest entry's id and hash, so an entry
        // removed from the end of the chain shows as well as one removed from the middle.
        {2,
         {
             uR"(CREATE TABLE audit_log (
                    id INTEGER PRIMARY KEY,
                    at TEXT NOT NULL,
                    user_id INTEGER NOT NULL,
                    user_name TEXT NOT NULL,
                    action TEXT NOT NULL,
                    entity TEXT NOT NULL,
                    entity_id INTEGER NOT NULL,
                    detail TEXT NOT NULL,
                    content_hash TEXT NOT NULL,
                    prev_hash TEXT NOT NULL,
                    hash TEXT NOT NULL))"_s,
             u"CREATE INDEX audit_log_by_record ON audit_log (entity, entity_id)"_s,
             u"CREATE INDEX audit_log_by_time ON audit_log (at)"_s,
             uR"(CREATE TABLE audit_head (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    entries INTEGER NOT NULL,
                    last_id INTEGER NOT NULL,
                    hash TEXT NOT NULL))"_s,
             u"INSERT INTO audit_head (id, entries, last_id, hash) VALUES (1, 0, 0, '')"_s,
         }},
        // The school's settings as text by key (SettingsStore): the backup folder, the last backup.
        {3,
         {
             uR"(CREATE TABLE settings (
                    key TEXT PRIMARY KEY,
                    value TEXT NOT NULL))"_s,
         }},
        // The school a leaver went on to (PupilStore), when known. NULL in existing rows, which
        // leaves their audit hashes as they were.
        {4,
         {
             u"ALTER TABLE pupils ADD COLUMN destination TEXT"_s,
         }},
        // Acceptable Use Policy agreements (AgreementStore). A template's text never changes once an
        // agreement points at it; an agreement keeps the year group and signers it was issued with.
        // The school's random tag for agreement codes is a setting, made on first use.
        {5,
         {
             uR"(CREATE TABLE aup_templates (
                    id INTEGER PRIMARY KEY,
                    start_year INTEGER NOT NULL,
                    audience TEXT NOT NULL,
                    version INTEGER NOT NULL,
                    title TEXT NOT NULL,
                    body TEXT NOT NULL,
                    created_at TEXT NOT NULL,
                    UNIQUE (start_year, audience, version)))"_s,
             uR"(CREATE TABLE aup_rules (
                    id INTEGER PRIMARY KEY,
                    start_year INTEGER NOT NULL,
                    year_group INTEGER NOT NULL,
                    audience TEXT NOT NULL,
                    signers TEXT NOT NULL,
                    UNIQUE (start_year, year_group)))"_s,
             uR"(CREATE TABLE aup_agreements (
                    id INTEGER PRIMARY KEY,
                    code TEXT NOT NULL UNIQUE,
                    template_id INTEGER NOT NULL REFERENCES aup_templates(id),
                    pupil_id INTEGER REFERENCES pupils(id) ON DELETE CASCADE,
                    staff_id INTEGER REFERENCES staff(id) ON DELETE CASCADE,
                    start_year INTEGER NOT NULL,
                    year_group INTEGER,
                    signers TEXT NOT NULL,
                    state TEXT NOT NULL,
                    pupil_signed INTEGER NOT NULL DEFAULT 0,
                    parent_signed INTEGER NOT NULL DEFAULT 0,
                    parent_name TEXT,
                    returned_on TEXT,
                    issued_at TEXT NOT NULL,
                    recorded_by INTEGER,
                    CHECK ((pupil_id IS NULL) <> (staff_id IS NULL))))"_s,
             u"CREATE UNIQUE INDEX aup_agreements_by_pupil ON aup_agreements (pupil_id, start_year)"_s,
             u"CREATE UNIQUE INDEX aup_agreements_by_staff ON aup_agreements (staff_id, start_year)"_s,
             u"CREATE INDEX aup_agreements_by_template ON aup_agreements (template_id)"_s,
         }},
        // Each user's Ed25519 signing keys (Vault), newest last, so that audit entries signed with a
        // key a user has since replaced still check. Rows are only ever added.
        {6,
         {
             uR"(CREATE TABLE user_keys (
                    id INTEGER PRIMARY KEY,
                    user_id INTEGER NOT NULL,
                    public_key BLOB NOT NULL,
                    added_at TEXT NOT NULL))"_s,
             u"CREATE INDEX user_keys_by_user ON user_keys (user_id)"_s,
         }},
        // The record keys of sealed safeguarding content (SafeguardingSeal), each wrapped to the
        // safeguarding public key named in wrapped_to, so that replacing that key pair rewrites these
        // rows and never the content sealed under them.
        {7,
         {
             uR"(CREATE TABLE seal_keys (
                    id INTEGER PRIMARY KEY,
                    wrapped BLOB NOT NULL,
                    wrapped_to BLOB NOT NULL,
                    created_at TEXT NOT NULL))"_s,
         }},
        // Signed audit entries (AuditLog). Each signature covers the
        // entries since the one before it, up to entry_id; a signature is kept apart from the
        // entries it covers, so an entry rewritten with the vault key alone no longer matches it.
        // signed_from is the first entry made after signing began: older entries keep being
        // checked by their hashes only.
        {8,
         {
             uR"(CREATE TABLE audit_signatures (
                    entry_id INTEGER PRIMARY KEY,
                    user_id INTEGER NOT NULL,
                    public_key BLOB NOT NULL,
                    signature BLOB NOT NULL))"_s,
             u"ALTER TABLE audit_head ADD COLUMN signed_from INTEGER NOT NULL DEFAULT 1"_s,
             u"UPDATE audit_head SET signed_from = last_id + 1"_s,
         }},
    };
    return steps;
}

int Migrations::latest()
{
    return all().constLast().version;
}

int Migrations::currentVersion(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT max(version) FROM schema_version"_s) || !q.next())
        return 0;
    return q.value(0).toInt();
}

Migrations::Outcome Migrations::apply(QSqlDatabase& db, QString* error)
{
    return apply(db, all(), error);
}

Migrations::Outcome Migrations::apply(QSqlDatabase& db, const QList<Migration>& steps, QString* error)
{
    QSqlQuery q(db);
    if (!q.exec(
            u"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"_s)) {
        qCWarning(lcMigrations) << Q_FUNC_INFO << q.lastError().text();
        if (error)
            *error = tr("The vault could not be prepared for use.");
        return Outcome::Failed;
    }
    const int current = currentVersion(db);
    const int newest =
        steps.isEmpty() ? 0 : std::max_element(steps.cbegin(), steps.cend(), [](auto& a, auto& b) {
                                  return a.version < b.version;
                              })->version;
    if (current > newest) {
        if (error)
            *error = tr("This vault was written by a newer version of Lanyard (data version %1; this version "
                        "understands up to %2). Please install the newer Lanyard to open it.")
                         .arg(current)
                         .arg(newest);
        return Outcome::NewerVault;
    }
    for (const Migration& step : steps) {
        if (step.version <= current)
            continue;
        if (!db.transaction()) {
            qCWarning(lcMigrations) << Q_FUNC_INFO << db.lastError().text();
            if (error)
                *error = tr("The vault is in use by another program; close it and try again.");
            return Outcome::Failed;
        }
        bool ok = true;
        for (const QString& sql : step.statements) {
            if (!q.exec(sql)) {
                qCWarning(lcMigrations) << Q_FUNC_INFO << "step" << step.version << q.lastError().text();
                ok = false;
                break;
            }
        }
        if (ok) {
            q.prepare(u"INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"_s);
            q.addBindValue(step.version);
            q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            ok = q.exec() && db.commit();
        }
        if (!ok) {
            db.rollback();
            if (error)
                *error = tr("The vault could not be upgraded to data version %1; it was left as it was.")
                             .arg(step.version);
            return Outcome::Failed;
        }
    }
    return Outcome::Ok;
}
