# digest_add_library: one folder of the application as a library whose layering the compiler
# enforces, not just the linker.
#
#   digest_add_library(<name>
#       FOLDER <folder>            the sources' folder, relative to the calling CMakeLists.txt;
#                                  includes spell a header "<folder>/<header>"
#       PUBLIC_HEADERS <h>...      what the library's users may include
#       PRIVATE_HEADERS <h>...     what only the library's own sources may include
#       SOURCES <cpp>...           none makes a header-only (INTERFACE) library
#       PUBLIC_DEPENDS <target>... what the public headers include (users get it too)
#       PRIVATE_DEPENDS <target>...what only the sources include
#   )
#
# The include spelling stays "core/post/postfile.h", but no include directory holds the source
# tree: each library's public headers are staged (symlinked) into a directory of its own in
# the build tree, its private headers into another. A target therefore finds
# "core/settings/settings.h" only when it links digest_settings, and nobody outside a library
# finds its private headers. An include in the wrong direction fails to compile.
#
# Every library made here is listed in the global property DIGEST_LIBRARIES, its public headers
# (as included) in the target property DIGEST_PUBLIC_HEADERS: tests/layering checks them.
function(digest_add_library name)
    cmake_parse_arguments(PARSE_ARGV 1 arg ""
        "FOLDER" "PUBLIC_HEADERS;PRIVATE_HEADERS;SOURCES;PUBLIC_DEPENDS;PRIVATE_DEPENDS")
    if(arg_UNPARSED_ARGUMENTS OR NOT arg_FOLDER OR NOT arg_PUBLIC_HEADERS)
        message(FATAL_ERROR "digest_add_library(${name}): needs FOLDER and PUBLIC_HEADERS; "
            "unexpected: ${arg_UNPARSED_ARGUMENTS}")
    endif()

    set(source_folder "${CMAKE_CURRENT_SOURCE_DIR}/${arg_FOLDER}")
    set(stage "${PROJECT_BINARY_DIR}/include/${name}")
    # Staged afresh at every configure, so that a header made private or removed disappears.
    file(REMOVE_RECURSE "${stage}")
    set(listed_files)
    set(included_public)
    foreach(visibility public private)
        string(TOUPPER "${visibility}" upper)
        foreach(header IN LISTS arg_${upper}_HEADERS)
            set(source "${source_folder}/${header}")
            if(NOT EXISTS "${source}")
                message(FATAL_ERROR "digest_add_library(${name}): no ${source}")
            endif()
            set(link "${stage}/${visibility}/${arg_FOLDER}/${header}")
            get_filename_component(link_folder "${link}" DIRECTORY)
            file(MAKE_DIRECTORY "${link_folder}")
            file(CREATE_LINK "${source}" "${link}" SYMBOLIC)
            list(APPEND listed_files "${source}")
            if(visibility STREQUAL "public")
                list(APPEND included_public "${arg_FOLDER}/${header}")
            endif()
        endforeach()
    endforeach()
    foreach(source IN LISTS arg_SOURCES)
        list(APPEND listed_files "${source_folder}/${source}")
    endforeach()

    if(arg_SOURCES)
        add_library(${name} STATIC ${listed_files})
        target_include_directories(${name}
            PUBLIC "${stage}/public"
            PRIVATE "${stage}/private")
        target_link_libraries(${name}
            PUBLIC ${arg_PUBLIC_DEPENDS}
            PRIVATE ${arg_PRIVATE_DEPENDS} digest_warnings)
    else()
        if(arg_PRIVATE_HEADERS OR arg_PRIVATE_DEPENDS)
            message(FATAL_ERROR "digest_add_library(${name}): a header-only library has "
                "nothing private")
        endif()
        add_library(${name} INTERFACE ${listed_files})
        target_include_directories(${name} INTERFACE "${stage}/public")
        target_link_libraries(${name} INTERFACE ${arg_PUBLIC_DEPENDS})
    endif()

    set_property(TARGET ${name} PROPERTY DIGEST_PUBLIC_HEADERS "${included_public}")
    set_property(GLOBAL APPEND PROPERTY DIGEST_LIBRARIES ${name})
endfunction()
