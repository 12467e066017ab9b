// Whole-course reads for exports: every learner's history, one learner at a time. Asking
// for each learner's rows separately prepared three statements a learner, which was most
// of an export's time; here the sittings, answers and events of the course are read in
// learner order beside the standings (a merge), each table by its (learner_id, course_id)
// index, so no table is sorted and only one learner's rows are ever in memory.
#include "learner_history.hpp"
#include "store_rows.hpp"

namespace primer {
namespace {

// One history table's rows for a course, in learner order, consumed learner by learner.
class LearnerRows {
public:
    // `sql` selects learner_id first and filters on ?1, the course. The unary plus on the
    // course term keeps SQLite on the (learner_id, course_id) index, which gives the order,
    // rather than on a course index it would then have to sort.
    LearnerRows(sqlite3* db, const std::string& sql, const std::string& course_id) : m_rows(db, sql) {
        m_rows.bind_text(1, course_id);
        m_more = m_rows.next_row();
    }

    // Skips the rows of learners before `learner`, then hands each of its rows to `read`
    // (when `keep`) or skips them too. False when a row could not be read.
    template <class Read>
    bool take(const std::string& learner, bool keep, Read read) {
        while (m_more) {
            const int order = m_rows.text(0).compare(learner);
            if (order > 0) break;
            if (order == 0 && keep && !read(m_rows)) return false;
            m_more = m_rows.next_row();
        }
        return m_rows.ok();
    }

private:
    Statement m_rows;
    bool m_more = false;
};

}  // namespace

bool Store::for_each_history(const std::string& course_id, const std::function<bool(const Standing&)>& wanted,
                             const std::function<bool(const LearnerHistory&)>& visit) const {
    m_error.clear();
    LearnerRows sittings(m_db, "SELECT learner_id, id, started_at_ms, last_active_at_ms, coalesce(ended_at_ms, 0) FROM sittings"
                               " WHERE +course_id = ?1 ORDER BY learner_id, course_id, id", course_id);
    LearnerRows answers(m_db, std::string("SELECT learner_id, ") + kInteractionColumns +
                                  " FROM interactions WHERE +course_id = ?1 ORDER BY learner_id, course_id, id",
                        course_id);
    LearnerRows events(m_db, "SELECT learner_id, id, kind, subject, detail_json, at_ms FROM events"
                             " WHERE +course_id = ?1 ORDER BY learner_id, course_id, id", course_id);
    LearnerHistory history;
    bool read_all = true;
    bool stopped = false;  // a visitor asked to stop: the walk did not cover every learner
    const bool listed = for_each_standing(course_id, [&](const Standing& standing) {
        const std::string& learner = standing.learner.id;
        const bool keep = wanted(standing);
        history.sittings.clear();
        history.interactions.clear();
        history.events.clear();
        bool damaged = false;
        read_all = sittings.take(learner, keep, [&](const Statement& row) {
            history.sittings.push_back({row.integer(1), row.integer(2), row.integer(3), row.integer(4)});
            return true;
        }) && answers.take(learner, keep, [&](const Statement& row) {
            InteractionRecord& record = history.interactions.emplace_back();
            record.learner_id = learner;
            record.course_id = standing.course_id;
            damaged = !read_interaction(row, 1, record.answer, record.id);
            return !damaged;
        }) && events.take(learner, keep, [&](const Statement& row) {
            history.events.push_back({row.integer(1), row.text(2), row.text(3), row.text(4), row.integer(5)});
            return true;
        });
        if (!read_all) {
            if (damaged) m_error = damaged_answer(learner);
            else failed_to("read the records of " + learner);
            return false;
        }
        if (!keep) return true;
        history.standing = standing;
        stopped = !visit(history);
        return !stopped;
    });
    return listed && read_all && !stopped;
}

}  // namespace primer
