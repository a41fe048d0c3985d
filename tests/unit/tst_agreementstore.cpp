// AUP agreements: the default texts, issuing to a school's roll, versions bound to what was signed,
// recording returns by code (and refusing the wrong ones), coverage, staff signing, and roles.
#include "TestVault.h"
#include "demo/DemoSchool.h"
#include "records/AgreementStore.h"
#include "records/FormStore.h"
#include "records/PupilStore.h"
#include "records/StaffStore.h"
#include "storage/AuditLog.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const AcademicYear ThisYear = AcademicYear::containing(QDate::currentDate());
const AcademicYear LastYear(ThisYear.startYear() - 1);

YearGroup year(int ordinal)
{
    return *YearGroup::fromOrdinal(ordinal);
}

qint64 addForm(Vault& vault, const QString& name, int ordinal)
{
    Form form{0, name, year(ordinal), 0};
    if (!FormStore(vault).save(form))
        qFatal("cannot add form %s", qPrintable(name));
    return form.id;
}

qint64 addPupil(Vault& vault, const QString& forename, const QString& surname, int ordinal, qint64 formId = 0)
{
    Pupil p;
    p.legalForename = forename;
    p.surname = surname;
    p.dateOfBirth = QDate(ThisYear.startYear() - 5 - ordinal, 3, 14);
    p.yearGroup = year(ordinal);
    p.formId = formId;
    QString error;
    if (!PupilStore(vault).save(p, &error))
        qFatal("cannot add %s: %s", qPrintable(surname), qPrintable(error));
    return p.id;
}

qint64 addStaff(Vault& vault, const QString& forename, const QString& surname, StaffCategory category)
{
    StaffMember m{0, {}, forename, surname, {}, category, {}, {}, {}};
    if (!StaffStore(vault).save(m))
        qFatal("cannot add %s", qPrintable(surname));
    return m.id;
}

QList<Agreement> pupilAgreements(Vault& vault, const AcademicYear& y = ThisYear)
{
    AgreementFilter filter;
    filter.year = y;
    const auto agreements = AgreementStore(vault).list(filter);
    if (!agreements)
        qFatal("cannot list agreements: %s", qPrintable(agreements.error()));
    return *agreements;
}

Agreement agreementOf(Vault& vault, qint64 pupilId, const AcademicYear& y = ThisYear)
{
    for (const Agreement& a : pupilAgreements(vault, y))
        if (a.pupilId == pupilId)
            return a;
    return {};
}

AgreementReturn signedBy(bool pupil, bool parent)
{
    AgreementReturn r;
    r.pupilSigned = pupil;
    r.parentSigned = parent;
    return r;
}

QStringList bullets(const QString& body)
{
    return body.split(u'\n').filter(QRegularExpression(u"^- "_s));
}

// What a refused call must leave as it was.
QString agreementRows(Vault& vault)
{
    QSqlQuery q(vault.database());
    q.exec(u"SELECT id, state, pupil_signed, parent_signed, returned_on, template_id FROM aup_agreements "
           u"UNION ALL SELECT id, title, body, version, start_year, audience FROM aup_templates "
           u"UNION ALL SELECT id, year_group, audience, signers, start_year, 0 FROM aup_rules"_s);
    QString text;
    while (q.next())
        for (int i = 0; i < 6; ++i)
            text += q.value(i).toString() + u'|';
    return text;
}

// A small school: 1A (Year 1), 3B and 3C (Year 3), and a Reception class.
struct School
{
    qint64 reception = 0, aled = 0, nia = 0, cai = 0, mali = 0, osian = 0;
    qint64 form1A = 0, form3B = 0, form3C = 0;
};

School smallSchool(Vault& vault)
{
    School s;
    s.form1A = addForm(vault, u"1A"_s, 1);
    s.form3B = addForm(vault, u"3B"_s, 3);
    s.form3C = addForm(vault, u"3C"_s, 3);
    s.reception = addPupil(vault, u"Efa"_s, u"Bowen"_s, 0);
    s.mali = addPupil(vault, u"Mali"_s, u"Parry"_s, 1, s.form1A);
    s.aled = addPupil(vault, u"Aled"_s, u"Jones"_s, 3, s.form3B);
    s.nia = addPupil(vault, u"Nia"_s, u"Griffiths"_s, 3, s.form3B);
    s.cai = addPupil(vault, u"Cai"_s, u"Morgan"_s, 3, s.form3B);
    s.osian = addPupil(vault, u"Osian"_s, u"Lewis"_s, 3, s.form3C);
    return s;
}

} // namespace

