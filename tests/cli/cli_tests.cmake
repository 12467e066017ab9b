# The real `primer` binary on fixtures: exit codes and what a person reads.
set(CHECK ${CMAKE_COMMAND} -P ${CMAKE_CURRENT_LIST_DIR}/check_command.cmake --)
set(PRIMER $<TARGET_FILE:primer>)
set(FIXTURES ${CMAKE_CURRENT_LIST_DIR}/../fixtures)

function(cli_test name)
  cmake_parse_arguments(T "" "EXIT;EXPECTED;UNSET_ENV" "MATCH;COMMAND" ${ARGN})
  set(defs -DEXIT=${T_EXIT})
  if(NOT T_EXIT)
    set(defs -DEXIT=0)
  endif()
  if(T_MATCH)
    string(REPLACE ";" "\\;" match "${T_MATCH}")
    list(APPEND defs "-DMATCH=${match}")
  endif()
  if(T_EXPECTED)
    list(APPEND defs -DEXPECTED=${T_EXPECTED})
  endif()
  if(T_UNSET_ENV)
    list(APPEND defs -DUNSET_ENV=${T_UNSET_ENV})
  endif()
  add_test(NAME cli.${name}
           COMMAND ${CMAKE_COMMAND} ${defs} -P ${CMAKE_CURRENT_FUNCTION_LIST_DIR}/check_command.cmake -- ${T_COMMAND}
           WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
endfunction()

cli_test(version COMMAND ${PRIMER} --version MATCH "^primer ${PROJECT_VERSION}\n$")
cli_test(help COMMAND ${PRIMER} --help MATCH "primer validate PATH" "primer autoplay")
cli_test(unknown_command EXIT 2 COMMAND ${PRIMER} frobnicate MATCH "there is no command 'frobnicate'")
cli_test(unknown_option EXIT 2 COMMAND ${PRIMER} play --bogus MATCH "'primer play' has no option --bogus")
# play --seed fixes a fresh start's shuffles and draws (the keyboard-only GUI test relies on it).
cli_test(play_help_lists_seed COMMAND ${PRIMER} play --help MATCH "--seed N")
cli_test(play_seed_not_a_number EXIT 2 COMMAND ${PRIMER} play --seed 4x MATCH "--seed takes a whole number")
cli_test(option_needs_value EXIT 2 COMMAND ${PRIMER} play --course MATCH "--course needs a value")

cli_test(validate_builtin_course COMMAND ${PRIMER} validate modules
         MATCH "modules: 0 errors, 0 warnings \\(4 modules, [0-9]+ screens\\)")
cli_test(validate_one_module COMMAND ${PRIMER} validate modules/02-communicating-with-children
         MATCH "0 errors, 0 warnings \\(1 modules")
# Locale files of the player's own words: the shipped Welsh is complete; a broken one names
# the changed placeholder and the misspelt key at file:line:col and exits 1.
cli_test(validate_locale COMMAND ${PRIMER} validate --locale assets/locales/cy.toml
         MATCH "cy.toml: 0 errors, 0 warnings")
cli_test(validate_locale_broken EXIT 1 COMMAND ${PRIMER} validate --locale tests/fixtures/locales/broken/cy.toml
         MATCH "cy.toml:7:12: error: \"screen.position\" has {count}, {rhif} where English has {count}, {index}"
               "cy.toml:10:10: error: \"top_bar.suport\" is not a string the player shows"
               "did you mean \"top_bar.support\"")
# Brand packs: the default and the example validate clean; a low-contrast one names the
# measured ratio and the nearest passing colour.
cli_test(validate_brands COMMAND ${PRIMER} validate assets/brand tests/fixtures/brands/northfield tests/fixtures/brands/nightshift
         MATCH "assets/brand: 0 errors, 0 warnings\n" "tests/fixtures/brands/northfield: 0 errors, 0 warnings\n"
               "tests/fixtures/brands/nightshift: 0 errors, 0 warnings\n")
# A course's brand = "..." is validated with it.
cli_test(validate_course_brand COMMAND ${PRIMER} validate tests/fixtures/courses/branded
         MATCH "tests/fixtures/courses/branded/../../brands/northfield: 0 errors, 0 warnings\n")
cli_test(validate_brand_contrast EXIT 1 COMMAND ${PRIMER} validate tests/fixtures/brands/invalid/low-contrast
         MATCH "brand.toml:9:8: error: text on the background: contrast 3.45:1 \\(#8A8A8A on #FFFFFF\\)"
               "the nearest text of the same hue that passes is #767676")
cli_test(validate_reports_every_error EXIT 1
         COMMAND ${PRIMER} validate tests/fixtures/courses/invalid/many-errors-two-files
         EXPECTED ${CMAKE_CURRENT_LIST_DIR}/expected/validate-many-errors.txt)
# The duration estimate, against figures worked out by hand in the fixture's module.toml
# comments; a module checked alone uses the rates of the course.toml beside it.
cli_test(validate_prints_duration COMMAND ${PRIMER} validate tests/fixtures/courses/duration
         EXPECTED ${CMAKE_CURRENT_LIST_DIR}/expected/validate-duration.txt)
cli_test(validate_module_uses_course_rates COMMAND ${PRIMER} validate tests/fixtures/courses/duration/01-reading
         MATCH "reading at 100 words a minute" "\n  01-reading +8 min  \\(200 words 2.0, 2 tasks 6.0\\)\n$")
cli_test(validate_builtin_course_duration COMMAND ${PRIMER} validate modules
         MATCH "\n  Course +[0-9]+ min  \\(estimated_minutes in course.toml: [0-9]+\\)\n$")
cli_test(validate_needs_a_path EXIT 2 COMMAND ${PRIMER} validate MATCH "name at least one course or module folder")
cli_test(validate_missing_folder EXIT 1 COMMAND ${PRIMER} validate no/such/folder MATCH "no/such/folder: 1 error")

# The built-in course: the right answers pass its final assessment, the wrong ones fail it.
cli_test(autoplay_correct COMMAND ${PRIMER} autoplay --course modules --strategy correct
         MATCH "course: +completed" "assessment: +100%" "success: +passed")
cli_test(autoplay_wrong COMMAND ${PRIMER} autoplay --course modules --strategy wrong
         MATCH "course: +completed" "questions: +[1-9][0-9]* answered, 0 correct" "success: +failed")
cli_test(autoplay_random_completes COMMAND ${PRIMER} autoplay --course modules --strategy random --seed 7
         MATCH "seed 7" "course: +completed")
# The same seed must give the same play-through, answer for answer.
add_test(NAME cli.autoplay_random_is_reproducible
         COMMAND bash -c "rm -rf \"$1\"; for run in 1 2; do \"$0\" autoplay --course modules --strategy random --seed 7 \
                            --data-dir \"$1/$run\" --learner r > /dev/null &&
                          sqlite3 \"$1/$run/primer.sqlite3\" 'select screen, response_json from interactions' > \"$1/$run.txt\" || exit 1;
                          done; test -s \"$1/1.txt\" && diff \"$1/1.txt\" \"$1/2.txt\""
                 ${PRIMER} ${CMAKE_BINARY_DIR}/cli-seeded
         WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
# all-branches: every conversation path and every question outcome, through the engine.
cli_test(autoplay_all_branches_conversations
         COMMAND ${PRIMER} autoplay --course tests/fixtures/courses/conversation --strategy all-branches
         EXPECTED ${CMAKE_CURRENT_LIST_DIR}/expected/autoplay-all-branches-conversation.txt)
cli_test(autoplay_all_branches_builtin COMMAND ${PRIMER} autoplay --strategy all-branches
         MATCH "question scale-and-nature/[a-z-]+ \\(single-choice\\)" "wrong: +[a-z-]+ -> incorrect"
               "endings reached: +8 of 8"
               "summary: 1 conversation\\(s\\), [1-9][0-9]* question\\(s\\); every ending reachable, no dead ends")
cli_test(autoplay_all_branches_finds_problems EXIT 1
         COMMAND ${PRIMER} autoplay --course tests/fixtures/courses/conversation/with-problems --strategy all-branches
         MATCH "NOT REACHED: +both" "DEAD ENDS: +1 path" "listen > node 'middle'" "1 ending\\(s\\) not reachable")
cli_test(autoplay_all_branches_records_nothing EXIT 2
         COMMAND ${PRIMER} autoplay --strategy all-branches --data-dir ${CMAKE_BINARY_DIR}/never --learner x
         MATCH "leave out --learner")

# The ordering, categorise and matching fixture, played to the end under every strategy.
set(SORT_KINDS tests/fixtures/courses/sort-kinds)
cli_test(autoplay_sort_kinds_correct COMMAND ${PRIMER} autoplay --course ${SORT_KINDS} --strategy correct
         MATCH "questions: +3 answered, 3 correct" "course: +completed")
cli_test(autoplay_sort_kinds_wrong COMMAND ${PRIMER} autoplay --course ${SORT_KINDS} --strategy wrong
         MATCH "questions: +3 answered, 0 correct" "course: +completed")
cli_test(autoplay_sort_kinds_random COMMAND ${PRIMER} autoplay --course ${SORT_KINDS} --strategy random --seed 5
         MATCH "questions: +3 answered" "course: +completed")
# Recorded right answers are each question's correct pattern, of the right interaction type.
add_test(NAME cli.autoplay_sort_kinds_records
         COMMAND bash -c "rm -rf \"$1\" && \"$0\" autoplay --course tests/fixtures/courses/sort-kinds --strategy correct \
                            --data-dir \"$1\" --learner s > /dev/null &&
                          test \"$(sqlite3 \"$1/primer.sqlite3\" \"select group_concat(kind || ':' || interaction_type || ':' || verdict || ':' ||
                            (json_array(json(response_json)) = correct_responses_json), ' ') from interactions\")\" = \
                            'ordering:sequencing:correct:1 categorise:matching:correct:1 matching:matching:correct:1'"
                 ${PRIMER} ${CMAKE_BINARY_DIR}/cli-sort-kinds
         WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
cli_test(autoplay_unknown_strategy EXIT 2 COMMAND ${PRIMER} autoplay --strategy lucky MATCH "unknown strategy 'lucky'")
cli_test(autoplay_learner_needs_data_dir EXIT 2 UNSET_ENV PRIMER_DATA_DIR
         COMMAND ${PRIMER} autoplay --learner s1 MATCH "--learner needs --data-dir")
cli_test(autoplay_broken_course EXIT 1
         COMMAND ${PRIMER} autoplay --course tests/fixtures/courses/invalid/many-errors-two-files
         MATCH "unknown screen kind 'txt'" "has errors; fix them")

# Every choice kind (multiple response, true-false, hotspot, fill-in, confidence, reflection)
# plays to the end under each strategy; the wrong strategy gets none right.
set(CHOICE_KINDS tests/fixtures/courses/choice-kinds)
cli_test(autoplay_choice_kinds_correct COMMAND ${PRIMER} autoplay --course ${CHOICE_KINDS} --strategy correct
         MATCH "screens visited: +9 of 9" "questions: +8 answered, 5 correct" "course: +completed")
cli_test(autoplay_choice_kinds_wrong COMMAND ${PRIMER} autoplay --course ${CHOICE_KINDS} --strategy wrong
         MATCH "questions: +8 answered, 0 correct" "course: +completed")
cli_test(autoplay_choice_kinds_random COMMAND ${PRIMER} autoplay --course ${CHOICE_KINDS} --strategy random --seed 3
         MATCH "screens visited: +9 of 9" "course: +completed")
add_test(NAME cli.autoplay_choice_kinds_records
         COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/autoplay_choice_kinds.sh ${PRIMER} ${CMAKE_BINARY_DIR}/cli-choice-kinds
         WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})

cli_test(play_without_a_display EXIT 1 UNSET_ENV DISPLAY
         COMMAND ${PRIMER} --data-dir ${CMAKE_BINARY_DIR}/cli-no-display --screenshot ${CMAKE_BINARY_DIR}/never.png
         MATCH "could not open a window")

# Autoplay with a learner records what the player would; read it back with sqlite3.
add_test(NAME cli.autoplay_plays_and_records
         COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/autoplay_records.sh ${PRIMER} ${CMAKE_BINARY_DIR}/cli-autoplay-records
         WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})

