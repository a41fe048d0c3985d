#pragma once

#include "ReportDocument.h"
#include "reports/ReportRunner.h"

#include <QByteArray>
#include <QDialog>
#include <QPrinter>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace Poppler {
class Document;
}

namespace Ui {
class ReportPreviewDialog;
}

// A finished report (an A4 PDF from reports/) on screen: page thumbnails down the left, the current
// page large on the right, zoom, Save as PDF… and Print…. Pages are drawn only when they come into
// view, so a pack of hundreds of pages opens at once. Nothing is written to disk unless the user saves.
class ReportPreviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportPreviewDialog)
public:
    struct Report
    {
        QString title;            // the window's title, e.g. "AUP pack 3B"
        QString fileName;         // offered when saving, e.g. "AUP pack 3B 2026-27.pdf"; empty: the title
        bool personalData = true; // names or other personal details: the user is told to keep copies safe
        // Each page goes to a different person (a pupil's own form): printed one-sided, so that no
        // family takes home another child's form on the back of their own.
        bool pagePerPerson = false;
    };

    // How the report is printed two-sided, given what the printer offers: along the long edge,
    // unless the report's pages go to different people.
    static QPrinter::DuplexMode duplexFor(const Report& report, const QList<QPrinter::DuplexMode>& offered);

    ReportPreviewDialog(const QByteArray& pdf, Report report, QWidget* parent = nullptr);
    ~ReportPreviewDialog() override;

    // Builds the report behind ReportRunner's progress window, then shows it. A failed build shows
    // its error instead; a cancelled one shows nothing.
    static void buildAndShow(QWidget* parent, const Report& report,
                             const std::function<std::optional<ReportDocument>(QString* error)>& build);

    // Where Save as PDF… writes: given the suggested path, the path chosen, or empty to cancel.
    // A file dialog asks, unless a test answers instead.
    void setSaveLocationChooser(std::function<QString(const QString& suggestedPath)> choose);
    // Sets the printer up before Print… prints; false cancels. The print dialog, unless a test
    // answers instead.
    void setPrintSetup(std::function<bool(QPrinter& printer)> setup);
    // Whether thumbnails in view are still to be drawn: they are drawn a few at a time, between
    // turns of the event loop, and only those in view.
    bool isDrawingThumbnails() const { return m_thumbnailTimer.isActive(); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showUnreadable();
    void setUpShortcuts();
    void showPage(int page);
    void stepZoom(int direction);
    double zoomFor(const QSizeF& pageSize) const;
    void renderPage();
    void renderVisibleThumbnails();
    QPixmap thumbnail(int page) const;
    void save();
    void print();
    QString askSaveLocation(const QString& suggestedPath);
    bool askPrintSetup(QPrinter& printer);
    bool printPages(QPrinter& printer, const ReportRunner::Progress& progress, QString* error) const;

    const std::unique_ptr<Ui::ReportPreviewDialog> m_ui;
    const QByteArray m_pdf;
    const Report m_report;
    std::unique_ptr<Poppler::Document> m_document;
    int m_pageCount = 0;
    int m_current = 0;
    double m_zoom = 1.0; // of the page on show, 1.0 being its printed size
    QTimer m_pageTimer;
    QTimer m_thumbnailTimer;
    std::function<QString(const QString&)> m_chooseSaveLocation;
    std::function<bool(QPrinter&)> m_setUpPrinter;
};
