// A page of text.
#include "rich_text_view.hpp"
#include "views.hpp"

namespace primer::ui {

void draw_text_screen(const Context& context, const Screen& screen, float width) {
    draw_rich_text(screen.body, context.theme, TextStyle{width, nullptr, {}}, context.requests);
}

}  // namespace primer::ui
