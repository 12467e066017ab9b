#include "score_points.hpp"

#include <algorithm>
#include <cmath>

namespace primer {

ScorePoints score_points(double scaled, int questions) {
    if (questions <= 0) return {scaled, 0, 1};
    const double points = std::round(scaled * questions * 100.0) / 100.0;  // undoes the division's rounding
    return {std::min(points, double(questions)), 0, double(questions)};
}

}  // namespace primer
