#include "read_aloud.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace primer;

namespace {

// The sentences of `text` joined with " | ", so each row reads as "this text gives these".
std::string sentences(const std::string& text) {
    std::string out;
    for (const SentenceRange& range : split_sentences(text)) {
        if (!out.empty()) out += " | ";
        out += text.substr(range.begin, range.end - range.begin);
    }
    return out;
}

RichText parsed(const std::string& markdown) {
    Diagnostics diagnostics;
    return parse_rich_text(markdown, SourceLoc{"test.md", 1, 1}, diagnostics);
}

}  // namespace

TEST_CASE("Sentences split at full stops, questions and exclamations before a capital") {
    struct Row {
        const char* text;
        const char* expected;
    };
    const Row rows[] = {
        {"One. Two? Three!", "One. | Two? | Three!"},
        {"  Leading and trailing spaces.  ", "Leading and trailing spaces."},
        {"No full stop at the end", "No full stop at the end"},
        {"", ""},
        {"   ", ""},
        {"Listen first. then stay calm.", "Listen first. then stay calm."},  // lower case: not a new sentence
        {"Stay calm... Then listen.", "Stay calm... | Then listen."},
        {"Is it safe?! Ask them.", "Is it safe?! | Ask them."},
        // Closing quotes and brackets stay with the sentence they close.
        {"They said \"it hurts.\" Believe them.", "They said \"it hurts.\" | Believe them."},
        {"Say \xE2\x80\x9CThank you for telling me.\xE2\x80\x9D Then listen.",
         "Say \xE2\x80\x9CThank you for telling me.\xE2\x80\x9D | Then listen."},
        {"Write it down (the same day.) Share it.", "Write it down (the same day.) | Share it."},
        // An opening quote or a figure can start a sentence.
        {"Stop. \"Who told you?\" is a leading question.", "Stop. | \"Who told you?\" is a leading question."},
        {"The figure fell in 2019. 15% of calls came from family.",
         "The figure fell in 2019. | 15% of calls came from family."},
    };
    for (const Row& row : rows) {
        CAPTURE(row.text);
        CHECK(sentences(row.text) == row.expected);
    }
}

TEST_CASE("Abbreviations, initials, decimals and percentages stay inside their sentence") {
    struct Row {
        const char* text;
        const char* expected;
    };
    const Row rows[] = {
        {"Signs vary, e.g. Changes in mood. Ask gently.", "Signs vary, e.g. Changes in mood. | Ask gently."},
        {"Some people, i.e. Relatives, may know.", "Some people, i.e. Relatives, may know."},
        {"Dr. Patel spoke first. Mr. Jones agreed.", "Dr. Patel spoke first. | Mr. Jones agreed."},
        {"Ask Dr Patel. She knows.", "Ask Dr Patel. | She knows."},
        {"Prof. Smith and J. Brown wrote it.", "Prof. Smith and J. Brown wrote it."},
        {"Rates rose 1.5 times. Most were 15% higher.", "Rates rose 1.5 times. | Most were 15% higher."},
        {"See p. 12 of the guidance. It explains more.", "See p. 12 of the guidance. | It explains more."},
        {"See pp. 12-14. Then para. 3 and No. 5.", "See pp. 12-14. | Then para. 3 and No. 5."},
        // "no" is an abbreviation only before a figure.
        {"The answer was no. They left.", "The answer was no. | They left."},
        {"Call 0808 800 5000. Lines are open.", "Call 0808 800 5000. | Lines are open."},
        {"Visit www.nspcc.org.uk for more. Or call.", "Visit www.nspcc.org.uk for more. | Or call."},
    };
    for (const Row& row : rows) {
        CAPTURE(row.text);
        CHECK(sentences(row.text) == row.expected);
    }
}

