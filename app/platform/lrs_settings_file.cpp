#include "lrs_settings_file.hpp"

#include <system_error>

namespace primer {

LrsSettingsFile load_lrs_settings(const std::filesystem::path& data_dir) {
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
    if (!root) return file;
    TableReader reader(*root, label, file.diagnostics);
    file.settings = read_lrs_settings(reader);
    return file;
}

}  // namespace primer
