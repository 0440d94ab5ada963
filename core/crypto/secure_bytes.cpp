#include "crypto/secure_bytes.h"
#include "crypto/sodium_init.h"

#include <sodium.h>

#include <cstring>
#include <mutex>
#include <new>
#include <stdexcept>

namespace lots {

void ensureSodium() {
    static std::once_flag once;
    std::call_once(once, [] {
        if (sodium_init() < 0)
            throw std::runtime_error("libsodium could not be initialised");
    });
}

namespace {

unsigned char *allocate(std::size_t size) {
    ensureSodium();
    if (size == 0)
        return nullptr;
    void *p = sodium_malloc(size);
    if (!p)
        throw std::bad_alloc();
    sodium_memzero(p, size);
    return static_cast<unsigned char *>(p);
}

} // namespace

SecureBytes::SecureBytes(std::size_t size)
    : m_data(allocate(size))
    , m_size(m_data ? size : 0) {}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_data(other.m_data)
    , m_size(other.m_size) {
    other.m_data = nullptr;
    other.m_size = 0;
}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept {
    if (this != &other) {
        clear();
        m_data = other.m_data;
        m_size = other.m_size;
        other.m_data = nullptr;
        other.m_size = 0;
    }
    return *this;
}

SecureBytes::~SecureBytes() {
    clear();
}

SecureBytes SecureBytes::takeFrom(QByteArray &source) {
    // Detach first so the wipe below hits the caller's only copy, not shared data.
    source.detach();
    SecureBytes out(static_cast<std::size_t>(source.size()));
    if (!source.isEmpty()) {
        std::memcpy(out.m_data, source.constData(), out.m_size);
        sodium_memzero(source.data(), static_cast<std::size_t>(source.size()));
    }
    // Keeps the zeroed buffer allocated (truncate, not clear) so the wipe is observable.
    source.truncate(0);
    return out;
}

SecureBytes SecureBytes::random(std::size_t size) {
    SecureBytes out(size);
    if (size)
        randombytes_buf(out.m_data, size);
    return out;
}

SecureBytes SecureBytes::toHex() const {
    SecureBytes out(m_size * 2 + 1); // sodium_bin2hex writes a terminating NUL
    if (m_size == 0)
        return SecureBytes();
    sodium_bin2hex(reinterpret_cast<char *>(out.m_data), out.m_size, m_data, m_size);
    // Drop the NUL from the logical size; the byte stays zero in the allocation.
    SecureBytes hex(m_size * 2);
    std::memcpy(hex.m_data, out.m_data, hex.m_size);
    return hex;
}

void SecureBytes::clear() {
    if (m_data) {
        sodium_memzero(m_data, m_size);
        sodium_free(m_data);
    }
    m_data = nullptr;
    m_size = 0;
}

} // namespace lots
