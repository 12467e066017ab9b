// The parts of an assessment screen, one file each: the intro and the choice between the
// parts (assessment_screen.cpp), the attempt (assessment_attempt.cpp), the results
// (assessment_results.cpp) and the review of every answer (assessment_review.cpp).
#pragma once

#include "views.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace primer::ui {

// What every part reads about the assessment on view.
struct AssessmentView {
    const Context& context;
    const std::string& screen_id;  // qualified
    const Assessment& assessment;
    const std::vector<AssessmentAttempt>& attempts;
    int pass_mark;  // percent
};

void draw_assessment_intro(const AssessmentView& view, AssessmentViewState& state, float width);
void draw_assessment_attempt(const AssessmentView& view, const AssessmentAttempt& attempt, ScreenState& state,
                             float width);
void draw_assessment_results(const AssessmentView& view, const AssessmentAttempt& attempt, AssessmentViewState& state,
                             float width);
void draw_assessment_review(const AssessmentView& view, const AssessmentAttempt& attempt, AssessmentViewState& state,
                            float width);

// --- Shared by the parts ------------------------------------------------------------------

// "75%", rounded to the nearest whole percent.
std::string percent(double score);
// How a pool is named to learners: its module's title when it is a module id, else the id.
std::string pool_title(const Course& course, const std::string& pool);
// The seed each question's options are shown in, the same in the attempt and its review.
std::uint64_t option_order_seed(const AssessmentView& view, const AssessmentAttempt& attempt,
                                const std::string& question_id);
// The attempt's questions that this version of the course still has, in the order shown.
std::vector<const Question*> shown_questions(const AssessmentView& view, const AssessmentAttempt& attempt);

// A framed panel the width of the column around what is drawn between begin and end; its
// background goes underneath afterwards (draw-list channels), so it always fits.
struct Card {
    ImVec2 start;
    float width = 0;
    float inner_width = 0;  // for the content: the width less the padding
    ImVec4 fill;
    ImVec4 border;
};
Card begin_card(const Theme& theme, ImVec4 fill, ImVec4 border, float width);
void end_card(const Card& card, const Theme& theme);

}  // namespace primer::ui
