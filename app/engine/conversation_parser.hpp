// Reader for conversation screens: [screen.variables], [[screen.node]] blocks and, under
// each node, [[screen.node.choice]] or [[screen.node.next]] blocks. Once read, the
// conversation is checked as a whole (conversation_checks.hpp).
#pragma once

#include "conversation.hpp"
#include "toml_reader.hpp"

#include <filesystem>
#include <string_view>
#include <vector>

namespace primer {

// The keys a conversation screen reads beyond the ones every screen has.
std::vector<std::string_view> conversation_keys();

// Reads the conversation in a [[screen]] block; node image paths resolve against `module_folder`.
Conversation parse_conversation(TableReader& block, const std::filesystem::path& module_folder);

}  // namespace primer
