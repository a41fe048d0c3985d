# One INTERFACE target carries every compile setting the project's own code shares.
add_library(lanyard_warnings INTERFACE)
target_compile_options(lanyard_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual
    -fstack-protector-strong
    $<$<BOOL:${LANYARD_WERROR}>:-Werror>)
target_compile_definitions(lanyard_warnings INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_USE_QSTRINGBUILDER QT_NO_KEYWORDS
    $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
target_link_options(lanyard_warnings INTERFACE -Wl,-z,relro,-z,now)
