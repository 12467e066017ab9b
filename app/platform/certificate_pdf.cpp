#include "certificate_pdf.hpp"

#include "atomic_file.hpp"

#include "certificate.hpp"

#include <cairo-pdf.h>
#include <cairo.h>
#include <qrencode.h>

#include <fstream>
#include <memory>
#include <sstream>

namespace primer {
namespace {

constexpr double kWidth = 842, kHeight = 595;  // A4 landscape, in points
constexpr double kText[3] = {0.122, 0.137, 0.157};
constexpr double kMuted[3] = {0.345, 0.369, 0.400};

void colour(cairo_t* cr, const double (&rgb)[3]) { cairo_set_source_rgb(cr, rgb[0], rgb[1], rgb[2]); }

// Text centred on x = middle at baseline y.
void centred(cairo_t* cr, const std::string& text, double size, bool bold, double y, const double (&rgb)[3]) {
    cairo_select_font_face(cr, "Lato", CAIRO_FONT_SLANT_NORMAL, bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr, size);
    cairo_text_extents_t extents;
    cairo_text_extents(cr, text.c_str(), &extents);
    colour(cr, rgb);
    cairo_move_to(cr, (kWidth - extents.x_advance) / 2, y);
    cairo_show_text(cr, text.c_str());
}

void left(cairo_t* cr, const std::string& text, double size, double x, double y, const double (&rgb)[3]) {
    cairo_select_font_face(cr, "Lato", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr, size);
    colour(cr, rgb);
    cairo_move_to(cr, x, y);
    cairo_show_text(cr, text.c_str());
}

bool draw_qr(cairo_t* cr, const std::string& payload, double x, double y, double size) {
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(payload.c_str(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code) return false;
    const double module = size / (code->width + 8);  // a quiet zone of four modules each side
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_rectangle(cr, x, y, size, size);
    cairo_fill(cr);
    cairo_set_source_rgb(cr, 0, 0, 0);
    for (int row = 0; row < code->width; ++row)
        for (int col = 0; col < code->width; ++col)
            if (code->data[row * code->width + col] & 1)
                cairo_rectangle(cr, x + (col + 4) * module, y + (row + 4) * module, module, module);
    cairo_fill(cr);
    return true;
}

void draw_logo(cairo_t* cr, const std::filesystem::path& logo) {
    if (logo.empty()) return;
    cairo_surface_t* image = cairo_image_surface_create_from_png(logo.string().c_str());
    if (cairo_surface_status(image) == CAIRO_STATUS_SUCCESS) {
        const double height = 56;
        const double scale = height / cairo_image_surface_get_height(image);
        cairo_save(cr);
        cairo_translate(cr, 56, 50);
        cairo_scale(cr, scale, scale);
        cairo_set_source_surface(cr, image, 0, 0);
        cairo_paint(cr);
        cairo_restore(cr);
    }
    cairo_surface_destroy(image);
}

void draw(cairo_t* cr, const CertificateContent& c, const std::string& payload) {
    // The heading is primary text on the white page: a dark brand's light primary takes the
    // nearest colour of its hue that reads there (primary is never behind text here).
    const Rgb primary = nearest_passing(c.primary, Rgb{1, 1, 1});
    const double kPrimary[3] = {primary.r, primary.g, primary.b};
    colour(cr, kPrimary);
    cairo_set_line_width(cr, 6);
    cairo_rectangle(cr, 24, 24, kWidth - 48, kHeight - 48);
    cairo_stroke(cr);
    cairo_set_line_width(cr, 1.2);
    cairo_rectangle(cr, 34, 34, kWidth - 68, kHeight - 68);
    cairo_stroke(cr);
    draw_logo(cr, c.logo);

    const CertificateWords& w = c.words;
    centred(cr, w.heading, 34, true, 150, kPrimary);
    centred(cr, w.intro, 15, false, 200, kMuted);
    centred(cr, c.learner_name.empty() ? c.record.learner_id : c.learner_name, 30, true, 245, kText);
    if (!c.organisation.empty()) centred(cr, c.organisation, 14, false, 270, kMuted);
    centred(cr, c.wording.empty() ? w.completed : c.wording, 15, false, 305, kMuted);
    centred(cr, c.course_title, 20, true, 340, kText);
    centred(cr, w.outcome, 14, false, 372, kText);

    if (!c.signatory.empty()) {
        colour(cr, kMuted);
        cairo_set_line_width(cr, 0.8);
        cairo_move_to(cr, kWidth / 2 - 110, 412);
        cairo_line_to(cr, kWidth / 2 + 110, 412);
        cairo_stroke(cr);
        centred(cr, c.signatory, 13, true, 430, kText);
        if (!c.signatory_role.empty()) centred(cr, c.signatory_role, 11, false, 447, kMuted);
    }

    draw_qr(cr, payload, kWidth - 56 - 130, kHeight - 56 - 130, 130);
    left(cr, w.issued_by, 11, 60, kHeight - 128, kText);
    left(cr, w.certificate_id, 10, 60, kHeight - 108, kMuted);
    left(cr, w.verification_code, 13, 60, kHeight - 86, kText);
    left(cr, w.how_to_check, 10, 60, kHeight - 66, kMuted);
}

// Reads a PDF literal string "( ... )" starting at `at` (just after the parenthesis).
std::string pdf_literal(const std::string& text, std::size_t at) {
    std::string value;
    int depth = 1;
    for (std::size_t i = at; i < text.size(); ++i) {
        char c = text[i];
        if (c == '\\' && i + 1 < text.size()) {
            value += text[++i];
            continue;
        }
        if (c == '(') ++depth;
        if (c == ')' && --depth == 0) break;
        value += c;
    }
    return value;
}

}  // namespace

bool write_certificate_pdf(const CertificateContent& content, const std::filesystem::path& output, std::string& error) {
    const std::string payload = certificate_payload(content.record);
    cairo_status_t status = CAIRO_STATUS_SUCCESS;
    // Drawn straight into atomic_file's stream: the PDF is complete under its name, or not there.
    const bool written = write_file_atomically(
        output,
        [&](std::ostream& out) {
            cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(
                [](void* stream, const unsigned char* data, unsigned int length) {
                    auto& into = *static_cast<std::ostream*>(stream);
                    into.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(length));
                    return into ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
                },
                &out, kWidth, kHeight);
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, content.words.document_title.c_str());
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, content.issuer.c_str());
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Primer");
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_KEYWORDS, payload.c_str());
            cairo_t* cr = cairo_create(surface);
            draw(cr, content, payload);
            cairo_show_page(cr);
            cairo_destroy(cr);
            cairo_surface_finish(surface);
            status = cairo_surface_status(surface);
            cairo_surface_destroy(surface);
            return status == CAIRO_STATUS_SUCCESS;
        },
        FileAccess::Usual, error);
    if (!written && status != CAIRO_STATUS_SUCCESS)
        error = "The certificate could not be written to " + output.string() + " (" + cairo_status_to_string(status) +
                "). Check the folder exists and there is space.";
    return written;
}

std::optional<std::string> read_certificate_payload(const std::filesystem::path& pdf, std::string& error) {
    std::ifstream in(pdf, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    const std::string text = bytes.str();
    const std::size_t keywords = text.find("/Keywords (");
    std::string payload = keywords == std::string::npos ? "" : pdf_literal(text, keywords + 11);
    if (payload.rfind("primer-certificate/", 0) != 0) {
        error = pdf.string() + " is not a certificate Primer made (it carries no certificate record).";
        return std::nullopt;
    }
    return payload;
}

}  // namespace primer
