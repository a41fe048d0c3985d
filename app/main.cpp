#include "demo/DemoSchool.h"
#include "figures/FiguresBundle.h"
#include "governance/FiguresWindow.h"
#include "shell/ChangePassphraseDialog.h"
#include "shell/MainWindow.h"
#include "shell/UnlockDialog.h"
#include "storage/PrivateFiles.h"
#include "storage/Vault.h"
#include "users/SafeguardingGrantPrompt.h"
#include "widgets/Icons.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDebug>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// The only place `--demo` reaches the demo school: a generated school in a temporary folder that
// goes when Lanyard closes.
std::unique_ptr<Vault> openDemoSchool(QString* error)
{
    QString passphrase;
    std::unique_ptr<Vault> vault = DemoSchool::createTemporary(&passphrase, error);
    if (vault)
        qInfo().noquote() << QCoreApplication::translate("main", "Demo school: user name demo, passphrase %1")
                                 .arg(passphrase);
    return vault;
}

void installTranslations(QApplication& app)
{
    // Owned by the application, which outlives every window that uses them.
    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), u"qtbase"_s, u"_"_s,
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto* translator = new QTranslator(&app);
    if (translator->load(QLocale(), u"lanyard"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(translator);
}

} // namespace

int main(int argc, char* argv[])
{
    PrivateFiles::restrictUmask();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Lanyard"_s);
    QCoreApplication::setApplicationName(u"Lanyard"_s);
    QGuiApplication::setApplicationDisplayName(u"Lanyard"_s);
    QGuiApplication::setWindowIcon(Icons::lanyard());
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Records for a school office."));
    parser.addHelpOption();
    const QCommandLineOption demoOption(u"demo"_s,
                                        QCoreApplication::translate("main", "Open a generated demo school."));
    const QCommandLineOption vaultOption(u"vault"_s,
                                         QCoreApplication::translate("main", "Open the vault at PATH."),
                                         QCoreApplication::translate("main", "PATH"));
    parser.addOptions({demoOption, vaultOption});
    parser.process(app);

    std::unique_ptr<Vault> vault;
    if (parser.isSet(demoOption)) {
        QString error;
        vault = openDemoSchool(&error);
        if (!vault) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Demo school"), error);
            return 1;
        }
    } else {
        UnlockDialog unlock;
        if (parser.isSet(vaultOption))
            unlock.setVaultPath(parser.value(vaultOption));
        if (unlock.exec() != QDialog::Accepted)
            return 0;
        if (const std::optional<Figures> figures = unlock.takeFigures()) {
            FiguresWindow window(*figures);
            window.show();
            return QApplication::exec();
        }
        vault = unlock.takeVault();
        // A first passphrase was given by someone else: it is changed before the school is shown,
        // or Lanyard quits.
        const SecureBytes typed = unlock.takeFirstPassphrase();
        if (!vault ||
            !ChangePassphraseDialog::changeAtFirstSignIn(*vault, typed.view(), KdfLimits::defaults()))
            return 0;
    }

    SafeguardingGrantPrompt::askAtSignIn(nullptr, *vault);
    if (vault->can(Permission::PublishFigures))
        FiguresBundle::publish(*vault); // a failure leaves the governors last time's figures
    MainWindow window(std::move(vault));
    window.show();
    return QApplication::exec();
}
