#pragma once

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
    std::optional<School> load(QString* error = nullptr) const;
    bool save(const School& school, QString* error = nullptr);
    static bool validate(const School& school, QString* error = nullptr);

    // The school's logo for the head of every report, as PNG bytes; empty when there is none.
    QByteArray logo(QString* error = nullptr) const;
    // Empty png removes the logo. Needs ManageSettings, like the school's details.
    bool setLogo(const QByteArray& png, QString* error = nullptr);

private:
    Vault& m_vault;
};
