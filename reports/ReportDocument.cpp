#include "ReportDocument.h"

#include <QBuffer>
#include <QColor>
#include <QFileInfo>
#include <QFont>
#include <QFontMetricsF>
#include <QLineF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextLayout>

#include <qrencode.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// Pages are laid out and painted in device pixels of a 300 dpi PDF.
constexpr int Dpi = 300;
constexpr qreal mm(qreal value)
{
    return value * Dpi / 25.4;
}
constexpr qreal pt(qreal value)
{
    return value * Dpi / 72.0;
}

const QColor Ink(Qt::black);
const QColor Muted(0x40, 0x40, 0x40);
const QColor HeaderShade(0xe2, 0xe2, 0xe2);

constexpr qreal BlockGap = mm(3);
constexpr qreal LineWidth = pt(0.6);
constexpr qreal InkLineWidth = pt(0.9); // lines to sign on and boxes to tick: firm enough to find
constexpr int QuietZone = 4;            // modules of white round a QR code, as the standard asks

QPageLayout a4Layout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                       QPageLayout::Millimeter);
}

QFont reportFont(qreal points, bool bold = false, bool mono = false)
{
    QFont font(mono ? u"DejaVu Sans Mono"_s : u"DejaVu Sans"_s);
    if (mono)
        font.setStyleHint(QFont::TypeWriter);
    font.setPixelSize(qRound(pt(points)));
    font.setBold(bold);
    // Unhinted metrics do not depend on the device, so what is measured is what the PDF shows.
    font.setHintingPreference(QFont::PreferNoHinting);
    // Any letter spacing turns ligatures off, so "Griffiths" is copied or searched from the PDF as
    // typed rather than with an "ffi" glyph; 1/64 pixel is Qt's smallest step and cannot be seen.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64);
    return font;
}

// Text laid out once: its lines keep their shaped glyphs for painting.
struct Measured
{
    std::shared_ptr<const QTextLayout> layout;
    qreal height = 0;
    qreal width = 0; // of the widest line
};

Measured measure(const QString& text, const QFont& font, qreal width, Qt::Alignment alignment = Qt::AlignLeft,
                 QTextOption::WrapMode wrap = QTextOption::WrapAtWordBoundaryOrAnywhere)
{
    auto layout = std::make_shared<QTextLayout>(text, font);
    layout->setCacheEnabled(true);
    QTextOption option(alignment);
    option.setWrapMode(wrap);
    layout->setTextOption(option);
    Measured result;
    layout->beginLayout();
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, result.height));
        result.height += line.height();
        result.width = std::max(result.width, line.naturalTextWidth());
    }
    layout->endLayout();
    result.layout = std::move(layout);
    return result;
}

// The dark modules of a QR code, one rectangle per horizontal run, in modules with the quiet zone.
struct QrSymbol
{
    int size = 0;
    QList<QRect> runs;

    // A whole number of pixels per module, so every module prints the same size.
    qreal module(qreal sizeMm) const { return std::max(1.0, std::floor(mm(sizeMm) / size)); }

    // From a whole pixel too: short numbers in the PDF, which is quicker to write and to compress.
    QList<QRectF> at(const QPointF& origin, qreal module) const
    {
        const qreal left = std::round(origin.x());
        const qreal top = std::round(origin.y());
        QList<QRectF> modules;
        modules.reserve(runs.size());
        for (const QRect& run : runs)
            modules.append(
                QRectF(left + run.x() * module, top + run.y() * module, run.width() * module, module));
        return modules;
    }
};

std::optional<QrSymbol> encodeQr(const QString& payload)
{
    const QByteArray utf8 = payload.toUtf8();
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code)
        return std::nullopt;
    const int width = code->width;
    const auto dark = [&](int row, int col) { return (code->data[row * width + col] & 1) != 0; };
    QrSymbol symbol{width + 2 * QuietZone, {}};
    for (int row = 0; row < width; ++row) {
        for (int col = 0; col < width;) {
            if (!dark(row, col)) {
                ++col;
                continue;
            }
            int end = col;
            while (end < width && dark(row, end))
                ++end;
            symbol.runs.append(QRect(QuietZone + col, QuietZone + row, end - col, 1));
            col = end;
        }
    }
    return symbol;
}

