#include "PageFrame.h"

#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>
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
    qreal nameLeft = header.left();
    if (!m_info.logo.isNull()) {
        const qreal logoHeight = header.height() * 0.75;
        const qreal logoWidth =
            std::min(logoHeight * m_info.logo.width() / m_info.logo.height(), header.width() * 0.25);
        painter.drawImage(QRectF(header.left(), header.top(), logoWidth, logoHeight), m_info.logo);
        nameLeft += logoWidth + page.width() * 0.015;
    }
    // The title keeps up to half the line; the name has what is left and is shortened to fit it.
    const QRectF line(nameLeft, header.top(), header.right() - nameLeft, header.height());
    const qreal gap = page.width() * 0.03;
    const QFontMetricsF titleMetrics(font, painter.device());
    const QString title = titleMetrics.elidedText(m_info.title, Qt::ElideRight, line.width() * 0.5);
    const qreal titleWidth = titleMetrics.horizontalAdvance(title);
    painter.setPen(Qt::black);
    painter.setFont(font);
    painter.drawText(line, Qt::AlignRight | Qt::AlignTop, title);
    font.setBold(true);
    painter.setFont(font);
    painter.drawText(line, Qt::AlignLeft | Qt::AlignTop,
                     QFontMetricsF(font, painter.device())
                         .elidedText(m_info.schoolName, Qt::ElideRight, line.width() - titleWidth - gap));
    font.setBold(false);
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
