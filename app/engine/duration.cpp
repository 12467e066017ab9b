#include "duration.hpp"

#include "course.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>

namespace primer {
namespace {

int words_in(const RichText& text) { return count_words(plain_text(text)); }

// Indexes of the nodes a node can lead to, by its choices or its next rules.
std::vector<std::vector<std::size_t>> routes_from(const Conversation& conversation) {
    std::map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < conversation.nodes.size(); ++i) index.emplace(conversation.nodes[i].id, i);
    std::vector<std::vector<std::size_t>> out(conversation.nodes.size());
    for (std::size_t i = 0; i < conversation.nodes.size(); ++i) {
        auto link = [&](const std::string& to) {
            if (auto it = index.find(to); it != index.end()) out[i].push_back(it->second);
        };
        for (const ConversationChoice& choice : conversation.nodes[i].choices) link(choice.to);
        for (const NextRule& rule : conversation.nodes[i].next) link(rule.to);
    }
    return out;
}

}  // namespace

double DurationRates::minutes_for(ScreenKind task_kind) const {
    auto it = kind_minutes.find(task_kind);
    return it == kind_minutes.end() ? task_minutes : it->second;
}

double DurationParts::total() const {
    return reading_minutes + task_minutes + conversation_minutes + assessment_minutes + media_minutes;
}

DurationParts& DurationParts::operator+=(const DurationParts& other) {
    words += other.words;
    tasks += other.tasks;
    conversation_steps += other.conversation_steps;
    assessment_questions += other.assessment_questions;
    reading_minutes += other.reading_minutes;
    task_minutes += other.task_minutes;
    conversation_minutes += other.conversation_minutes;
    assessment_minutes += other.assessment_minutes;
    media_minutes += other.media_minutes;
    return *this;
}

int count_words(const std::string& text) {
    int words = 0;
    bool counted = false;  // the current run of characters has been counted
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        const auto next = static_cast<unsigned char>(i + 1 < text.size() ? text[i + 1] : 0);
        // Dashes, quotes and ellipses (U+2000-U+207F) are not words on their own.
        const bool punctuation = c == 0xE2 && (next == 0x80 || next == 0x81);
        if (std::isspace(c)) {
            counted = false;
        } else if (!counted && (std::isalnum(c) || (c >= 0xC0 && !punctuation))) {
            ++words;
            counted = true;
        }
    }
    return words;
}

// Longest path in the graph with the edges that close a loop left out: a depth-first walk
// that skips nodes on its own stack, remembering each finished node's result, so it takes
// time in proportion to the nodes and routes however the author joined them.
int longest_route(const Conversation& conversation) {
    if (conversation.nodes.empty()) return 0;
    const auto routes = routes_from(conversation);
    constexpr int kUnseen = -1, kOnStack = -2;
    std::vector<int> length(conversation.nodes.size(), kUnseen);
    struct Frame {
        std::size_t node;
        std::size_t next_route = 0;
        int longest_after = 0;
    };
    std::vector<Frame> stack{{0}};
    length[0] = kOnStack;
    while (!stack.empty()) {
        Frame& top = stack.back();
        if (top.next_route < routes[top.node].size()) {
            std::size_t to = routes[top.node][top.next_route++];
            if (length[to] == kUnseen) {
                length[to] = kOnStack;
                stack.push_back({to});
            } else if (length[to] >= 0) {
                top.longest_after = std::max(top.longest_after, length[to]);
            }
            continue;
        }
        length[top.node] = 1 + top.longest_after;
        const int finished = length[top.node];
        stack.pop_back();
        if (!stack.empty()) stack.back().longest_after = std::max(stack.back().longest_after, finished);
    }
    return length[0];
}

DurationParts screen_duration(const Screen& screen, const DurationRates& rates) {
    DurationParts parts;
    switch (screen.kind) {
    case ScreenKind::Text:
    case ScreenKind::Summary:
    case ScreenKind::Image:
        parts.words = words_in(screen.body) + (screen.image ? words_in(screen.image->caption) : 0);
        break;
    case ScreenKind::SingleChoice:
    case ScreenKind::MultipleResponse:
    case ScreenKind::TrueFalse:
    case ScreenKind::Ordering:
    case ScreenKind::Categorise:
    case ScreenKind::Matching:
    case ScreenKind::Hotspot:
    case ScreenKind::FillIn:
    case ScreenKind::Confidence:
    case ScreenKind::Reflection:
        parts.words = words_in(screen.body);  // the text above the task; the allowance covers the task
        parts.tasks = 1;
        parts.task_minutes = rates.minutes_for(screen.kind);
        break;
    case ScreenKind::Conversation:
        if (!screen.conversation) break;
        parts.words = words_in(screen.conversation->intro);
        parts.conversation_steps = longest_route(*screen.conversation);
        parts.conversation_minutes = parts.conversation_steps * rates.conversation_step_minutes;
        break;
    case ScreenKind::Assessment:
        if (!screen.assessment) break;
        parts.words = words_in(screen.assessment->intro);
        parts.assessment_questions =
            std::min(screen.assessment->draw, static_cast<int>(screen.assessment->questions.size()));
        parts.assessment_minutes = parts.assessment_questions * rates.assessment_question_minutes;
        break;
    case ScreenKind::Explainer:
        // The narration's own length, as its captions time it; the text under it is read.
        parts.words = words_in(screen.body);
        if (screen.explainer) parts.media_minutes = screen.explainer->duration_seconds() / 60.0;
        break;
    }
    parts.reading_minutes = rates.words_per_minute > 0 ? parts.words / rates.words_per_minute : 0;
    return parts;
}

CourseDuration estimate_duration(const Course& course, const DurationRates& rates) {
    CourseDuration out;
    for (const Module& module : course.modules) {
        ModuleDuration entry{module.folder.filename().string(), {}};
        for (const Screen& screen : module.screens) entry.parts += screen_duration(screen, rates);
        out.total += entry.parts;
        out.modules.push_back(std::move(entry));
    }
    return out;
}

int rounded_minutes(double minutes) { return static_cast<int>(std::lround(minutes)); }

void check_estimated_minutes(const Course& course, Diagnostics& diagnostics) {
    const int stated = course.estimated_minutes;
    if (stated <= 0) return;
    const int estimate = rounded_minutes(estimate_duration(course, course.duration).total.total());
    if (std::abs(estimate - stated) * 100 <= estimate * 15) return;  // within 15% of the estimate
    diagnostics.warning(course.estimated_minutes_where,
                        "'estimated_minutes' is " + std::to_string(stated) + ", but the content adds up to about " +
                            std::to_string(estimate) + (estimate == 1 ? " minute" : " minutes"),
                        "learners plan their time by estimated_minutes; the estimate for each module is printed "
                        "after the problems. Write estimated_minutes = " + std::to_string(estimate) +
                            ", or set the rates in [duration] if your learners read or work at another pace");
}

}  // namespace primer
