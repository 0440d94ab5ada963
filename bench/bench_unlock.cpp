// Unlock cost: Argon2id13 key derivation at KdfParams::standard() and candidates around it,
// plus a whole Vault::unlock at standard(). Results and the choice: docs/benchmarks.md.
#include "crypto/vault.h"

#include <QDir>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <sodium.h>

using namespace lots;

namespace {

SecureBytes passcode() {
    QByteArray bytes("246810");
    return SecureBytes::takeFrom(bytes);
}

// Args: opslimit, memlimit in MiB.
void BM_Argon2id(benchmark::State &state) {
    const auto ops = static_cast<unsigned long long>(state.range(0));
    const auto mem = static_cast<std::size_t>(state.range(1)) << 20;
    const SecureBytes pass = passcode();
    SecureBytes out(32);
    unsigned char salt[crypto_pwhash_SALTBYTES];
    randombytes_buf(salt, sizeof salt);
    const KdfParams standard = KdfParams::standard();
    state.SetLabel(ops == standard.opsLimit && mem == standard.memLimitBytes ? "standard()" : "");
    for (auto _ : state) {
        if (crypto_pwhash(out.data(), out.size(), reinterpret_cast<const char *>(pass.data()),
                          pass.size(), salt, ops, mem, crypto_pwhash_ALG_ARGON2ID13) != 0) {
            state.SkipWithError("crypto_pwhash failed (out of memory)");
            break;
        }
        benchmark::DoNotOptimize(out.data());
    }
    state.counters["MiB"] = double(state.range(1));
    state.counters["ops"] = double(state.range(0));
}

void candidates(benchmark::internal::Benchmark *b) {
    const KdfParams standard = KdfParams::standard();
    const int64_t standardArgs[2] = {static_cast<int64_t>(standard.opsLimit),
                                     static_cast<int64_t>(standard.memLimitBytes >> 20)};
    bool standardListed = false;
    const int64_t list[][2] = {
        {2, 64},                                                            // libsodium INTERACTIVE
        {3, 64}, {4, 64}, {3, 128}, {4, 128}, {5, 128}, {2, 256}, {3, 256}, // libsodium MODERATE
    };
    for (const auto &args : list) {
        b->Args({args[0], args[1]});
        standardListed |= args[0] == standardArgs[0] && args[1] == standardArgs[1];
    }
    if (!standardListed)
        b->Args({standardArgs[0], standardArgs[1]});
}

BENCHMARK(BM_Argon2id)
    ->Apply(candidates)
    ->Iterations(4)
    ->Repetitions(3)
    ->ReportAggregatesOnly(true)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// What the user waits for after typing the passcode: read key file, derive, unwrap.
void BM_VaultUnlockStandard(benchmark::State &state) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lots.key"));
    QString error;
    Vault vault(path);
    if (vault.create(passcode(), KdfParams::standard(), &error).isEmpty()) {
        state.SkipWithError("create failed");
        return;
    }
    qint64 now = 1'780'000'000'000;
    for (auto _ : state) {
        const UnlockResult r = vault.unlock(passcode(), ++now);
        if (r.status != UnlockStatus::Unlocked) {
            state.SkipWithError("unlock failed");
            break;
        }
        benchmark::DoNotOptimize(r.dataKey.data());
    }
}

BENCHMARK(BM_VaultUnlockStandard)
    ->Iterations(4)
    ->Repetitions(3)
    ->ReportAggregatesOnly(true)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

} // namespace

BENCHMARK_MAIN();
