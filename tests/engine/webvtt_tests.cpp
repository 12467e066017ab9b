#include "webvtt.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <sstream>
#include <string>
#include <vector>

using namespace primer;

namespace {

// "id|start|end|text" per cue, one a line, with '\n' in text shown as "/".
std::string render(const Captions& captions) {
    std::string out;
    for (const Cue& cue : captions.cues) {
        std::ostringstream row;
        row << std::setprecision(10);
        row << cue.id << '|' << cue.start_seconds << '|' << cue.end_seconds << '|';
        for (char c : cue.text) row << (c == '\n' ? '/' : c);
        row << "|L" << cue.line;
        if (!out.empty()) out += '\n';
        out += row.str();
    }
    return out;
}

// "line:col: severity: message" per diagnostic (the file name and hints are tested apart).
std::string render(const Diagnostics& diagnostics) {
    std::string out;
    for (const Diagnostic& d : diagnostics.all()) {
        if (!out.empty()) out += '\n';
        out += std::to_string(d.where.line) + ':' + std::to_string(d.where.column) +
               (d.severity == Severity::Error ? ": error: " : ": warning: ") + d.message;
    }
    return out;
}

struct Row {
    const char* name;
    std::string vtt;
    const char* cues;
    const char* diagnostics;
};

const std::string H = "WEBVTT\n\n";  // the usual header, so rows show only what they test

void check_rows(const std::vector<Row>& rows) {
    for (const Row& row : rows) {
        INFO(row.name);
        Captions captions;
        Diagnostics diagnostics;
        const bool ok = parse_webvtt(row.vtt, "x.vtt", captions, diagnostics);
        CHECK(render(captions) == row.cues);
        CHECK(render(diagnostics) == row.diagnostics);
        CHECK(ok == !diagnostics.has_errors());
        for (const Diagnostic& d : diagnostics.all()) {
            INFO(d.message);
            CHECK(d.where.file == "x.vtt");
            CHECK_FALSE(d.hint.empty());  // every problem says how to fix it
        }
    }
}

}  // namespace

TEST_CASE("WebVTT files that follow the spec give their cues", "[webvtt]") {
    check_rows({
        {"minimal", H + "00:01.000 --> 00:04.500\nHello", "|1|4.5|Hello|L3", ""},
        {"cue id", H + "estimate\n00:00.000 --> 00:02.000\nAbout half a million.\n", "estimate|0|2|About half a million.|L3",
         ""},
        {"id with spaces", H + "Scene 1\n00:00.000 --> 00:02.000\nHi", "Scene 1|0|2|Hi|L3", ""},
        {"hours", H + "01:02:03.004 --> 101:00:00.000\nLong", "|3723.004|363600|Long|L3", ""},
        {"BOM and header text",
         "\xEF\xBB\xBFWEBVTT - Narration\nKind: captions\nLanguage: en-GB\n\n00:00.000 --> 00:01.000\nHi", "|0|1|Hi|L5", ""},
        {"tab after WEBVTT", "WEBVTT\tTitle\n\n00:00.000 --> 00:01.000\nHi", "|0|1|Hi|L3", ""},
        {"CRLF", "WEBVTT\r\n\r\na\r\n00:00.000 --> 00:01.000\r\nOne\r\nTwo\r\n\r\nb\r\n00:01.000 --> 00:02.000\r\nThree\r\n",
         "a|0|1|One/Two|L3\nb|1|2|Three|L8", ""},
        {"CR", "WEBVTT\r\ra\r00:00.000 --> 00:01.000\rOne\r\rb\r00:01.000 --> 00:02.000\rTwo",
         "a|0|1|One|L3\nb|1|2|Two|L7", ""},
        {"lines joined", H + "00:00.000 --> 00:01.000\nfirst line\nsecond line", "|0|1|first line/second line|L3", ""},
        {"several blank lines and spaces-only lines", "WEBVTT\n\n\n  \n00:00.000 --> 00:01.000\nA\n \t\nB\n00:01.000 --> 00:02.000\nC\n\n\n",
         "|0|1|A|L5\nB|1|2|C|L8", ""},
        {"NOTE STYLE REGION skipped",
         "WEBVTT\n\nNOTE written by the L&D team\nsecond line\n\nSTYLE\n::cue { color: yellow }\n\nREGION\nid:r1\n\nNOTE\n"
         "\n00:00.000 --> 00:01.000\nA\n\nNOTE between cues\n\n00:01.000 --> 00:02.000\nB",
         "|0|1|A|L14\n|1|2|B|L19", ""},
        {"settings ignored", H + "00:00.000 --> 00:01.000 align:start position:10% line:0\nA", "|0|1|A|L3", ""},
        {"tabs and no spaces around the arrow", H + "\t00:00.000\t-->00:01.000\nA\n\n00:01.000-->00:02.000\nB",
         "|0|1|A|L3\n|1|2|B|L6", ""},
        {"tags dropped", H + "00:00.000 --> 00:01.000\n<v Narrator>Hello</v> <i>there</i>, <b>bold</b> <u>u</u> "
                             "<c.loud>c</c> <lang en>l</lang> <00:00.500>timed <ruby>r<rt>t</rt></ruby>",
         "|0|1|Hello there, bold u c l timed rt|L3", ""},
        {"character references", H + "00:00.000 --> 00:01.000\n&amp; &lt; &gt; &quot;&apos; [&nbsp;] [&lrm;] [&rlm;] &#65;&#x42;&#X43;",
         "|0|1|& < > \"' [\xC2\xA0] [\xE2\x80\x8E] [\xE2\x80\x8F] ABC|L3", ""},
        {"references that are not", H + "00:00.000 --> 00:01.000\nTom & Jerry &; &# &#x; &#12 &amp",
         "|0|1|Tom & Jerry &; &# &#x; &#12 &amp|L3", ""},
        {"numeric references out of range", H + "00:00.000 --> 00:01.000\n&#0;&#xD800;&#x110000;&#99999999999;&#x1F600;",
         "|0|1|\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xF0\x9F\x98\x80|L3", ""},
        {"NUL replaced", H + std::string("00:00.000 --> 00:01.000\na\0b", 27), "|0|1|a\xEF\xBF\xBD" "b|L3", ""},
        {"same start is in order", H + "00:00.000 --> 00:03.000\nA\n\n00:00.000 --> 00:01.000\nB",
         "|0|3|A|L3\n|0|1|B|L6", ""},
        {"'>' alone is text", H + "00:00.000 --> 00:01.000\n5 > 4", "|0|1|5 > 4|L3", ""},
    });
}

