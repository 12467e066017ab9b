// Reads a screen's content note (`content_note`, `skip_to`) and `required` flag. Where
// `skip_to` points is checked once the whole module is read (check_content_notes).
#include "screen_parser.hpp"

namespace primer {

void read_content_note(TableReader& block, Screen& screen) {
    screen.required = block.boolean("required", "true").value_or(false);
    std::optional<RichText> text =
        block.rich_text("content_note", Need::Optional, "\"This screen describes a child's account of abuse.\"");
    std::optional<std::string> skip_to = block.string("skip_to", Need::Optional, "\"module-summary\"");
    if (!text) {
        if (skip_to)
            block.diagnostics().error(block.where("skip_to"), "'skip_to' needs a content note on the same screen",
                                      "add content_note = \"What this screen contains\", or remove skip_to");
        return;
    }
    screen.content_note = ContentNote{std::move(*text), skip_to.value_or(""), block.where("content_note"),
                                      block.where("skip_to")};
}

}  // namespace primer
