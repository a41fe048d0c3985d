// Key material in guarded memory: what SecureBytes.h promises about size, copying, moving,
// wiping and hexadecimal.
#include "storage/SecureBytes.h"

#include <QTest>

#include <type_traits>
#include <utility>

using namespace Qt::StringLiterals;

namespace {
QByteArray bytes(const SecureBytes& secure)
{
    return secure.view().toByteArray();
}
} // namespace

// Key material is never copied by accident: only moved, or copied on purpose with copyOf().
static_assert(!std::is_copy_constructible_v<SecureBytes>);
static_assert(!std::is_copy_assignable_v<SecureBytes>);
static_assert(std::is_nothrow_move_constructible_v<SecureBytes>);
static_assert(std::is_nothrow_move_assignable_v<SecureBytes>);

class TestSecureBytes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initialisesRepeatedly()
    {
        QVERIFY(Crypto::initialise());
        QVERIFY(Crypto::initialise());
    }

    void emptyByDefault()
    {
        const SecureBytes none;
        QVERIFY(none.isEmpty());
        QCOMPARE(none.size(), std::size_t(0));
        QCOMPARE(none.data(), nullptr);
        QVERIFY(none.view().isEmpty());
        const SecureBytes zero(0);
        QVERIFY(zero.isEmpty());
    }

    // Nothing to hold is still a valid buffer to ask for. An empty buffer has no memory, and libsodium
    // declares its pointers non-null: under the asan preset, UBSan stops here if one is passed on.
    void emptyBuffersAreSafe()
    {
        QVERIFY(SecureBytes::random(0).isEmpty());
        QVERIFY(SecureBytes().toHex().isEmpty());
        QVERIFY(SecureBytes::copyOf(QByteArrayView()).isEmpty());
    }

    void aNewBufferIsZeroed()
    {
        const SecureBytes key(32);
        QCOMPARE(key.size(), std::size_t(32));
        QVERIFY(!key.isEmpty());
        QCOMPARE(bytes(key), QByteArray(32, '\0'));
    }

    void writableThroughData()
    {
        SecureBytes key(4);
        key.data()[0] = 0xde;
        key.data()[3] = 0x01;
        QCOMPARE(bytes(key), QByteArrayLiteral("\xde\x00\x00\x01"));
    }

    // copyOf takes its own copy: changing or dropping the source leaves it as it was.
    void copyOfIsIndependent()
    {
        QByteArray source = QByteArrayLiteral("Ysgol Llŷr vault key");
        const SecureBytes copy = SecureBytes::copyOf(source);
        QCOMPARE(copy.size(), std::size_t(source.size()));
        source.fill('x');
        source.clear();
        QCOMPARE(bytes(copy), QByteArrayLiteral("Ysgol Llŷr vault key"));
    }

    void randomIsRandom()
    {
        const SecureBytes a = SecureBytes::random(32), b = SecureBytes::random(32);
        QCOMPARE(a.size(), std::size_t(32));
        QVERIFY(bytes(a) != QByteArray(32, '\0'));
        QVERIFY(bytes(a) != bytes(b)); // two equal 256-bit draws would be a broken generator
    }

    // Moving hands the same guarded memory over and leaves the source empty, never sharing it.
    void moveConstructionTakesTheBytes()
    {
        SecureBytes from = SecureBytes::copyOf("recovery");
        const unsigned char* memory = from.data();
        SecureBytes to(std::move(from));
        QCOMPARE(bytes(to), QByteArrayLiteral("recovery"));
        QCOMPARE(to.data(), memory);
        QVERIFY(from.isEmpty()); // NOLINT(bugprone-use-after-move): the moved-from state is the promise
        QCOMPARE(from.data(), nullptr);
    }

    void moveAssignmentReplacesTheOld()
    {
        SecureBytes to = SecureBytes::copyOf("old key");
        SecureBytes from = SecureBytes::copyOf("new key, longer");
        to = std::move(from);
        QCOMPARE(bytes(to), QByteArrayLiteral("new key, longer"));
        QCOMPARE(to.size(), std::size_t(15));
        QVERIFY(from.isEmpty()); // NOLINT(bugprone-use-after-move)

        // Assigning a buffer to itself keeps it.
        SecureBytes& same = to;
        to = std::move(same);
        QCOMPARE(bytes(to), QByteArrayLiteral("new key, longer"));
    }

    // Wiping now rather than at destruction: the buffer is gone and empty, and may be wiped again.
    void clearWipesNow()
    {
        SecureBytes key = SecureBytes::copyOf("passphrase-derived key");
        key.clear();
        QVERIFY(key.isEmpty());
        QCOMPARE(key.size(), std::size_t(0));
        QCOMPARE(key.data(), nullptr);
        QVERIFY(key.view().isEmpty());
        key.clear();
        QVERIFY(key.isEmpty());
        // And the object can hold a key again.
        key = SecureBytes::copyOf("again");
        QCOMPARE(bytes(key), QByteArrayLiteral("again"));
    }

    void hexIsLowerCase_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("hex");
        QTest::newRow("one byte") << QByteArrayLiteral("\x0a") << QByteArrayLiteral("0a");
        QTest::newRow("every nibble")
            << QByteArrayLiteral("\x01\x23\x45\x67\x89\xab\xcd\xef") << QByteArrayLiteral("0123456789abcdef");
        QTest::newRow("zeros and ones") << QByteArrayLiteral("\x00\xff\x00") << QByteArrayLiteral("00ff00");
    }

    void hexIsLowerCase()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, hex);
        const SecureBytes secure = SecureBytes::copyOf(raw);
        const SecureBytes text = secure.toHex();
        QCOMPARE(text.size(), std::size_t(hex.size())); // no terminating NUL in the view
        QCOMPARE(bytes(text), hex);
        QCOMPARE(bytes(secure), raw); // the source is untouched
    }

    // Two buffers are compared by their bytes; there is no equality operator to reach for.
    void comparedByTheirBytes()
    {
        const SecureBytes a = SecureBytes::copyOf("same"), b = SecureBytes::copyOf("same");
        QVERIFY(a.data() != b.data()); // each its own memory
        QCOMPARE(a.view(), b.view());
        QVERIFY(a.view() != SecureBytes::copyOf("Same").view());
    }
};

QTEST_GUILESS_MAIN(TestSecureBytes)
#include "tst_securebytes.moc"
