#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QRectF>
#include <QString>

class QPainter;

// What every Lanyard page carries, on A4: the school's name and the report's title at the top;
// page n of m, when the report was made and its sensitivity marking at the foot. A school's name
// too long for the line beside the title is shortened with an ellipsis.
struct PageFrameInfo
{
    QString schoolName;
    QString title;
    QString sensitivity; // e.g. "OFFICIAL-SENSITIVE"; empty for none
    QDateTime madeAt = QDateTime::currentDateTime();
    QImage logo = {}; // the school's badge, left of its name at the header's height; null for none
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
