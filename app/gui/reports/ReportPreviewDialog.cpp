#include "ReportPreviewDialog.h"

#include "ui_ReportPreviewDialog.h"

#include <poppler-qt6.h>

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScreen>
#include <QScrollBar>
#include <QShortcut>
#include <QStandardPaths>
#include <QStyle>

#include <algorithm>
#include <array>
#include <numbers>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr int ThumbnailWidth = 120;
// Thumbnails drawn per turn of the event loop, so that scrolling stays smooth while they fill in.
constexpr int ThumbnailBatch = 4;
constexpr int RenderedRole = Qt::UserRole;
constexpr double FitWidth = -1;
constexpr double FitPage = -2;
constexpr std::array ZoomSteps{0.5, 0.75, 1.0, 1.5, 2.0};
constexpr double PointsPerInch = 72;
// Sharp on paper; a page at a printer's own 1200 dpi would take over half a gigabyte of memory.
constexpr double MaxPrintDpi = 300;

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

// Windows refuses these in a file name, and a title such as "Returns 2026/27" must still save.
QString safeFileName(QString name)
{
    static const QRegularExpression forbidden(uR"([\\/:*?"<>|])"_s);
    return name.replace(forbidden, u"-"_s);
}

// Edged, so that a white page stands out from the white list around it.
QPixmap thumbnailPixmap(QImage image, qreal pixelRatio)
{
    QPainter painter(&image);
    painter.setPen(QColor(0xb0, 0xb0, 0xb0));
    painter.drawRect(image.rect().adjusted(0, 0, -1, -1));
    painter.end();
    image.setDevicePixelRatio(pixelRatio);
    return QPixmap::fromImage(std::move(image));
}

} // namespace

ReportPreviewDialog::ReportPreviewDialog(const QByteArray& pdf, Report report, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReportPreviewDialog>())
    , m_pdf(pdf)
    , m_report(std::move(report))
    , m_document(Poppler::Document::loadFromData(pdf))
    , m_chooseSaveLocation([this](const QString& suggestedPath) { return askSaveLocation(suggestedPath); })
    , m_setUpPrinter([this](QPrinter& printer) { return askPrintSetup(printer); })
{
    m_ui->setupUi(this);
    setWindowTitle(m_report.title);
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    resize(size().boundedTo(screen()->availableGeometry().size() * 0.9));
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_ui->personalDataIconLabel->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(iconSize, iconSize));
    m_ui->personalDataIconLabel->setVisible(m_report.personalData);
    m_ui->personalDataLabel->setVisible(m_report.personalData);
    // The page lies on a darker ground, as on a desk.
    m_ui->pageContainer->setBackgroundRole(QPalette::Dark);
    m_ui->pageImageLabel->setBackgroundRole(QPalette::Base);

    QComboBox* zoom = m_ui->zoomComboBox;
    zoom->addItem(tr("Fit width"), FitWidth);
    zoom->addItem(tr("Fit page"), FitPage);
    for (const double step : ZoomSteps)
        zoom->addItem(tr("%1%").arg(qRound(step * 100)), step);

    if (m_document && !m_document->isLocked())
        m_pageCount = m_document->numPages();
    if (m_pageCount == 0) {
        showUnreadable();
        return;
    }
    m_document->setRenderHint(Poppler::Document::Antialiasing);
    m_document->setRenderHint(Poppler::Document::TextAntialiasing);

    // Every page starts as a blank A4 placeholder; each is drawn once it scrolls into view.
    QImage blank(
        (QSizeF(ThumbnailWidth, ThumbnailWidth * std::numbers::sqrt2) * devicePixelRatioF()).toSize(),
        QImage::Format_RGB32);
    blank.fill(Qt::white);
    const QIcon placeholder(thumbnailPixmap(blank, devicePixelRatioF()));
    for (int page = 0; page < m_pageCount; ++page)
        new QListWidgetItem(placeholder, QString::number(page + 1), m_ui->pageListWidget);

    m_pageTimer.setSingleShot(true);
    m_thumbnailTimer.setSingleShot(true);
    connect(&m_pageTimer, &QTimer::timeout, this, &ReportPreviewDialog::renderPage);
    connect(&m_thumbnailTimer, &QTimer::timeout, this, &ReportPreviewDialog::renderVisibleThumbnails);
    connect(m_ui->pageListWidget->verticalScrollBar(), &QScrollBar::valueChanged, &m_thumbnailTimer,
            qOverload<>(&QTimer::start));
    m_ui->pageListWidget->viewport()->installEventFilter(this);
    m_ui->pageScrollArea->installEventFilter(this);

    connect(m_ui->pageListWidget, &QListWidget::currentRowChanged, this, &ReportPreviewDialog::showPage);
    connect(m_ui->previousPageButton, &QToolButton::clicked, this, [this] { showPage(m_current - 1); });
    connect(m_ui->nextPageButton, &QToolButton::clicked, this, [this] { showPage(m_current + 1); });
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ReportPreviewDialog::save);
    connect(m_ui->printButton, &QPushButton::clicked, this, &ReportPreviewDialog::print);
    connect(zoom, &QComboBox::currentIndexChanged, &m_pageTimer, qOverload<>(&QTimer::start));
    setUpShortcuts();
    showPage(0);
}

