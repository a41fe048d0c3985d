#include "YearGroup.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

std::optional<YearGroup> YearGroup::fromOrdinal(int ordinal)
{
    if (ordinal < First || ordinal > Last)
        return std::nullopt;
    return YearGroup(ordinal);
}

std::optional<YearGroup> YearGroup::parse(const QString& label)
{
    const QString text = label.simplified().toLower();
    if (text == u"n" || text == u"nur" || text == u"nursery")
        return YearGroup(Nursery);
    if (text == u"r" || text == u"rec" || text == u"reception")
        return YearGroup(Reception);

    // [0-9] rather than \d: QRegularExpression matches any Unicode digit with \d.
    static const QRegularExpression numbered(u"^(?:year|yr|y)? ?([0-9]{1,2}|r)$"_s);
    const QRegularExpressionMatch match = numbered.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QString rest = match.captured(1);
    if (rest == u"r")
        return YearGroup(Reception);
    const int number = rest.toInt();
    if (number < 1) // "Year 0" is not a label schools use; Reception is "R"
        return std::nullopt;
    return fromOrdinal(number);
}

std::optional<YearGroup> YearGroup::expectedFor(const QDate& dateOfBirth, int academicStartYear)
{
    if (!dateOfBirth.isValid())
        return std::nullopt;
    // The fifth birthday falls in the academic year starting the September before it (or on it). A
    // 29 February birthday is in February or March either way, so the month alone decides.
    const int receptionStartYear = dateOfBirth.year() + (dateOfBirth.month() >= 9 ? 5 : 4);
    return fromOrdinal(academicStartYear - receptionStartYear);
}

QList<YearGroup> YearGroup::all()
{
    QList<YearGroup> result;
    result.reserve(Last - First + 1);
    for (int ordinal = First; ordinal <= Last; ++ordinal)
        result.append(YearGroup(ordinal));
    return result;
}

bool YearGroup::isValid() const
{
    return m_ordinal >= First && m_ordinal <= Last;
}

int YearGroup::ordinal() const
{
    return m_ordinal;
}

QString YearGroup::code() const
{
    if (!isValid())
        return {};
    if (m_ordinal == Nursery)
        return u"N"_s;
    if (m_ordinal == Reception)
        return u"R"_s;
    return QString::number(m_ordinal);
}

QString YearGroup::displayName() const
{
    if (!isValid())
        return {};
    if (m_ordinal == Nursery)
        return tr("Nursery");
    if (m_ordinal == Reception)
        return tr("Reception");
    return tr("Year %1").arg(m_ordinal);
}

KeyStage YearGroup::keyStage() const
{
    if (m_ordinal <= Reception)
        return KeyStage::EarlyYears;
    if (m_ordinal <= 2)
        return KeyStage::KS1;
    if (m_ordinal <= 6)
        return KeyStage::KS2;
    if (m_ordinal <= 9)
        return KeyStage::KS3;
    if (m_ordinal <= 11)
        return KeyStage::KS4;
    return KeyStage::KS5;
}

QString YearGroup::keyStageName(KeyStage stage)
{
    switch (stage) {
    case KeyStage::EarlyYears:
        return tr("Early Years (EYFS)");
    case KeyStage::KS1:
        return tr("Key Stage 1");
    case KeyStage::KS2:
        return tr("Key Stage 2");
    case KeyStage::KS3:
        return tr("Key Stage 3");
    case KeyStage::KS4:
        return tr("Key Stage 4");
    case KeyStage::KS5:
        return tr("Key Stage 5 (sixth form)");
    }
    return {};
}

std::optional<YearGroup> YearGroup::next() const
{
    if (!isValid())
        return std::nullopt;
    return fromOrdinal(m_ordinal + 1);
}
