#include "course.hpp"

#include <algorithm>

namespace primer {

const char* to_string(ScreenKind kind) {
    switch (kind) {
    case ScreenKind::Text: return "text";
    case ScreenKind::Image: return "image";
    case ScreenKind::SingleChoice: return "single-choice";
    case ScreenKind::Summary: return "summary";
    }
    return "unknown";
}

const ChoiceOption* SingleChoiceTask::correct_option() const {
    auto it = std::find_if(options.begin(), options.end(), [](const ChoiceOption& o) { return o.correct; });
    return it == options.end() ? nullptr : &*it;
}

const ChoiceOption* SingleChoiceTask::find_option(const std::string& option_id) const {
    auto it = std::find_if(options.begin(), options.end(), [&](const ChoiceOption& o) { return o.id == option_id; });
    return it == options.end() ? nullptr : &*it;
}

const Screen* Module::find_screen(const std::string& screen_id) const {
    auto it = std::find_if(screens.begin(), screens.end(), [&](const Screen& s) { return s.id == screen_id; });
    return it == screens.end() ? nullptr : &*it;
}

const Module* Course::find_module(const std::string& module_id) const {
    auto it = std::find_if(modules.begin(), modules.end(), [&](const Module& m) { return m.id == module_id; });
    return it == modules.end() ? nullptr : &*it;
}

const Screen* Course::find_screen(const ScreenRef& ref) const {
    const Module* module = find_module(ref.module_id);
    return module ? module->find_screen(ref.screen_id) : nullptr;
}

const Screen* Course::find_screen(const std::string& qualified_id) const {
    return find_screen(parse_screen_ref(qualified_id));
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
