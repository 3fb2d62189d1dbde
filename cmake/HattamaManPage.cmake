# Writes the man page hattama(1) in one language by running the built program
# (`hattama --lang LANG --help-man`, app/ManPage.cpp), then compresses it for installing.
# Run as a script at build time: cmake -DHATTAMA=<program> -DLANG=en|ru|kk -DOUTPUT_DIR=<dir> -P
# The program runs with its own empty home, so the builder's settings, system
# configuration and log stay out of it.
set(home "${OUTPUT_DIR}/home")
file(MAKE_DIRECTORY "${home}")
execute_process(
  COMMAND "${CMAKE_COMMAND}" -E env --unset=HATTAMA_ARCHIVE --unset=HATTAMA_SYSTEM_CONFIG
          "HOME=${home}" "XDG_CONFIG_HOME=${home}/config" "XDG_DATA_HOME=${home}/data"
          "XDG_RUNTIME_DIR=${home}" QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
          "${HATTAMA}" --lang "${LANG}" --help-man
  OUTPUT_FILE "${OUTPUT_DIR}/hattama.1"
  ERROR_VARIABLE errors
  RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "hattama --help-man (${LANG}) failed (${result}): ${errors}")
endif()
# -n: no name or time stamp inside, so the same page gives the same file.
execute_process(COMMAND gzip -9 -n -c "${OUTPUT_DIR}/hattama.1"
  OUTPUT_FILE "${OUTPUT_DIR}/hattama.1.gz" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "gzip of the ${LANG} man page failed")
endif()
