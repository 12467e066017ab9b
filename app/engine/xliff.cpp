#include "xliff.hpp"

#include "utf8.hpp"

#include <expat.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <set>

namespace primer {
namespace {

constexpr const char* kNamespace = "urn:oasis:names:tc:xliff:document:2.0";

std::string escaped(const std::string& text) {
    std::string out;
    for (unsigned char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default:
            if (c < 0x20 && c != '\n' && c != '\t') {
                // Not allowed as XML 1.0 characters; XLIFF's <cp> carries them.
                char code[32];
                std::snprintf(code, sizeof code, "<cp hex=\"%04X\"/>", c);
                out += code;
            } else {
                out += static_cast<char>(c);
            }
        }
    }
    return out;
}

// --- reading ---------------------------------------------------------------------------

struct Reader {
    XML_Parser parser = nullptr;
    XliffDocument document;
    std::string error;
    std::vector<std::string> open;  // element local names, outermost first
    std::set<std::string> unit_ids;
    XliffUnit unit;
    std::string* text = nullptr;  // where character data goes: inside <source> or <target>

    void fail(const std::string& message) {
        if (!error.empty()) return;
        error = std::to_string(XML_GetCurrentLineNumber(parser)) + ":" +
                std::to_string(XML_GetCurrentColumnNumber(parser) + 1) + ": " + message;
        XML_StopParser(parser, XML_FALSE);
    }
};

// Expat joins namespace and local name with a space (XML_ParserCreateNS below).
bool split_name(const char* name, std::string& local) {
    const char* space = std::strchr(name, ' ');
    if (!space) {
        local = name;
        return false;
    }
    local = space + 1;
    return std::string(name, space) == kNamespace;
}

const char* attribute(const char** attributes, const char* name) {
    for (int i = 0; attributes[i]; i += 2)
        if (std::strcmp(attributes[i], name) == 0) return attributes[i + 1];
    return nullptr;
}

void XMLCALL on_start(void* data, const char* name, const char** attributes) {
    Reader& r = *static_cast<Reader*>(data);
    std::string local;
    const bool ours = split_name(name, local);
    const bool root = r.open.empty();
    // Pushed first: expat may still call on_end for this element after a failure stops it.
    r.open.push_back(local);
    if (!r.error.empty()) return;
    const std::string parent = root ? "" : r.open[r.open.size() - 2];
    if (root) {
        if (!ours || local != "xliff")
            return r.fail("this is not an XLIFF 2.0 file: its root element must be <xliff> in the namespace " +
                          std::string(kNamespace));
        const char* version = attribute(attributes, "version");
        if (!version || std::strcmp(version, "2.0") != 0)
            return r.fail(std::string("this is XLIFF version ") + (version ? version : "(none given)") +
                          "; Primer reads XLIFF 2.0: export the translation as XLIFF 2.0 from the translation tool");
        const char* source = attribute(attributes, "srcLang");
        const char* target = attribute(attributes, "trgLang");
        if (!source || !target)
            return r.fail("<xliff> must say both srcLang and trgLang, the languages translated from and into");
        r.document.source_language = source;
        r.document.target_language = target;
    } else if (ours && local == "unit") {
        const char* id = attribute(attributes, "id");
        if (!id || !*id) return r.fail("a <unit> has no id");
        if (!r.unit_ids.insert(id).second) return r.fail(std::string("unit '") + id + "' appears twice");
        r.unit = XliffUnit{id, {}, {}, static_cast<int>(XML_GetCurrentLineNumber(r.parser))};
    } else if (ours && (local == "source" || local == "target") && (parent == "segment" || parent == "ignorable")) {
        r.text = local == "source" ? &r.unit.source : &r.unit.target;
    } else if (ours && local == "cp" && r.text) {
        const char* hex = attribute(attributes, "hex");
        if (!hex) return r.fail("a <cp> has no hex code");
        char* end = nullptr;
        const unsigned long code = std::strtoul(hex, &end, 16);
        if (!*hex || *end || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return r.fail(std::string("<cp hex=\"") + hex + "\"> is not a character a text can hold");
        append_utf8(*r.text, static_cast<std::uint32_t>(code));
    } else if (ours && local == "ph" && r.text) {
        return r.fail("a <ph> placeholder is in this text, but Primer's texts have none; remove it, keeping the "
                      "Markdown as written in the source");
    }
}

void XMLCALL on_end(void* data, const char* name) {
    Reader& r = *static_cast<Reader*>(data);
    std::string local;
    const bool ours = split_name(name, local);
    if (r.open.empty() || !r.error.empty()) return;
    r.open.pop_back();
    if (ours && (local == "source" || local == "target") && r.text && !r.open.empty() &&
        (r.open.back() == "segment" || r.open.back() == "ignorable"))
        r.text = nullptr;
    else if (ours && local == "unit")
        r.document.units.push_back(std::move(r.unit));
}

void XMLCALL on_text(void* data, const char* text, int length) {
    Reader& r = *static_cast<Reader*>(data);
    if (r.text) r.text->append(text, static_cast<std::size_t>(length));
}

}  // namespace

std::string write_xliff(const std::string& module_id, const std::string& source_language,
                        const std::string& target_language, const std::vector<TranslationUnit>& units,
                        const TranslationFile* existing) {
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff xmlns=\"" + std::string(kNamespace) +
                      "\" version=\"2.0\" srcLang=\"" + escaped(source_language) + "\" trgLang=\"" +
                      escaped(target_language) + "\">\n";
    // canResegment="no": a unit is one text, translated whole; xml:space keeps its line breaks.
    out += "  <file id=\"" + escaped(module_id) + "\" canResegment=\"no\" xml:space=\"preserve\">\n";
    for (const TranslationUnit& unit : units) {
        const TranslationEntry* entry = existing ? existing->find(unit.id) : nullptr;
        const bool current = entry && entry->source_hash == source_fingerprint(unit.source);
        out += "    <unit id=\"" + escaped(unit.id) + "\">\n";
        if (entry && !current)
            out += "      <notes>\n        <note category=\"earlier-translation\">" + escaped(entry->text) +
                   "</note>\n      </notes>\n";
        out += std::string("      <segment state=\"") + (current ? "translated" : "initial") + "\">\n";
        out += "        <source>" + escaped(unit.source) + "</source>\n";
        if (current) out += "        <target>" + escaped(entry->text) + "</target>\n";
        out += "      </segment>\n    </unit>\n";
    }
    out += "  </file>\n</xliff>\n";
    return out;
}

XliffRead read_xliff(std::string_view text) {
    XliffRead result;
    std::unique_ptr<std::remove_pointer_t<XML_Parser>, decltype(&XML_ParserFree)> parser(
        XML_ParserCreateNS("UTF-8", ' '), XML_ParserFree);
    if (!parser) {
        result.error = "0:0: out of memory";
        return result;
    }
    Reader reader;
    reader.parser = parser.get();
    XML_SetUserData(parser.get(), &reader);
    XML_SetElementHandler(parser.get(), on_start, on_end);
    XML_SetCharacterDataHandler(parser.get(), on_text);
    const bool parsed = XML_Parse(parser.get(), text.data(), static_cast<int>(text.size()), XML_TRUE) == XML_STATUS_OK;
    if (!reader.error.empty()) {
        result.error = reader.error;
    } else if (!parsed) {
        result.error = std::to_string(XML_GetCurrentLineNumber(parser.get())) + ":" +
                       std::to_string(XML_GetCurrentColumnNumber(parser.get()) + 1) +
                       ": this is not well-formed XML (" + XML_ErrorString(XML_GetErrorCode(parser.get())) + ")";
    } else {
        result.document = std::move(reader.document);
    }
    return result;
}

}  // namespace primer
