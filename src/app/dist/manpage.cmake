# Writes a manual page from a program's --help: cmake -DPROGRAM=... -DNAME=... -DSUMMARY=...
# -DOUT=... -P manpage.cmake. The help text is the reference; the page carries it as it is.
execute_process(COMMAND "${PROGRAM}" --help OUTPUT_VARIABLE help RESULT_VARIABLE status
    ERROR_QUIET)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "manpage: ${PROGRAM} --help failed (${status})")
endif()
string(REPLACE "\\" "\\e" help "${help}")
string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" help "${help}")
string(REPLACE "-" "\\-" help "${help}")
string(TOUPPER "${NAME}" upper)
file(WRITE "${OUT}" ".TH ${upper} 1 \"\" \"${NAME} ${VERSION}\" \"User Commands\"\n"
    ".SH NAME\n${NAME} \\- ${SUMMARY}\n.SH DESCRIPTION\n.nf\n${help}.fi\n")
