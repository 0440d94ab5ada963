#pragma once

#include <QByteArray>
#include <cstddef>

namespace lots {

// A fixed-size buffer of secret bytes in sodium_malloc memory (guard pages, mlock where
// the OS allows), wiped with sodium_memzero and freed on destruction. Move-only.
class SecureBytes {
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size); // zero-filled
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;
    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    ~SecureBytes();

    // Copies and then wipes the source (the QByteArray is detached first so the
    // wipe hits the only copy the caller had).
    static SecureBytes takeFrom(QByteArray &source);
    static SecureBytes random(std::size_t size);

    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    // Lower-case hex in secure memory, for PRAGMA key = "x'...'".
    SecureBytes toHex() const;
    void clear();

private:
    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace lots
