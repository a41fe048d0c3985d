#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <optional>

struct VaultError;

// One lanyard-cli command: its name, the ways it is called, its own options and arguments, its
// --help, and what every command shares: the exit codes, how mistakes and refusals are printed,
// and how a passphrase is read. A command reads its options from m_parser once run() has parsed
// them.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)
public:
    enum Exit
    {
        Ok = 0,
        Refused = 1,
        Usage = 2,
        WrongCredentials = 3,
        Damaged = 4
    };

    // One way of calling the command, as `lanyard-cli --help` lists it.
    struct Synopsis
    {
        QString usage;   // "aup return VAULT CODE"
        QString summary; // what it does, in a few words
    };

    virtual ~Command() = default;
    Q_DISABLE_COPY_MOVE(Command)

    const QString& name() const { return m_name; }
    const QList<Synopsis>& synopses() const { return m_synopses; }
    // Whether argument is one of this command's options ("--year", "-o") and takes a value.
    bool takesValue(const QString& argument) const;
    // Reports lay out text, which needs a QGuiApplication's fonts.
    virtual bool needsFonts() const { return false; }
    QString helpText() const;
    // arguments: the program's, without the command's name.
    int run(const QStringList& arguments);

    static QCommandLineOption helpOption();
    static QString tryHelp();

protected:
    Command(const QString& name, const QList<Synopsis>& synopses, const QString& description);
    void addOption(const QCommandLineOption& option);
    // An option that several commands share; their help lists it after the command's own.
    void addSharedOption(const QCommandLineOption& option);
    void addArgument(const QString& name, const QString& description);
    void addOptionalArgument(const QString& name, const QString& description);
    // Called with the required positional arguments, and the optional ones that were given.
    virtual int execute(const QStringList& arguments) = 0;

    int usage(const QString& message);
    int refuse(const QString& message, Exit code = Refused);
    int failed(const VaultError& error);

    // For the commands that sign in.
    static QCommandLineOption userOption();
    static QCommandLineOption passphraseFileOption();
    // --user, or LANYARD_USER.
    QString userName() const;
    // A secret from the first line of the file fileOption names, an environment variable, or a
    // prompt on a terminal; nullopt, with the reason printed, when there is none.
    std::optional<QByteArray> secret(const QString& fileOption, const char* environment,
                                     const QString& prompt, bool confirm);
    // The passphrase of the user signing in: --passphrase-file, LANYARD_PASSPHRASE or a prompt.
    std::optional<QByteArray> passphrase(const QString& prompt, bool confirm);

    // For the commands that print rows: --format table or csv.
    static QCommandLineOption formatOption(const QString& description);
    // False, with the mistake printed, when --format is neither.
    bool checkFormat();
    void printTable(const QStringList& header, const QList<QStringList>& rows);
    // As --format asks.
    void printRows(const QStringList& header, const QList<QStringList>& rows);

    void warnPlainText(const QString& file);

    QCommandLineParser m_parser;
    QTextStream m_out;
    QTextStream m_err;

private:
    struct Argument
    {
        QString name;
        QString description;
    };

    // The command's options, then the shared ones, then its arguments.
    void describeTo(QCommandLineParser& parser) const;

    QString m_name;
    QList<Synopsis> m_synopses;
    QString m_description;
    QList<QCommandLineOption> m_options;
    QList<QCommandLineOption> m_sharedOptions;
    QList<Argument> m_arguments;
    qsizetype m_requiredArguments = 0;
};
