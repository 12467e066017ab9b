# End-to-end tests of the real player under Xvfb with Mesa's software OpenGL, driven
# by real X input events (xdotool) and checked by screenshot and by the records.
set(XVFB_RUN xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp")
set(GUI_FIXTURE ${CMAKE_CURRENT_LIST_DIR}/../fixtures/courses/valid)

add_test(NAME gui.sign_in_answer_resume
         COMMAND ${XVFB_RUN} bash ${CMAKE_CURRENT_LIST_DIR}/sign_in_answer_resume.sh $<TARGET_FILE:primer>
                 ${GUI_FIXTURE} ${CMAKE_BINARY_DIR}/gui/sign_in_answer_resume)
add_test(NAME gui.screenshot_option
         COMMAND ${XVFB_RUN} bash ${CMAKE_CURRENT_LIST_DIR}/screenshot_option.sh $<TARGET_FILE:primer>
                 ${GUI_FIXTURE} ${CMAKE_BINARY_DIR}/gui/screenshot_option)
add_test(NAME gui.brand
         COMMAND ${XVFB_RUN} bash ${CMAKE_CURRENT_LIST_DIR}/brand.sh $<TARGET_FILE:primer>
                 ${GUI_FIXTURE} ${CMAKE_BINARY_DIR}/gui/brand)
add_test(NAME gui.conversation
         COMMAND ${XVFB_RUN} bash ${CMAKE_CURRENT_LIST_DIR}/conversation.sh $<TARGET_FILE:primer>
                 ${CMAKE_CURRENT_LIST_DIR}/../fixtures/courses/conversation ${CMAKE_BINARY_DIR}/gui/conversation)
add_test(NAME gui.assessment
         COMMAND ${XVFB_RUN} bash ${CMAKE_CURRENT_LIST_DIR}/assessment.sh $<TARGET_FILE:primer>
                 ${CMAKE_CURRENT_LIST_DIR}/../fixtures/courses/assessment ${CMAKE_BINARY_DIR}/gui/assessment)
add_test(NAME gui.certificate
         COMMAND ${XVFB_RUN} bash ${CMAKE_CURRENT_LIST_DIR}/certificate.sh $<TARGET_FILE:primer>
                 ${CMAKE_CURRENT_LIST_DIR}/../fixtures/courses/assessment ${CMAKE_BINARY_DIR}/gui/certificate)
add_test(NAME gui.choice_kinds
         COMMAND ${XVFB_RUN} bash ${CMAKE_CURRENT_LIST_DIR}/choice_kinds.sh $<TARGET_FILE:primer>
                 ${CMAKE_CURRENT_LIST_DIR}/../fixtures/courses/choice-kinds ${CMAKE_BINARY_DIR}/gui/choice_kinds)
add_test(NAME gui.sort_kinds
         COMMAND ${XVFB_RUN} bash ${CMAKE_CURRENT_LIST_DIR}/sort_kinds.sh $<TARGET_FILE:primer>
                 ${CMAKE_CURRENT_LIST_DIR}/../fixtures/courses/sort-kinds ${CMAKE_BINARY_DIR}/gui/sort_kinds)
add_test(NAME gui.explainer
         COMMAND ${XVFB_RUN} bash ${CMAKE_CURRENT_LIST_DIR}/explainer.sh $<TARGET_FILE:primer>
                 ${CMAKE_CURRENT_LIST_DIR}/../fixtures/courses/explainer ${CMAKE_BINARY_DIR}/gui/explainer)
add_test(NAME gui.wellbeing
         COMMAND ${XVFB_RUN} bash ${CMAKE_CURRENT_LIST_DIR}/wellbeing.sh $<TARGET_FILE:primer>
                 ${PROJECT_SOURCE_DIR}/modules ${CMAKE_BINARY_DIR}/gui/wellbeing)
add_test(NAME gui.language
         COMMAND ${XVFB_RUN} bash ${CMAKE_CURRENT_LIST_DIR}/language.sh $<TARGET_FILE:primer>
                 ${PROJECT_SOURCE_DIR}/modules ${CMAKE_BINARY_DIR}/gui/language)
add_test(NAME gui.module_language
         COMMAND ${XVFB_RUN} bash ${CMAKE_CURRENT_LIST_DIR}/module_language.sh $<TARGET_FILE:primer>
                 ${PROJECT_SOURCE_DIR} ${CMAKE_BINARY_DIR}/gui/module_language)
add_test(NAME gui.preview
         COMMAND ${XVFB_RUN} bash ${CMAKE_CURRENT_LIST_DIR}/preview.sh $<TARGET_FILE:primer>
                 ${GUI_FIXTURE} ${CMAKE_BINARY_DIR}/gui/preview)
add_test(NAME gui.read_aloud
         COMMAND ${XVFB_RUN} bash ${CMAKE_CURRENT_LIST_DIR}/read_aloud.sh $<TARGET_FILE:primer>
                 ${PROJECT_SOURCE_DIR}/modules ${CMAKE_BINARY_DIR}/gui/read_aloud)
# Read aloud in the learner's language: Welsh asked of espeak-ng, and said when it is missing.
add_test(NAME gui.read_aloud_language
         COMMAND ${XVFB_RUN} bash ${CMAKE_CURRENT_LIST_DIR}/read_aloud_language.sh $<TARGET_FILE:primer>
                 ${GUI_FIXTURE} ${CMAKE_BINARY_DIR}/gui/read_aloud_language)
add_test(NAME gui.read_aloud_views
         COMMAND ${XVFB_RUN} bash ${CMAKE_CURRENT_LIST_DIR}/read_aloud_views.sh $<TARGET_FILE:primer>
                 ${PROJECT_SOURCE_DIR}/modules ${CMAKE_BINARY_DIR}/gui/read_aloud_views)
add_test(NAME gui.manager_view
         COMMAND ${XVFB_RUN} bash ${CMAKE_CURRENT_LIST_DIR}/manager_view.sh $<TARGET_FILE:primer>
                 ${PROJECT_SOURCE_DIR}/modules ${CMAKE_BINARY_DIR}/gui/manager_view)
# A completion edited in the database: a warning card and a marked row, read by OCR.
add_test(NAME gui.manager_trust
         COMMAND ${XVFB_RUN} bash ${CMAKE_CURRENT_LIST_DIR}/manager_trust.sh $<TARGET_FILE:primer>
                 ${GUI_FIXTURE} ${CMAKE_BINARY_DIR}/gui/manager_trust)
add_test(NAME gui.comfort_settings
         COMMAND ${XVFB_RUN} bash ${CMAKE_CURRENT_LIST_DIR}/comfort_settings.sh $<TARGET_FILE:primer>
                 ${PROJECT_SOURCE_DIR}/modules ${CMAKE_BINARY_DIR}/gui/comfort_settings)
# Every kind of screen in every module of the built-in course, drawn and checked not blank.
# The same script, as a target, regenerates the pictures for people to look at.
set(COURSE_SCREENS bash ${CMAKE_CURRENT_LIST_DIR}/../screenshots/course_screens.sh $<TARGET_FILE:primer>
    ${PROJECT_SOURCE_DIR}/modules ${CMAKE_BINARY_DIR}/screenshots)
add_test(NAME gui.course_screenshots COMMAND ${XVFB_RUN} ${COURSE_SCREENS})
add_custom_target(screenshots COMMAND ${XVFB_RUN} ${COURSE_SCREENS} DEPENDS primer USES_TERMINAL
                  COMMENT "Drawing every kind of screen in each module into ${CMAKE_BINARY_DIR}/screenshots")
# Narration speed: > and < on the explainer, the clock at 150% with and without a device.
add_test(NAME gui.narration_speed
         COMMAND ${XVFB_RUN} bash ${CMAKE_CURRENT_LIST_DIR}/narration_speed.sh $<TARGET_FILE:primer>
                 ${CMAKE_CURRENT_LIST_DIR}/../fixtures/courses/explainer ${CMAKE_BINARY_DIR}/gui/narration_speed)
# Leak checking is off for the window process only: Mesa's driver keeps allocations that
# it reports after glfwTerminate has unloaded it, where no suppression can name it.
# AddressSanitizer's checks for bad reads and writes stay on; unit and CLI tests keep
# leak checking.
set_tests_properties(gui.sign_in_answer_resume gui.screenshot_option gui.brand gui.conversation gui.assessment gui.choice_kinds
                     gui.sort_kinds gui.explainer gui.wellbeing gui.course_screenshots gui.manager_view gui.read_aloud
                     gui.comfort_settings gui.preview gui.narration_speed gui.language
                     gui.module_language gui.read_aloud_language gui.read_aloud_views gui.certificate gui.manager_trust PROPERTIES
                     TIMEOUT 120 RESOURCE_LOCK display ENVIRONMENT "ASAN_OPTIONS=detect_leaks=0")
# The assessment test waits out a one-minute time limit with no input; the choice kinds
# test types Unicode slowly, as xdotool needs.
set_tests_properties(gui.assessment gui.choice_kinds PROPERTIES TIMEOUT 300)
# The manager view test reads nine screenshots with Tesseract, several seconds each.
set_tests_properties(gui.manager_view PROPERTIES TIMEOUT 300)
set_tests_properties(gui.read_aloud gui.read_aloud_views PROPERTIES TIMEOUT 240)  # screenshots a whole results screen as it is read
# 33 screens, each reached by autoplay and drawn by a new player process: about 20 s in a
# Release build and several times that under the sanitizers.
set_tests_properties(gui.course_screenshots PROPERTIES TIMEOUT 480)
# Background LRS sync in the player, against the loopback fake LRS (tests/lrs/fake_lrs.js).
add_test(NAME gui.lrs_background_sync
         COMMAND ${XVFB_RUN} bash ${CMAKE_CURRENT_LIST_DIR}/lrs_background_sync.sh $<TARGET_FILE:primer>
                 ${GUI_FIXTURE} ${CMAKE_BINARY_DIR}/gui/lrs_background_sync)
set_tests_properties(gui.lrs_background_sync PROPERTIES
                     TIMEOUT 120 RESOURCE_LOCK display ENVIRONMENT "ASAN_OPTIONS=detect_leaks=0")
# "Sync now" in the manager view against a loopback fake LRS.
add_test(NAME gui.manager_sync
         COMMAND ${XVFB_RUN} bash ${CMAKE_CURRENT_LIST_DIR}/manager_sync.sh $<TARGET_FILE:primer>
                 ${GUI_FIXTURE} ${CMAKE_BINARY_DIR}/gui/manager_sync)
set_tests_properties(gui.manager_sync PROPERTIES TIMEOUT 120 RESOURCE_LOCK display ENVIRONMENT "ASAN_OPTIONS=detect_leaks=0")
# The manager view in Welsh, kept up to date by the background sync's runs.
add_test(NAME gui.manager_live
         COMMAND ${XVFB_RUN} bash ${CMAKE_CURRENT_LIST_DIR}/manager_live.sh $<TARGET_FILE:primer>
                 ${GUI_FIXTURE} ${CMAKE_BINARY_DIR}/gui/manager_live)
set_tests_properties(gui.manager_live PROPERTIES TIMEOUT 120 RESOURCE_LOCK display ENVIRONMENT "ASAN_OPTIONS=detect_leaks=0")
# The whole built-in course by keyboard alone, with a fixed seed. The helper prints the keys
# that answer the screen on view right, from the learner's saved progress and the engine's
# seeded shuffles; the player itself is unchanged for the test.
add_executable(primer_keyboard_answer ${CMAKE_CURRENT_LIST_DIR}/keyboard_answer.cpp)
target_link_libraries(primer_keyboard_answer PRIVATE primer_engine primer_warnings)
# Its screen is larger than the window, so that the pointer can wait off the window.
add_test(NAME gui.keyboard_only_course
         COMMAND xvfb-run -a -s "-screen 0 1400x900x24 -nolisten tcp" bash ${CMAKE_CURRENT_LIST_DIR}/keyboard_only_course.sh $<TARGET_FILE:primer>
                 $<TARGET_FILE:primer_keyboard_answer> ${PROJECT_SOURCE_DIR}/modules
                 ${CMAKE_BINARY_DIR}/gui/keyboard_only_course)
set_tests_properties(gui.keyboard_only_course PROPERTIES
                     TIMEOUT 600 RESOURCE_LOCK display ENVIRONMENT "ASAN_OPTIONS=detect_leaks=0")
# Every shortcut a view reads is listed in the keyboard help (a source check; no display).
add_test(NAME gui.help_lists_every_key
         COMMAND python3 ${CMAKE_CURRENT_LIST_DIR}/help_lists_every_key.py ${PROJECT_SOURCE_DIR}/app/ui)
# Every kind of view at 200% text in high contrast: mostly black, nothing cut off at the right.
add_test(NAME gui.large_high_contrast
         COMMAND ${XVFB_RUN} bash ${CMAKE_CURRENT_LIST_DIR}/large_high_contrast.sh $<TARGET_FILE:primer>
                 ${PROJECT_SOURCE_DIR}/modules ${CMAKE_BINARY_DIR}/gui/large_high_contrast)
set_tests_properties(gui.large_high_contrast PROPERTIES
                     TIMEOUT 300 RESOURCE_LOCK display ENVIRONMENT "ASAN_OPTIONS=detect_leaks=0")
# Links in course text: Tab to the link, Enter asks for it (written down, never a browser);
# on rating, picture and reflection screens the links come before the answer in Tab order.
add_test(NAME gui.links_by_keyboard
         COMMAND ${XVFB_RUN} bash ${CMAKE_CURRENT_LIST_DIR}/links_by_keyboard.sh $<TARGET_FILE:primer>
                 ${GUI_FIXTURE} ${CMAKE_CURRENT_LIST_DIR}/../fixtures/courses/links-in-tasks
                 ${CMAKE_BINARY_DIR}/gui/links_by_keyboard)
set_tests_properties(gui.links_by_keyboard PROPERTIES
                     TIMEOUT 120 RESOURCE_LOCK display ENVIRONMENT "ASAN_OPTIONS=detect_leaks=0")
