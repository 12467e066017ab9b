// A branching conversation, drawn like a chat: what the child says or does in bubbles on
// the left, the learner's replies on the right, the feedback on a reply under it, and the
// open replies as large buttons (click, number key, or Up/Down and Enter). A node without
// replies has a Continue button; an ending shows its debrief, the score and a way to try
// a different approach. The newest part is kept scrolled into view.
#include "read_along.hpp"
#include "rich_text_view.hpp"
#include "runtime.hpp"
#include "views.hpp"
#include "widgets.hpp"

#include <algorithm>
#include <set>

namespace primer::ui {

namespace {

struct Look {
    ImVec4 fill;
    ImVec4 border;
};

// Shows an image scaled to fit `max_width` and a modest height, or its alt text in its place.
void draw_node_image(const Context& context, const ImageRef& image, float max_width) {
    const Theme& theme = context.theme;
    ImageHandle handle = context.images(image.path);
    if (!handle.ok) {
        small_text("[Image: " + image.alt + "]", theme);
        return;
    }
    float scale = std::min({theme.scale, max_width / static_cast<float>(handle.width),
                            theme.px(180) / static_cast<float>(handle.height)});
    ImGui::Image(handle.texture, ImVec2(static_cast<float>(handle.width) * scale, static_cast<float>(handle.height) * scale));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", image.alt.c_str());
    if (!image.caption.empty())
        draw_rich_text(image.caption, theme, TextStyle{max_width, theme.fonts.small, theme.colors.muted_text},
                       context.requests);
}

// A small label over a bubble: the speaker's name, or "You" on the right.
void draw_label(const Theme& theme, const std::string& label, float width, bool right) {
    ImGui::PushFont(theme.fonts.small);
    ImGui::PushStyleColor(ImGuiCol_Text, theme.colors.muted_text);
    if (right) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + width - ImGui::CalcTextSize(label.c_str()).x);
    read_along_text(label, width, theme);
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

// A speech bubble as wide as its text needs (up to most of the column), on the left, or
// on the right for the learner's own words.
void draw_bubble(const Context& context, const RichText& text, float width, bool right, const Look& look) {
    const Theme& theme = context.theme;
    const float pad_x = theme.px(16), pad_y = theme.px(11);
    const float widest = width * 0.8f - pad_x * 2;
    ImGui::PushFont(theme.fonts.body);
    float natural = ImGui::CalcTextSize(plain_text(text).c_str()).x + theme.px(6);  // a little room for bold words
    ImGui::PopFont();
    const TextStyle style{std::min(natural, widest), nullptr, {}};
    const ImVec2 size(style.width + pad_x * 2, measure_rich_text(text, theme, style) + pad_y * 2);

    ImVec2 top_left = ImGui::GetCursorScreenPos();
    if (right) top_left.x += width - size.x;
    ImGui::Dummy(ImVec2(width, size.y));
    ImVec2 after = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImVec2 bottom_right(top_left.x + size.x, top_left.y + size.y);
    draw->AddRectFilled(top_left, bottom_right, ImGui::GetColorU32(look.fill), theme.px(14));
    draw->AddRect(top_left, bottom_right, ImGui::GetColorU32(look.border), theme.px(14), 0, theme.px(1.5f));
    ImGui::SetCursorScreenPos(ImVec2(top_left.x + pad_x, top_left.y + pad_y));
    draw_rich_text(text, theme, style, context.requests);
    ImGui::SetCursorScreenPos(after);
    ImGui::Dummy(ImVec2(0, theme.px(10)));
}

// What the child says or does. Narration (no speaker) is set as plain italic text.
void draw_node(const Context& context, const ConversationNode& node, float width) {
    const Theme& theme = context.theme;
    if (node.image) draw_node_image(context, *node.image, width * 0.6f);
    if (node.text.empty()) return;
    if (node.speaker.empty()) {
        draw_rich_text(node.text, theme, TextStyle{width, theme.fonts.italic, theme.colors.muted_text}, context.requests);
        ImGui::Dummy(ImVec2(0, theme.px(10)));
        return;
    }
    draw_label(theme, node.speaker, width, false);
    draw_bubble(context, node.text, width, false, Look{theme.colors.surface, theme.colors.border});
}

void draw_reply(const Context& context, const ConversationChoice& choice, float width) {
    const Theme& theme = context.theme;
    draw_label(theme, theme.text("conversation.you"), width, true);
    draw_bubble(context, choice.text, width, true, Look{theme.colors.selected, theme.colors.primary});
    if (choice.feedback.empty()) return;
    // Feedback on a reply sits under it, set off by a bar, so it reads as a note and not as speech.
    const float indent = width * 0.2f, bar = theme.px(4), gap = theme.px(12);
    ImVec2 top = ImGui::GetCursorScreenPos();
    ImGui::SetCursorScreenPos(ImVec2(top.x + indent + bar + gap, top.y));
    ImGui::BeginGroup();
    draw_label(theme, theme.text("conversation.about_reply"), 0, false);
    draw_rich_text(choice.feedback, theme, TextStyle{width - indent - bar - gap, nullptr, {}}, context.requests);
    ImGui::EndGroup();
    float bottom = ImGui::GetItemRectMax().y;
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(top.x + indent, top.y), ImVec2(top.x + indent + bar, bottom),
                                              ImGui::GetColorU32(theme.colors.primary));
    ImGui::SetCursorScreenPos(ImVec2(top.x, bottom));
    ImGui::Dummy(ImVec2(0, theme.px(14)));
}

// Scrolls the item just drawn into view if part of it is outside the window.
void keep_in_view() {
    const float top = ImGui::GetWindowPos().y, bottom = top + ImGui::GetWindowHeight();
    if (ImGui::GetItemRectMax().y > bottom)
        ImGui::SetScrollHereY(1.0f);  // the cursor sits just below the item
    else if (ImGui::GetItemRectMin().y < top)
        ImGui::SetScrollFromPosY(ImGui::GetItemRectMin().y - top, 0.0f);
}

// One open reply as a large button with its number. Returns true when clicked.
bool reply_button(const Context& context, const ConversationChoice& choice, int number, bool focused,
                  bool bring_into_view, float width) {
    const Theme& theme = context.theme;
    const Palette& c = theme.colors;
    const float pad = theme.px(14), badge = theme.px(26);
    const TextStyle style{width - pad * 3 - badge, nullptr, {}};
    const float text_height = measure_rich_text(choice.text, theme, style);
    const float height = std::max(text_height, badge) + pad * 1.6f;

    ImVec2 top_left = ImGui::GetCursorScreenPos();
    ImGui::PushID(choice.id.c_str());
    bool clicked = ImGui::InvisibleButton("reply", ImVec2(width, height));
    bool hovered = ImGui::IsItemHovered();
    if (focused && bring_into_view) keep_in_view();
    ImGui::PopID();
    ImVec2 after = ImGui::GetCursorScreenPos();

    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImVec2 bottom_right(top_left.x + width, top_left.y + height);
    bool lit = focused || hovered;
    draw->AddRectFilled(top_left, bottom_right, ImGui::GetColorU32(lit ? c.selected : c.surface), theme.px(8));
    draw->AddRect(top_left, bottom_right, ImGui::GetColorU32(lit ? c.primary : c.border), theme.px(8), 0,
                  lit ? theme.px(2) : theme.px(1));
    if (focused) focus_ring(theme);
    ImVec2 badge_min(top_left.x + pad, top_left.y + (height - badge) * 0.5f);
    draw->AddRectFilled(badge_min, ImVec2(badge_min.x + badge, badge_min.y + badge), ImGui::GetColorU32(c.primary),
                        theme.px(6));
    std::string key = std::to_string(number);
    ImGui::PushFont(theme.fonts.bold);
    ImVec2 key_size = ImGui::CalcTextSize(key.c_str());
    draw->AddText(ImVec2(badge_min.x + (badge - key_size.x) * 0.5f, badge_min.y + (badge - key_size.y) * 0.5f),
                  ImGui::GetColorU32(c.on_fill), key.c_str());
    ImGui::PopFont();
    ImGui::SetCursorScreenPos(ImVec2(top_left.x + pad * 2 + badge, top_left.y + (height - text_height) * 0.5f));
    draw_rich_text(choice.text, theme, style, context.requests);
    ImGui::SetCursorScreenPos(after);
    ImGui::Dummy(ImVec2(0, theme.px(6)));
    return clicked;
}

int distinct_endings(const ConversationProgress& state) {
    return static_cast<int>(std::set<std::string>(state.endings.begin(), state.endings.end()).size());
}

int ending_count(const Conversation& conversation) {
    return static_cast<int>(std::count_if(conversation.nodes.begin(), conversation.nodes.end(),
                                          [](const ConversationNode& n) { return n.ending; }));
}

// The debrief in a card whose edge says how it went; the card's background is drawn last,
// behind its content, so its height need not be measured first.
void draw_ending(const Context& context, const Conversation& conversation, const ConversationNode& ending,
                 const ConversationProgress& state, float width) {
    const Theme& theme = context.theme;
    const ImVec4 edge = ending.success ? theme.colors.correct : theme.colors.incorrect;
    const float pad = theme.px(22);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->ChannelsSplit(2);
    draw->ChannelsSetCurrent(1);
    ImVec2 top = ImGui::GetCursorScreenPos();
    ImGui::SetCursorScreenPos(ImVec2(top.x + pad, top.y + pad));
    ImGui::BeginGroup();
    ImGui::PushStyleColor(ImGuiCol_Text, edge);
    small_text(theme.text(ending.success ? "conversation.good_ending" : "conversation.other_ending"), theme);
    ImGui::PopStyleColor();
    ImGui::PushFont(theme.fonts.heading);
    read_along_text(ending.ending_title, width - pad * 2, theme);
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(0, theme.px(4)));
    if (!ending.debrief.empty())
        draw_rich_text(ending.debrief, theme, TextStyle{width - pad * 2, nullptr, {}}, context.requests);
    ImGui::Dummy(ImVec2(0, theme.px(6)));
    if (!conversation.score_variable.empty()) {
        auto value = state.variables.find(conversation.score_variable);
        int score = value == state.variables.end() ? 0 : std::clamp(value->second, 0, conversation.max_score);
        ImGui::PushFont(theme.fonts.bold);
        read_along_text(format_text(theme.text("conversation.score"),
                                    {{"score", std::to_string(score)}, {"max", std::to_string(conversation.max_score)}}),
                        width - pad * 2, theme);
        ImGui::PopFont();
    }
    small_text(format_text(theme.text("conversation.endings_found"), {{"found", std::to_string(distinct_endings(state))},
                                                                      {"count", std::to_string(ending_count(conversation))}}),
               theme);
    ImGui::Dummy(ImVec2(0, theme.px(6)));
    if (secondary_button(theme.text("conversation.try_again"), theme) || typed('r'))
        context.requests.push(Command{RestartConversation{context.progress.current}});
    small_text(theme.text("conversation.enter_to_move_on"), theme);
    ImGui::EndGroup();
    float bottom = ImGui::GetItemRectMax().y + pad;
    draw->ChannelsSetCurrent(0);
    draw->AddRectFilled(top, ImVec2(top.x + width, bottom), ImGui::GetColorU32(theme.colors.surface), theme.px(10));
    draw->AddRect(top, ImVec2(top.x + width, bottom), ImGui::GetColorU32(edge), theme.px(10), 0, theme.px(2));
    draw->AddRectFilled(top, ImVec2(top.x + theme.px(6), bottom), ImGui::GetColorU32(edge), theme.px(10),
                        ImDrawFlags_RoundCornersLeft);
    draw->ChannelsMerge();
    ImGui::SetCursorScreenPos(ImVec2(top.x, bottom));
    ImGui::Dummy(ImVec2(width, theme.px(8)));
}

