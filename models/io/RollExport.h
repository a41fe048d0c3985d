#pragma once

#include "HeaderMapping.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <QStringList>

class Vault;

struct ExportOptions
{
    bool includeLeavers = false; // pupils who have left, staff whose leaving date has passed
};

// The roll as a CSV file that Excel opens correctly (UTF-8 with a byte order mark, CRLF) and that
// RollImport reads back unchanged: ISO dates, year groups by code, headings HeaderMapping knows.
// Needs ExportPeople (checked before anything is read or written) as well as ReadPeople: a role may
// see names it may not take away. Each export is recorded in the audit trail, because the file
// takes personal data outside the encrypted vault.
class RollExport final
{
    Q_DECLARE_TR_FUNCTIONS(RollExport)
public:
    static QStringList header(RollKind kind);
    static bool write(Vault& vault, RollKind kind, QIODevice& device, const ExportOptions& options = {},
                      QString* error = nullptr, int* rows = nullptr);
    // Written whole or not at all (QSaveFile).
    static bool write(Vault& vault, RollKind kind, const QString& path, const ExportOptions& options = {},
                      QString* error = nullptr, int* rows = nullptr);
};
