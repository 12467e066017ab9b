#include "process_memory.hpp"

#include <cstdlib>  // any C library header defines __GLIBC__ when the library is glibc

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace primer {

void use_one_memory_arena() {
#ifdef __GLIBC__
    mallopt(M_ARENA_MAX, 1);
#endif
}

void return_free_memory() {
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

}  // namespace primer