class TestAgreementStore final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultTextsForEveryAudience();
    void defaultRulesCoverYearOneUp();
    void issueGivesOnePerPupilFromYearOne();
    void secondIssueReachesOnlyNewJoiners();
    void editingBeforeIssueEditsInPlace();
    void editingAfterIssueMakesNewVersion();
    void newYearStartsFromLastYearsText();
    void schoolRulesDecideWhoGetsWhat();
    void partlySignedThenComplete();
    void declinedIsFinal();
    void scannerTypingIsForgiven();
    void refusesNotACode();
    void refusesMisreadCode();
    void refusesUnknownCode();
    void refusesCodeFromAnotherYear();
    void refusesCodeFromAnotherSchool();
    void refusesFormReturnedTwice();
    void refusesNothingTicked();
    void coverageByFormAndYearGroup();
    void leaversDropOutOfTheYearInProgress();
    void staffSignAtInduction();
    void staffStatusListsCurrentStaff();
    void roleWithoutWritePeopleChangesNothing();
    void auditTrailStaysWhole();
};

void TestAgreementStore::defaultTextsForEveryAudience()
{
    QSet<QString> bodies;
    for (AupAudience audience : AgreementStore::audiences()) {
        const AupTemplate t = AgreementStore::defaultTemplate(audience);
        QVERIFY2(!t.title.isEmpty(), qPrintable(AgreementStore::audienceCode(audience)));
        QCOMPARE(t.audience, audience);
        QVERIFY(!t.body.contains(u'\r'));
        bodies.insert(t.body);
        const QStringList points = bullets(t.body);
        QVERIFY2(points.size() >= 8, qPrintable(AgreementStore::audienceCode(audience)));
    }
    QCOMPARE(bodies.size(), AgreementStore::audiences().size());

    // Years 1-2: a handful of short "I will..." lines a five-year-old can follow.
    const QStringList ks1 = bullets(AgreementStore::defaultTemplate(AupAudience::PupilKs1).body);
    QVERIFY(ks1.size() <= 10);
    for (const QString& line : ks1) {
        QVERIFY2(line.startsWith(u"- I "_s), qPrintable(line));
        QVERIFY2(line.size() < 130, qPrintable(line));
    }
    const QStringList ks2 = bullets(AgreementStore::defaultTemplate(AupAudience::PupilKs2).body);
    QVERIFY(ks2.size() >= 12 && ks2.size() <= 16);

    const QString staff = AgreementStore::defaultTemplate(AupAudience::Staff).body;
    for (const QString& topic : {u"Designated Safeguarding Lead"_s, u"password"_s, u"personal data"_s,
                                 u"social media"_s, u"personal phone"_s, u"monitors"_s})
        QVERIFY2(staff.contains(topic, Qt::CaseInsensitive), qPrintable(topic));
    QVERIFY(AgreementStore::defaultTemplate(AupAudience::Visitor).body.size() < staff.size());
}

void TestAgreementStore::defaultRulesCoverYearOneUp()
{
    const QList<AupRule> rules = AgreementStore::defaultRules();
    QCOMPARE(rules.size(), 8);
    for (const AupRule& rule : rules) {
        QVERIFY(rule.yearGroup >= year(1) && rule.yearGroup <= year(8));
        QCOMPARE(rule.audience, rule.yearGroup <= year(2) ? AupAudience::PupilKs1 : AupAudience::PupilKs2);
        QCOMPARE(rule.signers, AupSigners::PupilAndParent);
    }
}

void TestAgreementStore::issueGivesOnePerPupilFromYearOne()
{
    auto vault = TestVault::create();
    QString error;
    QVERIFY2(DemoSchool::populate(*vault, {180, 7, QDate::currentDate()}, &error), qPrintable(error));
    const auto onRoll = PupilStore(*vault).list();
    QVERIFY2(onRoll, qPrintable(onRoll.error()));
    const QList<Pupil>& roll = *onRoll;
    const auto covered =
        std::count_if(roll.cbegin(), roll.cend(), [](const Pupil& p) { return p.yearGroup >= year(1); });
    QVERIFY(covered > 0 && covered < roll.size());

    AgreementStore store(*vault);
    const auto summary = store.issuePupils(ThisYear);
    QVERIFY2(summary, qPrintable(summary.error()));
    QCOMPARE(summary->issued, int(covered));
    QCOMPARE(summary->alreadyHad, 0);
    QCOMPARE(summary->notCovered, int(roll.size() - covered));

    const QList<Agreement> issued = pupilAgreements(*vault);
    QCOMPARE(issued.size(), covered);
    QSet<qint64> pupils;
    QSet<QString> codes;
    static const QRegularExpression shape(u"^AUP-[0-9A-HJKMNP-TV-Z]{4}-%1-[0-9]{6}-[0-9A-HJKMNP-TV-Z]$"_s.arg(
        ThisYear.startYear() % 100, 2, 10, QLatin1Char('0')));
    for (const Agreement& a : issued) {
        pupils.insert(a.pupilId);
        codes.insert(a.code);
        QVERIFY2(shape.match(a.code).hasMatch(), qPrintable(a.code));
        QVERIFY(a.yearGroup >= year(1));
        QCOMPARE(a.audience, a.yearGroup <= year(2) ? AupAudience::PupilKs1 : AupAudience::PupilKs2);
        QCOMPARE(a.state, AgreementState::Issued);
        QCOMPARE(a.year, ThisYear);
        QVERIFY(!a.formName.isEmpty());
    }
    QCOMPARE(pupils.size(), issued.size());
    QCOMPARE(codes.size(), issued.size());
    // In form order, as the pack is printed.
    for (qsizetype i = 1; i < issued.size(); ++i)
        QVERIFY(
            issued[i - 1].yearGroup < issued[i].yearGroup ||
            (issued[i - 1].yearGroup == issued[i].yearGroup && issued[i - 1].formName <= issued[i].formName));
}