ReportPreviewDialog::~ReportPreviewDialog() = default;

void ReportPreviewDialog::showUnreadable()
{
    m_ui->pageImageLabel->setText(
        tr("This report cannot be shown: its PDF is damaged or empty. Close this window and make the "
           "report again; if that fails too, tell whoever looks after Lanyard."));
    m_ui->pageImageLabel->setWordWrap(true);
    m_ui->pageImageLabel->setMargin(24);
    m_ui->pageNumberLabel->setText(tr("No pages"));
    m_ui->pageListWidget->hide();
    for (QWidget* widget : QList<QWidget*>{m_ui->previousPageButton, m_ui->nextPageButton, m_ui->zoomComboBox,
                                           m_ui->saveButton, m_ui->printButton})
        widget->setEnabled(false);
}

void ReportPreviewDialog::buildAndShow(
    QWidget* parent, const Report& report,
    const std::function<std::optional<ReportDocument>(QString* error)>& build)
{
    QByteArray pdf;
    const bool built = ReportRunner::run(parent, report.title, tr("Making %1…").arg(report.title),
                                         [&](const ReportRunner::Progress& progress, QString* error) {
                                             std::optional<ReportDocument> doc = build(error);
                                             if (doc)
                                                 pdf = doc->toPdf(progress, error);
                                             return !pdf.isEmpty();
                                         });
    if (!built)
        return;
    ReportPreviewDialog dialog(pdf, report, parent);
    dialog.exec();
}

void ReportPreviewDialog::setSaveLocationChooser(std::function<QString(const QString&)> choose)
{
    m_chooseSaveLocation = std::move(choose);
}

void ReportPreviewDialog::setPrintSetup(std::function<bool(QPrinter&)> setup)
{
    m_setUpPrinter = std::move(setup);
}

bool ReportPreviewDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize) {
        if (watched == m_ui->pageListWidget->viewport())
            m_thumbnailTimer.start();
        else if (m_ui->zoomComboBox->currentData().toDouble() < 0) // fitted to the window
            m_pageTimer.start();
    }
    return QDialog::eventFilter(watched, event);
}

void ReportPreviewDialog::setUpShortcuts()
{
    const auto add = [this](const QList<QKeySequence>& keys, const std::function<void()>& act) {
        auto* shortcut = new QShortcut(this);
        shortcut->setKeys(keys);
        connect(shortcut, &QShortcut::activated, this, act);
    };
    add({QKeySequence(Qt::Key_PageUp)}, [this] { showPage(m_current - 1); });
    add({QKeySequence(Qt::Key_PageDown)}, [this] { showPage(m_current + 1); });
    add({QKeySequence(Qt::Key_Home)}, [this] { showPage(0); });
    add({QKeySequence(Qt::Key_End)}, [this] { showPage(m_pageCount - 1); });
    // Ctrl+= as well: on a UK keyboard + needs Shift.
    add(QKeySequence::keyBindings(QKeySequence::ZoomIn) << QKeySequence(Qt::CTRL | Qt::Key_Equal),
        [this] { stepZoom(1); });
    add(QKeySequence::keyBindings(QKeySequence::ZoomOut), [this] { stepZoom(-1); });
    add(QKeySequence::keyBindings(QKeySequence::Save), [this] { save(); });
    add(QKeySequence::keyBindings(QKeySequence::Print), [this] { print(); });
}

