// The school's settings: values by key that travel with the vault and its backups.
#include "TestVault.h"
#include "storage/SettingsStore.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestSettingsStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Each read is taken with value(): a read that fails throws, and the test stops there.
    void unsetKeysGiveTheFallback()
    {
        auto vault = TestVault::create();
        SettingsStore settings(*vault);
        QVERIFY(!settings.contains(u"backup.folder"_s).value());
        QCOMPARE(settings.value(u"backup.folder"_s).value(), QString());
        QCOMPARE(settings.value(u"backup.folder"_s, u"/media/usb"_s).value(), u"/media/usb"_s);
        QCOMPARE(settings.intValue(u"backup.keep"_s, 14).value(), 14);
        QCOMPARE(settings.boolValue(u"backup.daily"_s, true).value(), true);
        QCOMPARE(settings.boolValue(u"backup.daily"_s, false).value(), false);
    }

    void valuesSurviveClosingTheVault()
    {
        auto vault = TestVault::create();
        QString error;
        {
            SettingsStore settings(*vault);
            QVERIFY2(settings.setValue(u"backup.folder"_s, u"E:/Copïau wrth gefn"_s, &error),
                     qPrintable(error));
            QVERIFY2(settings.setValue(u"backup.keep"_s, 30, &error), qPrintable(error));
            QVERIFY2(settings.setValue(u"backup.daily"_s, true, &error), qPrintable(error));
        }
        vault->reopen();
        SettingsStore settings(*vault);
        QVERIFY(settings.contains(u"backup.folder"_s).value());
        QCOMPARE(settings.value(u"backup.folder"_s).value(), u"E:/Copïau wrth gefn"_s);
        QCOMPARE(settings.intValue(u"backup.keep"_s, 14).value(), 30);
        QCOMPARE(settings.boolValue(u"backup.daily"_s, false).value(), true);
        // Numbers and switches are stored as text a person could read.
        QCOMPARE(settings.value(u"backup.keep"_s).value(), u"30"_s);
        QCOMPARE(settings.value(u"backup.daily"_s).value(), u"1"_s);
    }

    void aNewValueReplacesTheOld()
    {
        auto vault = TestVault::create();
        SettingsStore settings(*vault);
        QVERIFY(settings.setValue(u"backup.keep"_s, 30));
        QVERIFY(settings.setValue(u"backup.keep"_s, 7));
        QCOMPARE(settings.intValue(u"backup.keep"_s, 14).value(), 7);
        QVERIFY(settings.setValue(u"backup.daily"_s, true));
        QVERIFY(settings.setValue(u"backup.daily"_s, false));
        QCOMPARE(settings.boolValue(u"backup.daily"_s, true).value(), false);
    }

    // A value that is not what the caller expects reads as the fallback, never as 0 or false.
    void unreadableValuesGiveTheFallback()
    {
        auto vault = TestVault::create();
        SettingsStore settings(*vault);
        QVERIFY(settings.setValue(u"backup.keep"_s, u"a fortnight"_s));
        QCOMPARE(settings.intValue(u"backup.keep"_s, 14).value(), 14);
        QVERIFY(settings.setValue(u"backup.daily"_s, u"yes"_s));
        QCOMPARE(settings.boolValue(u"backup.daily"_s, false).value(), false);
        QCOMPARE(settings.boolValue(u"backup.daily"_s, true).value(), true);
    }

    // An empty value is a value: the key is set, and reads back empty rather than as the fallback.
    void emptyIsAValue()
    {
        auto vault = TestVault::create();
        SettingsStore settings(*vault);
        QVERIFY(settings.setValue(u"backup.folder"_s, QString()));
        QVERIFY(settings.contains(u"backup.folder"_s).value());
        QCOMPARE(settings.value(u"backup.folder"_s, u"/media/usb"_s).value(), u""_s);
    }

    void removeForgetsTheKey()
    {
        auto vault = TestVault::create();
        SettingsStore settings(*vault);
        QVERIFY(settings.setValue(u"backup.folder"_s, u"/media/usb"_s));
        QVERIFY(settings.setValue(u"backup.keep"_s, 30));
        QString error;
        QVERIFY2(settings.remove(u"backup.folder"_s, &error), qPrintable(error));
        QVERIFY(!settings.contains(u"backup.folder"_s).value());
        QCOMPARE(settings.value(u"backup.folder"_s, u"none"_s).value(), u"none"_s);
        QCOMPARE(settings.intValue(u"backup.keep"_s, 14).value(), 30); // the others stay
        QVERIFY(settings.remove(u"never.set"_s));                      // removing nothing is no error
    }

    void keysAreNamed()
    {
        auto vault = TestVault::create();
        SettingsStore settings(*vault);
        QString error;
        QVERIFY(!settings.setValue(u"  "_s, u"value"_s, &error));
        QCOMPARE(error, u"A setting needs a name."_s);
        QVERIFY(!settings.contains(u"  "_s).value());
    }

    // Keys are compared exactly, so two features cannot share a setting by accident of case.
    void keysAreExact()
    {
        auto vault = TestVault::create();
        SettingsStore settings(*vault);
        QVERIFY(settings.setValue(u"backup.folder"_s, u"/media/usb"_s));
        QVERIFY(!settings.contains(u"Backup.Folder"_s).value());
        QVERIFY(!settings.contains(u"backup.folder "_s).value());
    }
};

QTEST_GUILESS_MAIN(TestSettingsStore)
#include "tst_settingsstore.moc"
