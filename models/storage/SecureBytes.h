#pragma once

#include <QByteArrayView>
#include <QString>

#include <cstddef>

// A fixed-size buffer of key material in libsodium's guarded memory: locked out of swap,
// fenced by guard pages and wiped when freed.
class SecureBytes final
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    ~SecureBytes();
    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;

    static SecureBytes random(std::size_t size);
    static SecureBytes copyOf(QByteArrayView bytes);

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    QByteArrayView view() const { return {m_data, static_cast<qsizetype>(m_size)}; }

    // Wipes and frees now rather than at destruction.
    void clear();

    // Lower-case hexadecimal, written into guarded memory.
    SecureBytes toHex() const;

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

namespace Crypto {
// Must run once before any libsodium call; safe to call repeatedly.
bool initialise();
} // namespace Crypto