TEST_CASE("WebVTT problems are reported at their line and column", "[webvtt]") {
    check_rows({
        {"empty file", "", "", "1:1: error: the file does not start with WEBVTT"},
        {"BOM only", "\xEF\xBB\xBF", "", "1:1: error: the file does not start with WEBVTT"},
        {"lower case", "webvtt\n\n00:00.000 --> 00:01.000\nA", "", "1:1: error: the file does not start with WEBVTT"},
        {"run on", "WEBVTTX\n\n00:00.000 --> 00:01.000\nA", "", "1:1: error: the file does not start with WEBVTT"},
        {"SRT file", "1\n00:00:00,000 --> 00:00:01,000\nA", "", "1:1: error: the file does not start with WEBVTT"},
        {"cue touching the header", "WEBVTT\n00:00.000 --> 00:01.000\nA", "|0|1|A|L2",
         "2:1: error: a cue must be separated from the WEBVTT line by a blank line"},
        {"no cues (valid WebVTT; an explainer reports it)", "WEBVTT\n\nNOTE nothing yet\n", "", ""},
        {"arrow in a NOTE", H + "NOTE from 00:01 --> 00:02\n\n00:00.000 --> 00:01.000\nA", "|0|1|A|L5",
         "3:17: error: '-->' inside a NOTE block"},
        {"arrow in a STYLE", H + "STYLE\n::cue --> x\n\n00:00.000 --> 00:01.000\nA", "|0|1|A|L6",
         "4:7: error: '-->' inside a STYLE block"},
        {"STYLE after a cue", H + "00:00.000 --> 00:01.000\nA\n\nSTYLE\n::cue {}\n", "|0|1|A|L3",
         "6:1: warning: a STYLE block after the first cue is ignored by players"},
        {"id and nothing else", H + "estimate\n\n00:00.000 --> 00:01.000\nA", "|0|1|A|L5",
         "3:1: error: 'estimate' is not followed by a timing line (start --> end)"},
        {"id at end of file", H + "estimate", "", "3:1: error: 'estimate' is not followed by a timing line (start --> end)"},
        {"text with no timing", H + "Hello\nthere\nfriend\n\n00:00.000 --> 00:01.000\nA", "|0|1|A|L7",
         "4:1: error: expected a timing line (start --> end) after 'Hello', found 'there'"},
        {"single-hyphen arrow", H + "00:00.000 -> 00:01.000\nA", "",
         "4:1: error: expected a timing line (start --> end) after '00:00.000 -> 00:01.000', found 'A'"},
        {"start not a number", H + "x --> 00:01.000\nA", "",
         "3:1: error: start time 'x' is not a WebVTT time: a time must start with a digit"},
        {"start one-digit minutes", H + "0:01.000 --> 00:02.000\nA", "",
         "3:1: error: start time '0:01.000' is not a WebVTT time: the minutes need two digits"},
        {"start one-digit seconds", H + "00:1.000 --> 00:02.000\nA", "",
         "3:4: error: start time '00:1.000' is not a WebVTT time: expected two digits after ':'"},
        {"start no colon", H + "00-01.000 --> 00:02.000\nA", "",
         "3:3: error: start time '00-01.000' is not a WebVTT time: expected ':' after the first number"},
        {"start SRT comma", H + "00:01,000 --> 00:02.000\nA", "",
         "3:6: error: start time '00:01,000' is not a WebVTT time: a comma before the milliseconds (as in SRT files)"},
        {"start two-digit ms", H + "00:01.00 --> 00:02.000\nA", "",
         "3:7: error: start time '00:01.00' is not a WebVTT time: the milliseconds need exactly three digits"},
        {"start four-digit ms", H + "00:01.0000 --> 00:02.000\nA", "",
         "3:7: error: start time '00:01.0000' is not a WebVTT time: the milliseconds need exactly three digits"},
        {"start no ms", H + "00:01:00 --> 00:02.000\nA", "",
         "3:9: error: start time '00:01:00' is not a WebVTT time: expected '.' and three digits of milliseconds"},
        {"start minutes 60", H + "60:00.000 --> 61:00.000\nA", "",
         "3:1: error: start time '60:00.000' is not a WebVTT time: the minutes must be 00 to 59"},
        {"start seconds 60", H + "00:60.000 --> 01:00.000\nA", "",
         "3:4: error: start time '00:60.000' is not a WebVTT time: the seconds must be 00 to 59"},
        {"hours minutes 60", H + "01:60:00.000 --> 02:00:00.000\nA", "",
         "3:4: error: start time '01:60:00.000' is not a WebVTT time: the minutes must be 00 to 59"},
        {"one-digit hours", H + "1:00:00.000 --> 02:00:00.000\nA", "",
         "3:1: error: start time '1:00:00.000' is not a WebVTT time: the hours need at least two digits"},
        {"one-digit seconds after hours", H + "00:01:5.000 --> 00:02:00.000\nA", "",
         "3:7: error: start time '00:01:5.000' is not a WebVTT time: expected two digits for the seconds"},
        {"huge hours", H + "1234567890:00:00.000 --> 1234567891:00:00.000\nA", "",
         "3:1: error: start time '1234567890:00:00.000' is not a WebVTT time: the hours have too many digits"},
        {"no arrow after start", H + "00:01.000 x --> 00:02.000\nA", "",
         "3:11: error: expected '-->' after the start time 00:01.000"},
        {"end bad", H + "00:01.000 --> 00:2.000\nA", "",
         "3:18: error: end time '00:2.000' is not a WebVTT time: expected two digits after ':'"},
        {"end missing", H + "00:01.000 -->\nA", "",
         "3:14: error: end time '' is not a WebVTT time: a time must start with a digit"},
        {"text after end", H + "00:01.000 --> 00:02.000x align:start\nA", "",
         "3:24: error: unexpected 'x' after the end time 00:02.000"},
        {"end before start", H + "intro\n00:04.500 --> 00:03.000\nA", "",
         "4:15: error: end time 00:03.000 is before start time 00:04.500"},
        {"end equals start", H + "00:04.500 --> 00:04.500\nA", "",
         "3:15: error: end time 00:04.500 is the same as the start time"},
        {"out of order", H + "00:05.000 --> 00:06.000\nA\n\nb\n 00:02.000 --> 00:03.000\nB", "|5|6|A|L3",
         "7:2: error: cue starts at 00:02.000, before the cue above it (00:05.000 at line 3)"},
        {"duplicate id", H + "gap\n00:00.000 --> 00:01.000\nA\n\ngap\n00:01.000 --> 00:02.000\nB", "gap|0|1|A|L3",
         "7:1: error: cue id 'gap' is used twice (first at line 3)"},
        {"arrow in text starts the next cue", H + "00:00.000 --> 00:01.000\nA\n00:01.000 --> 00:02.000\nB", "|1|2|B|L5",
         "5:11: error: cue text may not contain '-->'"},
        {"unclosed tag", H + "00:00.000 --> 00:01.000\nages <12", "",
         "4:6: error: '<' starts a tag that is never closed, so players drop the rest of the line"},
        {"unknown reference", H + "00:00.000 --> 00:01.000\nCaf&eacute; &copy;", "|0|1|Caf&eacute; &copy;|L3",
         "4:4: warning: unknown character reference '&eacute;', shown as written\n"
         "4:13: warning: unknown character reference '&copy;', shown as written"},
        {"column counts characters", H + "00:00.000 --> 00:01.000\n\xC3\xA9t\xC3\xA9 <b", "",
         "4:5: error: '<' starts a tag that is never closed, so players drop the rest of the line"},
        {"cue without text", H + "00:00.000 --> 00:01.000\n\n00:01.000 --> 00:02.000\nB", "|0|1||L3\n|1|2|B|L5",
         "3:1: warning: the cue has no text"},
        {"good cues survive bad ones",
         H + "a\n00:00.000 --> 00:01.000\nA\n\nb\n00:03.000 --> 00:02.000\nB\n\nc\n00:02.000 --> 00:04.000\nC",
         "a|0|1|A|L3\nc|2|4|C|L11", "8:15: error: end time 00:02.000 is before start time 00:03.000"},
        {"long text quoted short", H + "an identifier line that goes on and on and on for ever\ntext", "",
         "4:1: error: expected a timing line (start --> end) after 'an identifier line that goes on and on a...', "
         "found 'text'"},
    });
}

