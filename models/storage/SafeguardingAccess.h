#pragma once

#include "domain/Result.h"
#include "domain/Role.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class Vault;

// Giving the safeguarding key to a DSL or head (DESIGN §2). Nothing is given automatically: the
// first DSL receives the key as it is made, and everyone after is given it by a person who already
// holds it, asked at their sign-in ("Yes", "Not now", "Never") or through lanyard-cli. Every grant
// is an entry in the audit trail, signed by whoever made it.
class SafeguardingAccess final
{
    Q_DECLARE_TR_FUNCTIONS(SafeguardingAccess)
public:
    explicit SafeguardingAccess(Vault& vault);

    struct Candidate
    {
        qint64 userId = 0;
        QString name;
        QString displayName;
        Role role = Role::Dsl;
        QString addedBy; // who added the account, from the audit trail
        QDateTime addedAt;
    };

    // DSL and head accounts that could be given the key: enabled, with a key slot that does not
    // hold it, not refused with "Never", and whose users row is still as its last audit entry
    // recorded it. A role changed outside Lanyard fails the last test, so it is never offered.
    // Empty unless this session holds the key.
    Result<QList<Candidate>> waiting() const;
    // The account must be one waiting() offers; needs a session holding the key.
    bool grant(const QString& userName, QString* error = nullptr);
    // "Never": the account is not offered again.
    bool decline(const QString& userName, QString* error = nullptr);

private:
    Result<Candidate> candidate(const QString& userName) const;

    Vault& m_vault;
};
