#include "PageFrame.h"

#include <poppler-qt6.h>

#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPageFrame : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void framesEveryPageOfAnA4Pdf()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"frame.pdf"_s);
        const PageFrame frame({u"Ysgol Gynradd Llŷr"_s, u"Test report"_s, u"OFFICIAL-SENSITIVE"_s,
                               QDateTime(QDate(2026, 11, 22), QTime(9, 30))});
        {
            QPdfWriter writer(path);
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
            writer.setResolution(300);
            QPainter painter(&writer);
            const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
            const QRectF paintable(0, 0, page.width(), page.height());
            for (int n = 1; n <= 3; ++n) {
                if (n > 1)
                    writer.newPage();
                frame.paint(painter, paintable, n, 3);
                const QRectF body = frame.bodyRect(paintable);
                QVERIFY(body.top() > paintable.top() && body.bottom() < paintable.bottom());
                painter.drawText(body, Qt::AlignLeft | Qt::AlignTop, u"Body of page %1"_s.arg(n));
            }
        }
        std::unique_ptr<Poppler::Document> pdf = Poppler::Document::load(path);
        QVERIFY(pdf);
        QCOMPARE(pdf->numPages(), 3);
        for (int n = 0; n < 3; ++n) {
            std::unique_ptr<Poppler::Page> page = pdf->page(n);
            const QSizeF size = page->pageSizeF(); // points
            QCOMPARE(qRound(size.width()), 595);
            QCOMPARE(qRound(size.height()), 842);
            const QString text = page->text(QRectF());
            QVERIFY2(text.contains(u"Ysgol Gynradd Llŷr"_s), qPrintable(text));
            QVERIFY(text.contains(u"Page %1 of 3"_s.arg(n + 1)));
            QVERIFY(text.contains(u"Made 22 November 2026, 09:30"_s));
            QVERIFY(text.contains(u"OFFICIAL-SENSITIVE"_s));
            QVERIFY(text.contains(u"Body of page %1"_s.arg(n + 1)));
        }
    }
};

QTEST_MAIN(TestPageFrame)
#include "tst_pageframe.moc"
