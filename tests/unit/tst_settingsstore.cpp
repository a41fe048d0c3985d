// The school's settings: values by key that travel with the vault and its backups.
#include "TestVault.h"
#include "storage/SettingsStore.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestSettingsStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unsetKeysGiveTheFallback()
    {
        auto vault = TestVault::create();
        SettingsStore settings(*vault);
        QVERIFY(!settings.contains(u"backup.folder"_s));
        QCOMPARE(settings.value(u"backup.folder"_s), QString());
        QCOMPARE(settings.value(u"backup.folder"_s, u"/media/usb"_s), u"/media/usb"_s);
        QCOMPARE(settings.intValue(u"backup.keep"_s, 14), 14);
        QCOMPARE(settings.boolValue(u"backup.daily"_s, true), true);
        QCOMPARE(settings.boolValue(u"backup.daily"_s, false), false);
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
        QVERIFY(settings.contains(u"backup.folder"_s));
        QCOMPARE(settings.value(u"backup.folder"_s), u"E:/Copïau wrth gefn"_s);
        QCOMPARE(settings.intValue(u"backup.keep"_s, 14), 30);
        QCOMPARE(settings.boolValue(u"backup.daily"_s, false), true);
        // Numbers and switches are stored as text a person could read.
        QCOMPARE(settings.value(u"backup.keep"_s), u"30"_s);
        QCOMPARE(settings.value(u"backup.daily"_s), u"1"_s);
    }

    void aNewValueReplacesTheOld()
    {
        auto vault = TestVault::create();
        SettingsStore settings(*vault);
        QVERIFY(settings.setValue(u"backup.keep"_s, 30));
        QVERIFY(settings.setValue(u"backup.keep"_s, 7));
        QCOMPARE(settings.intValue(u"backup.keep"_s, 14), 7);
        QVERIFY(settings.setValue(u"backup.daily"_s, true));
        QVERIFY(settings.setValue(u"backup.daily"_s, false));
        QCOMPARE(settings.boolValue(u"backup.daily"_s, true), false);
    }

    // A value that is not what the caller expects reads as the fallback, never as 0 or false.
    void unreadableValuesGiveTheFallback()
    {
        auto vault = TestVault::create();
        SettingsStore settings(*vault);
        QVERIFY(settings.setValue(u"backup.keep"_s, u"a fortnight"_s));
        QCOMPARE(settings.intValue(u"backup.keep"_s, 14), 14);
        QVERIFY(settings.setValue(u"backup.daily"_s, u"yes"_s));
        QCOMPARE(settings.boolValue(u"backup.daily"_s, false), false);
        QCOMPARE(settings.boolValue(u"backup.daily"_s, true), true);
    }

    // An empty value is a value: the key is set, and reads back empty rather than as the fallback.
    void emptyIsAValue()
    {
        auto vault = TestVault::create();
        SettingsStore settings(*vault);
        QVERIFY(settings.setValue(u"backup.folder"_s, QString()));
        QVERIFY(settings.contains(u"backup.folder"_s));
        QCOMPARE(settings.value(u"backup.folder"_s, u"/media/usb"_s), u""_s);
    }

    void removeForgetsTheKey()
    {
        auto vault = TestVault::create();
        SettingsStore settings(*vault);
        QVERIFY(settings.setValue(u"backup.folder"_s, u"/media/usb"_s));
        QVERIFY(settings.setValue(u"backup.keep"_s, 30));
        QString error;
        QVERIFY2(settings.remove(u"backup.folder"_s, &error), qPrintable(error));
        QVERIFY(!settings.contains(u"backup.folder"_s));
        QCOMPARE(settings.value(u"backup.folder"_s, u"none"_s), u"none"_s);
        QCOMPARE(settings.intValue(u"backup.keep"_s, 14), 30); // the others stay
        QVERIFY(settings.remove(u"never.set"_s));              // removing nothing is no error
    }

    void keysAreNamed()
    {
        auto vault = TestVault::create();
        SettingsStore settings(*vault);
        QString error;
        QVERIFY(!settings.setValue(u"  "_s, u"value"_s, &error));
        QCOMPARE(error, u"A setting needs a name."_s);
        QVERIFY(!settings.contains(u"  "_s));
    }

    // Keys are compared exactly, so two features cannot share a setting by accident of case.
    void keysAreExact()
    {
        auto vault = TestVault::create();
        SettingsStore settings(*vault);
        QVERIFY(settings.setValue(u"backup.folder"_s, u"/media/usb"_s));
        QVERIFY(!settings.contains(u"Backup.Folder"_s));
        QVERIFY(!settings.contains(u"backup.folder "_s));
    }
};

QTEST_GUILESS_MAIN(TestSettingsStore)
#include "tst_settingsstore.moc"
