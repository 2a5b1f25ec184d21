# SPDX-License-Identifier: GPL-3.0-or-later
# Compile settings shared by every LeastBad target (qBittorrent's qbt_common_cfg idea):
# link `leastbad_settings` and a target gets C++20, our warnings as errors and Qt's
# stricter string handling. Qt and QCustomPlot headers come in through imported
# targets, which CMake treats as system headers, so their warnings stay out.
add_library(leastbad_settings INTERFACE)
target_compile_features(leastbad_settings INTERFACE cxx_std_20)
target_compile_options(leastbad_settings INTERFACE
  -Wall -Wextra -Wpedantic -Werror)
target_compile_definitions(leastbad_settings INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CONTEXTLESS_CONNECT
  QT_USE_QSTRINGBUILDER
  QT_NO_URL_CAST_FROM_STRING)

set(CMAKE_AUTOMOC ON)
set(CMAKE_AUTORCC ON)
# AUTOUIC is switched on for the GUI library alone (src/app): the forms in ui/ belong to it.

# leastbad_add_test(NAME <name> SOURCES <files> LIBRARIES <libs> LABELS <labels> [GUI])
# One Qt Test executable, registered with CTest under its labels. GUI tests run on
# the offscreen platform so they need no display.
function(leastbad_add_test)
  cmake_parse_arguments(T "GUI" "NAME" "SOURCES;LIBRARIES;LABELS" ${ARGN})
  add_executable(${T_NAME} ${T_SOURCES})
  target_link_libraries(${T_NAME} PRIVATE leastbad_settings Qt6::Test ${T_LIBRARIES})
  add_test(NAME ${T_NAME} COMMAND ${T_NAME})
  set(env "LEASTBAD_SOURCE_DIR=${PROJECT_SOURCE_DIR}")
  if(T_GUI)
    list(APPEND env "QT_QPA_PLATFORM=offscreen")
  endif()
  set_tests_properties(${T_NAME} PROPERTIES LABELS "${T_LABELS}" ENVIRONMENT "${env}" TIMEOUT 300)
endfunction()

# leastbad_add_benchmark(NAME <name> SOURCES <files> LIBRARIES <libs>)
# Benchmarks are built with everything else and registered under the `bench`
# label, which the default test presets exclude: timings print figures, they
# never pass or fail a build.
function(leastbad_add_benchmark)
  cmake_parse_arguments(B "" "NAME" "SOURCES;LIBRARIES" ${ARGN})
  add_executable(${B_NAME} ${B_SOURCES})
  target_link_libraries(${B_NAME} PRIVATE leastbad_settings ${B_LIBRARIES})
  add_test(NAME ${B_NAME} COMMAND ${B_NAME})
  set_tests_properties(${B_NAME} PROPERTIES LABELS "bench" TIMEOUT 600)
endfunction()