struct TextLine
{
    std::shared_ptr<const QTextLayout> layout;
    int index;
    QPointF origin;
    QColor colour;
};

struct Stroke
{
    QLineF line;
    qreal width;
};

struct Fill
{
    QRectF rect;
    QColor colour;
};

// What one page holds, painted in this order.
struct Page
{
    QList<Fill> fills;
    QList<Stroke> strokes;
    QList<QRectF> boxes;
    QList<TextLine> text;
    QList<QRectF> marks; // filled black: the modules of QR codes
};

// Where layout had got to, to go back to when a keep-together group has to move to a new page.
struct Mark
{
    std::size_t pages;
    qsizetype fills, strokes, boxes, text, marks;
    qreal y, stampBottom, stampReserve;
};

} // namespace

struct ReportDocument::Private
{
    explicit Private(PageFrameInfo info)
        : frame(info)
        , title(info.title)
        , page(QPointF(0, 0), a4Layout().paintRectPixels(Dpi).size())
        , body(frame.bodyRect(page))
        , bodyFont(reportFont(10.5))
        , bullet(measure(u"•"_s, bodyFont, mm(5)))
    {
        newPage();
    }

    PageFrame frame;
    QString title;
    QRectF page; // the paintable part of an A4 page, less its margins
    QRectF body;
    QFont bodyFont;
    Measured bullet;

    std::vector<Page> pages;
    qreal y = 0;
    // A corner QR code narrows the page's flow by stampReserve until stampBottom.
    qreal stampBottom = 0;
    qreal stampReserve = 0;
    QString error;
    int groupDepth = 0;
    std::vector<std::function<void()>> group;

    void run(std::function<void()> step)
    {
        if (groupDepth > 0)
            group.push_back(std::move(step));
        else
            step();
    }

    Page& current() { return pages.back(); }
    // A break at the very end leaves an empty page that is not printed.
    int pageCount() const
    {
        const Page& last = pages.back();
        const bool empty = last.fills.isEmpty() && last.strokes.isEmpty() && last.boxes.isEmpty() &&
                           last.text.isEmpty() && last.marks.isEmpty();
        return int(pages.size()) - (empty && pages.size() > 1 ? 1 : 0);
    }
    bool atTop() const { return y <= body.top(); }
    qreal laneWidth() const { return body.width() - (y < stampBottom ? stampReserve : 0); }

    void newPage()
    {
        pages.emplace_back();
        y = body.top();
        stampBottom = body.top();
        stampReserve = 0;
    }

    // Moves to a new page unless height fits below (or nothing is on this page yet).
    void need(qreal height)
    {
        if (y + height > body.bottom() && !atTop())
            newPage();
    }

    void space(qreal height)
    {
        if (!atTop())
            y += height;
    }

    void put(const Measured& text, const QPointF& at, const QColor& colour = Ink)
    {
        for (int i = 0; i < text.layout->lineCount(); ++i)
            current().text.append({text.layout, i, at, colour});
    }

    void line(const QPointF& from, const QPointF& to, qreal width = LineWidth)
    {
        current().strokes.append({QLineF(from, to), width});
    }

    // Wrapped text from the current position down, line by line across pages, each line as wide
    // as the lane beside a corner code allows where it falls.
    void flow(const QString& text, const QFont& font, qreal indent = 0, const QColor& colour = Ink)
    {
        auto layout = std::make_shared<QTextLayout>(text, font);
        layout->setCacheEnabled(true);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout->setTextOption(option);
        qreal offset = 0;
        layout->beginLayout();
        for (QTextLine textLine = layout->createLine(); textLine.isValid(); textLine = layout->createLine()) {
            textLine.setLineWidth(laneWidth() - indent);
            need(textLine.height());
            textLine.setPosition(QPointF(0, offset));
            current().text.append(
                {layout, textLine.lineNumber(), QPointF(body.left() + indent, y - offset), colour});
            offset += textLine.height();
            y += textLine.height();
        }
        layout->endLayout();
    }

    void bulletItem(const QString& text, const QFont& font)
    {
        need(QFontMetricsF(font).height());
        put(bullet, QPointF(body.left() + mm(1.5), y));
        flow(text, font, mm(6));
        y += mm(1);
    }

    Mark mark() const
    {
        const Page& last = pages.back();
        return {pages.size(),
                last.fills.size(),
                last.strokes.size(),
                last.boxes.size(),
                last.text.size(),
                last.marks.size(),
                y,
                stampBottom,
                stampReserve};
    }