# Completion exports: strict CSV, signatures that verify, tampering caught, LMS presets.
add_test(NAME cli.export_and_verify
         COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/export_verify.sh ${PRIMER} ${CMAKE_BINARY_DIR}/cli-export-verify
         WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})

# A completion row edited in the database: report and export name it, nothing is dropped.
add_test(NAME cli.report_export_flag_unverified
         COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/report_unverified.sh ${PRIMER} ${CMAKE_BINARY_DIR}/cli-report-unverified
         WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})

# xAPI statements: third-party validator, stable ids, no reflections.
add_test(NAME cli.xapi_export_is_valid
         COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/xapi_export.sh ${PRIMER} ${CMAKE_BINARY_DIR}/cli-xapi-export
         WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
# Statement ids name the data folder (installation-id), not the key: old ids kept, shared keys safe.
add_test(NAME cli.installation_id
         COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/installation_id.sh ${PRIMER} ${CMAKE_BINARY_DIR}/cli-installation-id
         WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})

# Certificates: PDF text, QR code read by zbarimg, verification by file, scan and code.
add_test(NAME cli.certificate_verifies
         COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/certificate.sh ${PRIMER} ${CMAKE_BINARY_DIR}/cli-certificate
         WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
# The same in the Northfield example brand: signatory, role, wording, issuer and logo.
add_test(NAME cli.certificate_brand
         COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/certificate_brand.sh ${PRIMER} ${CMAKE_BINARY_DIR}/cli-certificate-brand
         WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
# The whole built-in course for five learners (pass, fail, random, part-way, two sittings):
# every export validated, every CSV parsed strictly, every certificate verified, tampering caught.
add_test(NAME cli.records_whole_course
         COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/records_whole_course.sh ${PRIMER} ${CMAKE_BINARY_DIR}/cli-records-whole-course
         WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
set_tests_properties(cli.certificate_verifies cli.certificate_brand cli.records_whole_course PROPERTIES
                     ENVIRONMENT "LSAN_OPTIONS=suppressions=${CMAKE_CURRENT_LIST_DIR}/../lsan-fontconfig.supp")

# The conversation example in modules/README.md validates and all its endings are reachable.
add_test(NAME cli.readme_conversation_example_is_valid
         COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/readme_examples.sh ${PRIMER} ${CMAKE_BINARY_DIR}/cli-readme-examples
         WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})

# The Language examples in modules/README.md print what the README shows.
add_test(NAME cli.readme_language_example
         COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/readme_language_example.sh ${PRIMER} ${CMAKE_BINARY_DIR}/cli-readme-language
         WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})

# Autoplay with a learner records each conversation choice and ending.
add_test(NAME cli.autoplay_records_conversations
         COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/autoplay_conversation_records.sh ${PRIMER}
                 ${CMAKE_BINARY_DIR}/cli-conversation-records
         WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})

