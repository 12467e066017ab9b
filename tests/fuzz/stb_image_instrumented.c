/* The fuzz build compiles stb_image from the system's own header (libstb-dev), so the
   decoder is instrumented for coverage and AddressSanitizer like our code; the shared
   libstb the player links is not, and libFuzzer would be fuzzing it blind. These
   definitions take precedence over the shared library's in the image target. */
#define STB_IMAGE_IMPLEMENTATION
#include <stb/stb_image.h>
