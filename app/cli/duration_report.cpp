#include "duration_report.hpp"

#include "duration.hpp"

#include <algorithm>
#include <cstdio>
#include <sstream>

namespace primer::cli {
namespace {

// "12.2": minutes to one decimal place.
std::string tenths(double minutes) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", minutes);
    return text;
}

// "0.75", "200": a rate as the author wrote it.
std::string rate(double value) {
    std::ostringstream out;
    out << value;
    return out.str();
}

std::string plural(int count, const std::string& one, const std::string& many) {
    return std::to_string(count) + " " + (count == 1 ? one : many);
}

std::string rates_line(const DurationRates& rates) {
    std::string line = "reading at " + rate(rates.words_per_minute) + " words a minute, " + rate(rates.task_minutes) +
                       (rates.task_minutes == 1 ? " minute" : " minutes") + " a task";
    for (const auto& [kind, minutes] : rates.kind_minutes) line += " (" + std::string(to_string(kind)) + " " + rate(minutes) + ")";
    return line + ", " + rate(rates.conversation_step_minutes) + " a conversation step, " +
           rate(rates.assessment_question_minutes) + " an assessment question";
}

std::string parts_line(const DurationParts& parts) {
    std::vector<std::string> items;
    auto add = [&](int count, const std::string& one, const std::string& many, double minutes) {
        if (count > 0) items.push_back(plural(count, one, many) + " " + tenths(minutes));
    };
    add(parts.words, "word", "words", parts.reading_minutes);
    add(parts.tasks, "task", "tasks", parts.task_minutes);
    add(parts.conversation_steps, "conversation step", "conversation steps", parts.conversation_minutes);
    add(parts.assessment_questions, "assessment question", "assessment questions", parts.assessment_minutes);
    if (parts.media_minutes > 0) items.push_back("media " + tenths(parts.media_minutes));
    std::string line;
    for (const std::string& item : items) line += (line.empty() ? "" : ", ") + item;
    return line.empty() ? "nothing to read or do" : line;
}

std::string row(const std::string& name, std::size_t width, double minutes, const std::string& detail) {
    std::string padded = name + std::string(width - name.size(), ' ');
    std::string figure = std::to_string(rounded_minutes(minutes));
    return "  " + padded + "  " + std::string(figure.size() < 4 ? 4 - figure.size() : 0, ' ') + figure + " min  (" +
           detail + ")\n";
}

}  // namespace

std::string duration_report(const Course& course) {
    const CourseDuration estimate = estimate_duration(course, course.duration);
    const bool lone_module = course.modules.size() == 1 && course.folder == course.modules[0].folder;
    std::size_t width = std::string("Course").size();
    for (const ModuleDuration& module : estimate.modules) width = std::max(width, module.folder.size());

    std::string out = "Estimated time (" + rates_line(course.duration) + "):\n";
    for (const ModuleDuration& module : estimate.modules)
        out += row(module.folder, width, module.parts.total(), parts_line(module.parts));
    if (!lone_module) {
        std::string stated = course.estimated_minutes > 0
                                 ? "estimated_minutes in course.toml: " + std::to_string(course.estimated_minutes)
                                 : "course.toml states no estimated_minutes";
        out += row("Course", width, estimate.total.total(), stated);
    }
    return out;
}

}  // namespace primer::cli
