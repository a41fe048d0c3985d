#include "TestWidgets.h"
#include "WhenShown.h"
#include "reports/ReportPreviewDialog.h"
#include "reports/ReportRunner.h"

#include <poppler-qt6.h>

#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// A4 pages reading "Page one", "Page two"…, each with a black bar across its top, middle or bottom
// third in turn, so that a picture of a page tells which page it is.
QByteArray makePdf(int pageCount)
{
    const QStringList words{u"one"_s, u"two"_s, u"three"_s};
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF());
    writer.setResolution(72);
    QPainter painter(&writer);
    const QSizeF page = writer.pageLayout().fullRectPoints().size();
    for (int n = 0; n < pageCount; ++n) {
        if (n > 0)
            writer.newPage();
        painter.setFont(QFont(u"DejaVu Sans"_s, 24));
        painter.drawText(QPointF(40, 50), u"Page "_s + words.value(n, QString::number(n + 1)));
        painter.fillRect(QRectF(page.width() / 4, page.height() * (n % 3) / 3 + page.height() / 12,
                                page.width() / 2, page.height() / 6),
                         Qt::black);
    }
    painter.end();
    return buffer.data();
}

// Which thirds of a picture of a page (0 top, 1 middle, 2 bottom) the black bar lies across, looking
// down its middle.
QList<int> darkThirds(const QImage& image)
{
    QList<int> thirds;
    for (int third = 0; third < 3; ++third) {
        int dark = 0;
        for (int y = image.height() * third / 3; y < image.height() * (third + 1) / 3; ++y)
            dark += qGray(image.pixel(image.width() / 2, y)) < 100 ? 1 : 0;
        if (dark > image.height() / 9)
            thirds << third;
    }
    return thirds;
}

QList<QList<int>> darkThirdsOfPages(const QString& pdfPath)
{
    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(pdfPath);
    if (!document)
        return {};
    QList<QList<int>> pages;
    for (int n = 0; n < document->numPages(); ++n)
        pages << darkThirds(document->page(n)->renderToImage(30, 30));
    return pages;
}

// Notes the text of every message box that opens while it lives, and closes it, so that none can
// stall a test.
class MessageBoxes final
{
public:
    QStringList seen;

private:
    const WhenShown<QMessageBox> m_closer{[this](QMessageBox* box) {
                                              seen << box->text();
                                              box->reject();
                                          },
                                          WhenShown<QMessageBox>::Every};
};

} // namespace

class TestReportPreviewDialog final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsEveryPageWithItsNumber();
    void movesBetweenPages();
    void zoomResizesThePage();
    void savesExactlyTheReport();
    void explainsWhySavingFailed();
    void printsEveryPage();
    void printsOnlyTheChosenPages();
    void printsTwoSidedOnlyWithinOnePersonsPages();
    void warnsAboutPersonalDataOnlyWhenThereIsSome();
    void explainsAPdfThatCannotBeRead();
    void drawsThumbnailsOfALongReportAsTheyComeIntoView();
    void quickJobShowsNoProgressWindow();
    void cancelledJobShowsNothing();
    void failedJobShowsItsError();

private:
    QImage pageOnShow() const;
    QString pageNumberText() const;
    double pageWidthOnShow() const;

    QTemporaryDir m_dir;
    QByteArray m_pdf;
    std::unique_ptr<ReportPreviewDialog> m_dialog;
};

void TestReportPreviewDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestReportPreviewDialog::init()
{
    m_pdf = makePdf(3);
    m_dialog = std::make_unique<ReportPreviewDialog>(
        m_pdf, ReportPreviewDialog::Report{u"AUP pack 3B"_s, u"AUP pack 3B 2026-27.pdf"_s, true});
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    QTRY_VERIFY(!pageOnShow().isNull());
}

void TestReportPreviewDialog::cleanup()
{
    m_dialog.reset();
}

QImage TestReportPreviewDialog::pageOnShow() const
{
    return child<QLabel>(*m_dialog, u"pageImageLabel"_s)->pixmap().toImage();
}

QString TestReportPreviewDialog::pageNumberText() const
{
    return child<QLabel>(*m_dialog, u"pageNumberLabel"_s)->text();
}