void TestAgreementStore::secondIssueReachesOnlyNewJoiners()
{
    auto vault = TestVault::create();
    const School s = smallSchool(*vault);
    AgreementStore store(*vault);
    QCOMPARE(store.issuePupils(ThisYear)->issued, 5);
    const QString codeBefore = agreementOf(*vault, s.aled).code;

    const auto again = store.issuePupils(ThisYear);
    QVERIFY(again);
    QCOMPARE(again->issued, 0);
    QCOMPARE(again->alreadyHad, 5);
    QCOMPARE(again->notCovered, 1);

    const qint64 joiner = addPupil(*vault, u"Tomos"_s, u"Vaughan"_s, 3, s.form3C);
    addPupil(*vault, u"Seren"_s, u"Owen"_s, 0);
    const auto third = store.issuePupils(ThisYear);
    QCOMPARE(third->issued, 1);
    QCOMPARE(third->alreadyHad, 5);
    QCOMPARE(third->notCovered, 2);
    QCOMPARE(agreementOf(*vault, joiner).formName, u"3C"_s);
    QCOMPARE(agreementOf(*vault, s.aled).code, codeBefore);
    QCOMPARE(pupilAgreements(*vault).size(), 6);
}

void TestAgreementStore::editingBeforeIssueEditsInPlace()
{
    auto vault = TestVault::create();
    AgreementStore store(*vault);
    auto templ = store.currentTemplate(ThisYear, AupAudience::PupilKs2);
    QVERIFY(templ && templ->id > 0);
    QCOMPARE(templ->version, 1);
    QCOMPARE(templ->body, AgreementStore::defaultTemplate(AupAudience::PupilKs2).body);

    templ->body += u"\n- I will ask before printing."_s;
    QString error;
    QVERIFY2(store.saveTemplate(*templ, &error), qPrintable(error));
    QCOMPARE(templ->version, 1);
    const auto versions = store.versions(ThisYear, AupAudience::PupilKs2);
    QVERIFY2(versions, qPrintable(versions.error()));
    QCOMPARE(versions->size(), 1);
    QVERIFY(versions->constFirst().body.endsWith(u"I will ask before printing."_s));

    AupTemplate empty = *templ;
    empty.body = u"  \n"_s;
    QVERIFY(!store.saveTemplate(empty, &error));
    QVERIFY2(error.contains(u"no text"_s), qPrintable(error));
    QCOMPARE(store.versions(ThisYear, AupAudience::PupilKs2)->constFirst().body, versions->constFirst().body);
}

void TestAgreementStore::editingAfterIssueMakesNewVersion()
{
    auto vault = TestVault::create();
    const School s = smallSchool(*vault);
    AgreementStore store(*vault);
    QVERIFY(store.issuePupils(ThisYear));
    const Agreement aled = agreementOf(*vault, s.aled);
    const auto first = store.templateById(aled.templateId);
    QVERIFY(first);
    QCOMPARE(first->version, 1);
    QCOMPARE(first->audience, AupAudience::PupilKs2);
    const QString signedWords = first->body;

    AupTemplate edited = *first;
    edited.body = signedWords + u"\n- I will not use AI tools to do my homework for me."_s;
    QVERIFY(store.saveTemplate(edited));
    QCOMPARE(edited.version, 2);
    QVERIFY(edited.id != first->id);
    // Saving the same words again makes no third version.
    AupTemplate same = edited;
    QVERIFY(store.saveTemplate(same));
    QCOMPARE(same.id, edited.id);
    QCOMPARE(store.versions(ThisYear, AupAudience::PupilKs2)->size(), 2);

    // What Aled's family will sign is still the text his form was printed with.
    const Agreement again = *store.find(aled.id);
    QCOMPARE(again.templateId, first->id);
    QCOMPARE(again.templateVersion, 1);
    QCOMPARE(store.templateById(again.templateId)->body, signedWords);
    QCOMPARE(store.currentTemplate(ThisYear, AupAudience::PupilKs2)->id, edited.id);

    const qint64 joiner = addPupil(*vault, u"Tomos"_s, u"Vaughan"_s, 3, s.form3B);
    QCOMPARE(store.issuePupils(ThisYear)->issued, 1);
    QCOMPARE(agreementOf(*vault, joiner).templateVersion, 2);
    QCOMPARE(agreementOf(*vault, joiner).templateId, edited.id);
    // Year 1's text was not touched.
    QCOMPARE(agreementOf(*vault, s.mali).templateVersion, 1);
}

