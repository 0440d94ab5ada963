#pragma once

namespace lots {

// Runs sodium_init() exactly once (thread-safe); throws if libsodium cannot start.
// Internal to core/crypto and core/store.
void ensureSodium();

} // namespace lots
