#include "course.hpp"

#include <algorithm>

namespace primer {

const char* to_string(ScreenKind kind) {
    switch (kind) {
    case ScreenKind::Text: return "text";
    case ScreenKind::Image: return "image";
    case ScreenKind::Summary: return "summary";
    case ScreenKind::SingleChoice: return "single-choice";
    case ScreenKind::MultipleResponse: return "multiple-response";
    case ScreenKind::TrueFalse: return "true-false";
    case ScreenKind::Ordering: return "ordering";
    case ScreenKind::Categorise: return "categorise";
    case ScreenKind::Matching: return "matching";
    case ScreenKind::Hotspot: return "hotspot";
    case ScreenKind::FillIn: return "fill-in";
    case ScreenKind::Confidence: return "confidence";
    case ScreenKind::Reflection: return "reflection";
    case ScreenKind::Conversation: return "conversation";
    case ScreenKind::Assessment: return "assessment";
    case ScreenKind::Explainer: return "explainer";
    }
    return "unknown";
}

bool is_question_kind(ScreenKind kind) {
    switch (kind) {
    case ScreenKind::Text:
    case ScreenKind::Image:
    case ScreenKind::Summary:
    case ScreenKind::Conversation:
    case ScreenKind::Assessment:
    case ScreenKind::Explainer: return false;
    default: return true;
    }
}

bool is_graded_kind(ScreenKind kind) {
    return is_question_kind(kind) && kind != ScreenKind::Confidence && kind != ScreenKind::Reflection;
}

namespace {

template <class T>
const T* find_by_id(const std::vector<T>& list, const std::string& id) {
    auto it = std::find_if(list.begin(), list.end(), [&](const T& item) { return item.id == id; });
    return it == list.end() ? nullptr : &*it;
}

}  // namespace

const ChoiceOption* ChoiceTask::find_option(const std::string& option_id) const { return find_by_id(options, option_id); }

bool Region::contains(float px, float py) const {
    if (shape == Shape::Circle) return (px - x) * (px - x) + (py - y) * (py - y) <= radius * radius;
    return px >= x && py >= y && px <= x + width && py <= y + height;
}

const ConversationChoice* ConversationNode::find_choice(const std::string& choice_id) const {
    return find_by_id(choices, choice_id);
}

const ConversationNode* Conversation::find_node(const std::string& node_id) const { return find_by_id(nodes, node_id); }

const Question* Assessment::find_question(const std::string& question_id) const {
    return find_by_id(questions, question_id);
}

std::vector<std::string> Assessment::pools() const {
    std::vector<std::string> names;
    for (const Question& question : questions)
        if (std::find(names.begin(), names.end(), question.pool) == names.end()) names.push_back(question.pool);
    return names;
}

const Screen* Module::find_screen(const std::string& screen_id) const {
    return find_by_id(screens, screen_id);
}

const Module* Course::find_module(const std::string& module_id) const {
    return find_by_id(modules, module_id);
}

const Screen* Course::find_screen(const ScreenRef& ref) const {
    const Module* module = find_module(ref.module_id);
    return module ? module->find_screen(ref.screen_id) : nullptr;
}

const Screen* Course::find_screen(const std::string& qualified_id) const {
    return find_screen(parse_screen_ref(qualified_id));
}

std::optional<ScreenRef> Course::screen_at(const SourceLoc& where) const {
    std::optional<ScreenRef> found;
    int found_line = 0;
    for (const Module& module : modules)
        for (const Screen& screen : module.screens)
            if (screen.where.file == where.file && screen.where.line <= where.line && screen.where.line > found_line) {
                found = ScreenRef{module.id, screen.id};
                found_line = screen.where.line;
            }
    return found;
}

std::vector<ScreenRef> Course::reading_order() const {
    std::vector<ScreenRef> order;
    for (const Module& module : modules)
        for (const Screen& screen : module.screens) order.push_back({module.id, screen.id});
    return order;
}

int Course::screen_count() const {
    int count = 0;
    for (const Module& module : modules) count += static_cast<int>(module.screens.size());
    return count;
}

ScreenRef parse_screen_ref(const std::string& qualified_id) {
    auto slash = qualified_id.find('/');
    if (slash == std::string::npos) return {"", qualified_id};
    return {qualified_id.substr(0, slash), qualified_id.substr(slash + 1)};
}

}  // namespace primer
