#include "PageFrame.h"

#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <utility>

using namespace Qt::StringLiterals;

namespace {
// Heights as fractions of the page, so the frame is the same at any resolution.
constexpr qreal HeaderShare = 0.06;
constexpr qreal FooterShare = 0.045;
constexpr qreal GapShare = 0.012;
} // namespace

PageFrame::PageFrame(PageFrameInfo info)
    : m_info(std::move(info))
{
}

QRectF PageFrame::bodyRect(const QRectF& page) const
{
    const qreal h = page.height();
    return page.adjusted(0, h * (HeaderShare + GapShare), 0, -h * (FooterShare + GapShare));
}

void PageFrame::paint(QPainter& painter, const QRectF& page, int pageNumber, int pageCount) const
{
    painter.save();
    const qreal h = page.height();
    const QRectF header(page.left(), page.top(), page.width(), h * HeaderShare);
    const QRectF footer(page.left(), page.bottom() - h * FooterShare, page.width(), h * FooterShare);

    QFont font(u"DejaVu Sans"_s);
    font.setPixelSize(qMax(1, int(h * 0.018)));
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.drawText(header, Qt::AlignLeft | Qt::AlignTop, m_info.schoolName);
    font.setBold(false);
    painter.setFont(font);
    painter.drawText(header, Qt::AlignRight | Qt::AlignTop, m_info.title);
    painter.setPen(QPen(Qt::black, h * 0.0008));
    painter.drawLine(header.bottomLeft(), header.bottomRight());
    painter.drawLine(footer.topLeft(), footer.topRight());

    font.setPixelSize(qMax(1, int(h * 0.012)));
    painter.setFont(font);
    const QRectF footerText = footer.adjusted(0, h * 0.006, 0, 0);
    const QString made = tr("Made %1").arg(
        QLocale(QLocale::English, QLocale::UnitedKingdom).toString(m_info.madeAt, u"d MMMM yyyy, HH:mm"_s));
    painter.drawText(footerText, Qt::AlignLeft | Qt::AlignTop, made);
    painter.drawText(footerText, Qt::AlignHCenter | Qt::AlignTop,
                     tr("Page %1 of %2").arg(pageNumber).arg(pageCount));
    if (!m_info.sensitivity.isEmpty()) {
        font.setBold(true);
        painter.setFont(font);
        painter.drawText(footerText, Qt::AlignRight | Qt::AlignTop, m_info.sensitivity);
    }
    painter.restore();
}