TEST_CASE("WebVTT diagnostics read like a compiler's, with a hint", "[webvtt]") {
    Captions captions;
    Diagnostics diagnostics;
    CHECK_FALSE(parse_webvtt("WEBVTT\n\nrecorded\n00:04.500 --> 00:03.000\nA\n", "media/x.vtt", captions, diagnostics));
    REQUIRE(diagnostics.all().size() == 1);
    CHECK(format_diagnostic(diagnostics.all()[0]) ==
          "media/x.vtt:4:15: error: end time 00:03.000 is before start time 00:04.500\n"
          "    hint: a cue must end after it starts; check whether the two times are swapped");
}

TEST_CASE("WebVTT hints fit the likely mistake", "[webvtt]") {
    struct HintRow {
        std::string vtt;
        const char* hint;
    };
    const std::vector<HintRow> rows = {
        {H + "00:01,000 --> 00:02,000\nA", "WebVTT puts a full stop before the milliseconds: 00:04.500, not 00:04,500"},
        {H + "75:00.000 --> 76:00.000\nA", "for an hour or more, write hh:mm:ss.ttt, for example 01:02:03.000"},
        {H + "0:01.000 --> 00:02.000\nA", "write mm:ss.ttt or hh:mm:ss.ttt, for example 00:04.500 or 01:02:03.000"},
        {H + "00:00.000 -> 00:01.000\nA",
         "a timing line has '-->' (two hyphens and '>') between the times: 00:01.000 --> 00:04.500"},
        {H + "Hello\nthere",
         "a cue is an optional id line, a timing line like 00:01.000 --> 00:04.500, then its text; start a comment with "
         "NOTE"},
    };
    for (const HintRow& row : rows) {
        INFO(row.vtt);
        Captions captions;
        Diagnostics diagnostics;
        parse_webvtt(row.vtt, "x.vtt", captions, diagnostics);
        REQUIRE(diagnostics.all().size() == 1);
        CHECK(diagnostics.all()[0].hint == row.hint);
    }
}

