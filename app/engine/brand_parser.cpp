#include "brand_parser.hpp"

#include "course_parser.hpp"
#include "lrs_settings.hpp"
#include "toml_reader.hpp"

namespace primer {

namespace {

void read_colour(TableReader& block, std::string_view key, std::string_view example, Rgb& colour, SourceLoc& where) {
    where = block.where(key);
    std::optional<std::string> text = block.string(key, Need::Required, example);
    if (!text) return;
    if (std::optional<Rgb> parsed = parse_hex_colour(*text)) {
        colour = *parsed;
        return;
    }
    block.diagnostics().error(where, "'" + *text + "' is not a colour Primer reads",
                              "write it as \"#RRGGBB\" in hexadecimal, e.g. " + std::string(key) + " = " +
                                  std::string(example));
}

void read_colours(TableReader& reader, Brand& brand) {
    std::optional<TableReader> block = reader.table("colours");
    if (!block) {
        reader.diagnostics().error(reader.where(), "missing required table [colours]",
                                   "add [colours] with primary, accent, background and text, e.g. primary = \"#1F5F8B\"");
        return;
    }
    BrandColours& c = brand.colours;
    read_colour(*block, "primary", "\"#1F5F8B\"", c.primary, c.primary_where);
    read_colour(*block, "accent", "\"#0D51A0\"", c.accent, c.accent_where);
    read_colour(*block, "background", "\"#F7F5F0\"", c.background, c.background_where);
    read_colour(*block, "text", "\"#1F2328\"", c.text, c.text_where);
    if (block->has("on_primary")) {
        Rgb on_primary;
        read_colour(*block, "on_primary", "\"#FFFFFF\"", on_primary, c.on_primary_where);
        c.on_primary = on_primary;
    }
    block->report_unknown();
}

std::filesystem::path read_file_path(TableReader& block, std::string_view key, Need need, std::string_view example,
                                     const std::filesystem::path& folder, SourceLoc& where) {
    where = block.where(key);
    std::optional<std::string> written = block.string(key, need, example);
    if (!written || written->empty()) return {};
    return folder / *written;
}

void read_font(TableReader& reader, Brand& brand) {
    std::optional<TableReader> block = reader.table("font");
    if (!block) return;
    brand.font_regular = read_file_path(*block, "regular", Need::Required, "\"fonts/Example-Regular.ttf\"",
                                        brand.folder, brand.font_regular_where);
    brand.font_bold = read_file_path(*block, "bold", Need::Optional, "\"fonts/Example-Bold.ttf\"", brand.folder,
                                     brand.font_bold_where);
    block->report_unknown();
}

void read_support_mode(TableReader& reader, Brand& brand) {
    std::optional<std::string> mode = reader.string("support_mode", Need::Optional, "\"add\"");
    if (!mode || *mode == "add") return;
    if (*mode == "replace") {
        brand.support_mode = SupportMode::Replace;
        return;
    }
    reader.diagnostics().error(reader.where("support_mode"), "'support_mode' must be \"add\" or \"replace\"",
                               "\"add\" lists the brand's contacts after the course's; \"replace\" shows only the "
                               "brand's");
}

void read_certificate(TableReader& reader, Brand& brand) {
    std::optional<TableReader> block = reader.table("certificate");
    if (!block) return;
    BrandCertificate& c = brand.certificate;
    c.signatory = block->string("signatory", Need::Optional, "\"Dr Amara Okafor\"").value_or("");
    c.role = block->string("role", Need::Optional, "\"Designated Safeguarding Lead\"").value_or("");
    c.wording = block->string("wording", Need::Optional, "\"has completed\"").value_or("");
    if (!c.role.empty() && c.signatory.empty())
        block->diagnostics().error(block->where("role"), "the certificate has a signatory's role but no signatory",
                                   "add the person's name, e.g. signatory = \"Dr Amara Okafor\"");
    block->report_unknown();
}

void read_xapi(TableReader& reader, Brand& brand) {
    std::optional<TableReader> block = reader.table("xapi");
    if (!block) return;
    brand.xapi_home_page = block->string("home_page", Need::Optional, "\"https://learning.example.org\"").value_or("");
    brand.xapi_activity_base =
        block->string("activity_base", Need::Optional, "\"https://learning.example.org/activities/\"").value_or("");
    if (!brand.xapi_activity_base.empty() && brand.xapi_activity_base.back() != '/')
        block->diagnostics().error(block->where("activity_base"), "'activity_base' must end with '/'",
                                   "activity ids are this prefix followed by the screen's id, e.g. "
                                   "activity_base = \"https://learning.example.org/activities/\"");
    block->report_unknown();
}

void read_lrs(TableReader& reader, Brand& brand) {
    std::optional<TableReader> block = reader.table("lrs");
    if (!block) return;
    for (std::string_view secret : {"username", "password"}) {
        if (!block->has(secret)) continue;
        block->allow({secret});
        block->diagnostics().error(block->where(secret), "a brand cannot hold LRS credentials",
                                   "brand folders are shared; put username and password in the data folder's lrs.toml");
    }
    BrandLrs& lrs = brand.lrs;
    lrs.endpoint = block->string("endpoint", Need::Optional, "\"https://lrs.example.org/xapi/\"").value_or("");
    if (!lrs.endpoint.empty())
        if (std::optional<EndpointProblem> problem = endpoint_problem(lrs.endpoint))
            block->diagnostics().error(block->where("endpoint"), problem->message, problem->hint);
    lrs.version = block->string("version", Need::Optional, "\"1.0.3\"").value_or("");
    if (!lrs.version.empty() && !supported_xapi_version(lrs.version))
        block->diagnostics().error(block->where("version"), "'version' must be \"1.0.3\" or \"2.0.0\"",
                                   "use the xAPI version the organisation's LRS supports; most take version = \"1.0.3\"");
    if (std::optional<int> batch = block->integer("batch_size", Need::Optional, "50")) {
        lrs.batch_size = *batch;
        if (*batch < 1 || *batch > kLargestBatch)
            block->diagnostics().error(block->where("batch_size"),
                                       "'batch_size' must be from 1 to " + std::to_string(kLargestBatch),
                                       "it is how many statements go in one request, e.g. batch_size = 50");
    }
    lrs.auto_sync = block->boolean("auto", "true");
    block->report_unknown();
}

}  // namespace

std::optional<Brand> parse_brand_file(const std::filesystem::path& file, Diagnostics& diagnostics) {
    std::string label = file.string();
    std::optional<toml::table> root = read_toml_file(file, label, diagnostics);
    if (!root) return std::nullopt;

    TableReader reader(*root, label, diagnostics);
    Brand brand;
    brand.folder = file.parent_path();
    if (std::optional<int> format = reader.integer("format", Need::Required, "1"); format && *format != 1)
        diagnostics.error(reader.where("format"), "format " + std::to_string(*format) + " is not supported; this Primer reads format 1",
                          "write format = 1, or use a newer Primer");
    brand.name = reader.string("name", Need::Required, "\"Northfield Safeguarding Partnership\"").value_or("");
    brand.logo = read_file_path(reader, "logo", Need::Required, "\"logo.png\"", brand.folder, brand.logo_where);
    read_colours(reader, brand);
    read_font(reader, brand);
    read_support_mode(reader, brand);
    for (TableReader& block : reader.tables("support")) brand.support.push_back(read_support(block));
    read_certificate(reader, brand);
    read_xapi(reader, brand);
    read_lrs(reader, brand);
    reader.report_unknown();
    return brand;
}

}  // namespace primer
