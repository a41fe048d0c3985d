#pragma once

#include "PageFrame.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <utility>

// One column of ReportDocument::table().
struct ReportColumn
{
    QString title;
    qreal share = 1; // relative width: columns {2, 1, 1} give the first half the table
    Qt::Alignment alignment = Qt::AlignLeft;
    bool tickBox = false; // each cell is an empty box to tick by hand; the row's text for it is ignored
};

enum class ReportTextStyle
{
    Body,   // 10.5 pt
    Small,  // 8.5 pt, for notes and small print
    Strong, // 10.5 pt bold
};

// The layout layer every Lanyard report is written with (DESIGN.md §4): an A4 PDF of framed pages
// (PageFrame: school, title, page n of m, when made, sensitivity), filled top to bottom by the calls
// below in the order they are made. Each call lays its part out at once, measuring its text a
// single time and keeping the result; write() and toPdf() then paint what was measured, so the
// page count, and "Page n of m" on every page, is known before the first page is drawn.
//
//     ReportDocument doc({school, tr("Acceptable use agreement"), u"OFFICIAL-SENSITIVE"_s});
//     doc.cornerQrCode(code);                  // a new page, code in its top-right corner
//     doc.heading(tr("Our agreement for using computers"));
//     doc.fields({{tr("Name"), name}, {tr("Form"), form}, {tr("Year"), year}});
//     doc.paragraph(tr("I will:\n- ask before I use the internet\n- tell an adult if ..."));
//     doc.beginKeepTogether();
//     doc.tickBoxes({tr("I agree"), tr("I do not agree")});
//     doc.signatureLines({tr("Pupil's signature or mark"), tr("Date")}, {3, 1});
//     doc.endKeepTogether();
//     if (!doc.write(path, progress, &error)) ...
//
// Sizes are in millimetres. Text is DejaVu Sans, without ligatures, so names are copied and found
// in the PDF exactly as typed. Qt Gui only: needs a QGuiApplication for its fonts.
class ReportDocument final
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)
public:
    // Called after each page is painted; return false to stop. total is the number of pages.
    using Progress = std::function<bool(int done, int total)>;

    explicit ReportDocument(PageFrameInfo frame);
    ~ReportDocument();
    ReportDocument(ReportDocument&&) noexcept;
    ReportDocument& operator=(ReportDocument&&) noexcept;
    ReportDocument(const ReportDocument&) = delete;
    ReportDocument& operator=(const ReportDocument&) = delete;

    // Level 1 (15 pt) or 2 (12 pt), bold. A heading never ends a page: without room for three
    // lines after it, it starts the next page.
    void heading(const QString& text, int level = 1);
    // Wrapped text. Blank lines separate paragraphs; a line starting "- " is a bullet.
    void paragraph(const QString& text, ReportTextStyle style = ReportTextStyle::Body);
    void bullets(const QStringList& items);
    // A small grid of labelled values, perRow to a row: the label in small type over the value,
    // which is ruled under like a form (Name / Form / Year).
    void fields(const QList<std::pair<QString, QString>>& labelValues, int perRow = 3);
    // A ruled table with a shaded header row. It splits between rows across pages and repeats the
    // header row on each page; a row that wraps stays whole. A row lists one text per column
    // (tick-box columns take any text). Rows are at least rowMm tall: 6.5 mm is room to write a
    // date by hand, a signing sheet wants about 10.
    void table(const QList<ReportColumn>& columns, const QList<QStringList>& rows, qreal rowMm = 6.5);
    // One row of lines to sign or write on, each with its label under it. shares sets their
    // relative widths ({3, 1} for a signature and a date); empty for equal widths.
    void signatureLines(const QStringList& labels, const QList<qreal>& shares = {});
    // Empty boxes with their labels, side by side, wrapping onto further rows when they do not fit.
    void tickBoxes(const QStringList& labels);
    // A QR code (error correction M, 4-module quiet zone) sizeMm wide including its quiet zone, in
    // the flow at the left margin, with the caption (bold) and the payload as text beside it.
    void qrCode(const QString& payload, const QString& caption = {}, qreal sizeMm = 25);
    // A QR code for the page, in the top-right corner of its body with the payload as text under
    // it. What follows runs beside it: text widens again below it, while fields, a table, tick
    // boxes or signature lines that start beside it keep the narrower width. Starts a new page
    // unless the current page is still empty, so one call begins each per-pupil form.
    void cornerQrCode(const QString& payload, qreal sizeMm = 25);
    // What is added between the two moves to the next page as a whole rather than split, unless it
    // would not fit on a page of its own. Calls must pair up before write().
    void beginKeepTogether();
    void endKeepTogether();
    // What follows starts on a new page. Nothing happens on a page that is still empty, and a break
    // with nothing after it adds no blank page.
    void pageBreak();
    // Vertical space; none at the top of a page.
    void spacer(qreal mm);

    // The pages so far. 0, with error set, when something could not be laid out (a QR code's text
    // too long); write() and toPdf() then fail with the same message.
    int pageCount(QString* error = nullptr) const;
    // Writes the PDF through a temporary file in the same folder: on failure or cancel nothing is
    // left at pdfPath (an earlier file there is kept).
    bool write(const QString& pdfPath, const Progress& progress = {}, QString* error = nullptr) const;
    // The PDF in memory, for the preview (which writes nothing to disk until asked) and tests;
    // empty on failure or cancel.
    QByteArray toPdf(QString* error = nullptr) const { return toPdf({}, error); }
    QByteArray toPdf(const Progress& progress, QString* error = nullptr) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};