double TestReportPreviewDialog::pageWidthOnShow() const
{
    return child<QLabel>(*m_dialog, u"pageImageLabel"_s)->pixmap().deviceIndependentSize().width();
}

void TestReportPreviewDialog::showsEveryPageWithItsNumber()
{
    QCOMPARE(m_dialog->windowTitle(), u"AUP pack 3B"_s);
    const auto* list = child<QListWidget>(*m_dialog, u"pageListWidget"_s);
    QCOMPARE(list->count(), 3);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(list->item(row)->text(), QString::number(row + 1));
    QCOMPARE(list->currentRow(), 0);
    QCOMPARE(pageNumberText(), u"Page 1 of 3"_s);
    QCOMPARE(darkThirds(pageOnShow()), QList<int>{0});
    QVERIFY(!child<QToolButton>(*m_dialog, u"previousPageButton"_s)->isEnabled());
    // The thumbnails in view are pictures of their pages.
    for (int row = 0; row < 3; ++row)
        QTRY_COMPARE(darkThirds(list->item(row)->icon().pixmap(list->iconSize()).toImage()), QList<int>{row});
}

void TestReportPreviewDialog::movesBetweenPages()
{
    auto* list = child<QListWidget>(*m_dialog, u"pageListWidget"_s);
    auto* next = child<QToolButton>(*m_dialog, u"nextPageButton"_s);
    auto* previous = child<QToolButton>(*m_dialog, u"previousPageButton"_s);

    next->click();
    QCOMPARE(pageNumberText(), u"Page 2 of 3"_s);
    QCOMPARE(list->currentRow(), 1);
    QTRY_COMPARE(darkThirds(pageOnShow()), QList<int>{1});
    QVERIFY(previous->isEnabled());

    QTest::keyClick(m_dialog.get(), Qt::Key_PageDown);
    QCOMPARE(pageNumberText(), u"Page 3 of 3"_s);
    QTRY_COMPARE(darkThirds(pageOnShow()), QList<int>{2});
    QVERIFY(!next->isEnabled());
    QTest::keyClick(m_dialog.get(), Qt::Key_PageDown); // no page 4
    QCOMPARE(pageNumberText(), u"Page 3 of 3"_s);

    QTest::keyClick(list, Qt::Key_Home);
    QCOMPARE(pageNumberText(), u"Page 1 of 3"_s);
    QTest::keyClick(m_dialog.get(), Qt::Key_End);
    QCOMPARE(pageNumberText(), u"Page 3 of 3"_s);
    QTest::keyClick(m_dialog.get(), Qt::Key_PageUp);
    QCOMPARE(pageNumberText(), u"Page 2 of 3"_s);
    previous->click();
    QCOMPARE(pageNumberText(), u"Page 1 of 3"_s);

    // Clicking a thumbnail shows its page.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(2)).center());
    QCOMPARE(pageNumberText(), u"Page 3 of 3"_s);
    QTRY_COMPARE(darkThirds(pageOnShow()), QList<int>{2});
}

