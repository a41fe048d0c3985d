#pragma once

#include "SecureBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

class QIODevice;
class Vault;

// Seals and unseals what a concern must keep from everyone but the DSLs and the head: its
// narrative, the names linked to it, its attachments (DESIGN §2, "Seal"). Every unsealing is
// audited as "read_sealed".
//
// Each sealed record is an envelope. Its content is encrypted under a random key of its own, and
// that record key is kept in table seal_keys, wrapped (crypto_box_seal) to the safeguarding public
// key, whose secret half only DSL and head key slots hold. Replacing the safeguarding key pair
// therefore re-wraps the rows of seal_keys (rewrap()) and never touches the content, wherever the
// content is kept. Whoever holds only the vault key (an administrator, the recovery key, anyone
// with the file and its key) sees wrapped keys and ciphertext, never the content.
//
// A sealed record, as a concern table stores it:
//   1 byte   format, 0x01
//   8 bytes  the id of its seal_keys row, big-endian
//   24 bytes nonce
//   the content encrypted with XChaCha20-Poly1305 (crypto_aead_xchacha20poly1305_ietf) under the
//   record key, with its 16-byte tag; the first 9 bytes are its associated data, so that a record
//   pointed at another row's key is refused rather than opened.
//
// A sealed attachment (sealStream()):
//   1 byte   format, 0x02
//   8 bytes  the id of its seal_keys row, big-endian
//   24 bytes secretstream header (crypto_secretstream_xchacha20poly1305)
//   chunks of 64 KiB of content each, the last shorter (possibly empty) and tagged FINAL, each
//   17 bytes longer once sealed and each bound to the first 9 bytes as associated data.
class SafeguardingSeal final
{
    Q_DECLARE_TR_FUNCTIONS(SafeguardingSeal)
public:
    // Plain bytes in each chunk of a sealed attachment.
    static constexpr qsizetype ChunkSize = 64 * 1024;

    explicit SafeguardingSeal(Vault& vault);

    // False until the first DSL user has been added.
    bool isAvailable() const;

    // WriteSafeguarding. Adds a seal_keys row for the record (audited, in a unit of work that joins
    // the caller's) and returns the sealed record.
    std::optional<QByteArray> seal(QByteArrayView plain, QString* error = nullptr) const;
    // ReadSafeguarding, and a session holding the safeguarding secret key. entity and id name the
    // record the sealed content belongs to, for the audit trail.
    std::optional<QByteArray> unseal(QByteArrayView sealed, const QString& entity, qint64 id,
                                     QString* error = nullptr) const;

    // WriteSafeguarding. Seals an attachment from in to out a chunk at a time, so that a large file
    // is never held whole. in is read until read() gives nothing more (a file or a buffer). The
    // attachment's seal_keys row is committed only once out holds the whole sealed attachment; on
    // false nothing is kept in the vault, and out holds something partial that the caller discards.
    bool sealStream(QIODevice& in, QIODevice& out, QString* error = nullptr) const;
    // ReadSafeguarding, and a session holding the safeguarding secret key. Unseals an attachment
    // from in to out, a chunk at a time. Each chunk is written to out as soon as it is
    // authenticated, so on false out holds the part that came before the damage or the gap: the
    // caller must discard it and never show or save it. A stream cut short (its FINAL chunk
    // missing), altered, or followed by anything is refused. The reading is audited once the
    // record key has been opened, before any content reaches out.
    bool unsealStream(QIODevice& in, QIODevice& out, const QString& entity, qint64 id,
                      QString* error = nullptr) const;

    // For replacing the safeguarding key pair, such as when a DSL or the head is removed. In one
    // transaction (joining the caller's, if one is open), opens every row of seal_keys with
    // oldSecret and wraps it again to newPublic, auditing each row as changed; sealed content is
    // never read or rewritten. If any row does not open with oldSecret, nothing is changed and
    // false is returned.
    //
    // Needs ReadSafeguarding (a DSL or head session) and the old safeguarding secret key, which
    // only such a session holds: an administrator's session cannot rotate the key. The caller makes
    // the new pair, calls this, and only after it has committed gives the new secret to the key
    // ring's holders and sets the new public key for sealing; if that then fails, calling this again
    // with the new secret and the old public key puts the vault back.
    bool rewrap(const SecureBytes& oldSecret, QByteArrayView newPublic, QString* error = nullptr) const;

private:
    Vault& m_vault;
};
