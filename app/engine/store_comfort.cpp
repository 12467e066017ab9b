// The record store's comfort settings: one row per learner, replaced whole.
#include "store.hpp"

#include "sqlite_statement.hpp"

namespace primer {

std::optional<ComfortSettings> Store::comfort_settings(const std::string& learner_id) const {
    m_error.clear();
    Statement select(m_db, "SELECT text_size, line_spacing, dyslexia_font, high_contrast, reduced_motion,"
                           " caption_size, narration_volume, reading_speed, narration_speed, language"
                           " FROM comfort_settings WHERE learner_id = ?1");
    select.bind_text(1, learner_id);
    if (select.next_row()) {
        ComfortSettings settings;
        settings.text_size = static_cast<int>(select.integer(0));
        settings.line_spacing = static_cast<int>(select.integer(1));
        settings.dyslexia_font = select.integer(2) != 0;
        settings.high_contrast = select.integer(3) != 0;
        settings.reduced_motion = select.integer(4) != 0;
        settings.caption_size = static_cast<int>(select.integer(5));
        settings.narration_volume = static_cast<int>(select.integer(6));
        settings.reading_speed = static_cast<int>(select.integer(7));
        settings.narration_speed = static_cast<int>(select.integer(8));
        settings.language = select.text(9);
        return clamped(settings);
    }
    if (!select.ok()) failed_to("read the comfort settings of \"" + learner_id + "\"");
    return std::nullopt;
}

bool Store::save_comfort_settings(const std::string& learner_id, const ComfortSettings& settings, Millis now) {
    m_error.clear();
    const ComfortSettings saved = clamped(settings);
    Statement upsert(m_db, "INSERT OR REPLACE INTO comfort_settings (learner_id, text_size, line_spacing, dyslexia_font,"
                           " high_contrast, reduced_motion, caption_size, narration_volume, reading_speed, narration_speed,"
                           " language,"
                           " updated_at_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    upsert.bind_text(1, learner_id)
        .bind_int(2, saved.text_size)
        .bind_int(3, saved.line_spacing)
        .bind_int(4, saved.dyslexia_font)
        .bind_int(5, saved.high_contrast)
        .bind_int(6, saved.reduced_motion)
        .bind_int(7, saved.caption_size)
        .bind_int(8, saved.narration_volume)
        .bind_int(9, saved.reading_speed)
        .bind_int(10, saved.narration_speed)
        .bind_text(11, saved.language)
        .bind_int(12, now);
    return upsert.run() || failed_to("save the comfort settings of \"" + learner_id + "\"");
}

}  // namespace primer
