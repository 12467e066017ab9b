// Where the statements' home page and activity ids, and the LRS's endpoint, version and
// options come from: the command line, else lrs.toml, else the brand, else Primer's own.
#include "brand.hpp"
#include "lrs_settings.hpp"

#include <catch2/catch.hpp>

using namespace primer;

namespace {

constexpr const char* kCredentials = "username = \"key\"\npassword = \"secret\"\n";

Brand northfield() {
    Brand brand;
    brand.xapi_home_page = "https://learning.northfield.example.org";
    brand.xapi_activity_base = "https://learning.northfield.example.org/activities/";
    brand.lrs.endpoint = "https://lrs.northfield.example.org/xapi/";
    brand.lrs.version = "2.0.0";
    brand.lrs.batch_size = 25;
    brand.lrs.auto_sync = true;
    return brand;
}

struct Row {
    const char* what;
    const char* command_line_home_page;  // "" when the option is not given
    const char* command_line_activity_base;
    std::optional<std::string> lrs_toml;  // nullopt: no lrs.toml in the data folder
    bool branded;
    const char* home_page;  // what the statements use
    const char* activity_base;
};

}  // namespace

TEST_CASE("xAPI ids: command line, then lrs.toml, then the brand, then Primer's placeholders", "[lrs][brand]") {
    const std::string toml_ids = std::string("endpoint = \"https://lrs.example.org/\"\n") + kCredentials +
                                 "home_page = \"https://lms.example.org\"\nactivity_base = \"https://courses.example.org/x/\"\n";
    const std::string toml_plain = std::string("endpoint = \"https://lrs.example.org/\"\n") + kCredentials;
    const Row rows[] = {
        {"nothing given", "", "", std::nullopt, false, "https://primer.invalid/learners",
         "https://primer.invalid/xapi/activities/"},
        {"only the brand", "", "", std::nullopt, true, "https://learning.northfield.example.org",
         "https://learning.northfield.example.org/activities/"},
        {"lrs.toml silent on ids: the brand's", "", "", toml_plain, true, "https://learning.northfield.example.org",
         "https://learning.northfield.example.org/activities/"},
        {"lrs.toml silent, no brand: Primer's", "", "", toml_plain, false, "https://primer.invalid/learners",
         "https://primer.invalid/xapi/activities/"},
        {"lrs.toml over the brand", "", "", toml_ids, true, "https://lms.example.org", "https://courses.example.org/x/"},
        {"the command line over both", "https://hr.example.org", "https://cli.example.org/a/", toml_ids, true,
         "https://hr.example.org", "https://cli.example.org/a/"},
        {"the command line's home page alone", "https://hr.example.org", "", toml_ids, true, "https://hr.example.org",
         "https://courses.example.org/x/"},
        {"the command line over the brand", "", "https://cli.example.org/a/", std::nullopt, true,
         "https://learning.northfield.example.org", "https://cli.example.org/a/"},
    };
    for (const Row& row : rows) {
        SECTION(row.what) {
            const LrsSettings defaults = row.branded ? lrs_defaults(northfield()) : LrsSettings{};
            std::optional<LrsSettings> lrs = defaults;
            Diagnostics diagnostics;
            if (row.lrs_toml) {
                toml::table root = toml::parse(*row.lrs_toml, std::string_view("lrs.toml"));
                TableReader file(root, "lrs.toml", diagnostics);
                lrs = read_lrs_settings(file, defaults);
            }
            REQUIRE(lrs);
            const XapiSettings xapi =
                xapi_settings_from(&*lrs, row.command_line_home_page, row.command_line_activity_base, "Primer", "k");
            CHECK(xapi.home_page == row.home_page);
            CHECK(xapi.activity_base == row.activity_base);
        }
    }
}

TEST_CASE("LRS options: lrs.toml's win, the brand's fill the gaps, the credentials are lrs.toml's alone", "[lrs][brand]") {
    const LrsSettings defaults = lrs_defaults(northfield());
    auto read = [&](const std::string& text, const LrsSettings& over) {
        Diagnostics diagnostics;
        toml::table root = toml::parse(text, std::string_view("lrs.toml"));
        TableReader file(root, "lrs.toml", diagnostics);
        std::optional<LrsSettings> settings = read_lrs_settings(file, over);
        std::string messages;
        for (const Diagnostic& d : diagnostics.all()) messages += format_diagnostic(d) + "\n";
        INFO(messages);
        REQUIRE(settings);
        return *settings;
    };

    SECTION("lrs.toml with credentials only: the brand's endpoint, version, batch size and auto") {
        const LrsSettings s = read(kCredentials, defaults);
        CHECK(s.endpoint == "https://lrs.northfield.example.org/xapi/");
        CHECK(s.host == "lrs.northfield.example.org");
        CHECK(s.version == "2.0.0");
        CHECK(s.batch_size == 25);
        CHECK(s.auto_sync);
        CHECK(s.username == "key");
        CHECK(s.password == "secret");
    }
    SECTION("every key lrs.toml gives wins over the brand's") {
        const LrsSettings s = read(std::string("endpoint = \"https://lrs.example.org/xapi/\"\n") + kCredentials +
                                       "version = \"1.0.3\"\nbatch_size = 10\nauto = false\n",
                                   defaults);
        CHECK(s.endpoint == "https://lrs.example.org/xapi/");
        CHECK(s.host == "lrs.example.org");
        CHECK(s.version == "1.0.3");
        CHECK(s.batch_size == 10);
        CHECK_FALSE(s.auto_sync);
    }
    SECTION("without a brand, Primer's defaults") {
        const LrsSettings s = read(std::string("endpoint = \"https://lrs.example.org/xapi/\"\n") + kCredentials, {});
        CHECK(s.version == "1.0.3");
        CHECK(s.batch_size == 50);
        CHECK_FALSE(s.auto_sync);
    }
    SECTION("credentials in the defaults are never used") {
        LrsSettings leaky = defaults;
        leaky.username = "brand-user";
        leaky.password = "brand-secret";
        Diagnostics diagnostics;
        toml::table root = toml::parse("endpoint = \"https://lrs.example.org/xapi/\"\n", std::string_view("lrs.toml"));
        TableReader file(root, "lrs.toml", diagnostics);
        CHECK_FALSE(read_lrs_settings(file, leaky));
        CHECK(diagnostics.has_errors());
    }
}

TEST_CASE("lrs.toml without an endpoint is an error unless the brand gives one", "[lrs][brand]") {
    Diagnostics diagnostics;
    toml::table root = toml::parse(kCredentials, std::string_view("lrs.toml"));
    TableReader file(root, "lrs.toml", diagnostics);
    CHECK_FALSE(read_lrs_settings(file, {}));
    REQUIRE(diagnostics.all().size() == 1);
    CHECK_THAT(diagnostics.all()[0].message, Catch::Matchers::Contains("missing required key 'endpoint'"));
}