TEST_CASE("Line breaks end sentences, and list markers and empty pieces are not read") {
    struct Row {
        const char* text;
        const char* expected;
    };
    const Row rows[] = {
        {"What to do\nListen. Stay calm.", "What to do | Listen. | Stay calm."},
        {"- Listen\n- Stay calm\n* Write it down", "Listen | Stay calm | Write it down"},
        {"\xE2\x80\xA2 Listen\n\xE2\x80\xA2 Believe", "Listen | Believe"},
        {"First\n\n\nSecond", "First | Second"},
        {"A pause \xE2\x80\x94 then more.", "A pause \xE2\x80\x94 then more."},
        {"Done.\n \xE2\x80\x94 \n", "Done."},
        {"-2 degrees", "-2 degrees"},
    };
    for (const Row& row : rows) {
        CAPTURE(row.text);
        CHECK(sentences(row.text) == row.expected);
    }
}

TEST_CASE("Ranges point at the sentence's bytes in the text") {
    const std::string text = "  Stay calm.  Listen\xE2\x80\x99s key. ";
    std::vector<SentenceRange> ranges = split_sentences(text);
    REQUIRE(ranges.size() == 2);
    CHECK(ranges[0] == SentenceRange{2, 12});
    CHECK(ranges[1] == SentenceRange{14, text.size() - 1});
}

TEST_CASE("A reading list follows the sources in order, block by block, with where each sentence is") {
    RichText body = parsed("## What to do\n\nListen. Stay calm, e.g. Breathe.\n\n- Believe them\n- Write it down **the same day**. Tell your lead.");
    std::vector<ReadSource> sources{read_source("Responding well"), read_source(body), read_source(std::string_view{}),
                                    read_source("Option one")};
    std::vector<ReadItem> items = reading_list(sources);

    struct Expected {
        int source;
        int part;
        const char* text;
    };
    const Expected expected[] = {
        {0, 0, "Responding well"},
        {1, 0, "What to do"},
        {1, 1, "Listen."},
        {1, 1, "Stay calm, e.g. Breathe."},
        {1, 2, "Believe them"},
        {1, 3, "Write it down the same day."},
        {1, 3, "Tell your lead."},
        {3, 0, "Option one"},
    };
    REQUIRE(items.size() == std::size(expected));
    for (std::size_t i = 0; i < items.size(); ++i) {
        CAPTURE(i);
        CHECK(items[i].source == expected[i].source);
        CHECK(items[i].part == expected[i].part);
        CHECK(items[i].text == expected[i].text);
        const std::string& part = sources[static_cast<std::size_t>(items[i].source)].parts[static_cast<std::size_t>(items[i].part)];
        CHECK(part.substr(items[i].range.begin, items[i].range.end - items[i].range.begin) == items[i].text);
    }
}

TEST_CASE("A rich text's parts are its blocks' spans joined exactly as drawn") {
    ReadSource source = read_source(parsed("Tell *someone* you **trust**.\n\n1. First\n2. Second"));
    CHECK(source.parts == std::vector<std::string>{"Tell someone you trust.", "First", "Second"});
}

namespace {

// Each item of a reading list as "source.part text", so a whole list reads as one table.
std::vector<std::string> spoken(const std::vector<ReadSource>& sources) {
    std::vector<std::string> out;
    for (const ReadItem& item : reading_list(sources))
        out.push_back(std::to_string(item.source) + "." + std::to_string(item.part) + " " + item.text);
    return out;
}

}  // namespace

TEST_CASE("A support panel reads its heading, its words and each contact's name, audience and labelled lines") {
    // The sources in the order the support panel draws them, with contacts from the built-in course.
    const std::vector<ReadSource> sources{
        read_source("Support"),
        read_source("Talking to someone can help. These organisations offer support."),
        read_source("Local children's social care"),
        read_source("Worried about a child? Contact children's social care for the area where the child lives."),
        read_source("Phone", "Your local number"),
        read_source("Rape Crisis"),
        read_source("Anyone in England and Wales affected by sexual violence"),
        read_source("Phone", "0808 802 9999"),
        read_source("Web", "rapecrisis.org.uk"),
        read_source("ACTS FAST"),
        read_source("Email", "support@actsfast.org.uk"),
        read_source("Web", "survivorsuk.org/ways-we-can-help/online-helpline/"),
    };
    // Numbers, addresses and emails stay whole: a dot inside them never ends a sentence.
    CHECK(spoken(sources) == std::vector<std::string>{
                                 "0.0 Support",
                                 "1.0 Talking to someone can help.",
                                 "1.0 These organisations offer support.",
                                 "2.0 Local children's social care",
                                 "3.0 Worried about a child?",
                                 "3.0 Contact children's social care for the area where the child lives.",
                                 "4.0 Phone: Your local number",
                                 "5.0 Rape Crisis",
                                 "6.0 Anyone in England and Wales affected by sexual violence",
                                 "7.0 Phone: 0808 802 9999",
                                 "8.0 Web: rapecrisis.org.uk",
                                 "9.0 ACTS FAST",
                                 "10.0 Email: support@actsfast.org.uk",
                                 "11.0 Web: survivorsuk.org/ways-we-can-help/online-helpline/",
                             });
}

