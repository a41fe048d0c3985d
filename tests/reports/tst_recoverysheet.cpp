#include "RecoverySheet.h"

#include <poppler-qt6.h>

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString Key = u"0A1B2C3D-4E5F6A7B-8C9D0E1F-2A3B4C5D-6E7F8A9B-0C1D2E3F-4A5B6C7D-8E9F0A1B"_s;
const QString School = u"Ysgol Gynradd Llŷr"_s;
} // namespace

class TestRecoverySheet final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void splitsTheKeyIntoEightGroups();
    void writesOneA4PageWithTheKey();
    void nothingOverlapsOrLeavesThePage();
    void refusesSomethingThatIsNotAKey();
};

void TestRecoverySheet::splitsTheKeyIntoEightGroups()
{
    const QStringList groups = RecoverySheet::keyGroups(Key);
    QCOMPARE(groups.size(), 8);
    QCOMPARE(groups.first(), u"0A1B2C3D"_s);
    QCOMPARE(groups.last(), u"8E9F0A1B"_s);
    // Typed without dashes, in lower case, or spaced: the same key.
    QCOMPARE(RecoverySheet::keyGroups(Key.toLower().remove(u'-')), groups);
    QCOMPARE(RecoverySheet::keyGroups(QString(Key).replace(u'-', u' ')), groups);
    QVERIFY(RecoverySheet::keyGroups(Key.left(60)).isEmpty());
    QVERIFY(RecoverySheet::keyGroups(QString(Key).replace(0, 1, u'G')).isEmpty());
}

void TestRecoverySheet::writesOneA4PageWithTheKey()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"recovery.pdf"_s);
    QString error;
    QVERIFY2(RecoverySheet::write(path, School, Key, QDateTime(QDate(2026, 9, 3), QTime(10, 15)), &error),
             qPrintable(error));

    std::unique_ptr<Poppler::Document> pdf = Poppler::Document::load(path);
    QVERIFY(pdf);
    QCOMPARE(pdf->numPages(), 1);
    std::unique_ptr<Poppler::Page> page = pdf->page(0);
    QCOMPARE(qRound(page->pageSizeF().width()), 595);
    QCOMPARE(qRound(page->pageSizeF().height()), 842);
    // Compatibility form undoes the ligatures (ﬁ) the PDF's text carries.
    const QString text = page->text(QRectF()).normalized(QString::NormalizationForm_KC);
    for (const QString& group : RecoverySheet::keyGroups(Key))
        QVERIFY2(text.contains(group), qPrintable(group));
    for (const QString& expected :
         {School, u"school safe"_s, u"Vault recovery sheet"_s, u"OFFICIAL-SENSITIVE"_s, u"Page 1 of 1"_s,
          u"3 September 2026"_s, u"Use recovery key"_s, u"--recovery-key"_s, u"cipher_page_size = 4096"_s,
          u"Where the vault file is kept"_s, u"Safeguarding records"_s})
        QVERIFY2(text.contains(expected), qPrintable(expected));
}

void TestRecoverySheet::nothingOverlapsOrLeavesThePage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"recovery.pdf"_s);
    // A long name tests the wrapping as well as the fit.
    const QString longName =
        u"The Blessed Cardinal John Henry Newman Roman Catholic Voluntary Aided Primary School"_s;
    QVERIFY(RecoverySheet::write(path, longName, Key, QDateTime::currentDateTime(), nullptr));
    std::unique_ptr<Poppler::Document> pdf = Poppler::Document::load(path);
    QVERIFY(pdf);
    QCOMPARE(pdf->numPages(), 1);
    std::unique_ptr<Poppler::Page> page = pdf->page(0);
    const QRectF sheet(QPointF(0, 0), page->pageSizeF());
    const std::vector<std::unique_ptr<Poppler::TextBox>> boxes = page->textList();
    QVERIFY(boxes.size() > 100);
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        const QRectF a = boxes[i]->boundingBox();
        QVERIFY2(sheet.contains(a), qPrintable(boxes[i]->text()));
        for (std::size_t j = i + 1; j < boxes.size(); ++j) {
            const QRectF b = boxes[j]->boundingBox();
            const QRectF both = a.intersected(b);
            const qreal smaller = std::min(a.width() * a.height(), b.width() * b.height());
            QVERIFY2(both.width() * both.height() < smaller * 0.2,
                     qPrintable(boxes[i]->text() + u" overlaps "_s + boxes[j]->text()));
        }
    }
}

void TestRecoverySheet::refusesSomethingThatIsNotAKey()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"recovery.pdf"_s);
    QString error;
    QVERIFY(!RecoverySheet::write(path, School, u"correct horse battery staple"_s,
                                  QDateTime::currentDateTime(), &error));
    QVERIFY(error.contains(u"not a recovery key"_s));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!RecoverySheet::write(dir.filePath(u"no/such/folder/recovery.pdf"_s), School, Key,
                                  QDateTime::currentDateTime(), &error));
    QVERIFY(error.contains(u"could not write"_s));
}

QTEST_MAIN(TestRecoverySheet)
#include "tst_recoverysheet.moc"
