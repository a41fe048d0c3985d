#include "AupReports.h"
#include "CliRunner.h"
#include "TestVault.h"
#include "demo/DemoSchool.h"
#include "records/AgreementStore.h"
#include "records/FormStore.h"
#include "records/SchoolStore.h"
#include "records/StaffStore.h"

#include <poppler-qt6.h>

#include <QBuffer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const AcademicYear Year = AcademicYear::containing(QDate::currentDate());

struct Pdf
{
    std::unique_ptr<Poppler::Document> document;
    QStringList pages; // each page's text

    explicit Pdf(const QByteArray& bytes)
        : document(Poppler::Document::loadFromData(bytes))
    {
        if (!document)
            return;
        for (int i = 0; i < document->numPages(); ++i)
            pages.append(document->page(i)->text(QRectF()).normalized(QString::NormalizationForm_KC));
    }
    QString all() const { return pages.join(u'\n'); }
};

std::unique_ptr<TestVault> issuedDemoSchool(int pupils)
{
    auto vault = TestVault::create(u"Ysgol Gynradd Llŷr"_s);
    DemoOptions options;
    options.pupils = pupils;
    QString error;
    if (!DemoSchool::populate(*vault, options, &error))
        qFatal("demo school: %s", qPrintable(error));
    const auto issued = AgreementStore(*vault).issuePupils(Year);
    if (!issued)
        qFatal("demo school: %s", qPrintable(issued.error()));
    return vault;
}

Result<QList<Agreement>> pupilAgreements(Vault& vault, bool outstandingOnly = false)
{
    AgreementFilter filter;
    filter.year = Year;
    filter.outstandingOnly = outstandingOnly;
    return AgreementStore(vault).list(filter);
}

QByteArray pdfOf(std::optional<ReportDocument> doc)
{
    if (!doc)
        return {};
    QString error;
    const QByteArray pdf = doc->toPdf(&error);
    if (pdf.isEmpty())
        qWarning("%s", qPrintable(error));
    return pdf;
}

} // namespace

class TestAupReports final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void packHasEachPupilOnTheirOwnFormInFormOrder();
    void packForOneFormHoldsOnlyThatForm();
    void qrCodeDecodesToTheAgreementCode();
    void chaseListLosesExactlyTheReturnedForms();
    void staffSigningSheetListsCurrentStaff();
    void cliWritesThePackAndRefusesAnUnknownForm();
    void headerCarriesTheSchoolsLogo();
};

void TestAupReports::packHasEachPupilOnTheirOwnFormInFormOrder()
{
    auto vault = issuedDemoSchool(120);
    const auto read = pupilAgreements(*vault);
    QVERIFY2(read, qPrintable(read.error()));
    const QList<Agreement>& agreements = *read;
    QVERIFY(agreements.size() > 60);
    QString error;
    const Pdf pdf(pdfOf(AupReports::pack(*vault, {Year, 0}, &error)));
    QVERIFY2(!pdf.pages.isEmpty(), qPrintable(error));

    // A form's first page carries its code; the class signing sheets carry every code of the form.
    QStringList order;
    QSet<QString> sheets;
    for (const QString& page : pdf.pages) {
        if (page.contains(u"Class signing sheet: "_s)) {
            sheets.insert(page.section(u"Class signing sheet: "_s, 1).section(u'\n', 0, 0).trimmed());
            continue;
        }
        for (const Agreement& agreement : agreements)
            if (page.contains(agreement.code)) {
                QVERIFY2(page.contains(agreement.personName()), qPrintable(agreement.personName()));
                QVERIFY(page.contains(agreement.formName));
                QVERIFY(page.contains(agreement.yearGroup.displayName()));
                order.append(agreement.code);
            }
        // Each form is one page: the signatures come back on the sheet that names the pupil.
        if (page.contains(u"Parent or carer's name"_s))
            QVERIFY(std::any_of(agreements.cbegin(), agreements.cend(),
                                [&](const Agreement& a) { return page.contains(a.code); }));
    }
    QStringList expected;
    QSet<QString> forms;
    for (const Agreement& agreement : agreements) {
        expected.append(agreement.code);
        forms.insert(agreement.formName);
    }
    QCOMPARE(order, expected); // one form each, by form then surname, nobody twice
    QCOMPARE(sheets, forms);   // a signing sheet per form
    QVERIFY(!pdf.all().contains(u"Nursery"_s));
    QVERIFY(!pdf.all().contains(u"Reception"_s));
    QVERIFY(pdf.pages.constLast().contains(u"Page %1 of %1"_s.arg(pdf.pages.size())));
}

