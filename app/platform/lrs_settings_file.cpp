#include "lrs_settings_file.hpp"

#include <regex>
#include <system_error>

namespace primer {
namespace {

// toml++ quotes what it met in a syntax error ("unknown escape sequence '\q'"), which here
// may be part of the password: the position is enough to find it.
Diagnostics without_quoted_text(const Diagnostics& diagnostics) {
    static const std::regex quoted("'[^']*'");
    Diagnostics redacted;
    for (const Diagnostic& d : diagnostics.all()) {
        const std::string message = std::regex_replace(d.message, quoted, "(not shown)");
        if (d.severity == Severity::Error)
            redacted.error(d.where, message, d.hint);
        else
            redacted.warning(d.where, message, d.hint);
    }
    return redacted;
}

}  // namespace

LrsSettingsFile load_lrs_settings(const std::filesystem::path& data_dir, const LrsSettings& defaults) {
    LrsSettingsFile file;
    file.path = data_dir / kLrsSettingsFile;
    std::error_code error;
    const std::filesystem::file_status status = std::filesystem::status(file.path, error);
    file.present = std::filesystem::exists(status);
    if (!file.present) return file;
    const std::string label = file.path.string();
#if !defined(_WIN32)
    constexpr auto others = std::filesystem::perms::group_read | std::filesystem::perms::others_read;
    if ((status.permissions() & others) != std::filesystem::perms::none)
        file.diagnostics.warning({label, 0, 0}, "other people on this computer may read this file, and it holds the LRS's password",
                                 "let only yourself read it: chmod 600 " + label);
#endif
    std::optional<toml::table> root = read_toml_file(file.path, label, file.diagnostics);
    if (!root) {
        file.diagnostics = without_quoted_text(file.diagnostics);
        return file;
    }
    TableReader reader(*root, label, file.diagnostics);
    file.settings = read_lrs_settings(reader, defaults);
    return file;
}

}  // namespace primer
