#pragma once

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
    bool save(Parent& parent, QString* error = nullptr); // assigns parent.id on insert
    bool remove(qint64 id, QString* error = nullptr);
    QList<Parent> forPupil(qint64 pupilId, QString* error = nullptr) const;

private:
    Vault& m_vault;
};