void TestAupReports::packForOneFormHoldsOnlyThatForm()
{
    auto vault = issuedDemoSchool(120);
    const auto read = pupilAgreements(*vault);
    QVERIFY2(read, qPrintable(read.error()));
    const QList<Agreement>& agreements = *read;
    QVERIFY(!agreements.isEmpty());
    const QString formName = agreements.constLast().formName;
    const auto form = FormStore(*vault).findByName(formName);
    QVERIFY2(form, qPrintable(form.error()));
    const QString text = Pdf(pdfOf(AupReports::pack(*vault, {Year, form->id}))).all();
    for (const Agreement& agreement : agreements)
        QCOMPARE(text.contains(agreement.code), agreement.formName == formName);
}

void TestAupReports::qrCodeDecodesToTheAgreementCode()
{
    const QString zbarimg = QStandardPaths::findExecutable(u"zbarimg"_s);
    if (zbarimg.isEmpty())
        QFAIL("zbarimg is missing: install zbar-tools (.ci/install-deps does)");
    auto vault = issuedDemoSchool(60);
    const auto read = pupilAgreements(*vault);
    QVERIFY2(read, qPrintable(read.error()));
    const QList<Agreement>& agreements = *read;
    const Pdf pdf(pdfOf(AupReports::pack(*vault, {Year, 0})));
    QTemporaryDir dir;
    int checked = 0;
    for (int i = 0; i < pdf.pages.size() && checked < 3; ++i) {
        if (pdf.pages[i].contains(u"Class signing sheet"_s))
            continue;
        const QImage image = pdf.document->page(i)->renderToImage(200, 200);
        const QString png = dir.filePath(u"page%1.png"_s.arg(i));
        QVERIFY(image.save(png));
        QProcess zbar;
        zbar.start(zbarimg, {u"--quiet"_s, u"--raw"_s, png});
        QVERIFY(zbar.waitForFinished(30000));
        const QString decoded = QString::fromUtf8(zbar.readAllStandardOutput()).trimmed();
        const auto own = std::find_if(agreements.cbegin(), agreements.cend(),
                                      [&](const Agreement& a) { return pdf.pages[i].contains(a.code); });
        QVERIFY(own != agreements.cend());
        QCOMPARE(decoded, own->code);
        ++checked;
    }
    QCOMPARE(checked, 3);
}

void TestAupReports::chaseListLosesExactlyTheReturnedForms()
{
    auto vault = issuedDemoSchool(90);
    const auto read = pupilAgreements(*vault);
    QVERIFY2(read, qPrintable(read.error()));
    const QList<Agreement>& agreements = *read;
    QVERIFY(agreements.size() > 30);
    AgreementStore store(*vault);
    const QList<Agreement> returned{agreements[0], agreements[7], agreements[20]};
    for (const Agreement& agreement : returned) {
        const auto back =
            store.recordReturn(agreement.code, Year, {true, true, false, {}, QDate::currentDate()});
        QVERIFY2(back, qPrintable(back.error()));
    }
    const Agreement& partly = agreements[30];
    const auto partlyBack =
        store.recordReturn(partly.code, Year, {true, false, false, {}, QDate::currentDate()});
    QVERIFY2(partlyBack, qPrintable(partlyBack.error()));

    QString error;
    const Pdf pdf(pdfOf(AupReports::chaseList(*vault, Year, 0, &error)));
    QVERIFY2(!pdf.pages.isEmpty(), qPrintable(error));
    const QString text = pdf.all();
    for (const Agreement& agreement : agreements) {
        const bool back = std::any_of(returned.cbegin(), returned.cend(),
                                      [&](const Agreement& r) { return r.code == agreement.code; });
        QVERIFY2(text.contains(agreement.code) != back, qPrintable(agreement.code));
    }
    const QString partlyPage = *std::find_if(pdf.pages.cbegin() + 1, pdf.pages.cend(),
                                             [&](const QString& page) { return page.contains(partly.code); });
    QVERIFY(partlyPage.contains(u"Parent's signature"_s));
    QVERIFY(text.contains(u"outstanding on %1: %2."_s.arg(QDate::currentDate().toString(u"dd/MM/yyyy"_s))
                              .arg(agreements.size() - 3)));
}

