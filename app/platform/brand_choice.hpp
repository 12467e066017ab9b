// Which brand the player and the certificate show: `--brand DIR`, else the course
// manifest's `brand = "..."`, else the default brand in assets/.
#pragma once

#include "brand.hpp"

#include <functional>
#include <string>

namespace primer {

// A chosen brand with errors is reported through `say` (each diagnostic, then a sentence)
// and the default is used instead; when even that cannot be read, Primer's built-in look.
Brand choose_brand(const std::string& from_command_line, const Course* course,
                   const std::function<void(const std::string&)>& say);

}  // namespace primer