void TestAgreementStore::newYearStartsFromLastYearsText()
{
    auto vault = TestVault::create();
    AgreementStore store(*vault);
    auto last = store.currentTemplate(LastYear, AupAudience::Staff);
    last->title = u"Our staff agreement"_s;
    QVERIFY(store.saveTemplate(*last));

    const auto current = store.currentTemplate(ThisYear, AupAudience::Staff);
    QVERIFY(current);
    QCOMPARE(current->title, u"Our staff agreement"_s);
    QCOMPARE(current->year, ThisYear);
    QCOMPARE(current->version, 1);
    QVERIFY(current->id != last->id);
    QCOMPARE(store.templates(ThisYear)->size(), AgreementStore::audiences().size());
    QCOMPARE(store.currentTemplate(ThisYear, AupAudience::Visitor)->body,
             AgreementStore::defaultTemplate(AupAudience::Visitor).body);
}

void TestAgreementStore::schoolRulesDecideWhoGetsWhat()
{
    auto vault = TestVault::create();
    const School s = smallSchool(*vault);
    AgreementStore store(*vault);
    QString error;
    // This school starts in Reception, with parents signing alone until Year 3.
    const QList<AupRule> rules{{year(0), AupAudience::PupilKs1, AupSigners::Parent},
                               {year(1), AupAudience::PupilKs1, AupSigners::Parent},
                               {year(3), AupAudience::PupilKs2, AupSigners::PupilAndParent}};
    QVERIFY2(store.setRules(LastYear, rules, &error), qPrintable(error));
    QCOMPARE(store.rules(ThisYear)->size(), 3); // carried into the next year until changed

    const auto summary = store.issuePupils(ThisYear);
    QCOMPARE(summary->issued, 6);
    QCOMPARE(summary->notCovered, 0);
    QCOMPARE(agreementOf(*vault, s.reception).signers, AupSigners::Parent);
    QCOMPARE(agreementOf(*vault, s.reception).audience, AupAudience::PupilKs1);

    QVERIFY(!store.setRules(ThisYear, {{year(2), AupAudience::Staff, AupSigners::Parent}}, &error));
    QVERIFY2(error.contains(u"pupils' agreement"_s), qPrintable(error));
    QVERIFY(!store.setRules(ThisYear, {rules[0], rules[0]}, &error));
    QVERIFY2(error.contains(u"more than one rule"_s), qPrintable(error));
    QCOMPARE(store.rules(ThisYear)->size(), 3);
}

void TestAgreementStore::partlySignedThenComplete()
{
    auto vault = TestVault::create();
    const School s = smallSchool(*vault);
    AgreementStore store(*vault);
    QVERIFY(store.issuePupils(ThisYear));
    const QString code = agreementOf(*vault, s.aled).code;

    auto recorded = store.recordReturn(code, ThisYear, signedBy(true, false));
    QVERIFY2(recorded, qPrintable(recorded.error()));
    QCOMPARE(recorded->state, AgreementState::PartlySigned);
    QVERIFY(recorded->pupilSigned && !recorded->parentSigned);
    AgreementFilter outstanding;
    outstanding.year = ThisYear;
    outstanding.outstandingOnly = true;
    outstanding.formId = s.form3B;
    QCOMPARE(store.list(outstanding)->size(), 3);

    AgreementReturn rest = signedBy(false, true);
    rest.parentName = u"Rhian  Jones"_s;
    recorded = store.recordReturn(code, ThisYear, rest);
    QVERIFY2(recorded, qPrintable(recorded.error()));
    QCOMPARE(recorded->state, AgreementState::Complete);
    QVERIFY(recorded->pupilSigned && recorded->parentSigned); // the pupil's signature was kept
    QCOMPARE(recorded->parentName, u"Rhian Jones"_s);
    QCOMPARE(recorded->returnedOn, QDate::currentDate());
    QCOMPARE(store.list(outstanding)->size(), 2);
    QCOMPARE(AgreementStore::stateName(recorded->state), u"Complete"_s);
}

