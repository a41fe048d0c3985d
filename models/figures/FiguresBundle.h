#pragma once

#include "Figures.h"
#include "domain/AcademicYear.h"
#include "domain/Result.h"
#include "storage/SecureBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

class Vault;

// The governors' figures bundle, NAME.lanyard-figures beside NAME.lanyard (DESIGN §2). Governors
// never hold the vault key: a head, DSL or administrator session computes the figures, and
// publishes them in this file, readable only by the governors it is sealed to and trusted only
// if it is signed by a key the school's Lanyard knows. FORMAT.md beside this file is the format's
// documentation, for Lanyard and for a multi-academy trust collecting the files of its schools.
//
// In brief:
//   "LANYARD-FIGURES\n"                          16 bytes
//   header length, header                        4 bytes big-endian, then JSON (UTF-8): format,
//                                                version, vault id, published at, the publisher's
//                                                Ed25519 public key, and per recipient the
//                                                BLAKE2b-128 of their X25519 public key and a random
//                                                32-byte bundle key sealed to it (crypto_box_seal)
//   payload length, payload                      4 bytes big-endian, then a 24-byte nonce and the
//                                                figures (JSON) under XChaCha20-Poly1305 with the
//                                                bundle key, everything before the payload as
//                                                associated data
//   signature                                    64 bytes: Ed25519 over everything before it
class FiguresBundle final
{
    Q_DECLARE_TR_FUNCTIONS(FiguresBundle)
public:
    static constexpr auto Suffix = ".lanyard-figures";
    // The major version: a reader refuses a newer one and ignores fields it does not know in its own.
    static constexpr int FormatVersion = 1;

    // A governor the figures are sealed to. The name is for messages only and is never written.
    struct Recipient
    {
        QString userName;
        QByteArray boxPublic; // X25519, 32 bytes
    };

    // NAME.lanyard-figures for NAME.lanyard.
    static QString pathFor(const QString& vaultPath);

    // PublishFigures (head, DSL, administrator). The school's figures now, for the academic year
    // containing today or the one given (which AUP round to count), stamped as published now by
    // the signed-in user. Read in one snapshot of the vault, so the counts and the audit chain
    // head agree with each other.
    static Result<Figures> compute(Vault& vault);
    static Result<Figures> compute(Vault& vault, const AcademicYear& year);

    // Seals the figures to every recipient and signs them with the publisher's Ed25519 key pair
    // (libsodium's 64-byte secret key and its 32-byte public half). Atomic: an earlier bundle at
    // path stays whole until the new one is complete; mode 0600. figures.formatVersion is ignored:
    // the bundle is written as FormatVersion.
    static bool write(const QString& path, const Figures& figures, const QList<Recipient>& recipients,
                      const SecureBytes& signSecret, const QByteArray& signPublic, QString* error = nullptr);

    // Opens the bundle with a governor's X25519 key pair, if it was signed by one of the trusted
    // Ed25519 public keys. Refuses, in words a governor can act on, a file that is missing,
    // unreadable, not a figures bundle, damaged or altered, signed by a key not trusted, from a
    // newer Lanyard, or not sealed to this key.
    static Result<Figures> read(const QString& path, const SecureBytes& boxSecret,
                                const QByteArray& boxPublic, const QList<QByteArray>& trustedSignPublics);

    // compute() and write() beside the vault, sealed to every enabled governor with a key slot and
    // signed with the signed-in user's key; audited as "publish_figures". PublishFigures. With no
    // governor yet, nothing is written and the answer is still true.
    static bool publish(Vault& vault, QString* error = nullptr);
    // A governor's sign-in: their passphrase unseals their slot's key pairs, which open the bundle
    // beside the vault if someone holding a slot in the school's key ring signed it. The vault is
    // never opened.
    static Result<Figures> openAsGovernor(const QString& vaultPath, const QString& userName,
                                          QByteArrayView passphrase);

    // How a recipient is named in the header: BLAKE2b-128 of their X25519 public key, so the file
    // names no governor.
    static QByteArray recipientId(const QByteArray& boxPublic);
};