void TestReportPreviewDialog::zoomResizesThePage()
{
    auto* zoom = child<QComboBox>(*m_dialog, u"zoomComboBox"_s);
    const auto* area = child<QScrollArea>(*m_dialog, u"pageScrollArea"_s);
    QCOMPARE(zoom->currentText(), u"Fit width"_s);
    const double viewportWidth = area->viewport()->width();
    QVERIFY2(pageWidthOnShow() <= viewportWidth && pageWidthOnShow() > viewportWidth - 60,
             qPrintable(u"page %1 in %2"_s.arg(pageWidthOnShow()).arg(viewportWidth)));

    // 100% is the size the page has on paper.
    zoom->setCurrentText(u"100%"_s);
    const double printedWidth = 595.0 / 72 * m_dialog->logicalDpiX();
    QTRY_VERIFY(qAbs(pageWidthOnShow() - printedWidth) <= 1);
    zoom->setCurrentText(u"50%"_s);
    QTRY_VERIFY(qAbs(pageWidthOnShow() - printedWidth / 2) <= 1);
    zoom->setCurrentText(u"100%"_s);
    QTRY_VERIFY(qAbs(pageWidthOnShow() - printedWidth) <= 1);

    QTest::keyClick(m_dialog.get(), Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(zoom->currentText(), u"150%"_s);
    QTRY_VERIFY(qAbs(pageWidthOnShow() - 1.5 * printedWidth) <= 1);
    QTest::keyClick(m_dialog.get(), Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(m_dialog.get(), Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(zoom->currentText(), u"75%"_s);

    // A fitted page follows the window's size.
    zoom->setCurrentText(u"Fit page"_s);
    QTRY_VERIFY(pageOnShow().height() <= area->viewport()->height());
    zoom->setCurrentText(u"Fit width"_s);
    QTRY_VERIFY(qAbs(pageWidthOnShow() - viewportWidth) < 60);
    m_dialog->resize(m_dialog->width() - 200, m_dialog->height());
    QTRY_VERIFY(qAbs(pageWidthOnShow() - (viewportWidth - 200)) < 60);
}

void TestReportPreviewDialog::savesExactlyTheReport()
{
    QString suggested;
    QString choice = m_dir.filePath(u"chosen.pdf"_s);
    m_dialog->setSaveLocationChooser([&](const QString& path) {
        suggested = path;
        return choice;
    });
    child<QPushButton>(*m_dialog, u"saveButton"_s)->click();
    QCOMPARE(QFileInfo(suggested).fileName(), u"AUP pack 3B 2026-27.pdf"_s);
    QFile saved(choice);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), m_pdf);

    // Ctrl+S asks too; choosing nothing writes nothing.
    suggested.clear();
    choice.clear();
    QTest::keyClick(m_dialog.get(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!suggested.isEmpty());
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), QStringList{u"chosen.pdf"_s});

    // A title with a slash in it still makes a file name.
    ReportPreviewDialog returns(makePdf(1), {u"Returns"_s, u"Returns 2026/27.pdf"_s, true});
    returns.setSaveLocationChooser([&](const QString& path) {
        suggested = path;
        return QString();
    });
    child<QPushButton>(returns, u"saveButton"_s)->click();
    QCOMPARE(QFileInfo(suggested).fileName(), u"Returns 2026-27.pdf"_s);
}

void TestReportPreviewDialog::explainsWhySavingFailed()
{
    const QString nowhere = m_dir.filePath(u"no such folder/report.pdf"_s);
    m_dialog->setSaveLocationChooser([&](const QString&) { return nowhere; });
    MessageBoxes boxes;
    child<QPushButton>(*m_dialog, u"saveButton"_s)->click();
    QCOMPARE(boxes.seen.size(), 1);
    QVERIFY2(boxes.seen.first().contains(u"could not be saved"_s), qPrintable(boxes.seen.first()));
    QVERIFY(!QFile::exists(nowhere));
}

void TestReportPreviewDialog::printsEveryPage()
{
    const QString printed = m_dir.filePath(u"printed.pdf"_s);
    m_dialog->setPrintSetup([&](QPrinter& printer) {
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(printed);
        return true;
    });
    MessageBoxes boxes;
    child<QPushButton>(*m_dialog, u"printButton"_s)->click();
    QCOMPARE(boxes.seen, QStringList());
    QCOMPARE(darkThirdsOfPages(printed), (QList<QList<int>>{{0}, {1}, {2}}));
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(printed);
    const QSizeF sheet = document->page(0)->pageSizeF();
    QCOMPARE(qRound(sheet.width()), 595);
    QCOMPARE(qRound(sheet.height()), 842);

    // Cancelling the print dialog prints nothing.
    QFile::remove(printed);
    m_dialog->setPrintSetup([](QPrinter&) { return false; });
    child<QPushButton>(*m_dialog, u"printButton"_s)->click();
    QVERIFY(!QFile::exists(printed));
}