void TestAgreementStore::declinedIsFinal()
{
    auto vault = TestVault::create();
    const School s = smallSchool(*vault);
    AgreementStore store(*vault);
    QVERIFY(store.issuePupils(ThisYear));
    const QString code = agreementOf(*vault, s.nia).code;
    AgreementReturn refusal;
    refusal.declined = true;
    refusal.returnedOn = QDate::currentDate().addDays(-1);
    const auto recorded = store.recordReturn(code, ThisYear, refusal);
    QVERIFY(recorded);
    QCOMPARE(recorded->state, AgreementState::Declined);
    const auto again = store.recordReturn(code, ThisYear, signedBy(true, true));
    QVERIFY(!again);
    QCOMPARE(again.error(), u"This form (Nia Griffiths, 3B) was already recorded as declined on %1."_s.arg(
                                refusal.returnedOn.toString(u"dd/MM/yyyy"_s)));
    QCOMPARE(store.find(recorded->id)->state, AgreementState::Declined);
}

void TestAgreementStore::scannerTypingIsForgiven()
{
    auto vault = TestVault::create();
    const School s = smallSchool(*vault);
    AgreementStore store(*vault);
    QVERIFY(store.issuePupils(ThisYear));
    const Agreement cai = agreementOf(*vault, s.cai);
    // Lower case, spaces for dashes, and an O typed for a nought.
    const QString typed = cai.code.toLower().replace(u'-', u' ').replace(u'0', u'o');
    const auto found = store.findByCode(typed);
    QVERIFY(found);
    QCOMPARE(found->id, cai.id);
    QCOMPARE(found->personName(), u"Cai Morgan"_s);
    QVERIFY(store.recordReturn(typed, ThisYear, signedBy(true, true)));
}

void TestAgreementStore::refusesNotACode()
{
    auto vault = TestVault::create();
    smallSchool(*vault);
    AgreementStore store(*vault);
    QVERIFY(store.issuePupils(ThisYear));
    const QString before = agreementRows(*vault);
    for (const QString& text : {u"hello"_s, u"https://example.org/aup"_s, u""_s, u"AUP-123"_s}) {
        const auto refused = store.recordReturn(text, ThisYear, signedBy(true, true));
        QVERIFY(!refused);
        QCOMPARE(refused.error(), u"This is not a Lanyard agreement code; check it and scan again."_s);
    }
    QCOMPARE(agreementRows(*vault), before);
}

void TestAgreementStore::refusesMisreadCode()
{
    auto vault = TestVault::create();
    const School s = smallSchool(*vault);
    AgreementStore store(*vault);
    QVERIFY(store.issuePupils(ThisYear));
    const QString code = agreementOf(*vault, s.aled).code; // AUP-TTTT-YY-NNNNNN-C
    const QString before = agreementRows(*vault);

    QString oneDigit = code;
    oneDigit[16] = oneDigit[16] == u'7' ? u'8' : u'7';
    QString swapped = code; // the number's last two digits, 03 read as 30
    std::swap(swapped[16], swapped[17]);
    QString check = code;
    check[code.size() - 1] = check.back() == u'X' ? u'Y' : u'X';
    for (const QString& misread : {oneDigit, swapped, check}) {
        QVERIFY2(misread != code, qPrintable(misread));
        const auto refused = store.recordReturn(misread, ThisYear, signedBy(true, true));
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(u"misread or mistyped"_s),
                 qPrintable(misread + u": "_s + refused.error()));
    }
    QCOMPARE(agreementRows(*vault), before);
}

void TestAgreementStore::refusesUnknownCode()
{
    auto vault = TestVault::create();
    const School s = smallSchool(*vault);
    AgreementStore store(*vault);
    QVERIFY(store.issuePupils(ThisYear));
    // A pupil entered by mistake is removed; the agreement printed for them goes too.
    const QString code = agreementOf(*vault, s.osian).code;
    QVERIFY(PupilStore(*vault).remove(s.osian));
    const auto refused = store.recordReturn(code, ThisYear, signedBy(true, true));
    QVERIFY(!refused);
    QVERIFY2(refused.error().startsWith(u"No agreement with the code %1 was issued"_s.arg(code)),
             qPrintable(refused.error()));
    QVERIFY(!store.findByCode(code));
    QCOMPARE(pupilAgreements(*vault).size(), 4);
}

