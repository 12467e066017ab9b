#include "module_parser.hpp"

#include "screen_parser.hpp"
#include "toml_reader.hpp"

namespace primer {

std::optional<Module> parse_module_file(const std::filesystem::path& file, Diagnostics& diagnostics) {
    std::string label = file.string();
    std::optional<toml::table> root = read_toml_file(file, label, diagnostics);
    if (!root) return std::nullopt;

    TableReader reader(*root, label, diagnostics);
    Module module;
    module.folder = file.parent_path();
    module.where = reader.where();
    if (auto id = reader.id("id", "module")) {
        module.id = id->value;
        module.where = id->where;
    }
    module.title =
        reader.string("title", Need::Required, "\"The scale and nature of child sexual abuse\"").value_or("");
    reader.string("version", Need::Optional, "\"1.0.0\"");  // for packages: read_module_version()
    for (auto& outcome : reader.strings("outcomes", Need::Optional, "[\"Describe what child sexual abuse is\"]"))
        module.outcomes.push_back(std::move(outcome.value));

    FirstUse screen_ids;
    for (TableReader& block : reader.tables("screen"))
        module.screens.push_back(parse_screen(block, module.folder, screen_ids));
    if (!root->contains("screen"))
        diagnostics.error(reader.where(), "this module has no screens",
                          "add a [[screen]] block for each screen, in the order learners see them "
                          "(modules/README.md shows one)");
    reader.report_unknown();
    return module;
}

}  // namespace primer
