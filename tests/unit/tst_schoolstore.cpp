// The school's details and logo, kept in the vault.
#include "TestVault.h"
#include "records/SchoolStore.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestSchoolStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void schoolDetails()
    {
        auto vault = TestVault::create(u"Ysgol Gymraeg Llŷr"_s);
        SchoolStore store(*vault);
        const auto loaded = store.load();
        QVERIFY2(loaded, qPrintable(loaded.error()));
        QCOMPARE(loaded->name, u"Ysgol Gymraeg Llŷr"_s);
        School s = *loaded;
        QString error;
        s.urn = u"12345"_s;
        QVERIFY(!store.save(s, &error));
        QVERIFY(error.contains(u"6 digits"_s));
        s.urn = u"123456"_s;
        s.postcode = u"nowhere"_s;
        QVERIFY(!store.save(s, &error));
        QVERIFY(error.contains(u"postcode"_s));
        s.postcode = u"cf10 1aa"_s;
        s.name.clear();
        QVERIFY(!store.save(s, &error));
        QVERIFY(error.contains(u"name"_s));
        s.name = u"Ysgol Llŷr"_s;
        QVERIFY2(store.save(s, &error), qPrintable(error));
        const auto saved = store.load();
        QVERIFY2(saved, qPrintable(saved.error()));
        QCOMPARE(saved->postcode, u"CF10 1AA"_s);
        QCOMPARE(saved->urn, u"123456"_s);
    }

    // The logo travels with the vault, byte for byte, and only the administrator changes it.
    void logoIsKeptAndRemoved()
    {
        auto vault = TestVault::create();
        SchoolStore store(*vault);
        const auto none = store.logo();
        QVERIFY2(none, qPrintable(none.error()));
        QVERIFY(none->isEmpty());
        const QByteArray png = QByteArrayLiteral("\x89PNG\r\n\x1a\n\0\0\0\rIHDR not really an image");
        QString error;
        QVERIFY2(store.setLogo(png, &error), qPrintable(error));
        vault->reopen();
        const auto kept = SchoolStore(*vault).logo();
        QVERIFY2(kept, qPrintable(kept.error()));
        QCOMPARE(*kept, png);

        auto office = vault->signInAs(u"office"_s, Role::Office);
        QVERIFY(!SchoolStore(*office).setLogo({}, &error));
        QCOMPARE(error, u"Your role (Office) does not allow changing the school's settings."_s);
        const auto unchanged = SchoolStore(*vault).logo();
        QVERIFY2(unchanged, qPrintable(unchanged.error()));
        QCOMPARE(*unchanged, png);

        QVERIFY2(SchoolStore(*vault).setLogo({}, &error), qPrintable(error));
        const auto removed = SchoolStore(*vault).logo();
        QVERIFY2(removed, qPrintable(removed.error()));
        QVERIFY(removed->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSchoolStore)
#include "tst_schoolstore.moc"
