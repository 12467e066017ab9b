#include "shuffle.hpp"

#include <algorithm>

namespace primer {
namespace {

// SplitMix64: small, well mixed and fully specified, so orders match everywhere.
std::uint64_t split_mix(std::uint64_t& state) {
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

}  // namespace

std::uint64_t derive_seed(std::uint64_t seed, std::string_view purpose) {
    // FNV-1a over the purpose, mixed with the seed.
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (unsigned char c : purpose) hash = (hash ^ c) * 0x100000001b3ULL;
    std::uint64_t state = seed ^ hash;
    return split_mix(state);
}

std::vector<std::size_t> shuffled_order(std::size_t count, std::uint64_t seed) {
    std::vector<std::size_t> order(count);
    for (std::size_t i = 0; i < count; ++i) order[i] = i;
    std::uint64_t state = seed;
    // Fisher-Yates; the modulo bias is irrelevant for lists of a few dozen.
    for (std::size_t i = count; i > 1; --i) std::swap(order[i - 1], order[split_mix(state) % i]);
    return order;
}

std::vector<std::size_t> shuffled_out_of_order(std::size_t count, std::uint64_t seed) {
    std::vector<std::size_t> order = shuffled_order(count, seed);
    if (count > 1 && std::is_sorted(order.begin(), order.end())) std::rotate(order.begin(), order.begin() + 1, order.end());
    return order;
}

}  // namespace primer
