#include "explainer_parser.hpp"

#include "course_checks.hpp"
#include "names.hpp"
#include "screen_parser.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>

namespace primer {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kMostBars = 6;  // more than this and the bars are too thin to read

// A file the screen names, resolved against the module folder; empty (and an error) when it
// is outside the folder or missing. `example` is how the key would be written.
fs::path media_file(TableReader& block, std::string_view key, const std::string& written,
                    const fs::path& module_folder, std::string_view example) {
    SourceLoc at = block.where(key);
    if (written.empty()) return {};
    if (leaves_folder(written)) {
        block.diagnostics().error(at, "'" + std::string(key) + "' file '" + written + "' is outside the module folder",
                                  "put it in the module folder and write its path from there, e.g. " +
                                      std::string(key) + " = " + std::string(example));
        return {};
    }
    fs::path file = (module_folder / written).lexically_normal();
    std::error_code error;
    if (!fs::is_regular_file(file, error)) {
        std::string hint = "paths start from the module folder, where module.toml is";
        std::string match = closest_match(file.filename().string(), entry_names(file.parent_path()));
        if (!match.empty())
            hint = "did you mean '" + (fs::path(written).parent_path() / match).generic_string() + "'? " + hint;
        block.diagnostics().error(at, "'" + std::string(key) + "' file '" + written + "' was not found", std::move(hint));
        return {};
    }
    return file;
}

std::optional<std::string> read_all(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return std::nullopt;
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// SDL_mixer would play other formats too, but the course format promises OGG Vorbis, so
// a package plays the same on every machine. Checked by the file's signature, not its name.
void check_is_ogg(TableReader& block, const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    char magic[4] = {};
    in.read(magic, sizeof magic);
    if (in.gcount() == 4 && std::string_view(magic, 4) == "OggS") return;
    block.diagnostics().error(block.where("narration"), "narration '" + file.filename().string() + "' is not an OGG file",
                              "save the recording as OGG Vorbis, e.g. oggenc recording.wav, or leave narration out "
                              "to play the captions silently");
}

Captions read_captions(TableReader& block, const fs::path& file, const std::string& written) {
    Captions captions;
    std::optional<std::string> text = read_all(file);
    if (!text) {
        block.diagnostics().error(block.where("captions"), "captions file '" + written + "' could not be read",
                                  "check that the file is readable");
        return captions;
    }
    parse_webvtt(*text, file.string(), captions, block.diagnostics());
    return captions;
}

std::vector<std::string> cue_ids(const Captions& captions) {
    std::vector<std::string> ids;
    for (const Cue& cue : captions.cues)
        if (!cue.id.empty()) ids.push_back(cue.id);
    return ids;
}

void read_chart(TableReader& block, Beat& beat) {
    beat.chart_title = block.string("title", Need::Optional, "\"Children in England and Wales, one year\"").value_or("");
    beat.unit = block.string("unit", Need::Optional, "\"%\"").value_or("");
    auto labels = block.strings("labels", Need::Required, "[\"Girls\", \"Boys\"]");
    auto values = block.numbers("values", Need::Required, "[15, 5]");
    if (labels.empty() || values.empty()) return;
    if (labels.size() != values.size()) {
        block.diagnostics().error(block.where("values"),
                                  "this chart has " + std::to_string(labels.size()) + " labels but " +
                                      std::to_string(values.size()) + " values",
                                  "give one value for each label, in the same order");
        return;
    }
    if (labels.size() > kMostBars)
        block.diagnostics().error(block.where("labels"), "a chart can show at most " + std::to_string(kMostBars) + " bars",
                                  "keep the figures the narration talks about, or split them over two beats");
    bool any_above_zero = false;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (values[i].value < 0)
            block.diagnostics().error(values[i].where, "a chart's values cannot be negative",
                                      "bars start from zero; write the figure itself");
        any_above_zero = any_above_zero || values[i].value > 0;
        beat.bars.push_back({labels[i].value, values[i].value});
    }
    if (!any_above_zero)
        block.diagnostics().error(block.where("values"), "this chart has no value above zero",
                                  "a chart needs at least one figure above zero to draw");
}

std::optional<Beat::Kind> read_beat_kind(TableReader& block) {
    std::optional<std::string> name = block.string("kind", Need::Required, "\"highlight\"");
    if (!name || name->empty()) return std::nullopt;
    if (*name == "highlight") return Beat::Kind::Highlight;
    if (*name == "chart") return Beat::Kind::Chart;
    if (*name == "image") return Beat::Kind::Image;
    std::vector<std::string> kinds{"highlight", "chart", "image"};
    std::string match = closest_match(*name, kinds);
    std::string hint = "the kinds of beat are " + join_names(kinds, "'");
    if (!match.empty()) hint = "did you mean '" + match + "'? " + hint;
    block.diagnostics().error(block.where("kind"), "unknown beat kind '" + *name + "'", std::move(hint));
    return std::nullopt;
}

// One [[screen.beat]]; nullopt when it cannot be placed or drawn (the reason is reported).
std::optional<Beat> read_beat(TableReader& block, const Captions& captions, const fs::path& module_folder) {
    Beat beat;
    beat.where = block.where();
    std::optional<std::string> at = block.string("at", Need::Required, "\"estimate\"");
    std::optional<Beat::Kind> kind = read_beat_kind(block);
    if (!kind) {
        // Without a kind there is no telling which keys belong; only report true typos.
        block.allow({"text", "title", "labels", "values", "unit", "image", "alt", "caption"});
        block.report_unknown();
        return std::nullopt;
    }
    beat.kind = *kind;
    switch (*kind) {
    case Beat::Kind::Highlight:
        beat.text = block.rich_text("text", Need::Required, "\"About **500,000** children a year\"").value_or(RichText{});
        break;
    case Beat::Kind::Chart: read_chart(block, beat); break;
    case Beat::Kind::Image: beat.image = read_image(block, module_folder); break;
    }
    block.report_unknown();
    if (!at || at->empty() || captions.cues.empty()) return std::nullopt;

    auto cue = std::find_if(captions.cues.begin(), captions.cues.end(), [&](const Cue& c) { return c.id == *at; });
    if (cue == captions.cues.end()) {
        std::vector<std::string> ids = cue_ids(captions);
        std::string match = closest_match(*at, ids);
        std::string hint = ids.empty() ? "the captions' cues have no ids; give each cue an id line above its times"
                                       : "the captions' cue ids are " + join_names(ids, "'");
        if (!match.empty()) hint = "did you mean '" + match + "'? " + hint;
        block.diagnostics().error(block.where("at"), "there is no caption cue '" + *at + "'", std::move(hint));
        return std::nullopt;
    }
    beat.cue = *at;
    beat.starts_at = cue->start_seconds;
    return beat;
}

// Beats play in the narration's order; one written out of order would flash past or never show.
void check_beat_order(TableReader& screen, const std::vector<Beat>& beats) {
    for (std::size_t i = 1; i < beats.size(); ++i) {
        const Beat& before = beats[i - 1];
        if (beats[i].starts_at > before.starts_at) continue;
        std::string what = beats[i].starts_at == before.starts_at ? "starts at the same cue as" : "comes before";
        screen.diagnostics().error(beats[i].where,
                                   "this beat (at '" + beats[i].cue + "') " + what + " the beat above it (at '" +
                                       before.cue + "')",
                                   "write beats in the order of their cues, one beat per cue");
    }
}

}  // namespace

