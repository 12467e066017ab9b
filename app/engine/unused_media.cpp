#include "unused_media.hpp"

#include <algorithm>
#include <cctype>
#include <set>

namespace primer {

namespace fs = std::filesystem;

namespace {

// Only what screens can show or play: notes, scripts and sources beside them are the
// author's business.
bool is_media(const fs::path& file) {
    static const std::set<std::string> kinds{".png", ".jpg", ".jpeg", ".gif", ".bmp", ".svg", ".webp",
                                             ".ogg", ".oga", ".wav", ".mp3", ".vtt"};
    std::string extension = file.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return kinds.count(extension) > 0;
}

void add_question_media(const Question& question, std::set<fs::path>& used) {
    if (const auto* hotspot = std::get_if<HotspotTask>(&question.body)) used.insert(hotspot->image.path.lexically_normal());
}

std::set<fs::path> media_used_by(const Module& module) {
    std::set<fs::path> used;
    auto add = [&](const fs::path& file) {
        if (!file.empty()) used.insert(file.lexically_normal());
    };
    for (const Screen& screen : module.screens) {
        if (screen.image) add(screen.image->path);
        if (screen.question) add_question_media(*screen.question, used);
        if (screen.conversation)
            for (const ConversationNode& node : screen.conversation->nodes)
                if (node.image) add(node.image->path);
        if (screen.explainer) {
            add(screen.explainer->narration);
            add(screen.explainer->captions_file);
            for (const Beat& beat : screen.explainer->beats)
                if (beat.image) add(beat.image->path);
        }
        if (screen.assessment)
            for (const Question& question : screen.assessment->questions) add_question_media(question, used);
    }
    return used;
}

}  // namespace

void check_unused_media(const Course& course, Diagnostics& diagnostics) {
    for (const Module& module : course.modules) {
        const std::set<fs::path> used = media_used_by(module);
        std::vector<fs::path> unused;
        std::error_code failed;
        for (auto it = fs::recursive_directory_iterator(module.folder, failed);
             !failed && it != fs::recursive_directory_iterator(); it.increment(failed)) {
            const fs::path& file = it->path();
            if (it->is_regular_file(failed) && is_media(file) && !used.count(file.lexically_normal()))
                unused.push_back(file);
        }
        std::sort(unused.begin(), unused.end());  // the same order on every file system
        for (const fs::path& file : unused)
            diagnostics.warning(SourceLoc{file.string(), 0, 0}, "no screen uses this file",
                                "name it in a screen (image, narration, captions or a beat's image), or delete it: "
                                "a module package carries every file in the module's folder");
    }
}

}  // namespace primer
