// CSV as LMS imports and spreadsheets read it: RFC 4180, and no formula ever runs.
#include "csv.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace primer;

TEST_CASE("Fields are quoted only when they must be, and formulas are neutralised", "[csv]") {
    struct Case {
        const char* text;
        bool number;
        const char* written;
    };
    const Case cases[] = {
        {"plain", false, "plain"},
        {"", false, ""},
        {"a,b", false, "\"a,b\""},
        {"say \"hi\"", false, "\"say \"\"hi\"\"\""},
        {"two\nlines", false, "\"two\nlines\""},
        {"=HYPERLINK(\"http://x\")", false, "\"'=HYPERLINK(\"\"http://x\"\")\""},
        {"+44 20", false, "'+44 20"},
        {"-1", false, "'-1"},
        {"-1", true, "-1"},
        {"@SUM(A1)", false, "'@SUM(A1)"},
        {"\tcmd", false, "'\tcmd"},
        {"Zoë Ó Súilleabháin", false, "Zoë Ó Súilleabháin"},
        {"O'Neil", false, "O'Neil"},
        {"'quoted", false, "''quoted"},
        {"'=x", false, "''=x"},
    };
    for (const Case& c : cases) {
        INFO(c.text);
        CHECK(csv_field(c.text, c.number) == c.written);
        // Reading a field back gives exactly what was written, neutralised or not.
        std::string error;
        auto rows = parse_csv(csv_field(c.text, c.number) + "\r\n", error);
        REQUIRE(rows.size() == 1);
        CHECK(field_value(rows[0][0]) == c.text);
    }
}

TEST_CASE("Rows end with CRLF and read back exactly", "[csv]") {
    std::ostringstream out;
    CsvWriter writer(out);
    writer.row({"id", "name", "score"});
    writer.row({"A-1", "O'Neil, \"Jo\"\nsecond line", "-0.5"}, {false, false, true});
    CHECK(out.str() == "id,name,score\r\nA-1,\"O'Neil, \"\"Jo\"\"\nsecond line\",-0.5\r\n");
    std::string error;
    auto rows = parse_csv(out.str(), error);
    CHECK(error.empty());
    REQUIRE(rows.size() == 2);
    CHECK(rows[1] == std::vector<std::string>{"A-1", "O'Neil, \"Jo\"\nsecond line", "-0.5"});
}

TEST_CASE("Malformed CSV is refused with the line it is on", "[csv]") {
    std::string error;
    CHECK(parse_csv("a,b\r\n\"open,c\r\n", error).empty());
    CHECK(error == "line 2: a quoted field is never closed");
    CHECK(parse_csv("a,\"b\"c\r\n", error).empty());
    CHECK(error == "line 1: text after a closing quote");
    CHECK(parse_csv("a,b\"c\r\n", error).empty());
    CHECK(error == "line 1: a quote inside an unquoted field");
    CHECK(parse_csv("a\rb", error).empty());
    CHECK(error == "line 1: a carriage return without a line feed");
}
