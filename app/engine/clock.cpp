#include "clock.hpp"

#include <chrono>

namespace primer {

Millis SystemClock::now() const {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

}  // namespace primer