    void restore(const Mark& to)
    {
        pages.resize(to.pages);
        Page& last = pages.back();
        last.fills.resize(to.fills);
        last.strokes.resize(to.strokes);
        last.boxes.resize(to.boxes);
        last.text.resize(to.text);
        last.marks.resize(to.marks);
        y = to.y;
        stampBottom = to.stampBottom;
        stampReserve = to.stampReserve;
    }

    void paintPage(QPainter& painter, const Page& content) const
    {
        for (const Fill& fill : content.fills)
            painter.fillRect(fill.rect, fill.colour);
        QPen pen(Ink, LineWidth);
        pen.setCapStyle(Qt::FlatCap);
        painter.setPen(pen);
        for (const Stroke& stroke : content.strokes) {
            if (stroke.width != pen.widthF()) {
                pen.setWidthF(stroke.width);
                painter.setPen(pen);
            }
            painter.drawLine(stroke.line);
        }
        painter.setPen(QPen(Ink, InkLineWidth));
        painter.setBrush(Qt::NoBrush);
        painter.drawRects(content.boxes.constData(), int(content.boxes.size()));
        for (const TextLine& text : content.text) {
            if (painter.pen().color() != text.colour)
                painter.setPen(text.colour);
            text.layout->lineAt(text.index).draw(&painter, text.origin);
        }
        // One fill for all of them, so no renderer shows seams between touching modules.
        painter.setPen(Qt::NoPen);
        painter.setBrush(Ink);
        painter.drawRects(content.marks.constData(), int(content.marks.size()));
    }

    bool paint(QIODevice& device, const Progress& progress, QString* failure) const
    {
        const auto fail = [failure](const QString& message) {
            if (failure)
                *failure = message;
            return false;
        };
        Q_ASSERT_X(groupDepth == 0, Q_FUNC_INFO, "beginKeepTogether() without endKeepTogether()");
        if (!error.isEmpty())
            return fail(error);
        QPdfWriter writer(&device);
        writer.setTitle(title);
        writer.setCreator(u"Lanyard"_s);
        writer.setPageLayout(a4Layout());
        writer.setResolution(Dpi);
        QPainter painter;
        if (!painter.begin(&writer))
            return fail(ReportDocument::tr("Lanyard could not start writing the PDF."));
        const int total = pageCount();
        for (int n = 0; n < total; ++n) {
            if (n > 0)
                writer.newPage();
            frame.paint(painter, page, n + 1, total);
            paintPage(painter, pages[std::size_t(n)]);
            if (progress && !progress(n + 1, total)) {
                painter.end();
                return fail(ReportDocument::tr("Making the PDF was cancelled, so no file was saved."));
            }
        }
        if (!painter.end())
            return fail(ReportDocument::tr("Lanyard could not finish writing the PDF."));
        return true;
    }

    std::optional<QrSymbol> qr(const QString& payload)
    {
        std::optional<QrSymbol> symbol = encodeQr(payload);
        if (!symbol && error.isEmpty())
            error =
                ReportDocument::tr("Lanyard could not make a QR code for \u201c%1\u201d: its text is empty "
                                   "or too long (at most about 2,000 letters).")
                    .arg(payload.left(40));
        return symbol;
    }
};

ReportDocument::ReportDocument(PageFrameInfo frame)
    : d(std::make_unique<Private>(std::move(frame)))
{
}

ReportDocument::~ReportDocument() = default;
ReportDocument::ReportDocument(ReportDocument&&) noexcept = default;
ReportDocument& ReportDocument::operator=(ReportDocument&&) noexcept = default;

void ReportDocument::heading(const QString& text, int level)
{
    d->run([p = d.get(), text, level] {
        const QFont font = reportFont(level <= 1 ? 15 : 12, true);
        p->space(level <= 1 ? mm(4) : mm(2.5));
        // Room for the heading and the first lines of what it heads.
        p->need(QFontMetricsF(font).height() + 3 * QFontMetricsF(p->bodyFont).height());
        p->flow(text, font);
        p->y += mm(1.5);
    });
}

