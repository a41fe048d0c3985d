#pragma once

#include "Command.h"

#include <memory>
#include <vector>

// lanyard-cli: the same stores as the window, for scripts, scheduled jobs and tests. Finds the
// command the arguments name and runs it; without one, lists the commands.
class Cli final
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    Cli();
    ~Cli();
    Q_DISABLE_COPY_MOVE(Cli)

    // Whether the command the arguments name lays out text (see Command::needsFonts()).
    bool needsFonts(const QStringList& arguments) const;
    int run(const QStringList& arguments);

private:
    // Where the command's name stands in arguments, or -1: the first argument that is neither an
    // option nor an option's value, since options could always come before it.
    qsizetype commandAt(const QStringList& arguments) const;
    Command* find(const QString& name) const;
    // lanyard-cli on its own, with --help or with --version.
    int withoutCommand(const QStringList& arguments);
    // lanyard-cli help [COMMAND].
    int help(const QStringList& arguments);
    QString helpText() const;
    int usage(const QString& message);

    std::vector<std::unique_ptr<Command>> m_commands;
    QCommandLineParser m_parser;
    QTextStream m_out;
    QTextStream m_err;
};