void TestAgreementStore::refusesCodeFromAnotherYear()
{
    auto vault = TestVault::create();
    const School s = smallSchool(*vault);
    AgreementStore store(*vault);
    QVERIFY(store.issuePupils(LastYear));
    QVERIFY(store.issuePupils(ThisYear));
    const QString lastYears = agreementOf(*vault, s.aled, LastYear).code;
    const QString before = agreementRows(*vault);
    const auto refused = store.recordReturn(lastYears, ThisYear, signedBy(true, true));
    QVERIFY(!refused);
    QCOMPARE(refused.error(),
             u"This code belongs to the %1 round, not %2."_s.arg(LastYear.name(), ThisYear.name()));
    QCOMPARE(agreementRows(*vault), before);
    // Scanned in the right round, it is accepted.
    const auto accepted = store.recordReturn(lastYears, LastYear, signedBy(true, true));
    QVERIFY2(accepted, qPrintable(accepted.error()));
    QCOMPARE(agreementOf(*vault, s.aled).state, AgreementState::Issued);
}

void TestAgreementStore::refusesCodeFromAnotherSchool()
{
    auto ours = TestVault::create();
    smallSchool(*ours);
    QVERIFY(AgreementStore(*ours).issuePupils(ThisYear));
    auto theirs = TestVault::create(u"Another Primary School"_s);
    const School t = smallSchool(*theirs);
    QVERIFY(AgreementStore(*theirs).issuePupils(ThisYear));
    const QString theirCode = agreementOf(*theirs, t.aled).code;

    const QString before = agreementRows(*ours);
    const auto refused = AgreementStore(*ours).recordReturn(theirCode, ThisYear, signedBy(true, true));
    QVERIFY(!refused);
    QCOMPARE(refused.error(), u"This code is from another school's Lanyard."_s);
    QCOMPARE(agreementRows(*ours), before);
}

void TestAgreementStore::refusesFormReturnedTwice()
{
    auto vault = TestVault::create();
    const School s = smallSchool(*vault);
    AgreementStore store(*vault);
    QVERIFY(store.issuePupils(ThisYear));
    const QString code = agreementOf(*vault, s.aled).code;
    AgreementReturn back = signedBy(true, true);
    back.returnedOn = std::min(QDate::currentDate(), ThisYear.firstDay().addDays(11));
    QVERIFY(store.recordReturn(code, ThisYear, back));
    const QString before = agreementRows(*vault);
    const auto refused = store.recordReturn(code, ThisYear, signedBy(true, true));
    QVERIFY(!refused);
    QCOMPARE(refused.error(), u"This form (Aled Jones, 3B) was already recorded as returned on %1."_s.arg(
                                  back.returnedOn.toString(u"dd/MM/yyyy"_s)));
    QCOMPARE(agreementRows(*vault), before);
}

void TestAgreementStore::refusesNothingTicked()
{
    auto vault = TestVault::create();
    const School s = smallSchool(*vault);
    AgreementStore store(*vault);
    QVERIFY(store.issuePupils(ThisYear));
    const auto refused = store.recordReturn(agreementOf(*vault, s.mali).code, ThisYear, {});
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"tick who signed"_s), qPrintable(refused.error()));
    QCOMPARE(agreementOf(*vault, s.mali).state, AgreementState::Issued);
}

void TestAgreementStore::coverageByFormAndYearGroup()
{
    auto vault = TestVault::create();
    const School s = smallSchool(*vault);
    AgreementStore store(*vault);
    QVERIFY(store.issuePupils(ThisYear));
    AgreementReturn declined;
    declined.declined = true;
    QVERIFY(store.recordReturn(agreementOf(*vault, s.aled).code, ThisYear, signedBy(true, true)));
    QVERIFY(store.recordReturn(agreementOf(*vault, s.nia).code, ThisYear, signedBy(false, true)));
    QVERIFY(store.recordReturn(agreementOf(*vault, s.osian).code, ThisYear, declined));

    const auto byForm = store.coverageByForm(ThisYear);
    QVERIFY2(byForm, qPrintable(byForm.error()));
    const QList<AgreementCoverage>& forms = *byForm;
    QCOMPARE(forms.size(), 3);
    QCOMPARE(forms[0].formName, u"1A"_s);
    QCOMPARE(forms[0].issued, 1);
    QCOMPARE(forms[0].outstanding(), 1);
    QCOMPARE(forms[0].percentReturned(), 0.0);
    const AgreementCoverage b = forms[1];
    QCOMPARE(b.formName, u"3B"_s);
    QCOMPARE(b.yearGroup, year(3));
    QCOMPARE(b.issued, 3);
    QCOMPARE(b.complete, 1);
    QCOMPARE(b.partly, 1);
    QCOMPARE(b.declined, 0);
    QCOMPARE(b.outstanding(), 2);
    QCOMPARE(forms[2].formName, u"3C"_s);
    QCOMPARE(forms[2].declined, 1);
    QCOMPARE(forms[2].percentReturned(), 100.0);

    const auto byYearGroup = store.coverageByYearGroup(ThisYear);
    QVERIFY2(byYearGroup, qPrintable(byYearGroup.error()));
    const QList<AgreementCoverage>& years = *byYearGroup;
    QCOMPARE(years.size(), 2);
    QCOMPARE(years[1].yearGroup, year(3));
    QVERIFY(years[1].formName.isEmpty());
    QCOMPARE(years[1].issued, 4);
    QCOMPARE(years[1].complete, 1);
    QCOMPARE(years[1].declined, 1);
    QCOMPARE(years[1].percentReturned(), 50.0);
    QVERIFY(store.coverageByYearGroup(LastYear)->isEmpty());
}

