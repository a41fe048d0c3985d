#include "SecureBytes.h"

#include <sodium.h>

#include <new>
#include <utility>

bool Crypto::initialise()
{
    return sodium_init() >= 0;
}

SecureBytes::SecureBytes(std::size_t size)
    : m_size(size)
{
    Crypto::initialise();
    if (size == 0)
        return;
    m_data = static_cast<unsigned char*>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
    sodium_memzero(m_data, size);
}

SecureBytes::~SecureBytes()
{
    clear();
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{
}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBytes SecureBytes::random(std::size_t size)
{
    SecureBytes bytes(size);
    if (size > 0) // libsodium's buffers may not be null, and an empty one has none
        randombytes_buf(bytes.m_data, size);
    return bytes;
}

SecureBytes SecureBytes::copyOf(QByteArrayView source)
{
    SecureBytes bytes(static_cast<std::size_t>(source.size()));
    if (!source.isEmpty())
        std::copy(source.begin(), source.end(), bytes.m_data);
    return bytes;
}

void SecureBytes::clear()
{
    if (m_data)
        sodium_free(m_data); // wipes before it frees
    m_data = nullptr;
    m_size = 0;
}

SecureBytes SecureBytes::toHex() const
{
    SecureBytes hex(m_size * 2 + 1);
    if (m_size == 0) {
        hex.m_size = 0;
        return hex;
    }
    sodium_bin2hex(reinterpret_cast<char*>(hex.m_data), hex.m_size, m_data, m_size);
    hex.m_size = m_size * 2; // the terminating NUL stays allocated but outside the view
    return hex;
}
