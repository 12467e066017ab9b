// How the player's process holds memory: small tunings of the C library's allocator so
// that an open player keeps only what it uses (the benchmarks measure its PSS).
#pragma once

namespace primer {

// One allocator arena for every thread. The course loads on a helper thread at start-up;
// with its own arena, the pages its image decoding touched (~11 MB) stayed resident for
// as long as the player ran. Call before starting other threads.
void use_one_memory_arena();

// Hands freed heap pages back to the system; worth it once, after start-up's big frees.
void return_free_memory();

}  // namespace primer