void TestAupReports::staffSigningSheetListsCurrentStaff()
{
    auto vault = issuedDemoSchool(30);
    const auto read = StaffStore(*vault).list();
    QVERIFY2(read, qPrintable(read.error()));
    const QList<StaffMember>& staff = *read;
    QVERIFY(!staff.isEmpty());
    const auto signedUp =
        AgreementStore(*vault).recordStaffSigned(staff.first().id, Year, QDate(Year.startYear(), 9, 2));
    QVERIFY2(signedUp, qPrintable(signedUp.error()));
    QString error;
    const QString text = Pdf(pdfOf(AupReports::staffAup(*vault, Year, &error))).all();
    QVERIFY2(!text.isEmpty(), qPrintable(error));
    for (const StaffMember& member : staff)
        QVERIFY2(text.contains(member.fullName()), qPrintable(member.fullName()));
    QVERIFY(text.contains(u"02/09/%1"_s.arg(Year.startYear())));
    QVERIFY(text.contains(u"1 of %1 have signed"_s.arg(staff.size())));
    QVERIFY(text.contains(AgreementStore::defaultTemplate(AupAudience::Staff).title));
}

void TestAupReports::cliWritesThePackAndRefusesAnUnknownForm()
{
    auto vault = issuedDemoSchool(60);
    const auto agreements = pupilAgreements(*vault);
    QVERIFY2(agreements, qPrintable(agreements.error()));
    QVERIFY(!agreements->isEmpty());
    const QString formName = agreements->constFirst().formName;
    const QString path = vault->path();
    vault->close();
    const QString pdfPath = QDir(vault->folder()).filePath(u"pack.pdf"_s);
    const QMap<QString, QString> as{{u"LANYARD_USER"_s, TestVault::UserName},
                                    {u"LANYARD_PASSPHRASE"_s, QString::fromUtf8(TestVault::Passphrase)}};
    const Run run = runCli(
        {u"report"_s, u"aup-pack"_s, path, u"-o"_s, pdfPath, u"--form"_s, formName, u"--year"_s, Year.name()},
        as);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.contains(u"personal data"_s));
    QFile file(pdfPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Pdf pdf(file.readAll());
    QVERIFY(pdf.all().contains(u"Class signing sheet: "_s + formName));

    const Run unknown =
        runCli({u"report"_s, u"aup-pack"_s, path, u"-o"_s, pdfPath, u"--form"_s, u"9Z"_s}, as);
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.err.contains(u"9Z"_s));
}

void TestAupReports::headerCarriesTheSchoolsLogo()
{
    auto vault = issuedDemoSchool(30);
    // The page's top-left corner, where the logo goes: how much of it is the logo's red.
    const auto redInHeader = [&] {
        const Pdf pdf(pdfOf(AupReports::chaseList(*vault, Year)));
        const QImage page = pdf.document->page(0)->renderToImage(72, 72);
        const QImage corner = page.copy(0, 0, page.width() / 4, page.height() / 10);
        int red = 0;
        for (int y = 0; y < corner.height(); ++y)
            for (int x = 0; x < corner.width(); ++x)
                red += corner.pixelColor(x, y).red() > 200 && corner.pixelColor(x, y).green() < 60;
        return red;
    };
    QCOMPARE(redInHeader(), 0);
    QImage logo(120, 120, QImage::Format_RGB32);
    logo.fill(Qt::red);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(logo.save(&buffer, "PNG"));
    QString error;
    QVERIFY2(SchoolStore(*vault).setLogo(png, &error), qPrintable(error));
    QVERIFY(redInHeader() > 20);
    QVERIFY(SchoolStore(*vault).setLogo({}, &error));
    QCOMPARE(redInHeader(), 0);
}

QTEST_MAIN(TestAupReports)
#include "tst_aupreports.moc"
