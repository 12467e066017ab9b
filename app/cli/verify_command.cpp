// `primer verify`: checks every signed row of a `--preset primer` export, a certificate PDF,
// or a certificate's verification code against the key that signed it, and says exactly
// what does not match.
#include "commands.hpp"

#include "args.hpp"
#include "certificate.hpp"
#include "certificate_pdf.hpp"
#include "completion_verifier.hpp"
#include "csv.hpp"
#include "data_paths.hpp"
#include "signing.hpp"
#include "store.hpp"
#include "time_format.hpp"

#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

namespace primer::cli {

namespace {

constexpr const char* kHelp = R"(Usage: primer verify FILE.csv|FILE.pdf|CODE [--public-key KEY] [--data-dir DIR]

FILE.csv  checks each row of a completion export (primer export --format csv, preset
          primer): a signed row must match its signature exactly; a row that claims a
          completion or a result without a signature fails too. Rows signed before
          the score in points (signed_form 1, or an export without that column) are
          checked as they were signed. Per-module rows (--per module) are not
          signed, and are refused.
FILE.pdf  checks a certificate: the signed record it carries, and says what it attests.
          The text its QR code holds (primer-certificate/1:...) can be given instead.
CODE      looks up a certificate's verification code (XXXX-XXXX-XXXX) in the records.
The public key comes from --public-key or from the records in the data folder.
Exits 0 when everything checked is valid, 1 otherwise.
)";

// The columns a signature covers, by header name.
const char* const kSignedColumns[] = {"learner_id", "course_id",      "signed_version", "completed_at",
                                      "success_status", "score_scaled", "attempts",    "time_spent_ms",
                                      "recorded_at", "key_id",         "signature",     "completion_status"};

std::optional<long long> whole_number(const std::string& text) {
    try {
        std::size_t used = 0;
        long long value = std::stoll(text, &used);
        if (used == text.size()) return value;
    } catch (const std::exception&) {
    }
    return std::nullopt;
}

std::optional<double> decimal_number(const std::string& text) {
    try {
        std::size_t used = 0;
        double value = std::stod(text, &used);
        if (used == text.size()) return value;
    } catch (const std::exception&) {
    }
    return std::nullopt;
}

// The value of a column an older export may not have (score_raw, score_min, score_max,
// signed_form came with form-2 records, completion_record.hpp): empty when it has not. Every
// row of such an export was signed in form 1, which they are not part of.
std::string column(const std::map<std::string, std::string>& row, const char* name) {
    const auto found = row.find(name);
    return found == row.end() ? "" : found->second;
}

// Rebuilds the signed record from a row; a sentence in `problem` when a field is malformed.
std::optional<CompletionRecord> record_from(const std::map<std::string, std::string>& row, std::string& problem) {
    CompletionRecord record;
    record.learner_id = row.at("learner_id");
    record.course_id = row.at("course_id");
    record.course_version = row.at("signed_version");
    record.success = row.at("success_status");
    record.key_id = row.at("key_id");
    record.signature = row.at("signature");
    auto completed = row.at("completed_at").empty() ? std::optional<Millis>(0) : parse_utc(row.at("completed_at"));
    auto recorded = parse_utc(row.at("recorded_at"));
    auto attempts = whole_number(row.at("attempts"));
    auto time_spent = whole_number(row.at("time_spent_ms"));
    if (!completed || !recorded || !attempts || !time_spent) {
        problem = "a date or number in it has been changed into something Primer never writes";
        return std::nullopt;
    }
    record.completed_at = *completed;
    record.recorded_at = *recorded;
    record.attempts = static_cast<int>(*attempts);
    record.time_spent = *time_spent;
    const std::string form = column(row, "signed_form");
    if (form.empty()) record.signed_form = kSignedFormScaledOnly;  // exported before the form was a column
    else if (form == "1" || form == "2") record.signed_form = std::stoi(form);
    else {
        problem = "its signed_form is " + form + ", which Primer never writes";
        return std::nullopt;
    }
    auto score = [&](const char* name, std::optional<double>& value) {
        const std::string text = column(row, name);
        if (text.empty()) return true;
        value = decimal_number(text);
        if (!value) problem = std::string("its ") + name + " is not a number";
        return value.has_value();
    };
    if (!score("score_scaled", record.score_scaled) || !score("score_raw", record.score_raw) ||
        !score("score_min", record.score_min) || !score("score_max", record.score_max))
        return std::nullopt;
    return record;
}

// What a valid certificate attests, in one sentence.
std::string attests(const CompletionRecord& r) {
    std::string text = r.learner_id + " completed " + r.course_id + " (version " + r.course_version + ") on " +
                       format_date(r.completed_at);
    if (r.score_scaled) text += ", final assessment " + std::to_string(static_cast<int>(*r.score_scaled * 100 + 0.5)) + "%";
    if (r.score_raw && r.score_max) text += " (" + points_text(*r.score_raw) + " of " + points_text(*r.score_max) + ")";
    if (r.success != "unknown") text += ", " + r.success;
    return text;
}

int verify_certificate(const std::string& what, const Args& args, const Store* store) {
    std::optional<CompletionRecord> record;
    std::string error;
    const bool is_pdf = what.size() > 4 && what.substr(what.size() - 4) == ".pdf";
    if (what.rfind("primer-certificate/", 0) == 0) {  // a scanned QR code
        record = parse_certificate_payload(what);
        if (!record) error = "The scanned code is not a whole certificate record.";
    } else if (is_pdf) {
        auto payload = read_certificate_payload(what, error);
        if (payload) record = parse_certificate_payload(*payload);
        if (payload && !record) error = what + " carries a certificate record that has been damaged or altered.";
    } else if (store) {
        store->for_each_completion([&](const CompletionRecord& r) {
            if (verification_code(r) == what) record = r;
            return !record;
        });
        if (!record) error = "No certificate with the code " + what + " was issued from these records.";
    }
    CompletionVerifier verifier(store, args.value("--public-key"));
    const std::string why = record ? verifier.problem(*record) : "";
    if (!record || !why.empty()) {
        std::cout << what << ": NOT VALID: " << (record ? why : error) << "\n";
        return 1;
    }
    std::cout << what << ": valid: " << attests(*record) << " (certificate " << certificate_id(*record)
              << ", code " << verification_code(*record) << ")\n";
    return 0;
}

}  // namespace