void ReportDocument::paragraph(const QString& text, ReportTextStyle style)
{
    d->run([p = d.get(), text, style] {
        const QFont font = style == ReportTextStyle::Small    ? reportFont(8.5)
                           : style == ReportTextStyle::Strong ? reportFont(10.5, true)
                                                              : p->bodyFont;
        QStringList prose;
        const auto endProse = [&] {
            if (prose.isEmpty())
                return;
            p->flow(prose.join(QChar::LineSeparator), font);
            p->y += mm(2);
            prose.clear();
        };
        for (const QString& line : text.split(u'\n')) {
            if (line.startsWith(u"- "_s)) {
                endProse();
                p->bulletItem(line.mid(2), font);
            } else if (line.trimmed().isEmpty()) {
                endProse();
            } else {
                prose << line;
            }
        }
        endProse();
        p->space(BlockGap - mm(2));
    });
}

void ReportDocument::bullets(const QStringList& items)
{
    d->run([p = d.get(), items] {
        for (const QString& item : items)
            p->bulletItem(item, p->bodyFont);
        p->space(BlockGap);
    });
}

void ReportDocument::fields(const QList<std::pair<QString, QString>>& labelValues, int perRow)
{
    d->run([p = d.get(), labelValues, perRow = std::max(1, perRow)] {
        const QFont labelFont = reportFont(8, true);
        const QFont valueFont = reportFont(11.5);
        const qreal gap = mm(5);
        for (qsizetype first = 0; first < labelValues.size(); first += perRow) {
            const qreal cell = (p->laneWidth() - (perRow - 1) * gap) / perRow;
            const auto row = labelValues.mid(first, perRow);
            std::vector<std::pair<Measured, Measured>> cells;
            qreal height = 0;
            for (const auto& [label, value] : row) {
                cells.emplace_back(measure(label, labelFont, cell), measure(value, valueFont, cell));
                height = std::max(height, cells.back().first.height + cells.back().second.height);
            }
            p->need(height + mm(1.5));
            for (std::size_t i = 0; i < cells.size(); ++i) {
                const qreal x = p->body.left() + qreal(i) * (cell + gap);
                p->put(cells[i].first, QPointF(x, p->y), Muted);
                p->put(cells[i].second, QPointF(x, p->y + cells[i].first.height));
                p->line(QPointF(x, p->y + height + mm(0.8)), QPointF(x + cell, p->y + height + mm(0.8)));
            }
            p->y += height + mm(1.5) + mm(2);
        }
        p->space(BlockGap - mm(2));
    });
}

void ReportDocument::table(const QList<ReportColumn>& columns, const QList<QStringList>& rows, qreal rowMm)
{
    d->run([p = d.get(), columns, rows, rowMm] {
        if (columns.isEmpty())
            return;
        const qreal padX = mm(1.5);
        const qreal padY = mm(1.2);
        const qreal minRow = mm(rowMm);
        const qreal tick = mm(4);
        const QFont headerFont = reportFont(9, true);
        const QFont cellFont = reportFont(9.5);
        const qreal left = p->body.left();
        const qreal width = p->laneWidth();
        const qreal shares = std::accumulate(columns.cbegin(), columns.cend(), qreal(0),
                                             [](qreal sum, const ReportColumn& c) { return sum + c.share; });
        QList<qreal> edges{left};
        for (const ReportColumn& column : columns)
            edges.append(edges.last() + width * column.share / shares);

        qreal headerHeight = mm(6.5);
        QList<Measured> header;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            header.append(measure(columns[c].title, headerFont, edges[c + 1] - edges[c] - 2 * padX,
                                  columns[c].alignment));
            headerHeight = std::max(headerHeight, header.last().height + 2 * padY);
        }

        qreal segmentTop = 0;
        const auto startSegment = [&] {
            segmentTop = p->y;
            p->current().fills.append({QRectF(left, p->y, width, headerHeight), HeaderShade});
            for (qsizetype c = 0; c < columns.size(); ++c)
                p->put(header[c], QPointF(edges[c] + padX, p->y + padY));
            p->line(QPointF(left, p->y), QPointF(left + width, p->y));
            p->y += headerHeight;
            p->line(QPointF(left, p->y), QPointF(left + width, p->y));
        };
        const auto endSegment = [&] {
            for (const qreal x : edges)
                p->line(QPointF(x, segmentTop), QPointF(x, p->y));
        };

        bool started = false;
        for (const QStringList& row : rows) {
            QList<Measured> cells;
            qreal height = minRow;
            for (qsizetype c = 0; c < columns.size(); ++c) {
                if (columns[c].tickBox) {
                    cells.append(Measured{});
                    continue;
                }
                cells.append(measure(row.value(c), cellFont, edges[c + 1] - edges[c] - 2 * padX,
                                     columns[c].alignment));
                height = std::max(height, cells.last().height + 2 * padY);
            }
            if (!started) {
                p->need(headerHeight + height);
                startSegment();
                started = true;
            } else if (p->y + height > p->body.bottom()) {
                endSegment();
                p->newPage();
                startSegment();
            }
            for (qsizetype c = 0; c < columns.size(); ++c) {
                if (!columns[c].tickBox) {
                    p->put(cells[c], QPointF(edges[c] + padX, p->y + padY));
                    continue;
                }
                const qreal room = edges[c + 1] - edges[c] - 2 * padX - tick;
                const Qt::Alignment align = columns[c].alignment;
                const qreal along = align.testFlag(Qt::AlignLeft)    ? 0
                                    : align.testFlag(Qt::AlignRight) ? room
                                                                     : room / 2;
                p->current().boxes.append(
                    QRectF(edges[c] + padX + along, p->y + (height - tick) / 2, tick, tick));
            }
            p->y += height;
            p->line(QPointF(left, p->y), QPointF(left + width, p->y));
        }
        if (!started) {
            p->need(headerHeight);
            startSegment();
        }
        endSegment();
        p->space(BlockGap);
    });
}

