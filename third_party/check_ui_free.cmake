# cmake -DDIR=<folder> -P check_ui_free.cmake
# Fails when any C++ file under DIR includes a UI, windowing, graphics, audio or image
# library: the engine must stay usable headless (CLI, tests, servers).
file(GLOB_RECURSE files ${DIR}/*.hpp ${DIR}/*.cpp ${DIR}/*.h)
set(bad "")
foreach(f IN LISTS files)
  file(STRINGS ${f} lines REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"](imgui|GLFW/|SDL|stb|GL/|backends/)")
  foreach(l IN LISTS lines)
    list(APPEND bad "${f}: ${l}")
  endforeach()
endforeach()
if(bad)
  list(JOIN bad "\n  " shown)
  message(FATAL_ERROR "The engine must not include UI libraries; move this code to app/ui or app/platform:\n  ${shown}")
endif()
