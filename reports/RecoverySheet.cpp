#include "RecoverySheet.h"

#include "PageFrame.h"

#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <numeric>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

constexpr int GroupCount = 8;
constexpr int GroupLength = 8;
// The body is laid out in typographic points on a page 757 points tall (A4 less 15 mm margins), so
// it looks the same on any painter; unit is one such point in the painter's units.
constexpr qreal PageHeightPoints = 757.0;

// A cursor down the body: each call measures its block, draws it when drawing, and moves on.
class Flow final
{
public:
    Flow(QPainter& painter, const QRectF& area, qreal unit, bool draw)
        : m_painter(painter)
        , m_area(area)
        , m_unit(unit)
        , m_y(area.top())
        , m_draw(draw)
    {
    }

    qreal used() const { return m_y - m_area.top(); }
    qreal points(qreal value) const { return value * m_unit; }
    void skip(qreal value) { m_y += points(value); }

    QFont sans(qreal size, bool bold = false) const
    {
        QFont font(u"DejaVu Sans"_s);
        font.setPixelSize(qMax(1, qRound(points(size))));
        font.setBold(bold);
        return font;
    }

    QFont mono(qreal size, bool bold = false) const
    {
        QFont font(u"DejaVu Sans Mono"_s);
        font.setFamilies({u"DejaVu Sans Mono"_s, u"Consolas"_s, u"Courier New"_s, u"monospace"_s});
        font.setStyleHint(QFont::TypeWriter);
        font.setFixedPitch(true);
        font.setPixelSize(qMax(1, qRound(points(size))));
        font.setBold(bold);
        return font;
    }

    // Wrapped text across the width, less an indent in points; returns the rectangle it took.
    QRectF text(const QString& text, const QFont& font, qreal indent = 0, int flags = Qt::AlignLeft)
    {
        const QRectF room(m_area.left() + points(indent), m_y, m_area.width() - points(indent),
                          m_area.height() * 4);
        m_painter.setFont(font);
        const QRectF used = m_painter.boundingRect(room, flags | Qt::TextWordWrap, text);
        const QRectF box(room.left(), m_y, room.width(), used.height());
        if (m_draw)
            m_painter.drawText(box, flags | Qt::TextWordWrap, text);
        m_y += used.height();
        return box;
    }

    void heading(const QString& title)
    {
        skip(9);
        text(title, sans(12.5, true));
        skip(2.5);
    }

    void paragraph(const QString& body) { text(body, sans(10)); }

    void bullet(const QString& body)
    {
        const qreal top = m_y;
        const QRectF box = text(body, sans(10), 13);
        if (m_draw) {
            m_painter.setFont(sans(10));
            m_painter.drawText(QRectF(m_area.left() + points(3), top, points(10), box.height()),
                               Qt::AlignLeft | Qt::AlignTop, u"•"_s);
        }
        skip(3);
    }

    // A line to type exactly, on a light grey band under the bullet it belongs to.
    void code(const QString& line)
    {
        const qreal indent = 19;
        const QFont font = mono(9.5);
        m_painter.setFont(font);
        const QRectF room(m_area.left() + points(indent), m_y + points(2.5),
                          m_area.width() - points(indent + 6), m_area.height());
        const QRectF used = m_painter.boundingRect(room, Qt::AlignLeft | Qt::TextWrapAnywhere, line);
        const QRectF band(m_area.left() + points(indent - 4), m_y, m_area.width() - points(indent - 4),
                          used.height() + points(5));
        if (m_draw) {
            m_painter.fillRect(band, QColor(0xee, 0xee, 0xee));
            m_painter.drawText(QRectF(room.topLeft(), QSizeF(room.width(), used.height())),
                               Qt::AlignLeft | Qt::TextWrapAnywhere, line);
        }
        m_y += band.height() + points(3);
    }

