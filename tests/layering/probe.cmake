# Run by CTest (tests/layering): builds one probe target and checks the compiler's verdict.
#   -DBUILD_DIR=<build tree> -DTARGET=<probe> -DHEADER=<as included> -DVERDICT=SEES|CANNOT_SEE
execute_process(
    COMMAND "${CMAKE_COMMAND}" --build "${BUILD_DIR}" --target "${TARGET}"
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output)

# GCC: "core/x/y.h: No such file or directory"; Clang: "'core/x/y.h' file not found".
string(FIND "${output}" "${HEADER}: No such file or directory" gcc_not_found)
string(FIND "${output}" "'${HEADER}' file not found" clang_not_found)
if(gcc_not_found GREATER_EQUAL 0 OR clang_not_found GREATER_EQUAL 0)
    set(not_found TRUE)
else()
    set(not_found FALSE)
endif()

if(VERDICT STREQUAL "SEES")
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "${TARGET}: ${HEADER} should compile here but does not:\n${output}")
    endif()
    message(STATUS "${HEADER} compiles, as it should")
elseif(VERDICT STREQUAL "CANNOT_SEE")
    if(result EQUAL 0)
        message(FATAL_ERROR "${TARGET}: ${HEADER} compiles, but this library must not see it")
    endif()
    if(NOT not_found)
        message(FATAL_ERROR
            "${TARGET}: failed for another reason than ${HEADER} not being found:\n${output}")
    endif()
    message(STATUS "${HEADER} is not found, as it should not be")
else()
    message(FATAL_ERROR "VERDICT must be SEES or CANNOT_SEE, not '${VERDICT}'")
endif()