# The fixture course's assessment: passed with the right answers, failed with wrong ones,
# and completed either way (completion and success are separate).
cli_test(autoplay_assessment_passes
         COMMAND ${PRIMER} autoplay --course tests/fixtures/courses/assessment --strategy correct
         MATCH "assessment: +100% \\(pass mark 80%, 1 attempt\\)" "success: +passed" "course: +completed")
cli_test(autoplay_assessment_fails
         COMMAND ${PRIMER} autoplay --course tests/fixtures/courses/assessment --strategy wrong
         MATCH "assessment: +0% \\(pass mark 80%, 1 attempt\\)" "success: +failed" "course: +completed")
add_test(NAME cli.autoplay_assessment_records
         COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/autoplay_assessment.sh ${PRIMER} ${CMAKE_BINARY_DIR}/cli-autoplay-assessment
         WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})

# An installed player finds its built-in course without the source tree.
add_test(NAME cli.installed_player_finds_its_course
         COMMAND bash -c "rm -rf \"$1\" && cmake --install \"$2\" --prefix \"$1\" >/dev/null &&
                          test -f \"$1/share/applications/primer.desktop\" &&
                          test -f \"$1/share/icons/hicolor/scalable/apps/primer.svg\" &&
                          sed -i 's/^version = .*/version = \"installed-copy\"/' \"$1/share/primer/modules/course.toml\" &&
                          \"$1/bin/primer\" autoplay | grep -q 'family-environment installed-copy'"
                 _ ${CMAKE_BINARY_DIR}/install-test ${CMAKE_BINARY_DIR})

