// Sets an environment variable for one scope and puts the old value back, so a test of
// where Primer looks (HOME, XDG folders) leaves the process as it found it.
#pragma once

#include <cstdlib>
#include <string>

namespace primer::test {

class ScopedEnv {
public:
    // A null value unsets the variable for the scope.
    ScopedEnv(const char* name, const char* value) : m_name(name) {
        if (const char* old = std::getenv(name)) m_old = old, m_had = true;
        if (value) setenv(name, value, 1); else unsetenv(name);
    }
    ScopedEnv(const char* name, const std::string& value) : ScopedEnv(name, value.c_str()) {}
    ~ScopedEnv() {
        if (m_had) setenv(m_name, m_old.c_str(), 1); else unsetenv(m_name);
    }
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;

private:
    const char* m_name;
    std::string m_old;
    bool m_had = false;
};

}  // namespace primer::test
