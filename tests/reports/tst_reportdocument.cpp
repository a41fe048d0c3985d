#include "ReportDocument.h"

#include <poppler-qt6.h>

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

PageFrameInfo frameFor(const QString& school = u"Ysgol Gynradd Llŷr"_s)
{
    return {school, u"Class signing sheet"_s, u"OFFICIAL-SENSITIVE"_s,
            QDateTime(QDate(2026, 9, 8), QTime(8, 45))};
}

QString pageText(const Poppler::Document& pdf, int index)
{
    return pdf.page(index)->text(QRectF());
}

QString allText(const Poppler::Document& pdf)
{
    QString text;
    for (int i = 0; i < pdf.numPages(); ++i)
        text += pageText(pdf, i) + u'\n';
    return text;
}

QString pupilName(int number)
{
    return u"Pupil %1 Surname"_s.arg(number, 3, 10, QChar(u'0'));
}

QString filler(int number)
{
    return u"Filler line %1"_s.arg(number);
}

// How many one-line paragraphs fit on a page, so a test can leave a little room at its foot.
int fillerLinesPerPage()
{
    ReportDocument doc(frameFor());
    int lines = 0;
    while (doc.pageCount() == 1)
        doc.paragraph(filler(++lines));
    return lines - 1;
}

QList<ReportColumn> signingColumns()
{
    return {{u"Pupil"_s, 3},
            {u"Pupil signed"_s, 1.2, Qt::AlignHCenter, true},
            {u"Parent signed"_s, 1.2, Qt::AlignHCenter, true},
            {u"Date returned"_s, 1.6}};
}

constexpr char NoZbarimg[] =
    "zbarimg is not installed: install zbar-tools (see .ci/install-deps) to check QR codes.";

QString zbarimg()
{
    return QStandardPaths::findExecutable(u"zbarimg"_s);
}

// What zbarimg reads from the page drawn as a 200 dpi image, as a phone or scanner would see it.
QString scanQrCode(const Poppler::Document& pdf, int index)
{
    QTemporaryDir dir;
    const QString png = dir.filePath(u"page.png"_s);
    if (!pdf.page(index)->renderToImage(200, 200).save(png))
        return u"(could not save the rendered page)"_s;
    QProcess zbar;
    zbar.start(zbarimg(), {u"--quiet"_s, u"--raw"_s, png});
    if (!zbar.waitForFinished(30000))
        return u"(zbarimg did not finish)"_s;
    return QString::fromUtf8(zbar.readAllStandardOutput()).trimmed();
}

} // namespace

class TestReportDocument final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void headingParagraphAndFieldsOnPageOne();
    void longTableSplitsAndRepeatsItsHeader();
    void tallerRowsLeaveRoomToSign();
    void footersCountThePagesWithoutBlankOnes();
    void keepTogetherMovesASignatureBlockWhole();
    void headingIsNotLeftAtTheFootOfAPage();
    void qrCodesScanBackToTheirPayload();
    void cornerQrCodeLeavesRoomForTheText();
    void refusesAQrCodeTooLongToPrint();
    void cancellingLeavesNoFile();
    void accentedNamesComeBackExactly();
    void longSchoolNameIsShortenedBesideTheTitle();
    void logoSitsLeftOfTheSchoolName();
    void reportsAFolderThatIsNotThere();
};

