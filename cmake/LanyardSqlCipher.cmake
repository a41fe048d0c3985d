# SQLCipher is linked statically: a shared libsqlcipher exports the same sqlite3_* symbols as the
# libsqlite3 that Qt's own SQLite plugin loads, and which one wins depends on link order.
find_path(SQLCIPHER_INCLUDE_DIR sqlite3.h PATH_SUFFIXES sqlcipher REQUIRED NO_CACHE
          PATHS /usr/include/sqlcipher NO_DEFAULT_PATH)
find_library(SQLCIPHER_STATIC_LIBRARY NAMES libsqlcipher.a REQUIRED)
find_package(OpenSSL REQUIRED COMPONENTS Crypto)
find_package(Threads REQUIRED)

add_library(SqlCipher::Static STATIC IMPORTED)
set_target_properties(SqlCipher::Static PROPERTIES
    IMPORTED_LOCATION ${SQLCIPHER_STATIC_LIBRARY}
    INTERFACE_INCLUDE_DIRECTORIES ${SQLCIPHER_INCLUDE_DIR}
    INTERFACE_COMPILE_DEFINITIONS SQLITE_HAS_CODEC
    INTERFACE_LINK_LIBRARIES "OpenSSL::Crypto;Threads::Threads;${CMAKE_DL_LIBS}")