std::vector<std::string_view> explainer_keys() { return {"narration", "captions", "beat", "body"}; }

Explainer parse_explainer(TableReader& block, const fs::path& module_folder) {
    Explainer explainer;
    explainer.where = block.where();
    const std::string narration =
        block.string("narration", Need::Optional, "\"media/narration/how-many.ogg\"").value_or("");
    explainer.narration = media_file(block, "narration", narration, module_folder, "\"media/narration/how-many.ogg\"");
    if (!explainer.narration.empty()) check_is_ogg(block, explainer.narration);

    const std::string captions = block.string("captions", Need::Required, "\"media/narration/how-many.vtt\"").value_or("");
    explainer.captions_file = media_file(block, "captions", captions, module_folder, "\"media/narration/how-many.vtt\"");
    if (!explainer.captions_file.empty()) {
        const int errors_before = block.diagnostics().error_count();
        explainer.captions = read_captions(block, explainer.captions_file, captions);
        if (explainer.captions.cues.empty() && block.diagnostics().error_count() == errors_before)
            block.diagnostics().error(block.where("captions"), "captions file '" + captions + "' has no cues",
                                      "each cue is an id line, a line of times (00:00.000 --> 00:04.000) and its text");
    }
    for (TableReader& beat_block : block.tables("beat"))
        if (std::optional<Beat> beat = read_beat(beat_block, explainer.captions, module_folder))
            explainer.beats.push_back(std::move(*beat));
    check_beat_order(block, explainer.beats);
    return explainer;
}

}  // namespace primer