void TestReportDocument::headingParagraphAndFieldsOnPageOne()
{
    ReportDocument doc(frameFor());
    doc.heading(u"Acceptable use agreement 2026/27"_s);
    doc.fields({{u"Name"_s, u"Amara Okafor"_s}, {u"Form"_s, u"3B"_s}, {u"Year"_s, u"Year 3"_s}});
    doc.paragraph(u"When I use the school's computers and tablets:\n- I ask an adult before I go online\n"
                  "- I tell a trusted adult if something upsets me"_s);
    doc.tickBoxes({u"I agree"_s, u"I do not agree"_s});
    doc.signatureLines({u"Pupil's signature or mark"_s, u"Date"_s}, {3, 1});
    QCOMPARE(doc.pageCount(), 1);

    QString error;
    const std::unique_ptr<Poppler::Document> pdf = Poppler::Document::loadFromData(doc.toPdf(&error));
    QVERIFY2(pdf, qPrintable(error));
    QCOMPARE(pdf->numPages(), 1);
    QCOMPARE(pdf->title(), u"Class signing sheet"_s);
    const QString text = pageText(*pdf, 0);
    for (const QString& expected :
         {u"Acceptable use agreement 2026/27"_s, u"Name"_s, u"Amara Okafor"_s, u"3B"_s, u"Year 3"_s,
          u"When I use the school's computers and tablets:"_s, u"I ask an adult before I go online"_s,
          u"I tell a trusted adult if something upsets me"_s, u"I do not agree"_s,
          u"Pupil's signature or mark"_s, u"Page 1 of 1"_s, u"OFFICIAL-SENSITIVE"_s})
        QVERIFY2(text.contains(expected), qPrintable(u"%1 missing from:\n%2"_s.arg(expected, text)));
    // A bullet's text is not run into the line before it.
    QVERIFY(!text.contains(u"tablets: I ask"_s));
}

// A signing sheet's rows, 10 mm rather than 6.5, fit about two thirds as many to a page.
void TestReportDocument::tallerRowsLeaveRoomToSign()
{
    QList<QStringList> rows;
    for (int i = 1; i <= 40; ++i)
        rows.append({pupilName(i), {}, {}, {}});
    const auto rowsOnFirstPage = [&](qreal rowMm) {
        ReportDocument doc(frameFor());
        doc.table(signingColumns(), rows, rowMm);
        const std::unique_ptr<Poppler::Document> pdf = Poppler::Document::loadFromData(doc.toPdf());
        return int(pageText(*pdf, 0).count(u"Pupil "_s));
    };
    const int usual = rowsOnFirstPage(6.5);
    const int tall = rowsOnFirstPage(10);
    QVERIFY2(usual >= 30 && tall >= 20 && tall * 10 <= usual * 7,
             qPrintable(u"%1 %2"_s.arg(usual).arg(tall)));
}

void TestReportDocument::longTableSplitsAndRepeatsItsHeader()
{
    ReportDocument doc(frameFor());
    doc.heading(u"Form 3B: returns"_s);
    QList<QStringList> rows;
    for (int i = 1; i <= 120; ++i)
        rows.append({pupilName(i), {}, {}, {}});
    doc.table(signingColumns(), rows);

    const std::unique_ptr<Poppler::Document> pdf = Poppler::Document::loadFromData(doc.toPdf());
    QVERIFY(pdf);
    QVERIFY2(pdf->numPages() >= 3, qPrintable(QString::number(pdf->numPages())));
    QCOMPARE(doc.pageCount(), pdf->numPages());
    for (int page = 0; page < pdf->numPages(); ++page) {
        const QString text = pageText(*pdf, page);
        for (const QString& header : {u"Pupil signed"_s, u"Parent signed"_s, u"Date returned"_s})
            QVERIFY2(text.contains(header), qPrintable(u"page %1 lacks %2"_s.arg(page + 1).arg(header)));
    }
    const QString text = allText(*pdf);
    for (const QStringList& row : rows)
        QVERIFY2(text.count(row.first()) == 1, qPrintable(row.first()));
    // The table runs on in order: page 2 starts where page 1 stopped.
    const QString first = pageText(*pdf, 0);
    const QString second = pageText(*pdf, 1);
    QVERIFY(first.indexOf(pupilName(1)) < first.indexOf(pupilName(2)));
    const qsizetype lastOnFirst = first.lastIndexOf(u"Pupil "_s);
    const int lastNumber = first.mid(lastOnFirst + 6, 3).toInt();
    QVERIFY(second.contains(pupilName(lastNumber + 1)));
}

