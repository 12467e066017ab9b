#include "screen_parser.hpp"

#include "conversation_parser.hpp"
#include "assessment_parser.hpp"
#include "explainer_parser.hpp"
#include "question_parser.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace primer {
namespace {

// The kinds authors can write, in the order messages list them.
// One kind a line, so that kinds added side by side merge cleanly.
constexpr std::array all_kinds{
    ScreenKind::Text,
    ScreenKind::Image,
    ScreenKind::Summary,
    ScreenKind::SingleChoice,
    ScreenKind::MultipleResponse,
    ScreenKind::TrueFalse,
    ScreenKind::Ordering,
    ScreenKind::Categorise,
    ScreenKind::Matching,
    ScreenKind::Hotspot,
    ScreenKind::FillIn,
    ScreenKind::Confidence,
    ScreenKind::Reflection,
    ScreenKind::Conversation,
    ScreenKind::Assessment,
    ScreenKind::Explainer,
};

// The keys each kind adds to the ones every screen has. A key of another kind is
// reported as misplaced rather than unknown, since that is what the author needs to hear.
std::vector<std::string_view> keys_of(ScreenKind kind) {
    switch (kind) {
    case ScreenKind::Text: return {"body"};
    case ScreenKind::Image: return {"image", "alt", "caption", "body"};
    case ScreenKind::Summary: return {"body"};
    case ScreenKind::Conversation: return conversation_keys();
    case ScreenKind::Assessment: return assessment_keys();
    case ScreenKind::Explainer: return explainer_keys();
    default: break;
    }
    if (is_question_kind(kind)) {
        std::vector<std::string_view> keys = question_keys(kind);
        keys.push_back("body");  // text shown above the question
        return keys;
    }
    return {};
}

std::vector<std::string> kind_names() {
    std::vector<std::string> names;
    for (ScreenKind kind : all_kinds) names.emplace_back(to_string(kind));
    return names;
}

std::optional<ScreenKind> kind_from(std::string_view name) {
    for (ScreenKind kind : all_kinds)
        if (name == to_string(kind)) return kind;
    return std::nullopt;
}

std::optional<ScreenKind> read_kind(TableReader& block) {
    std::optional<std::string> name = block.string("kind", Need::Required, "\"text\"");
    if (!name) return std::nullopt;
    std::optional<ScreenKind> kind = kind_from(*name);
    if (!kind && !name->empty()) {
        std::string match = closest_match(*name, kind_names());
        std::string hint = "the kinds are " + join_names(kind_names(), "'");
        if (!match.empty()) hint = "did you mean '" + match + "'? " + hint;
        block.diagnostics().error(block.where("kind"), "unknown screen kind '" + *name + "'", std::move(hint));
    }
    return kind;
}

void reject_other_kinds_keys(TableReader& block, ScreenKind kind) {
    for (const auto& [key, at] : block.undeclared()) {
        std::vector<std::string> owners;
        for (ScreenKind other : all_kinds) {
            std::vector<std::string_view> keys = keys_of(other);
            if (other != kind && std::find(keys.begin(), keys.end(), key) != keys.end())
                owners.emplace_back(to_string(other));
        }
        if (owners.empty()) continue;
        const bool blocks = key == "option" || key == "region" || key == "blank" || key == "beat";
        std::string name = blocks              ? "[[screen." + key + "]]"
                           : key == "feedback" ? "[screen.feedback]"
                           : key == "node"     ? "[[screen.node]]"
                                               : "'" + key + "'";
        std::string article = owners[0] == "image" ? "an " : "a ";
        std::string hint = owners.size() == 1 ? "remove it, or make this " + article + owners[0] +
                                                    " screen: kind = \"" + owners[0] + "\""
                                              : "remove it, or change the screen's kind";
        block.diagnostics().error(at, name + " is for " + join_names(owners) + " screens, not " + to_string(kind) +
                                          " screens",
                                  std::move(hint));
        block.allow({key});
    }
}

}  // namespace

std::span<const ScreenKind> authored_kinds() { return all_kinds; }

bool leaves_folder(const std::filesystem::path& relative) {
    std::filesystem::path normal = relative.lexically_normal();
    return normal.has_root_path() || (!normal.empty() && *normal.begin() == "..");
}

ImageRef read_image(TableReader& block, const std::filesystem::path& module_folder) {
    ImageRef image;
    image.where = block.where("image");
    std::optional<std::string> file = block.string("image", Need::Required, "\"media/diagram.png\"");
    if (file && !file->empty()) {
        if (leaves_folder(*file))
            block.diagnostics().error(image.where, "image '" + *file + "' is outside the module folder",
                                      "put the image in the module folder and write its path from there, "
                                      "e.g. image = \"media/diagram.png\"");
        else
            image.path = (module_folder / *file).lexically_normal();
    }
    image.alt = block.string("alt", Need::Required, "\"What the image shows, for learners who cannot see it\"")
                    .value_or("");
    image.caption = block.rich_text("caption", Need::Optional, "\"Source: NSPCC, 2023\"").value_or(RichText{});
    return image;
}

Screen parse_screen(TableReader& block, const std::filesystem::path& module_folder, FirstUse& screen_ids) {
    Screen screen;
    screen.where = block.where();
    if (auto id = block.id("id", "screen")) {
        screen.id = id->value;
        if (auto first = screen_ids.see(id->value, id->where))
            block.diagnostics().error(id->where, "screen id '" + id->value + "' is used twice in this module",
                                      "it is first used at " + place_name(*first, id->where) +
                                          "; give each screen its own id");
    }
    std::optional<ScreenKind> kind = read_kind(block);
    screen.title = block.string("title", Need::Required, "\"What this module covers\"").value_or("");
    screen.source = block.string("source", Need::Optional, "\"Where the facts come from\"").value_or("");
    block.string("note", Need::Optional, "\"A note for other authors\"");
    block.strings("allow_terms", Need::Optional, "[\"perpetrator\"]");  // language_check.hpp reads them
    read_content_note(block, screen);

    if (!kind) {
        // Without a kind there is no telling which keys belong; only report true typos.
        for (ScreenKind any : all_kinds)
            for (std::string_view key : keys_of(any)) block.allow({key});
        block.report_unknown();
        return screen;
    }
    screen.kind = *kind;
    switch (*kind) {
    case ScreenKind::Text:
    case ScreenKind::Summary:
        screen.body = block.rich_text("body", Need::Required, "\"What the learner reads\"").value_or(RichText{});
        break;
    case ScreenKind::Image:
        screen.image = read_image(block, module_folder);
        screen.body = block.rich_text("body", Need::Optional, "\"Text shown with the image\"").value_or(RichText{});
        break;
    case ScreenKind::Conversation: screen.conversation = parse_conversation(block, module_folder); break;
    case ScreenKind::Assessment: screen.assessment = parse_assessment(block, module_folder); break;
    case ScreenKind::Explainer:
        screen.body = block.rich_text("body", Need::Optional, "\"Text shown under the narration\"").value_or(RichText{});
        screen.explainer = parse_explainer(block, module_folder);
        break;
    default:
        if (is_question_kind(*kind)) {
            screen.body = block.rich_text("body", Need::Optional, "\"Text shown above the question\"").value_or(RichText{});
            screen.question = parse_question(block, *kind, module_folder);
            screen.question->id = screen.id;
            screen.question->source = screen.source;
        }
        break;
    }
    reject_other_kinds_keys(block, *kind);
    block.report_unknown();
    return screen;
}

}  // namespace primer
