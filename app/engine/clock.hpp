// Time comes in through this interface so tests and autoplay are deterministic.
#pragma once

#include "progress.hpp"

namespace primer {

class Clock {
public:
    virtual ~Clock() = default;
    virtual Millis now() const = 0;
};

class SystemClock final : public Clock {
public:
    Millis now() const override;
};

// A clock that only moves when told to: for tests and headless autoplay.
class ManualClock final : public Clock {
public:
    explicit ManualClock(Millis start) : m_now(start) {}
    Millis now() const override { return m_now; }
    void advance(Millis by) { m_now += by; }

private:
    Millis m_now;
};

}  // namespace primer
