#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

// lanyard-cli as a script runs it: the binary named by LANYARD_CLI (set by ctest), no terminal,
// and none of the caller's LANYARD_USER or LANYARD_PASSPHRASE unless `environment` gives them.
struct Run
{
    int exitCode = -1; // -1 when it did not finish within two minutes
    QString out;
    QString err;
};

Run runCli(const QStringList& arguments, const QMap<QString, QString>& environment = {});
