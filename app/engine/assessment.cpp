#include "assessment.hpp"

#include "shuffle.hpp"

#include <algorithm>

namespace primer {
namespace {

constexpr Millis kMinute = 60 * 1000;

std::vector<std::vector<const Question*>> questions_by_pool(const Assessment& assessment) {
    std::vector<std::string> pools = assessment.pools();
    std::vector<std::vector<const Question*>> by_pool(pools.size());
    for (const Question& question : assessment.questions) {
        auto at = std::find(pools.begin(), pools.end(), question.pool) - pools.begin();
        by_pool[static_cast<std::size_t>(at)].push_back(&question);
    }
    return by_pool;
}

bool contains(const std::vector<std::string>& list, const std::string& id) {
    return std::find(list.begin(), list.end(), id) != list.end();
}

// `count` of `candidates` in a seeded random choice.
void take_random(std::vector<const Question*> candidates, int count, std::uint64_t seed,
                 std::vector<std::string>& into) {
    std::vector<std::size_t> order = shuffled_order(candidates.size(), seed);
    for (std::size_t i = 0; i < order.size() && count > 0; ++i, --count) into.push_back(candidates[order[i]]->id);
}

}  // namespace

std::vector<int> pool_quotas(const Assessment& assessment) {
    std::vector<std::vector<const Question*>> pools = questions_by_pool(assessment);
    std::vector<int> quotas(pools.size(), 0);
    int left = assessment.draw;
    bool dealt = true;
    while (left > 0 && dealt) {
        dealt = false;
        for (std::size_t i = 0; i < pools.size() && left > 0; ++i) {
            if (quotas[i] >= static_cast<int>(pools[i].size())) continue;
            ++quotas[i];
            --left;
            dealt = true;
        }
    }
    return quotas;
}

std::vector<std::string> pools_that_repeat(const Assessment& assessment) {
    std::vector<std::string> names = assessment.pools();
    std::vector<std::vector<const Question*>> pools = questions_by_pool(assessment);
    std::vector<int> quotas = pool_quotas(assessment);
    std::vector<std::string> repeating;
    for (std::size_t i = 0; i < pools.size(); ++i)
        if (static_cast<int>(pools[i].size()) < 2 * quotas[i]) repeating.push_back(names[i]);
    return repeating;
}

std::vector<std::string> draw_questions(const Assessment& assessment, std::uint64_t seed,
                                        const std::vector<std::string>& previous) {
    std::vector<std::string> names = assessment.pools();
    std::vector<std::vector<const Question*>> pools = questions_by_pool(assessment);
    std::vector<int> quotas = pool_quotas(assessment);
    std::vector<std::string> drawn;
    for (std::size_t i = 0; i < pools.size(); ++i) {
        std::vector<const Question*> fresh, repeats;
        for (const Question* question : pools[i]) (contains(previous, question->id) ? repeats : fresh).push_back(question);
        int from_fresh = std::min(quotas[i], static_cast<int>(fresh.size()));
        take_random(fresh, from_fresh, derive_seed(seed, "fresh:" + names[i]), drawn);
        take_random(repeats, quotas[i] - from_fresh, derive_seed(seed, "repeat:" + names[i]), drawn);
    }
    // Mixed, so that one module's questions do not all come together.
    std::vector<std::string> shown;
    for (std::size_t at : shuffled_order(drawn.size(), derive_seed(seed, "order"))) shown.push_back(drawn[at]);
    return shown;
}

AttemptResult mark_attempt(const Assessment& assessment, const AssessmentAttempt& attempt, int pass_mark_percent) {
    AttemptResult result;
    for (const std::string& pool : assessment.pools()) result.by_pool.push_back(PoolResult{pool, 0, 0, 0});
    double points = 0;
    for (const std::string& id : attempt.questions) {
        const Question* question = assessment.find_question(id);
        if (!question) continue;  // removed by a content update: counts as unanswered
        auto pool = std::find_if(result.by_pool.begin(), result.by_pool.end(),
                                 [&](const PoolResult& p) { return p.pool == question->pool; });
        auto answer = attempt.answers.find(id);
        double score = answer == attempt.answers.end() ? 0.0 : answer->second.score;
        bool correct = answer != attempt.answers.end() && answer->second.correct();
        pool->questions += 1;
        pool->correct += correct ? 1 : 0;
        pool->points += score;
        points += score;
    }
    std::erase_if(result.by_pool, [](const PoolResult& p) { return p.questions == 0; });
    result.score = attempt.questions.empty() ? 0 : points / static_cast<double>(attempt.questions.size());
    // A hair of tolerance, so that 4 of 5 right passes a pass mark of 80 despite rounding.
    result.passed = result.score * 100.0 + 1e-9 >= static_cast<double>(pass_mark_percent);
    return result;
}

Millis time_limit(const Assessment& assessment) { return assessment.time_limit_minutes * kMinute; }

Millis extension(const Assessment& assessment) {
    if (assessment.time_limit_minutes <= 0) return 0;
    if (assessment.extension_minutes > 0) return assessment.extension_minutes * kMinute;
    return std::max<Millis>(5 * kMinute, time_limit(assessment) / 2);
}

bool out_of_time(const AssessmentAttempt& attempt, Millis now) {
    return attempt.time_allowed > 0 && !attempt.submitted() && now >= attempt.started_at + attempt.time_allowed;
}

Millis time_left(const AssessmentAttempt& attempt, Millis now) {
    if (attempt.time_allowed <= 0) return 0;
    return std::max<Millis>(0, attempt.started_at + attempt.time_allowed - now);
}

const AssessmentAttempt* open_attempt(const std::vector<AssessmentAttempt>& attempts) {
    return !attempts.empty() && !attempts.back().submitted() ? &attempts.back() : nullptr;
}

bool ever_passed(const std::vector<AssessmentAttempt>& attempts) {
    return std::any_of(attempts.begin(), attempts.end(),
                       [](const AssessmentAttempt& a) { return a.submitted() && a.passed; });
}

int attempts_remaining(const Assessment& assessment, const std::vector<AssessmentAttempt>& attempts) {
    if (assessment.max_attempts <= 0) return -1;
    return std::max(0, assessment.max_attempts - static_cast<int>(attempts.size()));
}

NoNewAttempt no_new_attempt(const Assessment& assessment, const std::vector<AssessmentAttempt>& attempts) {
    if (open_attempt(attempts)) return NoNewAttempt::AttemptOpen;
    if (ever_passed(attempts)) return NoNewAttempt::AlreadyPassed;
    if (attempts_remaining(assessment, attempts) == 0) return NoNewAttempt::AttemptsUsed;
    return NoNewAttempt::None;
}

std::string why_no_new_attempt(const Assessment& assessment, const std::vector<AssessmentAttempt>& attempts) {
    switch (no_new_attempt(assessment, attempts)) {
    case NoNewAttempt::AttemptOpen: return "An attempt is already open; submit it first.";
    case NoNewAttempt::AlreadyPassed: return "You have passed this assessment already.";
    case NoNewAttempt::AttemptsUsed:
        return assessment.max_attempts == 1
                   ? "You have used your one attempt at this assessment."
                   : "You have used all " + std::to_string(assessment.max_attempts) + " attempts at this assessment.";
    case NoNewAttempt::None: break;
    }
    return {};
}

}  // namespace primer
