// Who earns a certificate (the same answer for `primer certificate` and the player), what
// the player names the file, where it puts it, and that it never writes over another
// learner's certificate.
#include "certificate.hpp"
#include "learner_certificate.hpp"
#include "scoped_env.hpp"
#include "../engine/test_support.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>

using namespace primer;
using primer::test::ScopedEnv;

namespace {

CompletionRecord record(const std::string& learner, Millis completed_at, const std::string& success) {
    CompletionRecord r;
    r.learner_id = learner;
    r.course_id = "course";
    r.completed_at = completed_at;
    r.success = success;
    r.signature = "c2lnbmF0dXJl";
    return r;
}

// A certificate PDF carrying `learner`'s record, as write_certificate_pdf makes one.
void write_certificate_of(const std::string& learner, const std::filesystem::path& file) {
    CertificateContent content;
    content.record = record(learner, 1000, "passed");
    content.learner_name = learner;
    content.course_title = "Course";
    std::string error;
    REQUIRE(write_certificate_pdf(content, file, error));
}

}  // namespace

TEST_CASE("a certificate needs a known learner, a completion and no failed assessment", "[certificate]") {
    CHECK(why_no_certificate(false, record("ada", 1000, "passed")) == NoCertificate::NoLearner);
    CHECK(why_no_certificate(true, std::nullopt) == NoCertificate::NotCompleted);
    CHECK(why_no_certificate(true, record("ada", 0, "passed")) == NoCertificate::NotCompleted);
    CHECK(why_no_certificate(true, record("ada", 1000, "failed")) == NoCertificate::NotPassed);
    CHECK(why_no_certificate(true, record("ada", 1000, "passed")) == NoCertificate::None);
    // A course without an assessment: completing it is enough.
    CHECK(why_no_certificate(true, record("ada", 1000, "unknown")) == NoCertificate::None);
}

TEST_CASE("certificate file names hold the course and learner, without characters files refuse", "[certificate]") {
    CHECK(certificate_file_name("Fire safety", "Sam Jones") == "Certificate - Fire safety - Sam Jones.pdf");
    CHECK(certificate_file_name("A/B: why?", "Sam \"J\" <x>|\\*") == "Certificate - A-B- why- - Sam -J- -x----.pdf");
    CHECK(certificate_file_name("Diogelwch tân", "Siân") == "Certificate - Diogelwch tân - Siân.pdf");
    const std::string long_name = certificate_file_name(std::string(300, 'a'), "Sam");
    CHECK(long_name.size() == 204);
    CHECK(long_name.substr(long_name.size() - 4) == ".pdf");
    // Cut at a whole character: 199 bytes of "é" halves would leave a broken one.
    const std::string accents = certificate_file_name(std::string(101, 'x') + [] {
        std::string e;
        for (int i = 0; i < 100; ++i) e += "é";
        return e;
    }(), "Sam");
    CHECK((static_cast<unsigned char>(accents[accents.size() - 5]) & 0xC0) != 0xC0);
}

TEST_CASE("a certificate is never saved over another learner's file", "[certificate]") {
    test::TempDir folder;
    const std::string name = "Certificate - Course - Sam.pdf";
    CHECK(certificate_path(folder.path(), name, "sam") == folder / name);
    write_certificate_of("sam", folder / name);
    CHECK(certificate_path(folder.path(), name, "sam") == folder / name);  // their own: replaced
    CHECK(certificate_path(folder.path(), name, "sam2") == folder / "Certificate - Course - Sam (2).pdf");
    write_certificate_of("sam2", folder / "Certificate - Course - Sam (2).pdf");
    test::write_file(folder / "Certificate - Course - Sam (3).pdf", "not a certificate");
    CHECK(certificate_path(folder.path(), name, "sam3") == folder / "Certificate - Course - Sam (4).pdf");
    CHECK(certificate_path(folder.path(), name, "sam2") == folder / "Certificate - Course - Sam (2).pdf");
}

TEST_CASE("certificates go in the XDG documents folder, else ~/Documents, else the data folder", "[certificate]") {
    test::TempDir home;
    ScopedEnv home_env("HOME", home.path().string());
    ScopedEnv config_env("XDG_CONFIG_HOME", (home / "config").string());
    CHECK(documents_folder("/data") == "/data");
    std::filesystem::create_directories(home / "Documents");
    CHECK(documents_folder("/data") == home / "Documents");
    std::filesystem::create_directories(home / "Dogfennau");
    test::write_file(home / "config" / "user-dirs.dirs", "# comment\nXDG_DESKTOP_DIR=\"$HOME/Desktop\"\n"
                                                          "XDG_DOCUMENTS_DIR=\"$HOME/Dogfennau\"\n");
    CHECK(documents_folder("/data") == home / "Dogfennau");
    // "$HOME" alone means the folder is switched off; a folder that is not there is passed over.
    test::write_file(home / "config" / "user-dirs.dirs", "XDG_DOCUMENTS_DIR=\"$HOME/\"\n");
    CHECK(documents_folder("/data") == home / "Documents");
    test::write_file(home / "config" / "user-dirs.dirs", "XDG_DOCUMENTS_DIR=\"$HOME/Gone\"\n");
    CHECK(documents_folder("/data") == home / "Documents");
}
