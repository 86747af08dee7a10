# Runs lupdate over the sources into a copy of the catalogue and fails when
# any message is unfinished (new, changed or untranslated).
file(MAKE_DIRECTORY ${WORK_DIR})
set(copy ${WORK_DIR}/eventscope_de.ts)
configure_file(${TS_FILE} ${copy} COPYONLY)
execute_process(
  COMMAND ${LUPDATE} -silent -no-obsolete -locations none -extensions cpp,h
          ${SOURCE_DIR}/app ${SOURCE_DIR}/ui ${SOURCE_DIR}/engine -ts ${copy}
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lupdate failed (${rc}): ${out}${err}")
endif()
file(READ ${copy} content)
string(REGEX MATCHALL "<message>[^<]*<source>[^<]*</source>[^<]*<translation type=\"unfinished\"" unfinished "${content}")
string(REGEX MATCHALL "<source>([^<]*)</source>[ \n\t]*<translation type=\"unfinished\"" missing "${content}")
list(LENGTH missing n)
string(REGEX MATCHALL "<message" all "${content}")
list(LENGTH all total)
if(total EQUAL 0)
  message(FATAL_ERROR "lupdate found no translatable strings; the source scan is broken")
endif()
if(n GREATER 0)
  list(JOIN missing "\n  " list)
  message(FATAL_ERROR "${n} of ${total} strings lack a German translation. Run the update_translations target, "
                      "then translate them in translations/eventscope_de.ts:\n  ${list}")
endif()
message(STATUS "German catalogue complete: ${total} messages")
