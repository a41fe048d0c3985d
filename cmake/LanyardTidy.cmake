# `cmake --build --preset dev --target tidy`: clang-tidy (the checks in .clang-tidy) over the
# sources of models/ and reports/ and their own headers, with this build's compile_commands.json.
# It prints warnings and fails only when a file cannot be parsed: advice, not yet a gate.
find_program(CLANG_TIDY_EXECUTABLE NAMES clang-tidy clang-tidy-14)
find_program(RUN_CLANG_TIDY_EXECUTABLE NAMES run-clang-tidy run-clang-tidy-14)
cmake_host_system_information(RESULT lanyard_cores QUERY NUMBER_OF_LOGICAL_CORES)
set(LANYARD_TIDY_JOBS ${lanyard_cores} CACHE STRING "clang-tidy processes the tidy target runs at once")

if(CLANG_TIDY_EXECUTABLE)
    file(GLOB_RECURSE LANYARD_TIDY_SOURCES CONFIGURE_DEPENDS
         ${CMAKE_SOURCE_DIR}/models/*.cpp ${CMAKE_SOURCE_DIR}/reports/*.cpp)
    # GCC's warning options in the compile commands mean nothing to clang.
    set(lanyard_tidy_extra -Wno-unknown-warning-option)
    if(RUN_CLANG_TIDY_EXECUTABLE)
        # Files are chosen by a pattern on their paths: the sources of models/ and reports/, not
        # the files AUTOMOC generates in the build tree.
        string(REGEX REPLACE "([][+.*()^$?|\\\\])" "\\\\\\1" lanyard_source_pattern "${CMAKE_SOURCE_DIR}")
        add_custom_target(tidy
            COMMAND ${RUN_CLANG_TIDY_EXECUTABLE} -quiet -clang-tidy-binary ${CLANG_TIDY_EXECUTABLE}
                    -p ${CMAKE_BINARY_DIR} -j ${LANYARD_TIDY_JOBS} -extra-arg=${lanyard_tidy_extra}
                    "^${lanyard_source_pattern}/(models|reports)/"
            WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}
            COMMENT "clang-tidy over models/ and reports/"
            VERBATIM USES_TERMINAL)
    else()
        add_custom_target(tidy
            COMMAND ${CLANG_TIDY_EXECUTABLE} --quiet -p ${CMAKE_BINARY_DIR} --extra-arg=${lanyard_tidy_extra}
                    ${LANYARD_TIDY_SOURCES}
            WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}
            COMMENT "clang-tidy over models/ and reports/"
            VERBATIM USES_TERMINAL)
    endif()
endif()
