#include "TestVault.h"
#include "WhenShown.h"
#include "storage/AuditLog.h"
#include "storage/KeyRing.h"
#include "storage/SafeguardingAccess.h"
#include "users/SafeguardingGrantPrompt.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

// A DSL who holds the safeguarding key is asked, as they sign in, about each DSL or head waiting.
class TestSafeguardingGrantPrompt : public QObject
{
    Q_OBJECT

private:
    static bool holds(TestVault& vault, const QString& name)
    {
        KeyRing ring;
        return ring.load(KeyRing::pathFor(vault.path())) && ring.holdsSafeguarding(name);
    }

    // Signs the lead in and answers every question with the named button; returns the questions.
    static QStringList answerAll(TestVault& vault, const QString& button)
    {
        QStringList asked;
        const WhenShown<QMessageBox> answer(
            [&](QMessageBox* box) {
                asked << box->text();
                box->findChild<QPushButton*>(button)->click();
            },
            WhenShown<QMessageBox>::Every);
        auto lead = vault.openAs(u"lead"_s);
        SafeguardingGrantPrompt::askAtSignIn(nullptr, *lead);
        return asked;
    }

private Q_SLOTS:
    void yesGivesTheKey()
    {
        auto vault = TestVault::create();
        vault->signInAs(u"lead"_s, Role::Dsl);
        vault->signInAs(u"deputy"_s, Role::Dsl);
        const QStringList asked = answerAll(*vault, u"yesButton"_s);
        QCOMPARE(asked.size(), 1);
        QVERIFY2(
            asked.constFirst().startsWith(
                u"Give safeguarding access to deputy (Designated Safeguarding Lead, added by admin on "_s),
            qPrintable(asked.constFirst()));
        QVERIFY(holds(*vault, u"deputy"_s));
        QVERIFY(answerAll(*vault, u"yesButton"_s).isEmpty()); // nobody left to ask about
    }

    void notNowAsksAgainAndNeverDoesNot()
    {
        auto vault = TestVault::create();
        vault->signInAs(u"lead"_s, Role::Dsl);
        vault->signInAs(u"head"_s, Role::Head);
        QCOMPARE(answerAll(*vault, u"notNowButton"_s).size(), 1);
        QVERIFY(!holds(*vault, u"head"_s));
        QCOMPARE(answerAll(*vault, u"neverButton"_s).size(), 1);
        QVERIFY(!holds(*vault, u"head"_s));
        QVERIFY(answerAll(*vault, u"yesButton"_s).isEmpty());
        QVERIFY(!holds(*vault, u"head"_s));
    }

    void othersAreNotAsked()
    {
        auto vault = TestVault::create();
        vault->signInAs(u"lead"_s, Role::Dsl);
        vault->signInAs(u"deputy"_s, Role::Dsl);
        int shown = 0;
        const WhenShown<QMessageBox> count([&](QMessageBox* box) { ++shown, box->reject(); },
                                           WhenShown<QMessageBox>::Every);
        SafeguardingGrantPrompt::askAtSignIn(nullptr, **vault);                     // the administrator
        SafeguardingGrantPrompt::askAtSignIn(nullptr, *vault->openAs(u"deputy"_s)); // not yet a holder
        QCOMPARE(shown, 0);
    }
};

QTEST_MAIN(TestSafeguardingGrantPrompt)
#include "tst_safeguardinggrantprompt.moc"
