#include "Command.h"

#include "io/Csv.h"
#include "storage/Vault.h"

#include <QFile>

#include <algorithm>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
// Reads a line from the terminal with echo off.
QByteArray readHidden()
{
    termios saved{};
    const bool tty = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (tty) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QByteArray line;
    for (int c = std::getchar(); c != EOF && c != '\n'; c = std::getchar())
        line += char(c);
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputc('\n', stderr);
    }
    return line;
}
} // namespace

Command::Command(const QString& name, const QList<Synopsis>& synopses, const QString& description)
    : m_out(stdout)
    , m_err(stderr)
    , m_name(name)
    , m_synopses(synopses)
    , m_description(description)
{
}

QCommandLineOption Command::helpOption()
{
    return {{u"h"_s, u"help"_s}, tr("Show this help.")};
}

QString Command::tryHelp()
{
    return tr("Try lanyard-cli --help.");
}

void Command::addOption(const QCommandLineOption& option)
{
    m_options << option;
}

void Command::addSharedOption(const QCommandLineOption& option)
{
    m_sharedOptions << option;
}

void Command::addArgument(const QString& name, const QString& description)
{
    m_arguments << Argument{name, description};
    ++m_requiredArguments;
}

void Command::addOptionalArgument(const QString& name, const QString& description)
{
    m_arguments << Argument{name, description};
}

void Command::describeTo(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(m_description);
    parser.addOption(helpOption());
    parser.addOptions(m_options);
    parser.addOptions(m_sharedOptions);
    for (const Argument& argument : m_arguments)
        parser.addPositionalArgument(argument.name, argument.description);
}

bool Command::takesValue(const QString& argument) const
{
    if (!argument.startsWith(u'-') || argument.contains(u'='))
        return false;
    const QString name = argument.mid(argument.startsWith(u"--"_s) ? 2 : 1);
    const QList<QCommandLineOption> options = m_options + m_sharedOptions;
    return std::any_of(options.cbegin(), options.cend(), [&](const QCommandLineOption& option) {
        return !option.valueName().isEmpty() && option.names().contains(name);
    });
}

QString Command::helpText() const
{
    QCommandLineParser parser;
    describeTo(parser);
    QString text = tr("Usage:") + u'\n';
    for (const Synopsis& synopsis : m_synopses)
        text += u"  lanyard-cli "_s + synopsis.usage + u" [options]\n"_s;
    // Qt's own first line names the program by the path it was started from.
    return text + u'\n' + parser.helpText().section(u'\n', 1);
}

int Command::run(const QStringList& arguments)
{
    describeTo(m_parser);
    if (!m_parser.parse(arguments))
        return usage(m_parser.errorText());
    if (m_parser.isSet(u"help"_s)) {
        m_out << helpText();
        return Ok;
    }
    const QStringList positional = m_parser.positionalArguments();
    if (positional.size() < m_requiredArguments || positional.size() > m_arguments.size())
        return usage(
            tr("Unknown command or wrong arguments: %1").arg((QStringList{m_name} + positional).join(u' ')));
    return execute(positional);
}

int Command::usage(const QString& message)
{
    m_err << message << '\n' << tryHelp() << '\n';
    return Usage;
}

int Command::refuse(const QString& message, Exit code)
{
    m_err << message << '\n';
    return code;
}

int Command::failed(const VaultError& error)
{
    switch (error.kind) {
    case VaultError::Kind::WrongCredentials:
        return refuse(error.message, WrongCredentials);
    case VaultError::Kind::Damaged:
        return refuse(error.message, Damaged);
    case VaultError::Kind::KeyRingLost:
        return refuse(error.message + u'\n' + tr("Give the recovery key with --recovery-key KEY."), Damaged);
    case VaultError::Kind::FiguresOnly:
    case VaultError::Kind::Refused:
    case VaultError::Kind::None:
        break;
    }
    return refuse(error.message, Refused);
}

QCommandLineOption Command::userOption()
{
    return {u"user"_s, tr("The Lanyard user to act as; LANYARD_USER if not given."), tr("name")};
}

QCommandLineOption Command::passphraseFileOption()
{
    return {u"passphrase-file"_s,
            tr("Read the passphrase from the first line of a file; LANYARD_PASSPHRASE or a prompt if not "
               "given."),
            tr("file")};
}

QString Command::userName() const
{
    if (m_parser.isSet(u"user"_s))
        return m_parser.value(u"user"_s);
    return qEnvironmentVariable("LANYARD_USER");
}

std::optional<QByteArray> Command::secret(const QString& fileOption, const char* environment,
                                          const QString& prompt, bool confirm)
{
    if (m_parser.isSet(fileOption)) {
        QFile file(m_parser.value(fileOption));
        if (!file.open(QIODevice::ReadOnly)) {
            m_err << tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()) << '\n';
            return std::nullopt;
        }
        QByteArray line = file.readLine();
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        return line;
    }
    if (qEnvironmentVariableIsSet(environment))
        return qgetenv(environment);
    if (!isatty(STDIN_FILENO)) {
        m_err << tr("No passphrase given: use %1, the %2 environment variable, or run in a terminal.")
                     .arg(u"--"_s + fileOption, QString::fromLatin1(environment))
              << '\n';
        return std::nullopt;
    }
    m_err << prompt << ' ' << Qt::flush;
    QByteArray first = readHidden();
    if (confirm) {
        m_err << tr("Type it again:") << ' ' << Qt::flush;
        if (readHidden() != first) {
            m_err << tr("The two passphrases are different.") << '\n';
            return std::nullopt;
        }
    }
    return first;
}

std::optional<QByteArray> Command::passphrase(const QString& prompt, bool confirm)
{
    return secret(u"passphrase-file"_s, "LANYARD_PASSPHRASE", prompt, confirm);
}

QCommandLineOption Command::formatOption(const QString& description)
{
    return {u"format"_s, description, u"table|csv"_s, u"table"_s};
}

bool Command::checkFormat()
{
    const QString format = m_parser.value(u"format"_s);
    if (format == u"table"_s || format == u"csv"_s)
        return true;
    usage(tr("--format is table or csv."));
    return false;
}

void Command::printTable(const QStringList& header, const QList<QStringList>& rows)
{
    QList<qsizetype> widths;
    for (const QString& h : header)
        widths << h.size();
    for (const QStringList& row : rows)
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    auto line = [&](const QStringList& cells) {
        QStringList padded;
        for (qsizetype i = 0; i < cells.size(); ++i)
            padded << cells[i].leftJustified(widths[i], u' ', true);
        m_out << padded.join(u"  "_s).trimmed() << '\n';
    };
    line(header);
    for (const QStringList& row : rows)
        line(row);
}

void Command::printRows(const QStringList& header, const QList<QStringList>& rows)
{
    if (m_parser.value(u"format"_s) != u"csv"_s)
        return printTable(header, rows);
    m_out << Csv::record(header);
    for (const QStringList& row : rows)
        m_out << Csv::record(row);
}

void Command::warnPlainText(const QString& file)
{
    m_err << tr("%1 holds personal data in plain text, outside the encrypted vault. Keep it somewhere safe, "
                "and delete it when you have finished with it.")
                 .arg(file)
          << '\n';
}