void TestAgreementStore::leaversDropOutOfTheYearInProgress()
{
    auto vault = TestVault::create();
    const School s = smallSchool(*vault);
    AgreementStore store(*vault);
    QVERIFY(store.issuePupils(ThisYear));
    auto cai = PupilStore(*vault).find(s.cai);
    QVERIFY2(cai, qPrintable(cai.error()));
    cai->status = Pupil::Status::Left;
    cai->leftOn = QDate::currentDate().addDays(-1);
    QVERIFY(PupilStore(*vault).save(*cai));

    const QList<Agreement> listed = pupilAgreements(*vault);
    QCOMPARE(listed.size(), 4);
    QVERIFY(
        std::none_of(listed.cbegin(), listed.cend(), [&](const Agreement& a) { return a.pupilId == s.cai; }));
    QCOMPARE(store.coverageByForm(ThisYear)->at(1).issued, 2);
    QCOMPARE(store.issuePupils(ThisYear)->issued, 0); // nor is a new one made for them
}

void TestAgreementStore::staffSignAtInduction()
{
    auto vault = TestVault::create();
    const qint64 teacher = addStaff(*vault, u"Ffion"_s, u"Evans"_s, StaffCategory::Teaching);
    const qint64 volunteer = addStaff(*vault, u"Gareth"_s, u"Price"_s, StaffCategory::Volunteer);
    AgreementStore store(*vault);
    const QDate signedOn = ThisYear.firstDay();
    const auto agreement = store.recordStaffSigned(teacher, ThisYear, signedOn);
    QVERIFY2(agreement, qPrintable(agreement.error()));
    QCOMPARE(agreement->state, AgreementState::Complete);
    QCOMPARE(agreement->audience, AupAudience::Staff);
    QCOMPARE(agreement->signers, AupSigners::Self);
    QCOMPARE(agreement->returnedOn, signedOn);
    QCOMPARE(agreement->staffId, teacher);
    QCOMPARE(agreement->personName(), u"Ffion Evans"_s);
    QCOMPARE(store.recordStaffSigned(volunteer, ThisYear, signedOn)->audience, AupAudience::Visitor);

    const auto twice = store.recordStaffSigned(teacher, ThisYear, signedOn);
    QVERIFY(!twice);
    QCOMPARE(twice.error(), u"Ffion Evans already signed the agreement for %1, on %2."_s.arg(
                                ThisYear.name(), signedOn.toString(u"dd/MM/yyyy"_s)));
    const auto ahead = store.recordStaffSigned(teacher, ThisYear.next(), QDate::currentDate().addDays(1));
    QVERIFY(!ahead);
    QVERIFY2(ahead.error().contains(u"today or earlier"_s), qPrintable(ahead.error()));
    // Staff agreements are not pupils' forms.
    QVERIFY(pupilAgreements(*vault).isEmpty());
    QVERIFY(store.coverageByForm(ThisYear)->isEmpty());
}

void TestAgreementStore::staffStatusListsCurrentStaff()
{
    auto vault = TestVault::create();
    const qint64 evans = addStaff(*vault, u"Ffion"_s, u"Evans"_s, StaffCategory::Teaching);
    addStaff(*vault, u"Aled"_s, u"Bowen"_s, StaffCategory::Support);
    StaffMember leaver{0, {}, u"Huw"_s, u"Cole"_s, {}, StaffCategory::Teaching, {}, {}, QDate(2020, 7, 20)};
    QVERIFY(StaffStore(*vault).save(leaver));
    AgreementStore store(*vault);
    QVERIFY(store.recordStaffSigned(evans, ThisYear, ThisYear.firstDay()));
    QVERIFY(store.recordStaffSigned(evans, LastYear, LastYear.firstDay()));

    const auto statuses = store.staffStatus(ThisYear);
    QVERIFY2(statuses, qPrintable(statuses.error()));
    const QList<StaffAupStatus>& status = *statuses;
    QCOMPARE(status.size(), 2);
    QCOMPARE(status[0].name, u"Aled Bowen"_s);
    QVERIFY(!status[0].signedAgreement);
    QCOMPARE(status[0].category, u"Support staff"_s);
    QCOMPARE(status[1].staffId, evans);
    QVERIFY(status[1].signedAgreement);
    QCOMPARE(status[1].signedAgreement->returnedOn, ThisYear.firstDay());
    QCOMPARE(status[1].signedAgreement->year, ThisYear);
}

