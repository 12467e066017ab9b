// Seeded shuffles, so that the order a learner sees is random across learners but the
// same for one learner on every frame and after a resume.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace primer {

// A seed for one purpose ("m/s" options, attempt 2's draw) derived from the learner's seed.
std::uint64_t derive_seed(std::uint64_t seed, std::string_view purpose);

// A permutation of 0..count-1 from `seed`; the same on every platform (no std::shuffle,
// whose algorithm the standard leaves open).
std::vector<std::size_t> shuffled_order(std::size_t count, std::uint64_t seed);

// shuffled_order, except that a list of two or more never comes out in its own order:
// that one is rotated by one place instead, so a learner asked to order, sort or match
// items never starts from the answer.
std::vector<std::size_t> shuffled_out_of_order(std::size_t count, std::uint64_t seed);

}  // namespace primer