void ReportDocument::signatureLines(const QStringList& labels, const QList<qreal>& shares)
{
    d->run([p = d.get(), labels, shares] {
        if (labels.isEmpty())
            return;
        const QList<qreal> parts = shares.size() == labels.size() ? shares : QList<qreal>(labels.size(), 1);
        const qreal total = std::accumulate(parts.cbegin(), parts.cend(), qreal(0));
        const qreal gap = mm(8);
        const qreal room = mm(13); // to write in, above the line
        const qreal width = p->laneWidth() - gap * qreal(labels.size() - 1);
        const QFont font = reportFont(8.5);
        QList<Measured> captions;
        qreal captionHeight = 0;
        for (qsizetype i = 0; i < labels.size(); ++i) {
            captions.append(measure(labels[i], font, width * parts[i] / total));
            captionHeight = std::max(captionHeight, captions.last().height);
        }
        p->need(room + mm(1) + captionHeight);
        qreal x = p->body.left();
        for (qsizetype i = 0; i < labels.size(); ++i) {
            const qreal w = width * parts[i] / total;
            p->line(QPointF(x, p->y + room), QPointF(x + w, p->y + room), InkLineWidth);
            p->put(captions[i], QPointF(x, p->y + room + mm(1)), Muted);
            x += w + gap;
        }
        p->y += room + mm(1) + captionHeight;
        p->space(BlockGap);
    });
}

void ReportDocument::tickBoxes(const QStringList& labels)
{
    d->run([p = d.get(), labels] {
        const qreal box = mm(4.5);
        const qreal gap = mm(2);
        const qreal between = mm(9);
        const qreal lineHeight = QFontMetricsF(p->bodyFont).height();
        const qreal width = p->laneWidth();
        QList<Measured> texts;
        for (const QString& label : labels)
            texts.append(measure(label, p->bodyFont, width - box - gap));
        for (qsizetype first = 0; first < texts.size();) {
            // As many as fit side by side; always at least one.
            qsizetype end = first + 1;
            qreal used = box + gap + texts[first].width;
            while (end < texts.size() && used + between + box + gap + texts[end].width <= width)
                used += between + box + gap + texts[end++].width;
            qreal height = box;
            for (qsizetype i = first; i < end; ++i)
                height = std::max(height, texts[i].height);
            p->need(height);
            qreal x = p->body.left();
            for (qsizetype i = first; i < end; ++i) {
                p->current().boxes.append(QRectF(x, p->y + (lineHeight - box) / 2, box, box));
                p->put(texts[i], QPointF(x + box + gap, p->y));
                x += box + gap + texts[i].width + between;
            }
            p->y += height + mm(2);
            first = end;
        }
        p->space(BlockGap - mm(2));
    });
}

