#pragma once

#include "domain/Result.h"
#include "domain/YearGroup.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Vault;

// A form (class, registration group) within a year group, with its tutor.
struct Form
{
    qint64 id = 0;
    QString name;
    YearGroup yearGroup;
    qint64 tutorId = 0;
};

class FormStore final
{
    Q_DECLARE_TR_FUNCTIONS(FormStore)
public:
    explicit FormStore(Vault& vault);

    static bool validate(const Form& form, QString* error = nullptr);
    // WritePeople. Assigns form.id on insert.
    bool save(Form& form, QString* error = nullptr);
    // ReadPeople.
    Result<Form> find(qint64 id) const;
    Result<Form> findByName(const QString& name) const;
    // ReadPeople. In year-group order, then by name.
    Result<QList<Form>> list() const;

private:
    Vault& m_vault;
};
