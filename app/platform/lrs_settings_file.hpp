// Reading the organisation's lrs.toml from the data folder, and warning when people other
// than its owner may read it (it holds the LRS's secret).
#pragma once

#include "lrs_settings.hpp"

#include <filesystem>

namespace primer {

struct LrsSettingsFile {
    std::filesystem::path path;
    bool present = false;
    std::optional<LrsSettings> settings;  // nullopt when absent or when it has errors
    Diagnostics diagnostics;              // its errors, and the permissions warning
};

// `defaults` are the brand's (lrs_defaults in brand.hpp); each key lrs.toml gives wins.
LrsSettingsFile load_lrs_settings(const std::filesystem::path& data_dir, const LrsSettings& defaults = {});

}  // namespace primer
