#pragma once

#include "domain/Result.h"
#include <QCoreApplication>
#include <QList>
#include <QString>

class Vault;

// A parent or carer of one pupil. Siblings' parents are recorded per pupil, as MIS exports do.
struct Parent
{
    qint64 id = 0;
    qint64 pupilId = 0;
    QString title;
    QString forename;
    QString surname;
    QString relationship; // Mother, Father, Grandparent, Foster carer, ...
    bool parentalResponsibility = true;
    QString phone;
    QString email;

    QString fullName() const;
};

class ParentStore final
{
    Q_DECLARE_TR_FUNCTIONS(ParentStore)
public:
    explicit ParentStore(Vault& vault);

    static bool validate(const Parent& parent, QString* error = nullptr);
    // WritePeople. Assigns parent.id on insert.
    bool save(Parent& parent, QString* error = nullptr);
    // WritePeople.
    bool remove(qint64 id, QString* error = nullptr);
    // ReadPeople. One pupil's parents and carers, those with parental responsibility first.
    Result<QList<Parent>> list(qint64 pupilId) const;

private:
    Vault& m_vault;
};
