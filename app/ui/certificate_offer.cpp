// "Save my certificate" where the course ends (the course map once it is completed) and on
// an assessment's results once the certificate is earned (passed now or on an earlier try): the same PDF `primer certificate` writes, saved by the app
// (SaveCertificate); then where it went, in words, and "Open it" through the link opener.
#include "read_along.hpp"
#include "views.hpp"
#include "widgets.hpp"

namespace primer::ui {

void draw_certificate_offer(const Context& context, float width) {
    const CertificateOffer& offer = context.certificate;
    if (!offer.earned) return;
    const Theme& theme = context.theme;
    ImGui::PushID("certificate");
    if (primary_button(theme.text("certificate_offer.save"), theme) || typed('g'))
        context.requests.push(SaveCertificate{});
    if (!offer.open_url.empty()) {
        ImGui::SameLine();
        if (secondary_button(theme.text("certificate_offer.open"), theme))
            context.requests.push(OpenLink{offer.open_url});
    }
    if (!offer.problem.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme.colors.incorrect);
        read_along_text(offer.problem, width, theme);
        ImGui::PopStyleColor();
    } else if (!offer.saved_as.empty()) {
        small_text(format_text(theme.text("certificate_offer.saved"), {{"file", offer.saved_as}, {"folder", offer.folder}}),
                   theme, width);
    } else {
        small_text(theme.text("certificate_offer.keys"), theme, width);
    }
    ImGui::PopID();
}

}  // namespace primer::ui
