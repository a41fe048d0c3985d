#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QRectF>
#include <QString>

class QPainter;

// What every Lanyard page carries, on A4: the school's name and the report's title at the top;
// page n of m, when the report was made and its sensitivity marking at the foot.
struct PageFrameInfo
{
    QString schoolName;
    QString title;
    QString sensitivity; // e.g. "OFFICIAL-SENSITIVE"; empty for none
    QDateTime madeAt = QDateTime::currentDateTime();
};

class PageFrame final
{
    Q_DECLARE_TR_FUNCTIONS(PageFrame)
public:
    explicit PageFrame(PageFrameInfo info);

    // The part of a page of the given size (in the painter's units) left for the report's body.
    QRectF bodyRect(const QRectF& page) const;
    void paint(QPainter& painter, const QRectF& page, int pageNumber, int pageCount) const;

private:
    PageFrameInfo m_info;
};
