// The subcommands of `primer`, each in its own file. Each returns the process exit code.
#pragma once

#include <string>
#include <vector>

namespace primer::cli {

using Words = std::vector<std::string>;

int run(const Words& words);  // dispatches on the first word; `play` when there is none

int play_command(const Words& words);
int preview_command(const Words& words);
int validate_command(const Words& words);
int autoplay_command(const Words& words);
int export_command(const Words& words);
int verify_command(const Words& words);
int report_command(const Words& words);
int certificate_command(const Words& words);
int sync_command(const Words& words);
int manager_command(const Words& words);
int pack_command(const Words& words);
int install_command(const Words& words);
int translate_command(const Words& words);

}  // namespace primer::cli