void ReportDocument::qrCode(const QString& payload, const QString& caption, qreal sizeMm)
{
    d->run([p = d.get(), payload, caption, sizeMm] {
        const std::optional<QrSymbol> symbol = p->qr(payload);
        if (!symbol)
            return;
        const qreal module = symbol->module(sizeMm);
        const qreal side = module * symbol->size;
        const qreal textLeft = side + mm(2);
        const qreal textWidth = p->laneWidth() - textLeft;
        const Measured title = measure(caption, reportFont(10.5, true), textWidth);
        const Measured code =
            measure(payload, reportFont(9, false, true), textWidth, Qt::AlignLeft, QTextOption::WrapAnywhere);
        const qreal textTop = module * QuietZone;
        p->need(std::max(side, textTop + title.height + mm(1) + code.height));
        const QPointF origin(p->body.left(), p->y);
        p->current().marks.append(symbol->at(origin, module));
        p->put(title, origin + QPointF(textLeft, textTop));
        p->put(code, origin + QPointF(textLeft, textTop + title.height + mm(1)));
        p->y += std::max(side, textTop + title.height + mm(1) + code.height);
        p->space(BlockGap);
    });
}

void ReportDocument::cornerQrCode(const QString& payload, qreal sizeMm)
{
    d->run([p = d.get(), payload, sizeMm] {
        if (!p->atTop() || p->stampReserve > 0)
            p->newPage();
        const std::optional<QrSymbol> symbol = p->qr(payload);
        if (!symbol)
            return;
        const qreal module = symbol->module(sizeMm);
        const qreal side = module * symbol->size;
        // The payload on one line, so that it can be read and typed as printed: centred under the
        // code, or ending under its right edge when it is the wider of the two.
        const QFont font = reportFont(7.5, false, true);
        const qreal textWidth = std::max(side, measure(payload, font, p->body.width()).width + mm(1));
        const Measured code = measure(payload, font, textWidth, Qt::AlignHCenter, QTextOption::NoWrap);
        const QPointF origin(p->body.right() - side, p->body.top());
        p->current().marks.append(symbol->at(origin, module));
        // The quiet zone's white is room enough above the payload's text.
        p->put(code, QPointF(p->body.right() - textWidth, origin.y() + side - module * QuietZone / 2));
        p->stampBottom = origin.y() + side - module * QuietZone / 2 + code.height + mm(2);
        p->stampReserve = textWidth + mm(4);
    });
}

void ReportDocument::beginKeepTogether()
{
    ++d->groupDepth;
}

void ReportDocument::endKeepTogether()
{
    if (d->groupDepth == 0 || --d->groupDepth > 0)
        return;
    const std::vector<std::function<void()>> steps = std::exchange(d->group, {});
    const bool atTop = d->atTop();
    const Mark start = d->mark();
    for (const auto& step : steps)
        step();
    if (atTop || d->pages.size() == start.pages)
        return;
    d->restore(start);
    d->newPage();
    for (const auto& step : steps)
        step();
}

void ReportDocument::pageBreak()
{
    d->run([p = d.get()] {
        if (!p->atTop())
            p->newPage();
    });
}

void ReportDocument::spacer(qreal millimetres)
{
    d->run([p = d.get(), millimetres] { p->space(mm(millimetres)); });
}

int ReportDocument::pageCount(QString* error) const
{
    if (!d->error.isEmpty()) {
        if (error)
            *error = d->error;
        return 0;
    }
    return d->pageCount();
}

bool ReportDocument::write(const QString& pdfPath, const Progress& progress, QString* error) const
{
    QSaveFile file(pdfPath);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Lanyard could not write %1. Check the folder exists and you may save there.")
                         .arg(QFileInfo(pdfPath).fileName());
        return false;
    }
    // An unfinished QSaveFile removes its temporary file, so a failure leaves nothing behind.
    if (!d->paint(file, progress, error))
        return false;
    if (!file.commit()) {
        if (error)
            *error = tr("Lanyard could not save %1. Check there is room on the disk and that the file is "
                        "not open in another program.")
                         .arg(QFileInfo(pdfPath).fileName());
        return false;
    }
    return true;
}

QByteArray ReportDocument::toPdf(const Progress& progress, QString* error) const
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    if (!d->paint(buffer, progress, error))
        return {};
    return pdf;
}
