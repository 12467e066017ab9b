// hotspot: an image and the regions of it learners can choose, in the image's own pixels.
// Whether the regions lie inside the image is checked once the image is read
// (course_checks.cpp); here each region is checked on its own.
#include "question_parser.hpp"
#include "screen_parser.hpp"

#include <algorithm>

namespace primer {
namespace {

constexpr int min_regions = 2;

std::optional<Region::Shape> read_shape(TableReader& block) {
    std::optional<std::string> name = block.string("shape", Need::Optional, "\"rect\"");
    if (!name || *name == "rect") return Region::Shape::Rect;
    if (*name == "circle") return Region::Shape::Circle;
    std::string match = closest_match(*name, {"rect", "circle"});
    std::string hint = "the shapes are 'rect' (x, y, width, height) and 'circle' (x, y, radius)";
    if (!match.empty()) hint = "did you mean '" + match + "'? " + hint;
    block.diagnostics().error(block.where("shape"), "unknown region shape '" + *name + "'", std::move(hint));
    return std::nullopt;
}

// A size must be positive; `example` shows one.
float read_size(TableReader& block, std::string_view key, std::string_view example) {
    std::optional<int> value = block.integer(key, Need::Required, example);
    if (value && *value <= 0)
        block.diagnostics().error(block.where(key), "'" + std::string(key) + "' must be more than 0",
                                  "sizes are in the image's pixels, e.g. " + std::string(key) + " = " +
                                      std::string(example));
    return static_cast<float>(value.value_or(0));
}

// Keys that belong to the other shape would be silently ignored; say so instead.
void reject_other_shape_keys(TableReader& block, Region::Shape shape) {
    const bool rect = shape == Region::Shape::Rect;
    for (std::string_view key : rect ? std::vector<std::string_view>{"radius"}
                                     : std::vector<std::string_view>{"width", "height"}) {
        if (!block.has(key)) continue;
        block.diagnostics().error(block.where(key),
                                  "'" + std::string(key) + "' is for " + (rect ? "circle" : "rect") +
                                      " regions, not " + (rect ? "rect" : "circle") + " regions",
                                  rect ? "remove it, or make this a circle: shape = \"circle\" with x, y and radius"
                                       : "remove it, or make this a rectangle: shape = \"rect\" with x, y, width "
                                         "and height");
        block.allow({key});
    }
}

// `correct_unreadable` is set when `correct` is there but not true or false.
Region read_region(TableReader& block, FirstUse& region_ids, bool& correct_unreadable) {
    Region region;
    region.where = block.where();
    if (auto id = block.id("id", "region")) {
        region.id = id->value;
        if (auto first = region_ids.see(id->value, id->where))
            block.diagnostics().error(id->where, "region id '" + id->value + "' is used twice in this question",
                                      "it is first used at " + place_name(*first, id->where) +
                                          "; give each region its own id");
    }
    region.label = block.string("label", Need::Required, "\"The child's own words\"").value_or("");
    std::optional<Region::Shape> shape = read_shape(block);
    region.x = static_cast<float>(block.integer("x", Need::Required, "40").value_or(0));
    region.y = static_cast<float>(block.integer("y", Need::Required, "60").value_or(0));
    if (shape == Region::Shape::Circle) {
        region.shape = Region::Shape::Circle;
        region.radius = read_size(block, "radius", "30");
    } else if (shape) {
        region.width = read_size(block, "width", "200");
        region.height = read_size(block, "height", "80");
    } else {
        block.allow({"width", "height", "radius"});  // no telling which belong
    }
    if (shape) reject_other_shape_keys(block, *shape);
    std::optional<bool> correct = block.boolean("correct", "true");
    region.correct = correct.value_or(false);
    correct_unreadable |= block.has("correct") && !correct;
    region.feedback =
        block.rich_text("feedback", Need::Optional, "\"Shown when this area is chosen\"").value_or(RichText{});
    block.report_unknown();
    return region;
}

}  // namespace

HotspotTask parse_hotspot_task(TableReader& block, const std::filesystem::path& module_folder) {
    HotspotTask task;
    task.image = read_image(block, module_folder);
    FirstUse region_ids;
    bool unreadable_correct = false;  // reported already; do not also say "no correct region"
    std::vector<TableReader> regions = block.tables("region");
    for (TableReader& region_block : regions)
        task.regions.push_back(read_region(region_block, region_ids, unreadable_correct));

    Diagnostics& diagnostics = block.diagnostics();
    int count = static_cast<int>(regions.size());
    if (count < min_regions)
        diagnostics.error(block.where(),
                          "a hotspot question needs at least 2 regions, but this one has " + std::to_string(count),
                          "add a [[screen.region]] block below this [[screen]] for each area learners can choose");
    bool any_correct = std::any_of(task.regions.begin(), task.regions.end(), [](const Region& r) { return r.correct; });
    if (count > 0 && !any_correct && !unreadable_correct)
        diagnostics.error(block.where(), "this question has no correct region",
                          "add correct = true to the region (or regions) that are the right answer");
    return task;
}

}  // namespace primer