void TestReportPreviewDialog::printsOnlyTheChosenPages()
{
    const QString printed = m_dir.filePath(u"printed.pdf"_s);
    QPrinter::PrintRange range = QPrinter::PageRange;
    m_dialog->setPrintSetup([&](QPrinter& printer) {
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(printed);
        printer.setPrintRange(range);
        printer.setFromTo(2, 3);
        return true;
    });
    MessageBoxes boxes;
    QTest::keyClick(m_dialog.get(), Qt::Key_P, Qt::ControlModifier);
    QCOMPARE(darkThirdsOfPages(printed), (QList<QList<int>>{{1}, {2}}));

    range = QPrinter::CurrentPage;
    child<QToolButton>(*m_dialog, u"nextPageButton"_s)->click();
    // On a busy machine the first print may have taken long enough to show its progress window, and
    // the preview's shortcuts work only once it is the active window again, as a desktop would make it.
    m_dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    QTest::keyClick(m_dialog.get(), Qt::Key_P, Qt::ControlModifier);
    QCOMPARE(darkThirdsOfPages(printed), QList<QList<int>>{{1}});
    QCOMPARE(boxes.seen, QStringList());
}

void TestReportPreviewDialog::warnsAboutPersonalDataOnlyWhenThereIsSome()
{
    const auto* note = child<QLabel>(*m_dialog, u"personalDataLabel"_s);
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(u"personal details"_s), qPrintable(note->text()));
    QVERIFY(note->text().contains(u"keep them safe"_s));

    ReportPreviewDialog anonymous(makePdf(1), {u"Governors' report"_s, u"Governors 2026-27.pdf"_s, false});
    anonymous.show();
    QVERIFY(QTest::qWaitForWindowExposed(&anonymous));
    QVERIFY(!child<QLabel>(anonymous, u"personalDataLabel"_s)->isVisible());
}

void TestReportPreviewDialog::explainsAPdfThatCannotBeRead()
{
    for (const QByteArray& bytes : {QByteArray(), QByteArray("%PDF-1.4 this was cut short")}) {
        ReportPreviewDialog broken(bytes, {u"AUP pack 3B"_s, u"AUP pack 3B.pdf"_s, true});
        broken.show();
        QVERIFY(QTest::qWaitForWindowExposed(&broken));
        const QString message = child<QLabel>(broken, u"pageImageLabel"_s)->text();
        QVERIFY2(message.contains(u"cannot be shown"_s) && message.contains(u"make the report again"_s),
                 qPrintable(message));
        QVERIFY(!child<QPushButton>(broken, u"saveButton"_s)->isEnabled());
        QVERIFY(!child<QPushButton>(broken, u"printButton"_s)->isEnabled());
        QCOMPARE(child<QListWidget>(broken, u"pageListWidget"_s)->count(), 0);
        QTest::keyClick(&broken, Qt::Key_PageDown);
        QTest::keyClick(&broken, Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(child<QLabel>(broken, u"pageImageLabel"_s)->text(), message);
    }
}

void TestReportPreviewDialog::drawsThumbnailsOfALongReportAsTheyComeIntoView()
{
    ReportPreviewDialog pack(makePdf(60), {u"AUP pack, whole school"_s, u"AUP pack.pdf"_s, true});
    pack.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pack));
    auto* list = child<QListWidget>(pack, u"pageListWidget"_s);
    QCOMPARE(list->count(), 60);
    QCOMPARE(child<QLabel>(pack, u"pageNumberLabel"_s)->text(), u"Page 1 of 60"_s);
    const auto drawn = [list](int row) {
        return !darkThirds(list->item(row)->icon().pixmap(list->iconSize()).toImage()).isEmpty();
    };
    // Once those in view are drawn, it stops: the pages below wait until they are scrolled to.
    QTRY_VERIFY(drawn(0) && !pack.isDrawingThumbnails());
    QVERIFY(!drawn(59));
    int drawnCount = 0;
    for (int row = 0; row < list->count(); ++row)
        drawnCount += drawn(row) ? 1 : 0;
    QVERIFY2(drawnCount < 20, qPrintable(QString::number(drawnCount)));

    list->scrollToBottom();
    QTRY_VERIFY(drawn(59));
    QCOMPARE(darkThirds(list->item(59)->icon().pixmap(list->iconSize()).toImage()), QList<int>{59 % 3});
}

