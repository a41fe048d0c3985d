// A 600-page AUP pack through ReportDocument (lay out, then paint with the page frame, lines, boxes
// and a QR code on every page) against a bare QPainter loop drawing the same text, unmeasured, on
// as many pages. The layer's budget is 1.5 times the bare loop.
#include "BenchUtil.h"
#include "ReportDocument.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace {

constexpr int Pages = 600;

struct Form
{
    QString name, form, code;
};

const QString Title = u"Acceptable use agreement 2026/27"_s;
const QString Heading = u"Our agreement for using computers, tablets and the internet at school"_s;
const QString Rules =
    u"These rules help us to stay safe and to be kind online. Please read them with your child and "
    "talk about them together before you both sign.\n"
    "- I ask a teacher or a trusted adult before I use the internet\n"
    "- I only use my own login, and I keep my password to myself\n"
    "- I only open messages and attachments from people I know and trust\n"
    "- I am kind and polite online, as I would be face to face\n"
    "- I tell a trusted adult straight away if I see something that upsets or worries me\n"
    "- I never share my address, phone number or photographs without asking an adult\n"
    "- I look after the school's computers and tablets and tell an adult if one is damaged\n"
    "- I understand that the school can check what I do on its computers to keep me safe"_s;

QList<Form> forms()
{
    const QStringList first{u"Llŷr"_s, u"Siân"_s, u"Zoë"_s, u"Aoife"_s, u"Amara"_s, u"Oliver"_s};
    const QStringList last{u"Huws"_s, u"Prys"_s, u"Brontë"_s, u"Ó Súilleabháin"_s, u"Okafor"_s, u"Smith"_s};
    QList<Form> all;
    for (int i = 0; i < Pages; ++i)
        all.append({first[i % first.size()] + u' ' + last[(i / 6) % last.size()],
                    u"%1%2"_s.arg(3 + i / 120).arg(QChar(u'A' + (i / 30) % 4)),
                    u"LNY-AUP-2026-%1"_s.arg(i + 1, 6, 10, QChar(u'0'))});
    return all;
}

bool reportDocument(const QList<Form>& all, QByteArray& pdf)
{
    ReportDocument doc({u"Ysgol Gynradd Llŷr"_s, Title, u"OFFICIAL-SENSITIVE"_s});
    for (const Form& f : all) {
        doc.cornerQrCode(f.code);
        doc.heading(Heading);
        doc.fields({{u"Name"_s, f.name}, {u"Form"_s, f.form}, {u"Year"_s, u"Year 4"_s}});
        doc.paragraph(Rules);
        doc.heading(u"Pupil"_s, 2);
        doc.tickBoxes({u"I agree"_s, u"I do not agree"_s});
        doc.signatureLines({u"Pupil's signature or mark"_s, u"Date"_s}, {3, 1});
        doc.heading(u"Parent or carer"_s, 2);
        doc.signatureLines({u"Name"_s, u"Signature"_s, u"Date"_s}, {2, 2, 1});
    }
    pdf = doc.toPdf();
    return doc.pageCount() == Pages && !pdf.isEmpty();
}

// The same strings at fixed places: no measuring, no lines, no boxes, no QR code.
bool bareLoop(const QList<Form>& all, QByteArray& pdf)
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
    const QStringList lines = Rules.split(u'\n');
    const auto text = [&](const QFont& font, qreal x, qreal y, const QString& s) {
        painter.setFont(font);
        painter.drawText(QRectF(x, y, 1700, 400), Qt::TextWordWrap, s);
    };
    for (qsizetype page = 0; page < all.size(); ++page) {
        if (page > 0)
            writer.newPage();
        const Form& f = all[page];
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
        text(body, 800, 3050, u"Page %1 of %2"_s.arg(page + 1).arg(all.size()));
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
    const QList<Form> all = forms();
    QByteArray bare, report;
    const auto timings =
        Bench::medianOfRuns(5, {{u"bare QPainter loop"_s, [&] { return bareLoop(all, bare); }},
                                {u"ReportDocument"_s, [&] { return reportDocument(all, report); }}});
    if (!timings) {
        Bench::err() << "a run failed\n";
        return 1;
    }
    for (const Bench::Timing& t : *timings)
        Bench::out() << t.name << ": " << t.median << " s for " << Pages << " pages\n";
    Bench::out() << "ratio: " << timings->at(1).median / timings->at(0).median << " (budget 1.5)\n";
    return 0;
}
