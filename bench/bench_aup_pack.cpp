// The Michaelmas AUP pack for a generated school with 600 pupils from Year 1 up (AupReports::pack:
// a form per pupil, with the page frame, lines, boxes and a QR code, and a signing sheet per class)
// against a bare QPainter loop drawing the same pupils' text, unmeasured, on as many pages. The
// budget is 1.5 times the bare loop.
#include "AupReports.h"
#include "BenchUtil.h"
#include "demo/DemoSchool.h"
#include "records/AgreementStore.h"
#include "storage/Vault.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

struct Form
{
    QString name, form, code;
};

const QString Title = u"Acceptable use agreements 2026/27"_s;

// The same strings at fixed places: no measuring, no lines, no boxes, no QR code.
bool bareLoop(const QList<Form>& all, int pages, QByteArray& pdf)
{
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    writer.setResolution(300);
    QPainter painter(&writer);
    QFont body(u"DejaVu Sans"_s);
    body.setPixelSize(44);
    QFont bold = body;
    bold.setBold(true);
    const AupTemplate ks2 = AgreementStore::defaultTemplate(AupAudience::PupilKs2);
    const QString& Heading = ks2.title;
    const QStringList lines = ks2.body.split(u'\n');
    const auto text = [&](const QFont& font, qreal x, qreal y, const QString& s) {
        painter.setFont(font);
        painter.drawText(QRectF(x, y, 1700, 400), Qt::TextWordWrap, s);
    };
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        const Form& f = all[page % all.size()];
        text(bold, 0, 0, u"Ysgol Gynradd Llŷr"_s);
        text(body, 1200, 0, Title);
        text(body, 1700, 250, f.code);
        text(bold, 0, 250, Heading);
        const QStringList labels{u"Name"_s, u"Form"_s, u"Year"_s};
        const QStringList values{f.name, f.form, u"Year 4"_s};
        for (int i = 0; i < 3; ++i) {
            text(body, i * 550, 420, labels[i]);
            text(body, i * 550, 470, values[i]);
        }
        for (qsizetype i = 0; i < lines.size(); ++i)
            text(body, 70, 600 + i * 110, lines[i].mid(lines[i].startsWith(u'-') ? 2 : 0));
        text(bold, 0, 1700, u"Pupil"_s);
        text(body, 0, 1800, u"I agree"_s);
        text(body, 400, 1800, u"I do not agree"_s);
        text(body, 0, 2000, u"Pupil's signature or mark"_s);
        text(body, 1500, 2000, u"Date"_s);
        text(bold, 0, 2150, u"Parent or carer"_s);
        text(body, 0, 2400, u"Name"_s);
        text(body, 700, 2400, u"Signature"_s);
        text(body, 1500, 2400, u"Date"_s);
        text(body, 0, 3050, u"Made 8 September 2026, 08:45"_s);
        text(body, 800, 3050, u"Page %1 of %2"_s.arg(page + 1).arg(pages));
        text(bold, 1500, 3050, u"OFFICIAL-SENSITIVE"_s);
    }
    return painter.end();
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    VaultError vaultError;
    auto vault = Vault::create(dir.filePath(u"bench.lanyard"_s),
                               {u"Ysgol Gynradd Llŷr"_s, u"bench"_s, {}, KdfLimits::minimum()},
                               "benchmark passphrase", nullptr, &vaultError);
    QString error;
    DemoOptions options;
    options.pupils = 800; // three in four are in Years 1 to 6
    const AcademicYear year = AcademicYear::containing(options.today);
    if (!vault || !DemoSchool::populate(*vault, options, &error)) {
        Bench::err() << "setup failed: " << vaultError.message << error << '\n';
        return 1;
    }
    if (const auto issued = AgreementStore(*vault).issuePupils(year); !issued) {
        Bench::err() << "setup failed: " << issued.error() << '\n';
        return 1;
    }
    AgreementFilter filter;
    filter.year = year;
    const auto agreements = AgreementStore(*vault).list(filter);
    if (!agreements) {
        Bench::err() << "setup failed: " << agreements.error() << '\n';
        return 1;
    }
    QList<Form> all;
    for (const Agreement& a : *agreements)
        all.append({a.personName(), a.formName, a.code});

    const std::optional<ReportDocument> first = AupReports::pack(*vault, {year, 0}, &error);
    const int pages = first ? first->pageCount() : 0;
    QByteArray bare, report;
    const auto timings = Bench::medianOfRuns(
        5, {{u"bare QPainter loop"_s, [&] { return bareLoop(all, pages, bare); }},
            {u"AupReports::pack"_s, [&] {
                 std::optional<ReportDocument> doc = AupReports::pack(*vault, {year, 0}, &error);
                 report = doc ? doc->toPdf(&error) : QByteArray();
                 return !report.isEmpty();
             }}});
    if (!timings) {
        Bench::err() << "a run failed: " << error << '\n';
        return 1;
    }
    Bench::out() << all.size() << " pupils' forms, " << pages << " pages\n";
    for (const Bench::Timing& t : *timings)
        Bench::out() << t.name << ": " << t.median << " s\n";
    Bench::out() << "ratio: " << timings->at(1).median / timings->at(0).median << " (budget 1.5)\n";
    return 0;
}
