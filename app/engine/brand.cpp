#include "brand.hpp"

#include "brand_checks.hpp"
#include "brand_parser.hpp"

#include <system_error>

namespace primer {

namespace fs = std::filesystem;

constexpr const char* kBrandFile = "brand.toml";

bool is_brand_path(const fs::path& path) {
    std::error_code error;
    if (path.filename() == kBrandFile) return true;
    return fs::is_directory(path, error) && fs::exists(path / kBrandFile, error);
}

BrandLoadResult load_brand(const fs::path& path, const ImageChecker* images, const FontChecker* fonts) {
    BrandLoadResult result;
    fs::path file = path.filename() == kBrandFile ? path : path / kBrandFile;
    std::optional<Brand> brand = parse_brand_file(file, result.diagnostics);
    if (brand) check_brand(*brand, images, fonts, result.diagnostics);
    result.diagnostics.sort();
    if (brand && !result.diagnostics.has_errors()) result.brand = std::move(brand);
    return result;
}

void apply_brand_support(Course& course, const Brand& brand) {
    if (brand.support_mode == SupportMode::Replace) course.support.clear();
    course.support.insert(course.support.end(), brand.support.begin(), brand.support.end());
}

LrsSettings lrs_defaults(const Brand& brand) {
    LrsSettings defaults;
    defaults.endpoint = brand.lrs.endpoint;
    if (!brand.lrs.version.empty()) defaults.version = brand.lrs.version;
    if (brand.lrs.batch_size > 0) defaults.batch_size = brand.lrs.batch_size;
    defaults.auto_sync = brand.lrs.auto_sync.value_or(defaults.auto_sync);
    defaults.home_page = brand.xapi_home_page;
    defaults.activity_base = brand.xapi_activity_base;
    return defaults;
}

}  // namespace primer
