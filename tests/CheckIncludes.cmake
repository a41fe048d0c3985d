# The include rules of DESIGN §1, checked over every #include in models/, reports/ and app/:
#
#   storage   models/storage includes only models/storage and models/domain: it knows no store,
#             no import or export, no demo school and no item model.
#   domain    models/domain includes nothing of ours outside models/domain.
#   figures   models/figures includes only models/figures, records, storage and domain; and neither
#             records nor io includes from it: the governors' figures sit on the stores, not under them.
#   core      nothing under models/ includes from app/ or reports/, or a Qt Widgets header.
#   reports   reports/ includes nothing from app/.
#   no SQL    reports/ and app/ include no Qt SQL header and use no QSqlQuery: they ask a store.
#
# cmake -DSOURCE_DIR=<the source tree> [-DWIDGETS_DIR=<Qt's QtWidgets include folder>] -P CheckIncludes.cmake
# A quoted include is resolved as the compiler would find it: beside the including file, then in
# models/, reports/, app/gui/ and app/; failing those, the one file of ours whose path ends with it.
# Includes that resolve to none of our files (ui_*.h, moc files) are not ours and are left alone.
cmake_minimum_required(VERSION 3.25)

if(NOT SOURCE_DIR OR NOT IS_DIRECTORY "${SOURCE_DIR}/models")
    message(FATAL_ERROR "CheckIncludes: give -DSOURCE_DIR=<the Lanyard source tree>")
endif()
get_filename_component(SOURCE_DIR "${SOURCE_DIR}" ABSOLUTE)

# Qt Widgets headers: every header in Qt's QtWidgets folder when we are told where it is, and
# always the module itself and the common classes, so the rule holds without it too.
set(widget_headers QtWidgets QWidget QDialog QApplication QMainWindow QMessageBox QFileDialog QLabel
    QPushButton QLineEdit QComboBox QTableView QTreeView QListView QAbstractItemView QWizard QStyle
    QLayout QBoxLayout QVBoxLayout QHBoxLayout QFormLayout QGridLayout QAction QMenu QToolBar)
if(WIDGETS_DIR AND IS_DIRECTORY "${WIDGETS_DIR}")
    file(GLOB qt_widget_headers RELATIVE "${WIDGETS_DIR}" "${WIDGETS_DIR}/Q*")
    list(APPEND widget_headers ${qt_widget_headers})
endif()
list(REMOVE_DUPLICATES widget_headers)

set(sql_headers QSqlQuery QSqlDatabase QtSql)

file(GLOB_RECURSE our_files RELATIVE "${SOURCE_DIR}"
     "${SOURCE_DIR}/models/*.h" "${SOURCE_DIR}/models/*.cpp"
     "${SOURCE_DIR}/reports/*.h" "${SOURCE_DIR}/reports/*.cpp"
     "${SOURCE_DIR}/app/*.h" "${SOURCE_DIR}/app/*.cpp")
list(SORT our_files)
set(search_roots models reports app/gui app)

# The file of ours an include names, relative to SOURCE_DIR, or "" when it is none of ours.
function(resolve_include including_dir name out)
    foreach(root "${including_dir}" ${search_roots})
        if(EXISTS "${SOURCE_DIR}/${root}/${name}" AND NOT IS_DIRECTORY "${SOURCE_DIR}/${root}/${name}")
            file(RELATIVE_PATH found "${SOURCE_DIR}" "${SOURCE_DIR}/${root}/${name}")
            set(${out} "${found}" PARENT_SCOPE)
            return()
        endif()
    endforeach()
    set(matches)
    foreach(candidate IN LISTS our_files)
        if(candidate STREQUAL name OR candidate MATCHES "/${name}$")
            list(APPEND matches "${candidate}")
        endif()
    endforeach()
    list(LENGTH matches count)
    if(count EQUAL 1)
        set(${out} "${matches}" PARENT_SCOPE)
    else()
        set(${out} "" PARENT_SCOPE)
    endif()
endfunction()

