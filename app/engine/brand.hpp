// A brand pack: the folder an L&D team fills to make the player theirs (brand.toml and
// the files it names). Loading it reads and checks everything `primer validate` reports.
#pragma once

#include "contrast.hpp"
#include "course.hpp"
#include "course_loader.hpp"
#include "diagnostics.hpp"
#include "lrs_settings.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace primer {

// The colours an organisation chooses; the player derives the rest (brand_palette.hpp).
struct BrandColours {
    Rgb primary{0.122, 0.373, 0.545};  // buttons, progress, headings of explainers
    Rgb accent{0.051, 0.318, 0.627};   // links and the keyboard focus ring
    Rgb background{0.969, 0.961, 0.941};
    Rgb text{0.122, 0.137, 0.157};
    // Button labels and marks on primary; unset: white or near-black, whichever reads
    // better on primary (a light primary on a dark background needs dark labels).
    std::optional<Rgb> on_primary;
    // Where each was written, so contrast errors point at the key to change.
    SourceLoc primary_where, accent_where, background_where, text_where, on_primary_where;
};

enum class SupportMode { Add, Replace };

struct BrandCertificate {
    std::string signatory;  // who signs, e.g. "Dr Amara Okafor"
    std::string role;       // e.g. "Designated Safeguarding Lead"
    std::string wording;    // the line under the learner's name; empty: Primer's own
};

// Defaults for lrs.toml; the data folder's lrs.toml (and the command line) still win.
// Never credentials: a brand folder is shared, a secret is not.
struct BrandLrs {
    std::string endpoint;
    std::string version;
    int batch_size = 0;  // 0: not set
    std::optional<bool> auto_sync;
};

struct Brand {
    std::filesystem::path folder;
    std::string name;                   // the organisation, in the top bar and on the sign-in screen
    std::filesystem::path logo;         // a PNG, resolved against the folder
    SourceLoc logo_where;
    BrandColours colours;
    std::filesystem::path font_regular;  // optional TrueType; empty: the player's own
    std::filesystem::path font_bold;     // optional; empty: the regular one
    SourceLoc font_regular_where, font_bold_where;
    SupportMode support_mode = SupportMode::Add;
    std::vector<SupportContact> support;
    BrandCertificate certificate;
    std::string xapi_home_page;      // actors' account home page; empty: lrs.toml's or Primer's
    std::string xapi_activity_base;  // activity id prefix ending in '/'; empty: likewise
    BrandLrs lrs;
};

// Checks that a TrueType file really loads. The engine links no font library, so the
// platform layer supplies one (stb_truetype) and tests may supply fakes.
class FontChecker {
public:
    virtual ~FontChecker() = default;
    // An empty string when the font loads; otherwise a sentence saying why not.
    virtual std::string check(const std::filesystem::path& file) const = 0;
};

struct BrandLoadResult {
    std::optional<Brand> brand;  // present only when there are no errors
    Diagnostics diagnostics;
};

// `path` is a brand folder or its brand.toml. Without checkers, the logo and fonts are
// only checked for existence.
BrandLoadResult load_brand(const std::filesystem::path& path, const ImageChecker* images = nullptr,
                           const FontChecker* fonts = nullptr);

// Whether `path` is a brand: a brand.toml, or a folder holding one.
bool is_brand_path(const std::filesystem::path& path);

// The course's support list with the brand's contacts added after it, or in its place.
void apply_brand_support(Course& course, const Brand& brand);

// The brand's [xapi] and [lrs] as the defaults lrs.toml is read over (read_lrs_settings),
// and what statements use when there is no lrs.toml: Primer's own where the brand is silent.
LrsSettings lrs_defaults(const Brand& brand);

}  // namespace primer