TEST_CASE("A confidence screen reads the question, then each point of the scale with its number as its own part") {
    const std::vector<ReadSource> sources{
        read_source("Before you start: how confident do you feel?"),
        read_source("How confident do you feel, right now? There is no right answer."),
        read_source(std::vector<std::string>{"Not at all confident", "Slightly confident", "Fairly confident",
                                             "Confident", "Very confident"}),
        read_source("Choose a point on the scale: click it, or press its number."),
    };
    CHECK(spoken(sources) == std::vector<std::string>{
                                 "0.0 Before you start: how confident do you feel?",
                                 "1.0 How confident do you feel, right now?",
                                 "1.0 There is no right answer.",
                                 "2.0 1, Not at all confident",
                                 "2.1 2, Slightly confident",
                                 "2.2 3, Fairly confident",
                                 "2.3 4, Confident",
                                 "2.4 5, Very confident",
                                 "3.0 Choose a point on the scale: click it, or press its number.",
                             });
    // A scale whose points have no labels still reads their numbers.
    CHECK(spoken({read_source(std::vector<std::string>{"", ""})}) == std::vector<std::string>{"0.0 1", "0.1 2"});
}

TEST_CASE("A course map reads its title, greeting, then each module's title, outcomes and status line") {
    // The sources in the order course_map_view.cpp draws them (the built-in course's first module).
    const std::vector<ReadSource> sources{
        read_source("Your course"),
        read_source("Signed in as Ada Adams. Your progress is saved as you go."),
        read_source("1. The scale and nature of child sexual abuse"),
        read_source("Describe what child sexual abuse is, using the elements of the statutory definition"),
        read_source("In progress  -  1 of 25 screens"),
        read_source("Up and down arrows choose a module; Enter opens it. S opens support at any time."),
    };
    // A module's number stays with its title: "1." is not a sentence of its own.
    CHECK(spoken(sources) == std::vector<std::string>{
                                 "0.0 Your course",
                                 "1.0 Signed in as Ada Adams.",
                                 "1.0 Your progress is saved as you go.",
                                 "2.0 1. The scale and nature of child sexual abuse",
                                 "3.0 Describe what child sexual abuse is, using the elements of the statutory definition",
                                 "4.0 In progress  -  1 of 25 screens",
                                 "5.0 Up and down arrows choose a module; Enter opens it.",
                                 "5.0 S opens support at any time.",
                             });
}

TEST_CASE("The break screen and the keyboard help read line by line, a key with what it does as one line") {
    const std::vector<ReadSource> sources{
        read_source("Take a break"),
        read_source("You were on \"What this module covers\" in The scale and nature of child sexual abuse."),
        read_source("H or ?", "this list of keys"),
        read_source("Right arrow or Enter", "next screen, once its task is done"),
        read_source("Ctrl+Q", "close Primer (your progress is saved)"),
    };
    // A key named "?" does not end a sentence before what it does.
    CHECK(spoken(sources) == std::vector<std::string>{
                                 "0.0 Take a break",
                                 "1.0 You were on \"What this module covers\" in The scale and nature of child sexual abuse.",
                                 "2.0 H or ?: this list of keys",
                                 "3.0 Right arrow or Enter: next screen, once its task is done",
                                 "4.0 Ctrl+Q: close Primer (your progress is saved)",
                             });
}