void send_choice(const Context& context, ScreenState& ui, const std::string& choice) {
    Millis spent = std::max<Millis>(0, context.now - ui.entered_at);
    context.requests.push(Command{Choose{context.progress.current, choice, spent}});
    ui.entered_at = context.now;
}

void draw_replies(const Context& context, const Conversation& conversation, const ConversationProgress& state,
                  ScreenState& ui, float width) {
    std::vector<const ConversationChoice*> open = available_choices(conversation, state);
    const int count = static_cast<int>(open.size());
    small_text(context.theme.text("conversation.choose_reply"), context.theme);
    ImGui::Dummy(ImVec2(0, context.theme.px(2)));
    const int was = ui.focus;
    if (pressed(ImGuiKey_DownArrow)) ui.focus = std::min(ui.focus + 1, count - 1);
    if (pressed(ImGuiKey_UpArrow)) ui.focus = ui.focus < 0 ? count - 1 : std::max(ui.focus - 1, 0);
    const ConversationChoice* chosen = nullptr;
    if (ui.focus >= 0 && ui.focus < count && pressed(ImGuiKey_Enter)) chosen = open[static_cast<size_t>(ui.focus)];
    for (int i = 0; i < count; ++i) {
        const ConversationChoice& choice = *open[static_cast<size_t>(i)];
        if (reply_button(context, choice, i + 1, i == ui.focus, ui.focus != was, width) ||
            (i < 9 && typed(static_cast<char>('1' + i))))
            chosen = &choice;
    }
    if (chosen) send_choice(context, ui, chosen->id);
}

