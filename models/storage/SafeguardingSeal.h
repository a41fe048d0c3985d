#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

class Vault;

// Seals and unseals what a concern must keep from everyone but the DSLs and the head: its
// narrative, the names linked to it, its attachments. Sealing uses the safeguarding public key,
// unsealing its secret half, which only DSL and Head key slots hold; every unsealing is audited.
class SafeguardingSeal final
{
    Q_DECLARE_TR_FUNCTIONS(SafeguardingSeal)
public:
    explicit SafeguardingSeal(Vault& vault);

    // False until the first DSL user has been added.
    bool isAvailable() const;
    std::optional<QByteArray> seal(QByteArrayView plain, QString* error = nullptr) const;
    // entity and id name the record the sealed content belongs to, for the audit trail.
    std::optional<QByteArray> unseal(QByteArrayView sealed, const QString& entity, qint64 id,
                                     QString* error = nullptr) const;

private:
    Vault& m_vault;
};