TEST_CASE("parse_webvtt replaces what it is given and keeps earlier diagnostics", "[webvtt]") {
    Captions captions;
    captions.cues.push_back(Cue{"old", 0, 1, "old", 1});
    Diagnostics diagnostics;
    diagnostics.error({"other.toml", 1, 1}, "an earlier problem");
    CHECK(parse_webvtt("WEBVTT\n\n00:00.000 --> 00:01.000\nnew", "x.vtt", captions, diagnostics));
    REQUIRE(captions.cues.size() == 1);
    CHECK(captions.cues[0].text == "new");
    CHECK(diagnostics.all().size() == 1);
}

TEST_CASE("cue_at finds the cue showing at a time", "[webvtt]") {
    Captions captions;
    captions.cues = {
        {"a", 0, 2, "", 1}, {"b", 2, 4, "", 1}, {"c", 3, 5, "", 1}, {"d", 6, 7, "", 1},
        {"long", 10, 20, "", 1}, {"short", 11, 12, "", 1},
    };
    const std::vector<std::pair<double, int>> rows = {
        {-1, -1}, {0, 0}, {1.999, 0}, {2, 1},  // a cue shows from its start up to, not at, its end
        {3, 2},   {4.5, 2},                    // overlapping: the latest started wins
        {5, -1},  {5.5, -1}, {6, 3},  {7, -1}, // gaps show nothing
        {11.5, 5}, {15, 4},                    // after a short cue inside a long one, the long one again
        {20, -1}, {1e9, -1}, {std::nan(""), -1}, {-INFINITY, -1}, {INFINITY, -1},
    };
    for (const auto& [seconds, index] : rows) {
        INFO(seconds);
        CHECK(cue_at(captions, seconds) == index);
    }
    CHECK(cue_at(Captions{}, 0) == -1);
}