void TestReportPreviewDialog::quickJobShowsNoProgressWindow()
{
    QWidget parent;
    parent.show();
    MessageBoxes boxes;
    bool windowSeen = false;
    int waitsFor = 0;
    // A job that ends before the window is due, however slowly the machine runs it: too short for a
    // progress window to be worth a flash on screen.
    const bool finished = ReportRunner::run(
        &parent, u"AUP pack"_s, u"Making the AUP pack…"_s,
        [&](const ReportRunner::Progress& progress, QString*) {
            for (int done = 0; done < 8; ++done) {
                progress(done, 8);
                const auto* window = parent.findChild<QProgressDialog*>();
                windowSeen = windowSeen || (window && window->isVisible());
                waitsFor = window ? window->minimumDuration() : -1;
            }
            return progress(8, 8);
        },
        24h);
    QVERIFY(finished);
    QVERIFY(!windowSeen);
    QCOMPARE(waitsFor, 24 * 60 * 60 * 1000);
    QCOMPARE(boxes.seen, QStringList());
}

void TestReportPreviewDialog::cancelledJobShowsNothing()
{
    QWidget parent;
    parent.show();
    MessageBoxes boxes;
    QString label;
    int steps = 0;
    // The window is due at once; the user presses its Cancel as soon as it shows.
    const bool finished = ReportRunner::run(
        &parent, u"AUP pack"_s, u"Making the AUP pack…"_s,
        [&](const ReportRunner::Progress& progress, QString* error) {
            for (; steps < 200; ++steps) {
                if (!progress(steps, 200)) {
                    *error = u"Stopped."_s;
                    return false;
                }
                auto* window = parent.findChild<QProgressDialog*>();
                if (label.isEmpty() && window && window->isVisible()) {
                    label = window->labelText();
                    QTest::mouseClick(window->findChild<QPushButton*>(), Qt::LeftButton); // its only button
                }
            }
            return true;
        },
        0ms);
    QCOMPARE(label, u"Making the AUP pack…"_s);
    QVERIFY(!finished);
    QVERIFY(steps < 200);
    QCOMPARE(boxes.seen, QStringList());
}

void TestReportPreviewDialog::failedJobShowsItsError()
{
    QWidget parent;
    parent.show();
    MessageBoxes boxes;
    const QString problem = u"There is no AUP template for Years 3 to 6 in 2026/27. Add one first."_s;
    int waitsFor = 0;
    const bool finished = ReportRunner::run(&parent, u"AUP pack"_s, u"Making the AUP pack…"_s,
                                            [&](const ReportRunner::Progress& progress, QString* error) {
                                                progress(0, 10);
                                                const auto* window = parent.findChild<QProgressDialog*>();
                                                waitsFor = window ? window->minimumDuration() : -1;
                                                *error = problem;
                                                return false;
                                            });
    QVERIFY(!finished);
    QCOMPARE(boxes.seen, QStringList{problem});
    // Unless told otherwise, a job shows its progress window once it has run half a second.
    QCOMPARE(waitsFor, 500);
}

void TestReportPreviewDialog::printsTwoSidedOnlyWithinOnePersonsPages()
{
    using Report = ReportPreviewDialog::Report;
    const QList<QPrinter::DuplexMode> twoSided{QPrinter::DuplexNone, QPrinter::DuplexLongSide,
                                               QPrinter::DuplexShortSide};
    const Report chaseList{u"AUP chase list"_s, {}, true, false};
    const Report pack{u"AUP pack"_s, {}, true, true};
    QCOMPARE(ReportPreviewDialog::duplexFor(chaseList, twoSided), QPrinter::DuplexLongSide);
    QCOMPARE(ReportPreviewDialog::duplexFor(chaseList, {QPrinter::DuplexNone}), QPrinter::DuplexNone);
    // A pupil's form on the back of another's would go home with the wrong child.
    QCOMPARE(ReportPreviewDialog::duplexFor(pack, twoSided), QPrinter::DuplexNone);
}

QTEST_MAIN(TestReportPreviewDialog)
#include "tst_reportpreviewdialog.moc"