    // The key in two lines of four groups, as large as fits, each group numbered.
    void keyBox(const QStringList& groups, const QString& caption, const QString& note)
    {
        const qreal top = m_y;
        const qreal pad = points(10);
        const QRectF inner = m_area.adjusted(pad, 0, -pad, 0);
        m_y += pad;
        text(caption, sans(9, true), 10);
        skip(4);

        const qreal column = inner.width() / 4;
        qreal size = 24;
        const QString sample(GroupLength, u'D');
        while (size > 10 &&
               QFontMetricsF(mono(size, true), m_painter.device()).horizontalAdvance(sample) > column * 0.86)
            size -= 0.5;
        const QFont keyFont = mono(size, true);
        const QFont numberFont = sans(7.5);
        const qreal numberHeight = QFontMetricsF(numberFont, m_painter.device()).height();
        const qreal keyHeight = QFontMetricsF(keyFont, m_painter.device()).height();
        for (int row = 0; row < 2; ++row) {
            for (int col = 0; col < 4; ++col) {
                const int index = row * 4 + col;
                const QRectF cell(inner.left() + col * column, m_y, column, numberHeight + keyHeight);
                if (!m_draw || index >= groups.size())
                    continue;
                m_painter.setPen(Qt::darkGray);
                m_painter.setFont(numberFont);
                m_painter.drawText(cell, Qt::AlignHCenter | Qt::AlignTop, QString::number(index + 1));
                m_painter.setPen(Qt::black);
                m_painter.setFont(keyFont);
                m_painter.drawText(cell, Qt::AlignHCenter | Qt::AlignBottom, groups.at(index));
            }
            m_y += numberHeight + keyHeight + points(row == 0 ? 6 : 4);
        }
        text(note, sans(8.5), 10);
        m_y += pad;
        if (m_draw) {
            m_painter.setPen(QPen(Qt::black, points(1.5)));
            m_painter.setBrush(Qt::NoBrush);
            m_painter.drawRoundedRect(QRectF(m_area.left(), top, m_area.width(), m_y - top), points(5),
                                      points(5));
            m_painter.setPen(Qt::black);
        }
    }

    // A ruled box to be filled in by hand, one labelled line each.
    void writingBox(const QString& caption, const QStringList& lines)
    {
        const qreal top = m_y;
        const qreal pad = points(10);
        m_y += pad;
        text(caption, sans(9, true), 10);
        const QFont labelFont = sans(9);
        const qreal labelWidth =
            std::accumulate(lines.cbegin(), lines.cend(), qreal(0), [&](qreal widest, const QString& label) {
                return std::max(widest,
                                QFontMetricsF(labelFont, m_painter.device()).horizontalAdvance(label));
            });
        for (const QString& label : lines) {
            m_y += points(28);
            if (!m_draw)
                continue;
            const qreal x = m_area.left() + pad;
            m_painter.setFont(labelFont);
            m_painter.drawText(QRectF(x, m_y - points(14), labelWidth, points(14)),
                               Qt::AlignLeft | Qt::AlignBottom, label);
            m_painter.setPen(QPen(Qt::gray, points(0.6)));
            m_painter.drawLine(QPointF(x + labelWidth + points(6), m_y), QPointF(m_area.right() - pad, m_y));
            m_painter.setPen(Qt::black);
        }
        m_y += pad;
        if (m_draw) {
            m_painter.setPen(QPen(Qt::black, points(0.8)));
            m_painter.setBrush(Qt::NoBrush);
            m_painter.drawRect(QRectF(m_area.left(), top, m_area.width(), m_y - top));
            m_painter.setPen(Qt::black);
        }
    }

private:
    QPainter& m_painter;
    QRectF m_area;
    qreal m_unit;
    qreal m_y;
    bool m_draw;
};

QString ukDate(const QDate& date)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(date, u"d MMMM yyyy"_s);
}

} // namespace

RecoverySheet::RecoverySheet(QString schoolName, const QString& recoveryKey, QDateTime made)
    : m_schoolName(std::move(schoolName))
    , m_groups(keyGroups(recoveryKey))
    , m_made(std::move(made))
{
}

QStringList RecoverySheet::keyGroups(const QString& recoveryKey)
{
    QString digits;
    for (const QChar c : recoveryKey) {
        if (c == u'-' || c.isSpace())
            continue;
        const QChar upper = c.toUpper();
        if (!((upper >= u'0' && upper <= u'9') || (upper >= u'A' && upper <= u'F')))
            return {};
        digits += upper;
    }
    if (digits.size() != GroupCount * GroupLength)
        return {};
    QStringList groups;
    for (int i = 0; i < GroupCount; ++i)
        groups << digits.mid(i * GroupLength, GroupLength);
    return groups;
}

