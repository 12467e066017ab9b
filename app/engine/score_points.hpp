// An assessment attempt's score in points, as an LMS shows it ("12 of 15"): each question
// drawn is worth one point and partial credit counts its share. The xAPI passed/failed
// statements and the signed completion record both give it.
#pragma once

namespace primer {

struct ScorePoints {
    double raw = 0;
    double min = 0;
    double max = 1;
};

// `scaled` is the attempt's 0..1 score, `questions` how many it drew. An attempt whose
// question count is unknown (0; Primer's own records always know it) keeps the 0..1 scale.
ScorePoints score_points(double scaled, int questions);

}  // namespace primer
