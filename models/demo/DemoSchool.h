#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <memory>

class Vault;

struct DemoOptions
{
    int pupils = 420;    // 0 to 2000
    quint32 seed = 2026; // the same seed and day give the same school
    QDate today = QDate::currentDate();
};

// A made-up but realistic school for demonstrations, training and screenshots: nobody in it is real.
class DemoSchool final
{
    Q_DECLARE_TR_FUNCTIONS(DemoSchool)
public:
    // Fills an empty vault with a two-form-entry primary, Nursery to Year 6: school details (the
    // vault's school name is kept), the academic year containing opts.today with default terms,
    // about 45 staff, forms named by year and class teacher ("3B" is Mrs Begum's class) and
    // opts.pupils pupils with their parents and carers. All or nothing: on a refusal nothing is kept
    // but the academic year, and *error says why.
    static bool populate(Vault& vault, const DemoOptions& opts, QString* error = nullptr);

    // "Bryn Ash Primary School" in a new vault in a temporary folder that lasts until the program
    // ends, filled by populate() for today. The administrator is "demo"; the passphrase, random and
    // readable, is written to *passphrase. nullptr and *error on failure.
    static std::unique_ptr<Vault> createTemporary(QString* passphrase, QString* error = nullptr);

    static constexpr int MaxPupils = 2000;
};
