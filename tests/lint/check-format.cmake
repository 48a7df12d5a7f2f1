# Every C++ file under src/ and tests/ as .clang-format lays it out. Run by ctest (test
# clang_format): cmake -DCLANG_FORMAT=... -DSOURCE_DIR=... -P check-format.cmake
# To fix what it finds: clang-format -i on the files it names.
file(GLOB_RECURSE files LIST_DIRECTORIES false
    "${SOURCE_DIR}/src/*.cpp" "${SOURCE_DIR}/src/*.h"
    "${SOURCE_DIR}/tests/*.cpp" "${SOURCE_DIR}/tests/*.h")
list(LENGTH files count)
if(count EQUAL 0)
    message(FATAL_ERROR "check-format: no C++ files under ${SOURCE_DIR}")
endif()
execute_process(COMMAND "${CLANG_FORMAT}" --dry-run -Werror --style=file ${files}
    RESULT_VARIABLE status ERROR_VARIABLE out)
if(NOT status EQUAL 0)
    string(REGEX MATCHALL "[^\n]*: error: code should be clang-formatted[^\n]*" lines "${out}")
    set(names "")
    foreach(line IN LISTS lines)
        string(REGEX REPLACE ":[0-9]+:[0-9]+: error:.*" "" name "${line}")
        list(APPEND names "${name}")
    endforeach()
    list(REMOVE_DUPLICATES names)
    list(LENGTH names bad)
    string(REPLACE ";" "\n  " shown "${names}")
    message(FATAL_ERROR "check-format: ${bad} of ${count} files are not as .clang-format lays them out "
        "(clang-format -i FILE fixes one):\n  ${shown}")
endif()
message(STATUS "check-format: ${count} files formatted")