void RecoverySheet::paint(QPainter& painter, const QRectF& page) const
{
    const QString title = tr("Vault recovery sheet");
    const PageFrame frame({m_schoolName, title, u"OFFICIAL-SENSITIVE"_s, m_made});
    const QRectF body = frame.bodyRect(page);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    frame.paint(painter, page, 1, 1);
    // Type shrinks only when the words outgrow one page (a longer translation, a long school name).
    qreal unit = page.height() / PageHeightPoints;
    for (int step = 0; step < 8 && layOut(painter, body, unit, false) > body.height(); ++step)
        unit *= 0.95;
    layOut(painter, body, unit, true);
    painter.restore();
}

qreal RecoverySheet::layOut(QPainter& painter, const QRectF& body, qreal unit, bool draw) const
{
    Flow flow(painter, body, unit, draw);
    painter.setPen(Qt::black);

    flow.text(tr("Vault recovery key"), flow.sans(20, true));
    flow.skip(3);
    flow.text(m_schoolName, flow.sans(13, true));
    flow.skip(1);
    flow.text(tr("Printed on %1").arg(ukDate(m_made.date())), flow.sans(10));
    flow.skip(8);
    flow.paragraph(
        tr("This key opens the school's Lanyard vault, the encrypted file that holds its pupil and "
           "staff records, if every passphrase is forgotten or the key file beside the vault is "
           "lost. Whoever has this sheet can open the vault: treat it like the key to the safe."));
    flow.skip(8);
    flow.keyBox(m_groups, tr("Recovery key: 8 groups of 8, type them in order"),
                tr("Only the digits 0–9 and the letters A–F appear, so a round character is always the digit "
                   "zero. Dashes and spaces between groups do not matter."));
    flow.skip(8);
    flow.writingBox(tr("Where the vault file is kept (fill in by hand)"),
                    {tr("Computer and folder:"), tr("Backup copies:"), tr("Filled in by, on:")});

    flow.heading(tr("Keep it safe"));
    flow.bullet(tr("Keep this sheet in the school safe, in a sealed envelope, away from the computer."));
    flow.bullet(tr("Never photograph, scan, copy or email it, and never type the key anywhere except as "
                   "described below."));
    flow.bullet(tr("If someone who should not have seen it may have done so, tell the headteacher and the "
                   "data protection officer at once."));

    flow.heading(tr("How to use it"));
    flow.bullet(
        tr("In Lanyard: on the sign-in window click \"Use recovery key…\" and type the 8 groups. Then "
           "set a new passphrase for whoever forgot theirs."));
    flow.bullet(tr("With lanyard-cli, give it in place of a passphrase (VAULT is the .lanyard file):"));
    flow.code(u"lanyard-cli verify VAULT --recovery-key KEY"_s);
    flow.bullet(tr("For IT support, if Lanyard itself cannot run: in the sqlcipher shell, with KEY the 64 "
                   "letters and digits without dashes:"));
    flow.code(u"PRAGMA key = \"x'KEY'\"; PRAGMA cipher_page_size = 4096;"_s);

    flow.heading(tr("What it does not open"));
    flow.paragraph(
        tr("Safeguarding records: concern narratives, the names linked to them and their attachments "
           "are sealed with a second key, which only the passphrases of the designated safeguarding "
           "leads (DSLs) and the head hold. This sheet cannot read them."));
    return flow.used();
}

bool RecoverySheet::write(const QString& pdfPath, const QString& schoolName, const QString& recoveryKey,
                          const QDateTime& made, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (keyGroups(recoveryKey).isEmpty())
        return fail(
            tr("That is not a recovery key: it should be 64 letters and digits (0–9, A–F) in 8 groups "
               "of 8."));
    {
        QPdfWriter writer(pdfPath);
        writer.setTitle(tr("Vault recovery sheet"));
        writer.setCreator(u"Lanyard"_s);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        QPainter painter;
        if (!painter.begin(&writer))
            return fail(tr("Lanyard could not write %1. Check the folder exists and you may save there.")
                            .arg(QFileInfo(pdfPath).fileName()));
        const QRectF paintable = writer.pageLayout().paintRectPixels(writer.resolution());
        RecoverySheet(schoolName, recoveryKey, made).paint(painter, QRectF(QPointF(0, 0), paintable.size()));
        if (!painter.end())
            return fail(tr("Lanyard could not finish writing %1.").arg(QFileInfo(pdfPath).fileName()));
    }
    if (QFileInfo(pdfPath).size() == 0) {
        QFile::remove(pdfPath);
        return fail(tr("Lanyard could not write %1. Check the folder exists and you may save there.")
                        .arg(QFileInfo(pdfPath).fileName()));
    }
    return true;
}