void TestReportDocument::footersCountThePagesWithoutBlankOnes()
{
    ReportDocument doc(frameFor());
    doc.paragraph(u"First page"_s);
    doc.pageBreak();
    doc.pageBreak(); // a second break on an empty page adds no blank page
    doc.paragraph(u"Second page"_s);
    doc.pageBreak();
    doc.paragraph(u"Third page"_s);
    doc.pageBreak(); // nor does a break at the very end

    const std::unique_ptr<Poppler::Document> pdf = Poppler::Document::loadFromData(doc.toPdf());
    QVERIFY(pdf);
    QCOMPARE(pdf->numPages(), 3);
    const QStringList bodies{u"First page"_s, u"Second page"_s, u"Third page"_s};
    for (int page = 0; page < 3; ++page) {
        const QString text = pageText(*pdf, page);
        QVERIFY2(text.contains(u"Page %1 of 3"_s.arg(page + 1)), qPrintable(text));
        QVERIFY(text.contains(bodies[page]));
        QVERIFY(text.contains(u"Made 8 September 2026, 08:45"_s));
    }
}

void TestReportDocument::keepTogetherMovesASignatureBlockWhole()
{
    const int fit = fillerLinesPerPage();
    ReportDocument doc(frameFor());
    for (int i = 1; i < fit; ++i) // room for about one more line
        doc.paragraph(filler(i));
    QCOMPARE(doc.pageCount(), 1);
    doc.beginKeepTogether();
    doc.paragraph(u"To be signed by a parent or carer"_s, ReportTextStyle::Strong);
    doc.signatureLines({u"Parent or carer's signature"_s, u"Date"_s}, {3, 1});
    doc.endKeepTogether();

    const std::unique_ptr<Poppler::Document> pdf = Poppler::Document::loadFromData(doc.toPdf());
    QVERIFY(pdf);
    QCOMPARE(pdf->numPages(), 2);
    const QString first = pageText(*pdf, 0);
    const QString second = pageText(*pdf, 1);
    QVERIFY(first.contains(filler(fit - 1)));
    QVERIFY(!first.contains(u"To be signed"_s));
    QVERIFY(second.contains(u"To be signed by a parent or carer"_s));
    QVERIFY(second.contains(u"Parent or carer's signature"_s));
}

void TestReportDocument::headingIsNotLeftAtTheFootOfAPage()
{
    const int fit = fillerLinesPerPage();
    ReportDocument doc(frameFor());
    for (int i = 1; i < fit - 1; ++i) // room for the heading, not for what follows it
        doc.paragraph(filler(i));
    doc.heading(u"Parents and carers"_s, 2);
    doc.paragraph(u"Please talk about these rules with your child."_s);

    const std::unique_ptr<Poppler::Document> pdf = Poppler::Document::loadFromData(doc.toPdf());
    QVERIFY(pdf);
    QCOMPARE(pdf->numPages(), 2);
    QVERIFY(pageText(*pdf, 0).contains(filler(fit - 2)));
    QVERIFY(!pageText(*pdf, 0).contains(u"Parents and carers"_s));
    QVERIFY(pageText(*pdf, 1).contains(u"Parents and carers"_s));
}

void TestReportDocument::qrCodesScanBackToTheirPayload()
{
    if (zbarimg().isEmpty())
        QFAIL(NoZbarimg);
    const QString inFlow = u"LNY-AUP-2026-3B-000042-K"_s;
    const QString inCorner = u"https://example.sch.uk/aup?c=Siân-Ó-Súilleabháin-7F3A"_s;
    ReportDocument doc(frameFor());
    doc.paragraph(u"Scan to record this return."_s);
    doc.qrCode(inFlow, u"Office use"_s);
    doc.cornerQrCode(inCorner); // on a page of its own: page 1 already has content
    doc.heading(u"Acceptable use agreement"_s);

    const std::unique_ptr<Poppler::Document> pdf = Poppler::Document::loadFromData(doc.toPdf());
    QVERIFY(pdf);
    QCOMPARE(pdf->numPages(), 2);
    QCOMPARE(scanQrCode(*pdf, 0), inFlow);
    QCOMPARE(scanQrCode(*pdf, 1), inCorner);
    // The code is printed in text too, for typing in when a scanner is not to hand.
    QVERIFY(pageText(*pdf, 0).contains(inFlow));
    QVERIFY(pageText(*pdf, 0).contains(u"Office use"_s));
    // Wrapped under the corner code, its lines padded out by Poppler's layout.
    QVERIFY(pageText(*pdf, 1).remove(u'\n').remove(u' ').contains(inCorner));
}

