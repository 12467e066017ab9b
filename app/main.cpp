// Primer: an offline-first course player. Everything happens in the subcommands.
#include "commands.hpp"

int main(int argc, char** argv) {
    return primer::cli::run(primer::cli::Words(argv + 1, argv + argc));
}
