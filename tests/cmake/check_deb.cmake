# Builds the .deb with CPack, installs it with apt-get and runs the installed
# binary. Installing needs root (or password-less sudo); otherwise the test is
# skipped with a message.
execute_process(COMMAND id -u OUTPUT_VARIABLE uid OUTPUT_STRIP_TRAILING_WHITESPACE)
set(SUDO "")
if(NOT uid STREQUAL "0")
  execute_process(COMMAND sudo -n true RESULT_VARIABLE sudo_rc OUTPUT_QUIET ERROR_QUIET)
  if(NOT sudo_rc EQUAL 0)
    message("SKIPPED: installing a .deb needs root or password-less sudo")
    return()
  endif()
  set(SUDO sudo -n)
endif()

file(REMOVE_RECURSE ${BUILD_DIR}/package)
execute_process(COMMAND cpack -G DEB --config ${BUILD_DIR}/CPackConfig.cmake
                WORKING_DIRECTORY ${BUILD_DIR} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cpack failed: ${out}${err}")
endif()
file(GLOB debs ${BUILD_DIR}/package/eventscope_*.deb)
list(LENGTH debs n)
if(NOT n EQUAL 1)
  message(FATAL_ERROR "expected one .deb in ${BUILD_DIR}/package, found: ${debs}")
endif()
execute_process(COMMAND dpkg-deb --field ${debs} Depends OUTPUT_VARIABLE depends)
message(STATUS "Depends: ${depends}")
if(NOT depends MATCHES "libqt6core6")
  message(FATAL_ERROR "shlibdeps did not add the Qt runtime to Depends: ${depends}")
endif()

set(ENV{DEBIAN_FRONTEND} noninteractive)
execute_process(COMMAND ${SUDO} apt-get install -y -q --reinstall ${debs}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "apt-get install failed: ${out}${err}")
endif()
execute_process(COMMAND /usr/bin/eventscope --version RESULT_VARIABLE rc OUTPUT_VARIABLE version)
execute_process(COMMAND ${SUDO} apt-get remove -y -q eventscope OUTPUT_QUIET ERROR_QUIET)
if(NOT rc EQUAL 0 OR NOT version STREQUAL "eventscope ${VERSION}\n")
  message(FATAL_ERROR "installed eventscope --version printed '${version}' (exit ${rc}), expected 'eventscope ${VERSION}'")
endif()
foreach(f /usr/share/applications/org.eventscope.Eventscope.desktop
          /usr/share/metainfo/org.eventscope.Eventscope.metainfo.xml
          /usr/share/icons/hicolor/scalable/apps/org.eventscope.Eventscope.svg)
  # Checked from the package contents, since the package was removed again.
  execute_process(COMMAND dpkg-deb --contents ${debs} OUTPUT_VARIABLE contents)
  string(REPLACE "/usr/" "./usr/" rel ${f})
  string(FIND "${contents}" "${rel}" pos)
  if(pos EQUAL -1)
    message(FATAL_ERROR "the package does not contain ${f}")
  endif()
endforeach()
message(STATUS "installed and ran: ${version}")