void TestReportDocument::cornerQrCodeLeavesRoomForTheText()
{
    if (zbarimg().isEmpty())
        QFAIL(NoZbarimg);
    const QString code = u"LNY-AUP-2026-5C-000107-Q"_s;
    ReportDocument doc(frameFor());
    doc.cornerQrCode(code);
    doc.heading(u"Our agreement for using computers, tablets and the internet at school"_s);
    doc.fields({{u"Name"_s, u"Gruffudd ap Llŷr Williams-Montgomery"_s}, {u"Form"_s, u"Oak"_s}});
    QString prose;
    for (int i = 0; i < 40; ++i)
        prose += u"I will look after the school's devices and use them kindly. "_s;
    doc.paragraph(prose);
    QCOMPARE(doc.pageCount(), 1);

    const std::unique_ptr<Poppler::Document> pdf = Poppler::Document::loadFromData(doc.toPdf());
    QVERIFY(pdf);
    const std::unique_ptr<Poppler::Page> page = pdf->page(0);
    QCOMPARE(scanQrCode(*pdf, 0), code);
    // The code's text sits under the code; nothing else may reach into the corner they take.
    const std::vector<std::unique_ptr<Poppler::TextBox>> boxes = page->textList();
    qreal cornerLeft = page->pageSizeF().width();
    qreal cornerBottom = 0;
    for (const auto& box : boxes) {
        if (!code.contains(box->text()) || box->boundingBox().top() > page->pageSizeF().height() / 3)
            continue;
        cornerLeft = std::min(cornerLeft, box->boundingBox().left());
        cornerBottom = std::max(cornerBottom, box->boundingBox().bottom());
    }
    QVERIFY(cornerBottom > 0);
    const qreal headerBottom = page->pageSizeF().height() * 0.1;
    int beside = 0;
    bool widerBelow = false;
    for (const auto& box : boxes) {
        const QRectF r = box->boundingBox();
        if (code.contains(box->text()) || r.top() < headerBottom)
            continue;
        if (r.top() > cornerBottom) {
            widerBelow = widerBelow || r.right() > cornerLeft;
            continue;
        }
        ++beside;
        QVERIFY2(r.right() < cornerLeft, qPrintable(box->text()));
    }
    QVERIFY(beside > 10); // the text did run beside the code
    QVERIFY(widerBelow);  // and takes the whole width below it
}

void TestReportDocument::refusesAQrCodeTooLongToPrint()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"pack.pdf"_s);
    ReportDocument doc(frameFor());
    doc.qrCode(QString(4000, u'x'), u"Too much"_s);
    QString error;
    QCOMPARE(doc.pageCount(&error), 0);
    QVERIFY(error.contains(u"QR code"_s));
    error.clear();
    QVERIFY(!doc.write(path, {}, &error));
    QVERIFY(error.contains(u"too long"_s));
    QVERIFY(!QFile::exists(path));
}

void TestReportDocument::cancellingLeavesNoFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"pack.pdf"_s);
    ReportDocument doc(frameFor());
    for (int i = 1; i <= 10; ++i) {
        doc.paragraph(u"Form %1"_s.arg(i));
        doc.pageBreak();
    }
    QList<std::pair<int, int>> calls;
    QString error;
    QVERIFY(!doc.write(
        path,
        [&](int done, int total) {
            calls.append({done, total});
            return done < 3;
        },
        &error));
    QVERIFY2(error.contains(u"cancelled"_s), qPrintable(error));
    QCOMPARE(calls, (QList<std::pair<int, int>>{{1, 10}, {2, 10}, {3, 10}}));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());

    // Run to the end, it saves; cancelled again, the file already there is kept as it was.
    calls.clear();
    const auto record = [&](int done, int total) {
        calls.append({done, total});
        return true;
    };
    QVERIFY2(doc.write(path, record, &error), qPrintable(error));
    QCOMPARE(calls.size(), 10);
    QCOMPARE(calls.last(), std::make_pair(10, 10));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray before = saved.readAll();
    saved.close();
    QVERIFY(!doc.write(
        path, [](int, int) { return false; }, &error));
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"pack.pdf"_s});
}

