#include "Cli.h"

#include "AupCommand.h"
#include "BackupCommand.h"
#include "DemoCommand.h"
#include "ExportCommand.h"
#include "FiguresCommand.h"
#include "ImportCommand.h"
#include "InitCommand.h"
#include "ListCommand.h"
#include "ReportCommand.h"
#include "RestoreCommand.h"
#include "UserCommand.h"
#include "VerifyCommand.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
const QString HelpCommand = u"help"_s;
} // namespace

Cli::Cli()
    : m_out(stdout)
    , m_err(stderr)
{
    m_commands.push_back(std::make_unique<InitCommand>());
    m_commands.push_back(std::make_unique<DemoCommand>());
    m_commands.push_back(std::make_unique<ListCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<BackupCommand>());
    m_commands.push_back(std::make_unique<RestoreCommand>());
    m_commands.push_back(std::make_unique<UserCommand>());
    m_commands.push_back(std::make_unique<VerifyCommand>());
    m_commands.push_back(std::make_unique<FiguresCommand>());
    m_commands.push_back(std::make_unique<AupCommand>());
    m_commands.push_back(std::make_unique<ReportCommand>());

    m_parser.addOption(Command::helpOption());
    m_parser.addOption({{u"v"_s, u"version"_s}, tr("Show which version of Lanyard this is.")});
}

Cli::~Cli() = default;

Command* Cli::find(const QString& name) const
{
    const auto it =
        std::find_if(m_commands.cbegin(), m_commands.cend(),
                     [&](const std::unique_ptr<Command>& command) { return command->name() == name; });
    return it == m_commands.cend() ? nullptr : it->get();
}

qsizetype Cli::commandAt(const QStringList& arguments) const
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i].startsWith(u'-'))
            continue;
        const QString& previous = arguments[i - 1];
        const Command* named = find(arguments[i]);
        if (named && !named->takesValue(previous))
            return i;
        const bool isValue =
            std::any_of(m_commands.cbegin(), m_commands.cend(), [&](const std::unique_ptr<Command>& command) {
                return command->takesValue(previous);
            });
        if (!isValue)
            return i; // help, or a command there is not
    }
    return -1;
}

bool Cli::needsFonts(const QStringList& arguments) const
{
    const Command* command = find(arguments.value(commandAt(arguments)));
    return command && command->needsFonts();
}

int Cli::run(const QStringList& arguments)
{
    const qsizetype at = commandAt(arguments);
    if (at < 0)
        return withoutCommand(arguments);
    QStringList rest = arguments;
    rest.removeAt(at);
    if (arguments[at] == HelpCommand)
        return help(rest);
    Command* command = find(arguments[at]);
    if (!command)
        return usage(tr("Unknown command: %1").arg(arguments[at]));
    return command->run(rest);
}

int Cli::withoutCommand(const QStringList& arguments)
{
    if (!m_parser.parse(arguments))
        return usage(m_parser.errorText());
    if (m_parser.isSet(u"help"_s)) {
        m_out << helpText();
        return Command::Ok;
    }
    if (!m_parser.isSet(u"version"_s))
        return usage(tr("Give a command."));
    m_out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
    return Command::Ok;
}

int Cli::help(const QStringList& arguments)
{
    if (!m_parser.parse(arguments))
        return usage(m_parser.errorText());
    const QStringList topics = m_parser.positionalArguments();
    if (topics.size() > 1)
        return usage(tr("lanyard-cli help COMMAND shows one command's usage and options."));
    const Command* command = find(topics.value(0));
    if (!topics.isEmpty() && !command)
        return usage(tr("Unknown command: %1").arg(topics.constFirst()));
    m_out << (command ? command->helpText() : helpText());
    return Command::Ok;
}

QString Cli::helpText() const
{
    QList<Command::Synopsis> lines;
    for (const std::unique_ptr<Command>& command : m_commands)
        lines << command->synopses();
    lines << Command::Synopsis{u"help [COMMAND]"_s, tr("this list, or one command's usage and options")};
    qsizetype width = 0;
    for (const Command::Synopsis& line : lines)
        width = std::max(width, line.usage.size());
    QString text =
        tr("Usage: lanyard-cli COMMAND [options]") + u"\n\n"_s +
        tr("Lanyard's command line, for scripts, scheduled backups and the school's IT technician.") +
        u"\n\n"_s + tr("Commands:") + u'\n';
    for (const Command::Synopsis& line : lines)
        text += u"  "_s + line.usage.leftJustified(width + 2) + line.summary + u'\n';
    text += u'\n' +
            tr("lanyard-cli COMMAND --help, or lanyard-cli help COMMAND, shows the command's own options.\n"
               "The user comes from --user or LANYARD_USER, the passphrase from --passphrase-file,\n"
               "LANYARD_PASSPHRASE or a prompt. Exit codes: 0 done, 1 refused, 2 usage,\n"
               "3 wrong user or passphrase, 4 vault damaged or from a newer Lanyard.") +
            u'\n';
    // Qt's own first line names the program by the path it was started from.
    return text + m_parser.helpText().section(u'\n', 1);
}

int Cli::usage(const QString& message)
{
    m_err << message << '\n' << Command::tryHelp() << '\n';
    return Command::Usage;
}
