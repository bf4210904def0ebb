# Every dependency is a Debian 12 package (see README "Dependencies"); nothing is downloaded.
find_package(PkgConfig REQUIRED)
find_package(ICU REQUIRED COMPONENTS uc i18n)
find_package(yaml-cpp REQUIRED)
find_package(nlohmann_json REQUIRED)
find_package(CLI11 REQUIRED)
find_package(GTest REQUIRED)
find_package(Boost 1.74 REQUIRED)
pkg_check_modules(RE2 REQUIRED IMPORTED_TARGET re2)
pkg_check_modules(HUNSPELL REQUIRED IMPORTED_TARGET hunspell)
pkg_check_modules(CMARK REQUIRED IMPORTED_TARGET libcmark)
pkg_check_modules(LIBZIP REQUIRED IMPORTED_TARGET libzip)
pkg_check_modules(PUGIXML REQUIRED IMPORTED_TARGET pugixml)
pkg_check_modules(POPPLER_CPP REQUIRED IMPORTED_TARGET poppler-cpp)
pkg_check_modules(GUMBO REQUIRED IMPORTED_TARGET gumbo)

find_path(STEMMER_INCLUDE_DIR libstemmer.h REQUIRED)
find_library(STEMMER_LIBRARY stemmer REQUIRED)
add_library(snowball_stemmer INTERFACE)
target_include_directories(snowball_stemmer SYSTEM INTERFACE ${STEMMER_INCLUDE_DIR})
target_link_libraries(snowball_stemmer INTERFACE ${STEMMER_LIBRARY})

# Language identification: CLD2 (no pkg-config file in Debian) and libexttextcat's fingerprints.
find_path(CLD2_INCLUDE_DIR cld2/public/compact_lang_det.h REQUIRED)
find_library(CLD2_LIBRARY cld2 REQUIRED)
add_library(cld2 INTERFACE)
target_include_directories(cld2 SYSTEM INTERFACE ${CLD2_INCLUDE_DIR})
target_link_libraries(cld2 INTERFACE ${CLD2_LIBRARY})
pkg_check_modules(EXTTEXTCAT REQUIRED IMPORTED_TARGET libexttextcat)
pkg_get_variable(EXTTEXTCAT_DATA_DIR libexttextcat pkgdatadir)

# Debian's interpreter, where python3-jsonschema is installed (not a pyenv or venv one on PATH).
if(EXISTS /usr/bin/python3 AND NOT Python3_EXECUTABLE)
  set(Python3_EXECUTABLE /usr/bin/python3)
endif()
find_package(Python3 REQUIRED COMPONENTS Interpreter)

# rightslint_soname(VAR library_path): the SONAME recorded in a shared library (objdump -p), the
# name a library loaded at run time (base/shared_library.h) is opened by.
function(rightslint_soname out_var library)
  execute_process(COMMAND objdump -p "${library}" OUTPUT_VARIABLE dynamic_section
                  RESULT_VARIABLE failed)
  if(failed OR NOT dynamic_section MATCHES "SONAME +([^\n]+)")
    message(FATAL_ERROR "cannot read the SONAME of ${library} (objdump -p, from binutils)")
  endif()
  set(${out_var} "${CMAKE_MATCH_1}" PARENT_SCOPE)
endfunction()