void TestReportDocument::accentedNamesComeBackExactly()
{
    const QStringList names{u"Llŷr Huws"_s, u"Siân Prys"_s, u"Zoë Brontë"_s, u"Ó Súilleabháin, Aoife"_s};
    ReportDocument doc(frameFor());
    doc.fields({{u"Name"_s, names[0]}, {u"Parent or carer"_s, names[1]}});
    doc.paragraph(u"Returned by %1."_s.arg(names[2]));
    QList<QStringList> rows;
    for (const QString& name : names)
        rows.append({name, {}, {}, {}});
    doc.table(signingColumns(), rows);

    const std::unique_ptr<Poppler::Document> pdf = Poppler::Document::loadFromData(doc.toPdf());
    QVERIFY(pdf);
    const QString text = pageText(*pdf, 0);
    for (const QString& name : names)
        QVERIFY2(text.count(name) >= 1, qPrintable(u"%1 not in:\n%2"_s.arg(name, text)));
    QCOMPARE(text.count(names[1]), 2);
}

void TestReportDocument::longSchoolNameIsShortenedBesideTheTitle()
{
    const QString name = u"The Blessed Cardinal John Henry Newman Roman Catholic Voluntary Aided Primary "
                         "School and Nursery"_s;
    ReportDocument doc(frameFor(name));
    doc.paragraph(u"Body"_s);
    const std::unique_ptr<Poppler::Document> pdf = Poppler::Document::loadFromData(doc.toPdf());
    QVERIFY(pdf);
    const std::unique_ptr<Poppler::Page> page = pdf->page(0);
    const QString text = page->text(QRectF());
    QVERIFY(!text.contains(name));
    QVERIFY(text.contains(u"The Blessed Cardinal"_s));
    QVERIFY(text.contains(u"…"_s));
    QVERIFY(text.contains(u"Class signing sheet"_s));
    // Nothing in the header line runs into anything else.
    const qreal headerBottom = page->pageSizeF().height() * 0.1;
    std::vector<QRectF> header;
    for (const auto& box : page->textList())
        if (box->boundingBox().bottom() < headerBottom)
            header.push_back(box->boundingBox());
    QVERIFY(header.size() >= 5);
    for (std::size_t i = 0; i < header.size(); ++i)
        for (std::size_t j = i + 1; j < header.size(); ++j)
            QVERIFY(!header[i].intersects(header[j]));
}

void TestReportDocument::logoSitsLeftOfTheSchoolName()
{
    PageFrameInfo frame = frameFor();
    frame.logo = QImage(120, 120, QImage::Format_RGB32);
    frame.logo.fill(Qt::blue);
    ReportDocument doc(frame);
    doc.paragraph(u"Body"_s);
    const std::unique_ptr<Poppler::Document> pdf = Poppler::Document::loadFromData(doc.toPdf());
    QVERIFY(pdf);
    const std::unique_ptr<Poppler::Page> page = pdf->page(0);
    const std::vector<std::unique_ptr<Poppler::TextBox>> boxes = page->textList();
    const auto name =
        std::find_if(boxes.cbegin(), boxes.cend(), [](const auto& box) { return box->text() == u"Ysgol"_s; });
    QVERIFY(name != boxes.cend());
    const QRectF nameBox = (*name)->boundingBox();
    // At 72 dpi a pixel is a point, as the boxes are.
    const QImage image = page->renderToImage(72, 72);
    const int row = qRound(nameBox.center().y());
    int blue = 0;
    for (int x = 0; x < image.width(); ++x) {
        const QColor pixel = image.pixelColor(x, row);
        if (pixel.blue() < 200 || pixel.red() > 60 || pixel.green() > 60)
            continue;
        ++blue;
        QVERIFY(x < nameBox.left());
    }
    QVERIFY2(blue > 20, qPrintable(QString::number(blue)));
}

void TestReportDocument::reportsAFolderThatIsNotThere()
{
    QTemporaryDir dir;
    ReportDocument doc(frameFor());
    doc.paragraph(u"Body"_s);
    QString error;
    QVERIFY(!doc.write(dir.filePath(u"Moved away/pack.pdf"_s), {}, &error));
    QVERIFY2(error.contains(u"pack.pdf"_s) && error.contains(u"Check the folder exists"_s),
             qPrintable(error));
}

QTEST_MAIN(TestReportDocument)
#include "tst_reportdocument.moc"
