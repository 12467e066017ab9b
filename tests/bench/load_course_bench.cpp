// Module load + validate time, as `primer validate` and the player do it: parse every
// file, check every rule, decode every image with stb_image. Prints the median and the
// spread of REPEATS loads in this one process, so process start-up is not counted.
// Usage: primer_load_course_bench COURSE_DIR [REPEATS=15]
#include "course_loader.hpp"
#include "stb_image_checker.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s COURSE_DIR [REPEATS=15]\n", argv[0]);
        return 2;
    }
    const int repeats = argc > 2 ? std::max(1, std::atoi(argv[2])) : 15;
    primer::StbImageChecker images;
    std::vector<double> millis;
    size_t screens = 0, diagnostics = 0;
    for (int i = 0; i < repeats; ++i) {
        auto start = std::chrono::steady_clock::now();
        primer::LoadResult loaded = primer::load_course(argv[1], &images, primer::Checks::Play);
        millis.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
        diagnostics = loaded.diagnostics.all().size();
        screens = loaded.course ? loaded.course->reading_order().size() : 0;
    }
    std::sort(millis.begin(), millis.end());
    std::printf("%zu screens, %zu diagnostics: median %.1f ms (min %.1f, max %.1f, %d loads)\n", screens, diagnostics,
                millis[millis.size() / 2], millis.front(), millis.back(), repeats);
    return screens > 0 ? 0 : 1;
}