void ReportPreviewDialog::showPage(int page)
{
    if (page < 0 || page >= m_pageCount)
        return;
    if (m_ui->pageListWidget->currentRow() != page) {
        m_ui->pageListWidget->setCurrentRow(page); // which comes back here through currentRowChanged
        return;
    }
    m_current = page;
    m_ui->pageNumberLabel->setText(tr("Page %1 of %2").arg(page + 1).arg(m_pageCount));
    m_ui->previousPageButton->setEnabled(page > 0);
    m_ui->nextPageButton->setEnabled(page < m_pageCount - 1);
    m_ui->pageScrollArea->verticalScrollBar()->setValue(0);
    m_pageTimer.start();
}

void ReportPreviewDialog::stepZoom(int direction)
{
    // The next step up or down from the zoom chosen, or, when the page is fitted, from its size on show.
    const double chosen = m_ui->zoomComboBox->currentData().toDouble();
    const double current = chosen > 0 ? chosen : m_zoom;
    std::optional<double> target;
    for (const double step : ZoomSteps) {
        if (direction > 0 && !target && step > current + 0.01)
            target = step;
        if (direction < 0 && step < current - 0.01)
            target = step;
    }
    if (target)
        m_ui->zoomComboBox->setCurrentIndex(m_ui->zoomComboBox->findData(*target));
}

double ReportPreviewDialog::zoomFor(const QSizeF& pageSize) const
{
    const double chosen = m_ui->zoomComboBox->currentData().toDouble();
    if (chosen > 0)
        return chosen;
    const QSizeF printedSize = pageSize / PointsPerInch * logicalDpiX(); // on screen, at 100%
    const QSizeF room = QSizeF(m_ui->pageScrollArea->maximumViewportSize())
                            .shrunkBy(m_ui->pageContainerLayout->contentsMargins().toMarginsF());
    const double widthZoom = room.width() / printedSize.width();
    double zoom = widthZoom;
    if (chosen == FitPage)
        zoom = std::min(widthZoom, room.height() / printedSize.height());
    else if (printedSize.height() * widthZoom > room.height()) // a scroll bar appears, and takes its width
        zoom = (room.width() - m_ui->pageScrollArea->verticalScrollBar()->sizeHint().width()) /
               printedSize.width();
    return std::max(zoom, 0.1);
}

void ReportPreviewDialog::renderPage()
{
    const std::unique_ptr<Poppler::Page> page = m_document->page(m_current);
    if (!page) {
        m_ui->pageImageLabel->setText(tr("This page cannot be shown: the report's PDF is damaged."));
        return;
    }
    m_zoom = zoomFor(page->pageSizeF());
    const qreal pixelRatio = devicePixelRatioF();
    const double dpi = logicalDpiX() * m_zoom * pixelRatio;
    QImage image = page->renderToImage(dpi, dpi);
    image.setDevicePixelRatio(pixelRatio);
    m_ui->pageImageLabel->setPixmap(QPixmap::fromImage(std::move(image)));
}

void ReportPreviewDialog::renderVisibleThumbnails()
{
    QListWidget* list = m_ui->pageListWidget;
    const QRect inView = list->viewport()->rect();
    int drawn = 0;
    for (int page = 0; page < m_pageCount && drawn < ThumbnailBatch; ++page) {
        QListWidgetItem* item = list->item(page);
        if (item->data(RenderedRole).toBool() || !list->visualItemRect(item).intersects(inView))
            continue;
        item->setIcon(thumbnail(page));
        item->setData(RenderedRole, true);
        ++drawn;
    }
    if (drawn == ThumbnailBatch) // there may be more in view
        m_thumbnailTimer.start();
}

QPixmap ReportPreviewDialog::thumbnail(int index) const
{
    const std::unique_ptr<Poppler::Page> page = m_document->page(index);
    if (!page)
        return {};
    const qreal pixelRatio = devicePixelRatioF();
    const double dpi = PointsPerInch * ThumbnailWidth / page->pageSizeF().width() * pixelRatio;
    return thumbnailPixmap(page->renderToImage(dpi, dpi), pixelRatio);
}