# LRS sync against a loopback fake LRS (tests/lrs/fake_lrs.js): delivery through outages,
# then refusals (invalid, conflicting, credentials, self-signed certificate, settings).
foreach(script lrs_sync lrs_sync_refused)
  add_test(NAME cli.${script}
           COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/${script}.sh ${PRIMER} ${CMAKE_BINARY_DIR}/cli-${script}
           WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
endforeach()
# The manager passphrase: an action must be named, and a passphrase given twice (the GUI
# test sets one from a pipe and checks the file).
cli_test(manager_needs_an_action EXIT 2 COMMAND ${PRIMER} manager MATCH "say what to do, e.g. 'primer manager --set-passphrase'")
add_test(NAME cli.manager_passphrase_needs_two_lines
         COMMAND bash -c "rm -rf \"$1\"; out=$(printf 'calm river morning\\n' | \"$0\" manager --set-passphrase --data-dir \"$1\" 2>&1);
                          test $? = 1 && grep -q 'given twice' <<<\"$out\" && test ! -e \"$1/manager.passphrase\""
                 ${PRIMER} ${CMAKE_BINARY_DIR}/cli-manager)
# `primer report` reads the same filters as `primer export`, with the same sentences.
cli_test(report_bad_date EXIT 2 COMMAND ${PRIMER} report --course x --from 2026-13-01 --data-dir ${CMAKE_BINARY_DIR}/cli-report
         MATCH "--from takes a date as YYYY-MM-DD")
cli_test(report_bad_status EXIT 2 COMMAND ${PRIMER} report --course x --status done --data-dir ${CMAKE_BINARY_DIR}/cli-report
         MATCH "--status takes completed, in-progress, passed or failed")
# Per-module CSV rows: strict parse, statuses, scores and times as autoplay played them.
add_test(NAME cli.export_per_module
         COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/export_per_module.sh ${PRIMER} ${CMAKE_BINARY_DIR}/cli-export-per-module
         WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
# Module packages: the hostile corpus is refused with exact messages and nothing written;
# a fixture module from another topic is packed, installed, trusted and played from a course.
foreach(script package_invalid package_install)
  add_test(NAME cli.${script}
           COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/${script}.sh ${PRIMER} ${CMAKE_BINARY_DIR}/cli-${script}
           WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
endforeach()
# Module translations: the fixture's Welsh translation, XLIFF 2.0 export (xmllint and a strict
# structure check), the export-fill-import-export round trip, stale units and refused imports.
add_test(NAME cli.translate
         COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/translate.sh ${PRIMER} ${CMAKE_BINARY_DIR}/cli-translate
         WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
