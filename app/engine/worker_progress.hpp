// How far a background job (an export, an LRS sync) has got, as the manager view shows it.
// Plain data, so the platform's workers report it and the UI draws it without either
// knowing the other.
#pragma once

#include <string>

namespace primer {

struct WorkerProgress {
    bool running = false;
    bool finished = false;   // a job has ended since the last start; `succeeded` and `message` say how
    bool succeeded = false;
    long long done = 0;      // items handled so far (learners written, statements answered)
    long long total = 0;     // known once the worker has counted
    std::string message;     // a sentence: what was done and where, or what went wrong (never a secret)
};

}  // namespace primer