void ReportPreviewDialog::save()
{
    const QString fileName = m_report.fileName.isEmpty() ? m_report.title + u".pdf"_s : m_report.fileName;
    const QString path =
        m_chooseSaveLocation(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                 .filePath(safeFileName(fileName)));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(m_pdf) == m_pdf.size() && file.commit())
        return;
    QMessageBox::warning(this, tr("Save as PDF"),
                         tr("The report could not be saved as %1 (%2). Choose another folder, such as "
                            "Documents, and try again.")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
}

QString ReportPreviewDialog::askSaveLocation(const QString& suggestedPath)
{
    QFileDialog dialog(this, tr("Save report as PDF"), suggestedPath, tr("PDF documents (*.pdf)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(u"pdf"_s);
    return dialog.exec() == QDialog::Accepted ? dialog.selectedFiles().value(0) : QString();
}

QPrinter::DuplexMode ReportPreviewDialog::duplexFor(const Report& report,
                                                    const QList<QPrinter::DuplexMode>& offered)
{
    // Two-sided where the printer can, to save paper, but never across two people's pages.
    return !report.pagePerPerson && offered.contains(QPrinter::DuplexLongSide) ? QPrinter::DuplexLongSide
                                                                               : QPrinter::DuplexNone;
}

void ReportPreviewDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_report.title);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDuplex(duplexFor(m_report, QPrinterInfo(printer).supportedDuplexModes()));
    if (!m_setUpPrinter(printer))
        return;
    ReportRunner::run(this, tr("Print"), tr("Sending “%1” to the printer…").arg(m_report.title),
                      [&](const ReportRunner::Progress& progress, QString* error) {
                          return printPages(printer, progress, error);
                      });
}

bool ReportPreviewDialog::askPrintSetup(QPrinter& printer)
{
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print %1").arg(m_report.title));
    dialog.setOptions(QAbstractPrintDialog::PrintPageRange | QAbstractPrintDialog::PrintCurrentPage |
                      QAbstractPrintDialog::PrintCollateCopies | QAbstractPrintDialog::PrintShowPageSize);
    dialog.setMinMax(1, m_pageCount);
    return dialog.exec() == QDialog::Accepted;
}

bool ReportPreviewDialog::printPages(QPrinter& printer, const ReportRunner::Progress& progress,
                                     QString* error) const
{
    const auto chosen = [&](int page) {
        switch (printer.printRange()) {
        case QPrinter::PageRange:
            return printer.pageRanges().contains(page + 1);
        case QPrinter::CurrentPage:
            return page == m_current;
        default: // all pages; a selection is not offered
            return true;
        }
    };
    QList<int> pages;
    for (int page = 0; page < m_pageCount; ++page)
        if (chosen(page))
            pages << page;
    if (pages.isEmpty())
        return fail(error, tr("None of the pages you chose are in this report. Choose pages from 1 to %1.")
                               .arg(m_pageCount));

    // The reports' pages carry their own margins: each is laid on the whole sheet.
    printer.setFullPage(true);
    QPainter painter;
    if (!painter.begin(&printer))
        return fail(error,
                    tr("The printer could not be started. Check it is switched on and connected, then try "
                       "again."));
    const double dpi = std::min(double(printer.resolution()), MaxPrintDpi);
    const QRectF sheet = printer.paperRect(QPrinter::DevicePixel);
    const int count = int(pages.size());
    for (int i = 0; i < count; ++i) {
        if (!progress(i, count)) {
            printer.abort();
            return false;
        }
        const std::unique_ptr<Poppler::Page> page = m_document->page(pages.at(i));
        const QImage image = page ? page->renderToImage(dpi, dpi) : QImage();
        if (image.isNull() || (i > 0 && !printer.newPage())) {
            printer.abort();
            return fail(error, tr("Printing stopped at page %1, which could not be sent to the printer. "
                                  "Close other programs and try again.")
                                   .arg(pages.at(i) + 1));
        }
        const QSizeF size = image.size().toSizeF().scaled(sheet.size(), Qt::KeepAspectRatio);
        painter.drawImage(
            QRectF(QPointF((sheet.width() - size.width()) / 2, (sheet.height() - size.height()) / 2), size),
            image);
    }
    progress(count, count);
    if (!painter.end())
        return fail(error,
                    tr("The report could not be sent to the printer. Check it is switched on and connected, "
                       "then try again."));
    return true;
}
