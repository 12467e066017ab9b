#include "course_parser.hpp"

#include "course_settings_parser.hpp"

#include <algorithm>
#include <cctype>

namespace primer {
namespace {

// A loose BCP 47 check: a language of 2 or 3 letters, then subtags of up to 8 letters or
// digits. It catches "English" and "en_GB" without carrying the registry of every tag.
bool looks_like_language_tag(std::string_view tag) {
    auto is_alpha = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; };
    auto is_alnum = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
    size_t dash = tag.find('-');
    std::string_view language = tag.substr(0, dash);
    if (language.size() < 2 || language.size() > 3 || !std::all_of(language.begin(), language.end(), is_alpha))
        return false;
    while (dash != std::string_view::npos) {
        size_t start = dash + 1;
        dash = tag.find('-', start);
        std::string_view subtag = tag.substr(start, dash == std::string_view::npos ? dash : dash - start);
        if (subtag.empty() || subtag.size() > 8 || !std::all_of(subtag.begin(), subtag.end(), is_alnum)) return false;
    }
    return true;
}

void read_format(TableReader& reader, Course& course) {
    std::optional<int> format = reader.integer("format", Need::Required, "1");
    if (!format) return;
    course.format = *format;
    if (*format == 1) return;
    std::string number = std::to_string(*format);
    reader.diagnostics().error(reader.where("format"),
                               "format " + number + " is not supported; this Primer reads format 1",
                               "write format = 1, or use a newer Primer that reads format " + number);
}

void read_numbers(TableReader& reader, Course& course) {
    Diagnostics& diagnostics = reader.diagnostics();
    if (std::optional<int> pass_mark = reader.integer("pass_mark", Need::Optional, "80")) {
        course.pass_mark = *pass_mark;
        if (*pass_mark < 0 || *pass_mark > 100)
            diagnostics.error(reader.where("pass_mark"), "'pass_mark' must be between 0 and 100",
                              "it is the percentage needed to pass the assessment, e.g. pass_mark = 80");
    }
    course.estimated_minutes_where = reader.where("estimated_minutes");
    if (std::optional<int> minutes = reader.integer("estimated_minutes", Need::Optional, "90")) {
        course.estimated_minutes = *minutes;
        if (*minutes < 0)
            diagnostics.error(reader.where("estimated_minutes"), "'estimated_minutes' cannot be negative",
                              "write how long the course takes, e.g. estimated_minutes = 90");
    }
}

std::optional<ContentNotice> read_notice(TableReader& reader) {
    std::optional<TableReader> block = reader.table("content_notice");
    if (!block) return std::nullopt;
    ContentNotice notice;
    notice.title = block->string("title", Need::Required, "\"Before you start\"").value_or("");
    notice.body = block->rich_text("body", Need::Required, "\"This course talks about ...\"").value_or(RichText{});
    block->report_unknown();
    return notice;
}

LibraryModule read_library_module(TableReader& block) {
    LibraryModule module;
    module.where = block.where();
    if (auto id = block.id("id", "module")) module = {id->value, true, id->where};
    module.required = block.boolean("required", "false").value_or(true);
    block.report_unknown();
    return module;
}

}  // namespace

SupportContact read_support(TableReader& block) {
    SupportContact contact;
    contact.name = block.string("name", Need::Required, "\"NAPAC\"").value_or("");
    contact.for_whom = block.string("for", Need::Optional, "\"Adults who were abused in childhood\"").value_or("");
    contact.phone = block.string("phone", Need::Optional, "\"0808 801 0331\"").value_or("");
    contact.web = block.string("web", Need::Optional, "\"napac.org.uk\"").value_or("");
    contact.email = block.string("email", Need::Optional, "\"support@example.org\"").value_or("");
    if (contact.phone.empty() && contact.web.empty() && contact.email.empty())
        block.diagnostics().error(block.where(), "this support contact has no phone, web or email",
                                  "add at least one, e.g. phone = \"0808 801 0331\"");
    block.report_unknown();
    return contact;
}


std::optional<CourseFile> parse_course_file(const std::filesystem::path& file, Diagnostics& diagnostics) {
    std::string label = file.string();
    std::optional<toml::table> root = read_toml_file(file, label, diagnostics);
    if (!root) return std::nullopt;

    TableReader reader(*root, label, diagnostics);
    CourseFile result;
    Course& course = result.course;
    course.folder = file.parent_path();
    course.file = file;
    read_format(reader, course);
    if (auto id = reader.id("id", "course")) course.id = id->value;
    course.title = reader.string("title", Need::Required, "\"Responding to abuse in the family\"").value_or("");
    course.version = reader.string("version", Need::Required, "\"1.0.0\"").value_or("");
    if (std::optional<std::string> language = reader.string("language", Need::Optional, "\"en-GB\"")) {
        course.language = *language;
        if (!looks_like_language_tag(*language))
            diagnostics.warning(reader.where("language"), "'" + *language + "' does not look like a language tag",
                                "use a BCP 47 tag, e.g. language = \"en-GB\"");
    }
    read_numbers(reader, course);
    result.module_folders = reader.strings("modules", Need::Required, "[\"01-first-module\", \"02-second-module\"]");
    if (const auto* list = root->get_as<toml::array>("modules"); list && list->empty())
        diagnostics.error(reader.where("modules"), "no modules are listed",
                          "list the module folders in the order learners take them, e.g. "
                          "modules = [\"01-first-module\"]");
    for (TableReader& block : reader.tables("library")) result.library.push_back(read_library_module(block));
    if (std::optional<std::string> brand = reader.string("brand", Need::Optional, "\"../brand\""))
        course.brand = course.folder / *brand;
    course.content_notice = read_notice(reader);
    for (TableReader& block : reader.tables("support")) course.support.push_back(read_support(block));
    course.avoid = read_avoid_terms(reader);
    course.duration = read_duration_rates(reader);
    reader.report_unknown();
    return result;
}

}  // namespace primer
