// Synthetic learner records for the export benchmark: what a year of a large organisation
// taking the built-in course would leave in a data folder.
#pragma once

#include "course.hpp"

#include <cstdint>
#include <filesystem>
#include <string>

namespace primer::bench {

struct GeneratedRecords {
    long long learners = 0;
    long long completions = 0;  // signed, one per learner who completed (passed or failed)
    long long events = 0;
    long long answers = 0;
    long long sittings = 0;
};

// Writes `learners` learners' records in `course` into a new data folder (its record file
// and signing key, made by the Store and SigningKey as the player makes them), with
// prepared statements inside large transactions. Learner i belongs to "Team <i % teams>".
// Six in ten completed the course (four in five of them passed), with a signed completion
// each; the rest are part-way through. Each has sittings, screen entries, checked answers,
// module completions and, once finished, an assessment attempt: every kind of record an
// export reads. False, with `error`, when the folder could not be written.
bool generate_records(const Course& course, const std::filesystem::path& data_dir, long long learners, int teams,
                      GeneratedRecords& made, std::string& error);

}  // namespace primer::bench
