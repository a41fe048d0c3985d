#pragma once

#include "domain/YearGroup.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

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
    bool save(Form& form, QString* error = nullptr); // assigns form.id on insert
    std::optional<Form> find(qint64 id, QString* error = nullptr) const;
    std::optional<Form> findByName(const QString& name, QString* error = nullptr) const;
    // In year-group order, then by name.
    QList<Form> all(QString* error = nullptr) const;

private:
    Vault& m_vault;
};
