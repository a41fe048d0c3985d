#pragma once

#include "domain/Result.h"
#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

class Vault;

struct School
{
    QString name;
    QString urn; // DfE Unique Reference Number: 6 digits
    QString address;
    QString postcode;
};

class SchoolStore final
{
    Q_DECLARE_TR_FUNCTIONS(SchoolStore)
public:
    explicit SchoolStore(Vault& vault);
    // Anyone signed in: every report is headed with the school's name.
    Result<School> load() const;
    // ManageSettings.
    bool save(const School& school, QString* error = nullptr);
    static bool validate(const School& school, QString* error = nullptr);

    // Anyone signed in. The school's logo for the head of every report, as PNG bytes; empty when
    // there is none.
    Result<QByteArray> logo() const;
    // ManageSettings. Empty png removes the logo.
    bool setLogo(const QByteArray& png, QString* error = nullptr);

private:
    Vault& m_vault;
};