int verify_command(const Words& words) {
    auto parsed = parse_command(words, ArgSpec{{"--public-key", "--data-dir"}}, "verify", kHelp);
    if (!parsed.args) return parsed.exit_code;
    const Args& args = *parsed.args;
    if (args.positional.size() != 1) {
        std::cerr << "primer: name one export file to verify, e.g. 'primer verify completions.csv'.\n";
        return 2;
    }
    const std::string file = args.positional.front();
    const bool is_csv = file.size() > 4 && file.substr(file.size() - 4) == ".csv";
    if (!is_csv) {
        std::unique_ptr<Store> store;
        std::string error;
        if (!args.has("--public-key")) {
            store = Store::open(database_path(resolve_data_dir(args.value("--data-dir"))), error);
            if (!store) {
                std::cerr << "primer: " << error << "\n";
                return 1;
            }
        }
        return verify_certificate(file, args, store.get());
    }
    std::ifstream in(file, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    if (!in) {
        std::cerr << "primer: " << file << " could not be read.\n";
        return 1;
    }
    std::string error;
    auto rows = parse_csv(text.str(), error);
    if (!error.empty() || rows.empty()) {
        std::cerr << "primer: " << file << " is not a CSV file Primer wrote (" << (error.empty() ? "it is empty" : error)
                  << ").\n";
        return 1;
    }
    const std::vector<std::string>& header = rows.front();
    if (std::find(header.begin(), header.end(), "module_id") != header.end()) {
        std::cerr << "primer: " << file << " holds per-module rows (primer export --per module), which are not signed: "
                  << "completions are signed per course. Verify the per-course export "
                  << "(primer export --format csv --preset primer) instead.\n";
        return 1;
    }
    for (const char* column : kSignedColumns) {
        if (std::find(header.begin(), header.end(), column) == header.end()) {
            std::cerr << "primer: " << file << " has no '" << column
                      << "' column; verify reads exports made with 'primer export --format csv --preset primer'.\n";
            return 1;
        }
    }

    std::unique_ptr<Store> store;
    if (!args.has("--public-key")) {
        store = Store::open(database_path(resolve_data_dir(args.value("--data-dir"))), error);
        if (!store) {
            std::cerr << "primer: " << error << " Give the public key with --public-key instead.\n";
            return 1;
        }
    }
    CompletionVerifier verifier(store.get(), args.value("--public-key"));
    int valid = 0, unsigned_rows = 0, failed = 0;
    for (std::size_t i = 1; i < rows.size(); ++i) {
        std::map<std::string, std::string> row;
        for (std::size_t c = 0; c < header.size() && c < rows[i].size(); ++c) row[header[c]] = field_value(rows[i][c]);
        const std::string line = "line " + std::to_string(i + 1) + " (learner " + row["learner_id"] + ")";
        auto fail = [&](const std::string& why) {
            std::cout << file << ": " << line << ": " << why << "\n";
            ++failed;
        };
        if (rows[i].size() != header.size()) {
            fail("has " + std::to_string(rows[i].size()) + " fields where the header has " +
                 std::to_string(header.size()));
            continue;
        }
        if (row["signature"].empty()) {
            const bool claims = row["completion_status"] == "completed" || row["success_status"] != "unknown";
            if (claims) fail("says '" + row["completion_status"] + "', '" + row["success_status"] + "' but is not signed");
            else ++unsigned_rows;
            continue;
        }
        std::string problem;
        auto record = record_from(row, problem);
        if (!record) {
            fail(problem);
            continue;
        }
        if (const std::string why = verifier.problem(*record); !why.empty()) {
            fail(why);
            continue;
        }
        ++valid;
    }
    std::cout << file << ": " << valid << " signed and valid, " << unsigned_rows << " in progress (nothing to sign), "
              << failed << " failed\n";
    return failed == 0 ? 0 : 1;
}

}  // namespace primer::cli
