#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;

// The one A4 page that goes in the school safe: the school, the date, the vault's recovery key in
// large print, a box to write where the vault file is kept, and how to use the key. paint() draws
// it on any painter (a PDF or a printer); write() makes the PDF.
class RecoverySheet final
{
    Q_DECLARE_TR_FUNCTIONS(RecoverySheet)
public:
    RecoverySheet(QString schoolName, const QString& recoveryKey, QDateTime made);

    // The key as 8 groups of 8 upper-case hex digits, or empty when the text is not a recovery key
    // (64 hex digits, dashes and spaces ignored).
    static QStringList keyGroups(const QString& recoveryKey);

    // page: the paintable area in the painter's units; the sheet scales to it.
    void paint(QPainter& painter, const QRectF& page) const;

    static bool write(const QString& pdfPath, const QString& schoolName, const QString& recoveryKey,
                      const QDateTime& made, QString* error = nullptr);

private:
    // Lays the body out at the given type scale; draws only when draw is set. Returns the height used.
    qreal layOut(QPainter& painter, const QRectF& body, qreal unit, bool draw) const;

    QString m_schoolName;
    QStringList m_groups;
    QDateTime m_made;
};