bool continue_button(const Theme& theme) { return primary_button(theme.text("conversation.continue"), theme) || pressed(ImGuiKey_Enter); }

}  // namespace

void draw_conversation_screen(const Context& context, const Screen& screen, ScreenState& ui, float width) {
    const Theme& theme = context.theme;
    const Conversation& conversation = *screen.conversation;
    auto saved = context.progress.conversations.find(context.progress.current);
    // Before the first choice there is no saved state: show what Choose would start from.
    ConversationProgress state =
        saved == context.progress.conversations.end() ? start_conversation(conversation, {}) : saved->second;
    if (!conversation.find_node(state.node)) state = start_conversation(conversation, state);

    // Feedback on the newest reply is read before the conversation goes on. On arrival
    // (a resume, or coming back) everything said so far counts as read.
    const int steps = static_cast<int>(state.path.size());
    if (ui.steps_seen < 0 || ui.steps_seen > steps) ui.steps_seen = steps;
    const ConversationNode* last_node = steps ? conversation.find_node(state.path.back().node) : nullptr;
    const ConversationChoice* last_choice = last_node ? last_node->find_choice(state.path.back().choice) : nullptr;
    if (ui.steps_seen < steps && (!last_choice || last_choice->feedback.empty())) ui.steps_seen = steps;
    const bool reading_feedback = ui.steps_seen < steps;

    if (!conversation.intro.empty()) {
        draw_rich_text(conversation.intro, theme, TextStyle{width, nullptr, {}}, context.requests);
        ImGui::Dummy(ImVec2(0, theme.px(14)));
    }
    for (const ConversationStep& step : state.path) {
        const ConversationNode* node = conversation.find_node(step.node);
        if (!node) continue;
        draw_node(context, *node, width);
        if (const ConversationChoice* choice = node->find_choice(step.choice)) draw_reply(context, *choice, width);
    }

    const ConversationNode* node = conversation.find_node(state.node);
    ui.keeps_enter = true;
    if (reading_feedback) {
        if (continue_button(theme)) ui.steps_seen = steps;
    } else if (node) {
        draw_node(context, *node, width);
        if (node->ending) {
            ui.keeps_enter = false;  // Enter moves on, as on any finished screen
            draw_ending(context, conversation, *node, state, width);
        } else if (!can_go_on(conversation, state)) {
            small_text(theme.text("conversation.dead_end"), theme);
            if (secondary_button(theme.text("conversation.start_again"), theme))
                context.requests.push(Command{RestartConversation{context.progress.current}});
        } else if (!node->choices.empty()) {
            draw_replies(context, conversation, state, ui, width);
        } else if (continue_button(theme)) {
            send_choice(context, ui, "");
        }
    }

    // Keep the newest part in view: scroll whenever the transcript grows or changes step.
    const int shown = steps * 2 + (reading_feedback ? 1 : 0);
    if (shown != ui.scrolled_for) {
        if (ui.scrolled_for < 0 && steps == 0)
            ImGui::SetScrollY(0);  // a fresh start reads from the top, whatever the last screen's scroll
        else
            ImGui::SetScrollHereY(1.0f);
        ui.scrolled_for = shown;
        ui.focus = -1;  // a new set of replies starts with none highlighted
    }
}

}  // namespace primer::ui