void TestAgreementStore::roleWithoutWritePeopleChangesNothing()
{
    auto vault = TestVault::create();
    const School s = smallSchool(*vault);
    const qint64 teacher = addStaff(*vault, u"Ffion"_s, u"Evans"_s, StaffCategory::Teaching);
    QVERIFY(AgreementStore(*vault).issuePupils(ThisYear));
    const QString code = agreementOf(*vault, s.aled).code;
    const qint64 joiner = addPupil(*vault, u"Tomos"_s, u"Vaughan"_s, 3, s.form3B);
    const QString before = agreementRows(*vault);

    for (Role role : {Role::Head, Role::It}) {
        auto session = vault->signInAs(Roles::code(role), role);
        AgreementStore store(*session);
        const QString refusal = Roles::refusal(role, Permission::WritePeople);
        const auto issued = store.issuePupils(ThisYear);
        QVERIFY(!issued);
        QCOMPARE(issued.error(), refusal);
        const auto returned = store.recordReturn(code, ThisYear, signedBy(true, true));
        QVERIFY(!returned);
        QCOMPARE(returned.error(), refusal);
        const auto staffSigned = store.recordStaffSigned(teacher, ThisYear, QDate::currentDate());
        QVERIFY(!staffSigned);
        QCOMPARE(staffSigned.error(), refusal);
        QString error;
        AupTemplate templ = AgreementStore::defaultTemplate(AupAudience::Staff);
        templ.year = ThisYear;
        QVERIFY(!store.saveTemplate(templ, &error));
        QCOMPARE(error, refusal);
        QVERIFY(!store.setRules(ThisYear, AgreementStore::defaultRules(), &error));
        QCOMPARE(error, refusal);
        // Reading the year's texts shows them without saving anything.
        if (role == Role::Head)
            QCOMPARE(store.currentTemplate(ThisYear.next(), AupAudience::Staff)->id, 0);
    }
    QCOMPARE(agreementRows(*vault), before);
    QCOMPARE(agreementOf(*vault, joiner).id, 0);
}

void TestAgreementStore::auditTrailStaysWhole()
{
    auto vault = TestVault::create();
    const School s = smallSchool(*vault);
    const qint64 teacher = addStaff(*vault, u"Ffion"_s, u"Evans"_s, StaffCategory::Teaching);
    AgreementStore store(*vault);
    QVERIFY(store.setRules(ThisYear, AgreementStore::defaultRules()));
    QVERIFY(store.issuePupils(ThisYear));
    auto templ = store.currentTemplate(ThisYear, AupAudience::PupilKs2);
    templ->title = u"Using computers at school"_s;
    QVERIFY(store.saveTemplate(*templ));
    QVERIFY(store.recordReturn(agreementOf(*vault, s.aled).code, ThisYear, signedBy(true, false)));
    QVERIFY(store.recordStaffSigned(teacher, ThisYear, QDate::currentDate()));
    QVERIFY(PupilStore(*vault).remove(s.nia));
    QVERIFY(StaffStore(*vault).remove(teacher));

    const AuditLog::Verdict verdict = AuditLog::verify(vault->vault().database());
    QVERIFY2(verdict.ok, qPrintable(verdict.problem));
    // Each agreement has its own entry, and a change behind Lanyard's back shows.
    AuditLog::Filter filter;
    filter.entity = u"aup_agreements"_s;
    filter.limit = 0;
    QCOMPARE(AuditLog(*vault).list(filter)->size(), 5 + 1 + 1 + 1 + 1);
    QSqlQuery q(vault->vault().database());
    QVERIFY(q.exec(u"UPDATE aup_agreements SET state = 'complete' WHERE pupil_id = %1"_s.arg(s.cai)));
    const AuditLog::Verdict tampered = AuditLog::verify(vault->vault().database());
    QVERIFY(!tampered.ok);
    QCOMPARE(tampered.entity, u"aup_agreements"_s);
}

QTEST_GUILESS_MAIN(TestAgreementStore)
#include "tst_agreementstore.moc"
