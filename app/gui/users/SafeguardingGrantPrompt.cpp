#include "SafeguardingGrantPrompt.h"

#include "storage/SafeguardingAccess.h"
#include "storage/Vault.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

void SafeguardingGrantPrompt::askAtSignIn(QWidget* parent, Vault& vault)
{
    for (const QString& warning : vault.warnings())
        QMessageBox::warning(parent, tr("Lanyard"), warning);

    SafeguardingAccess access(vault);
    const auto waiting = access.waiting();
    if (!waiting) // a session that may not read safeguarding records is never asked
        return;
    for (const SafeguardingAccess::Candidate& candidate : *waiting) {
        QMessageBox ask(
            QMessageBox::Question, tr("Safeguarding access"),
            tr("Give safeguarding access to %1 (%2, added by %3 on %4)?")
                .arg(candidate.displayName, Roles::displayName(candidate.role), candidate.addedBy,
                     QLocale().toString(candidate.addedAt.toLocalTime().date(), QLocale::LongFormat)),
            QMessageBox::NoButton, parent);
        ask.setObjectName(u"safeguardingGrantBox"_s);
        ask.setInformativeText(
            tr("They will be able to read every concern, its chronology and its attachments. "
               "Say yes only if you know they are a DSL or the head."));
        QPushButton* yes = ask.addButton(tr("&Yes"), QMessageBox::YesRole);
        yes->setObjectName(u"yesButton"_s);
        QPushButton* notNow = ask.addButton(tr("&Not now"), QMessageBox::RejectRole);
        notNow->setObjectName(u"notNowButton"_s);
        QPushButton* never = ask.addButton(tr("Ne&ver"), QMessageBox::DestructiveRole);
        never->setObjectName(u"neverButton"_s);
        ask.setDefaultButton(notNow);
        ask.exec();
        QString error;
        if ((ask.clickedButton() == yes && !access.grant(candidate.name, &error)) ||
            (ask.clickedButton() == never && !access.decline(candidate.name, &error)))
            QMessageBox::warning(parent, tr("Safeguarding access"), error);
    }
}