namespace {

// The cue ids of a narration script: "cue-id: sentence" lines, '#' comments and blanks skipped.
std::vector<std::string> script_ids(const std::filesystem::path& script) {
    std::vector<std::string> ids;
    std::ifstream in(script);
    for (std::string line; std::getline(in, line);) {
        if (line.empty() || line[0] == '#') continue;
        ids.push_back(line.substr(0, line.find(':')));
    }
    return ids;
}

std::string read_bytes(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::uint64_t little_endian(const std::string& bytes, std::size_t at, int size) {
    std::uint64_t value = 0;
    for (int i = 0; i < size; ++i)
        value |= static_cast<std::uint64_t>(static_cast<unsigned char>(bytes[at + i])) << (8 * i);
    return value;
}

// An Ogg Vorbis file's length: the last page's granule position (samples) over the rate
// in the Vorbis identification header. -1 when the bytes do not look like one.
double ogg_vorbis_seconds(const std::string& bytes) {
    const std::size_t header = bytes.find("\x01vorbis");
    const std::size_t last_page = bytes.rfind("OggS");
    if (header == std::string::npos || last_page == std::string::npos || header + 16 > bytes.size() ||
        last_page + 14 > bytes.size())
        return -1;
    const std::uint64_t rate = little_endian(bytes, header + 12, 4);  // after type, "vorbis", version, channels
    if (rate == 0) return -1;
    return static_cast<double>(little_endian(bytes, last_page + 6, 8)) / static_cast<double>(rate);
}

}  // namespace

TEST_CASE("the built-in narration captions parse cleanly and match their scripts", "[webvtt]") {
    namespace fs = std::filesystem;
    const fs::path scripts = fs::path(PRIMER_MODULES) / "media-src" / "narration";
    int checked = 0;
    for (const auto& entry : fs::recursive_directory_iterator(scripts)) {
        if (entry.path().extension() != ".txt") continue;
        const std::string module = entry.path().parent_path().filename().string();
        const fs::path vtt = fs::path(PRIMER_MODULES) / module / "media" / "narration" /
                             entry.path().filename().replace_extension(".vtt");
        INFO(vtt.string());
        REQUIRE(fs::exists(vtt));
        const std::string text = read_bytes(vtt);
        Captions captions;
        Diagnostics diagnostics;
        CHECK(parse_webvtt(text, vtt.string(), captions, diagnostics));
        CHECK(render(diagnostics).empty());
        std::vector<std::string> ids;
        for (const Cue& cue : captions.cues) {
            ids.push_back(cue.id);
            CHECK_FALSE(cue.text.empty());
        }
        CHECK(ids == script_ids(entry.path()));
        // The clips follow each other, with silence between and no overlap.
        for (std::size_t i = 1; i < captions.cues.size(); ++i)
            CHECK(captions.cues[i].start_seconds > captions.cues[i - 1].end_seconds);
        // The audio is as long as the captions say: the last cue ends as the narration does.
        REQUIRE_FALSE(captions.cues.empty());
        const double seconds = ogg_vorbis_seconds(read_bytes(fs::path(vtt).replace_extension(".ogg")));
        CHECK(std::abs(seconds - captions.cues.back().end_seconds) < 0.001);
        ++checked;
    }
    CHECK(checked == 3);
}