set(problems)
set(include_count 0)
foreach(file IN LISTS our_files)
    get_filename_component(dir "${file}" DIRECTORY)
    file(READ "${SOURCE_DIR}/${file}" content)
    # One list element per line: first hide what CMake would read as list syntax.
    string(REPLACE ";" "<semicolon>" content "${content}")
    string(REPLACE "[" "<open>" content "${content}")
    string(REPLACE "]" "<close>" content "${content}")
    string(REPLACE "\\" "<backslash>" content "${content}")
    string(REPLACE "\n" ";" lines "${content}")
    set(number 0)
    foreach(line IN LISTS lines)
        math(EXPR number "${number} + 1")
        set(where "${file}:${number}")
        if(line MATCHES "^[ \t]*#[ \t]*include[ \t]*([<\"])([^>\"]+)[>\"]")
            math(EXPR include_count "${include_count} + 1")
            set(quote "${CMAKE_MATCH_1}")
            set(name "${CMAKE_MATCH_2}")
            if(quote STREQUAL "<")
                get_filename_component(base "${name}" NAME)
                string(REGEX MATCH "^[^/]+" module "${name}")
                if(file MATCHES "^models/" AND (base IN_LIST widget_headers OR module STREQUAL "QtWidgets"))
                    list(APPEND problems "${where}: #include <${name}>: models/ includes no widget header (the core has no screens)")
                endif()
                if(file MATCHES "^(reports|app)/" AND (base IN_LIST sql_headers OR module STREQUAL "QtSql"))
                    list(APPEND problems "${where}: #include <${name}>: reports/ and app/ run no SQL (they ask a store)")
                endif()
            else()
                resolve_include("${dir}" "${name}" target)
                if(target STREQUAL "")
                    continue()
                endif()
                set(shown "#include \"${name}\" (${target})")
                if(file MATCHES "^models/" AND target MATCHES "^(app|reports)/")
                    list(APPEND problems "${where}: ${shown}: models/ includes nothing from app/ or reports/")
                elseif(file MATCHES "^models/domain/" AND NOT target MATCHES "^models/domain/")
                    list(APPEND problems "${where}: ${shown}: models/domain includes nothing of ours outside domain/")
                elseif(file MATCHES "^models/storage/" AND NOT target MATCHES "^models/(storage|domain)/")
                    list(APPEND problems "${where}: ${shown}: models/storage includes only storage/ and domain/ (not records/, io/, demo/ or the item models)")
                elseif(file MATCHES "^models/figures/" AND NOT target MATCHES "^models/(figures|records|storage|domain)/")
                    list(APPEND problems "${where}: ${shown}: models/figures includes only figures/, records/, storage/ and domain/ (not io/, demo/ or the item models)")
                elseif(file MATCHES "^models/(records|io)/" AND target MATCHES "^models/figures/")
                    list(APPEND problems "${where}: ${shown}: records/ and io/ include nothing from figures/ (the figures are built on the stores)")
                elseif(file MATCHES "^reports/" AND target MATCHES "^app/")
                    list(APPEND problems "${where}: ${shown}: reports/ includes nothing from app/")
                endif()
            endif()
        elseif(file MATCHES "^(reports|app)/")
            string(REGEX REPLACE "//.*$" "" code "${line}")
            if(code MATCHES "QSqlQuery")
                string(STRIP "${code}" code)
                list(APPEND problems "${where}: ${code}: reports/ and app/ run no SQL (they ask a store)")
            endif()
        endif()
    endforeach()
endforeach()

list(LENGTH our_files file_count)
list(LENGTH problems problem_count)
if(problem_count GREATER 0)
    foreach(problem IN LISTS problems)
        string(REPLACE "<semicolon>" ";" problem "${problem}")
        string(REPLACE "<open>" "[" problem "${problem}")
        string(REPLACE "<close>" "]" problem "${problem}")
        string(REPLACE "<backslash>" "\\" problem "${problem}")
        message("${problem}")
    endforeach()
    message(FATAL_ERROR "${problem_count} include rule(s) broken in ${file_count} files (DESIGN §1)")
endif()
message(STATUS "Include rules hold: ${include_count} includes in ${file_count} files")
