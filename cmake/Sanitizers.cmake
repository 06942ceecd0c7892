# The sanitizer and fuzzing build (issue 11): one build directory, build-sanitize, with both
# options on (./dev.sh sanitize and ./dev.sh fuzz). With both off, nothing here changes the
# main build.
#
#   DIGEST_SANITIZE  AddressSanitizer and UndefinedBehaviorSanitizer for every target of ours
#                    (libraries, programs, tests); undefined behaviour aborts instead of being
#                    reported and skipped, so a test that hits it fails.
#   DIGEST_FUZZ      (clang only) coverage instrumentation for libFuzzer on every target, and
#                    the fuzz targets in fuzz/, each linked with libFuzzer's main.
#
# The flags go on every target made after this file is included (add_compile_options), not
# only on digest_warnings' users: the layering probes and generated code are ours too.
option(DIGEST_SANITIZE "Build everything with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(DIGEST_FUZZ "Build the libFuzzer targets in fuzz/ (clang; implies coverage instrumentation)"
    OFF)

if(DIGEST_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer
        -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()

if(DIGEST_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "DIGEST_FUZZ needs clang (libFuzzer): configure with "
            "-DCMAKE_CXX_COMPILER=clang++")
    endif()
    if(NOT DIGEST_SANITIZE)
        message(WARNING "DIGEST_FUZZ without DIGEST_SANITIZE finds crashes only, not memory "
            "errors or undefined behaviour")
    endif()
    # Coverage feedback from all of our code; libFuzzer's main only in the fuzz targets.
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()
