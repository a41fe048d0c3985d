#include "FiguresCommand.h"

#include "figures/FiguresBundle.h"

using namespace Qt::StringLiterals;

namespace {
QString shown(const ChildCount& count)
{
    return count.isSuppressed() ? u"<5"_s : QString::number(count.value().value_or(0));
}
} // namespace

FiguresCommand::FiguresCommand()
    : VaultCommand(
          u"figures"_s,
          {{u"figures publish VAULT"_s, tr("publish the governors' figures (head, DSL, administrators)")},
           {u"figures show VAULT"_s, tr("the governors' figures, for a governor")}},
          tr("The governors' figures are anonymised counts in NAME.lanyard-figures beside the\n"
             "vault, sealed to every governor and signed by whoever published them. A number\n"
             "from 1 to 4 is shown as <5. A governor's passphrase opens these figures only."))
{
    addArgument(u"ACTION"_s, tr("publish or show."));
    addVaultArgument();
}

int FiguresCommand::execute(const QStringList& arguments)
{
    if (arguments[0] == u"publish"_s)
        return publish(arguments[1]);
    if (arguments[0] == u"show"_s)
        return show(arguments[1]);
    return usage(tr("figures publish|show VAULT."));
}

int FiguresCommand::publish(const QString& path)
{
    int code = Ok;
    auto vault = openVault(path, &code);
    if (!vault)
        return code;
    QString error;
    if (!FiguresBundle::publish(*vault, &error))
        return refuse(error);
    m_out << tr("Published the governors' figures to %1.").arg(FiguresBundle::pathFor(path)) << '\n';
    return Ok;
}

int FiguresCommand::show(const QString& path)
{
    int code = Ok;
    const auto who = signIn(&code);
    if (!who)
        return code;
    if (who->recoveryKey)
        return usage(tr("The figures are for governors: give --user and their passphrase."));
    const auto figures = FiguresBundle::openAsGovernor(path, who->user, who->passphrase);
    if (!figures)
        return refuse(figures.error());
    m_out << tr("%1: figures for %2, published %3 by %4.")
                 .arg(figures->schoolName, figures->academicYear.name(),
                      figures->publishedAt.toLocalTime().toString(Qt::ISODate), figures->publishedByName)
          << "\n\n";
    QList<QStringList> pupils;
    for (const auto& year : figures->pupilsOnRoll)
        pupils << QStringList{year.yearGroup.displayName(), shown(year.onRoll)};
    pupils << QStringList{tr("Total"), QString::number(figures->pupilsOnRollTotal)};
    printTable({tr("year group"), tr("pupils on roll")}, pupils);
    m_out << '\n';
    QList<QStringList> aup;
    for (const auto& year : figures->aupCoverage)
        aup << QStringList{year.yearGroup.displayName(), shown(year.issued), shown(year.complete),
                           shown(year.outstanding)};
    printTable({tr("year group"), tr("AUP issued"), tr("complete"), tr("outstanding")}, aup);
    m_out << '\n'
          << tr("Staff: %1.").arg(figures->staffTotal) << '\n'
          << (figures->lastBackup.isValid()
                  ? tr("Last backup: %1.").arg(figures->lastBackup.toLocalTime().toString(Qt::ISODate))
                  : tr("Last backup: never."))
          << '\n'
          << tr("Audit chain head: %1:%2").arg(figures->auditEntries).arg(figures->auditHead) << '\n';
    return Ok;
}
