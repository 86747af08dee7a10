# The engine must stay free of QtGui and QtWidgets. Two guards enforce it:
#  1. eventscope_assert_core_only() fails the configure step when the engine's
#     link interface (direct or transitive through our own targets) names a
#     GUI module.
#  2. A build step scans the engine's sources for GUI includes and fails the
#     build (cmake/check_engine_includes.cmake), because Qt's include root is
#     on the path and a bare #include <QtGui/...> would otherwise compile.
set(EVENTSCOPE_FORBIDDEN_ENGINE_LIBS
  Qt6::Gui Qt6::Widgets Qt6::Charts Qt6::Svg Qt6::OpenGL Qt6::PrintSupport Qt6::Quick
  Qt::Gui Qt::Widgets Qt::Charts Qt::Svg)

function(_eventscope_collect_links target out_var visited_var)
  set(result)
  set(visited ${${visited_var}})
  if(target IN_LIST visited)
    set(${out_var} "" PARENT_SCOPE)
    return()
  endif()
  list(APPEND visited ${target})
  foreach(prop LINK_LIBRARIES INTERFACE_LINK_LIBRARIES)
    get_target_property(libs ${target} ${prop})
    if(libs)
      foreach(lib IN LISTS libs)
        string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" lib "${lib}")
        list(APPEND result "${lib}")
        if(TARGET ${lib})
          get_target_property(imported ${lib} IMPORTED)
          if(NOT imported)
            _eventscope_collect_links(${lib} sub visited)
            list(APPEND result ${sub})
          endif()
        endif()
      endforeach()
    endif()
  endforeach()
  set(${visited_var} ${visited} PARENT_SCOPE)
  set(${out_var} ${result} PARENT_SCOPE)
endfunction()

function(eventscope_assert_core_only target)
  set(visited)
  _eventscope_collect_links(${target} links visited)
  foreach(lib IN LISTS links)
    if(lib IN_LIST EVENTSCOPE_FORBIDDEN_ENGINE_LIBS)
      message(FATAL_ERROR "${target} must link Qt6::Core only, but its link interface contains ${lib}")
    endif()
  endforeach()
endfunction()

function(eventscope_add_include_guard target source_dir)
  add_custom_target(${target}_include_guard
    COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${source_dir}
            -P ${PROJECT_SOURCE_DIR}/cmake/check_engine_includes.cmake
    COMMENT "Checking that ${target} includes no QtGui/QtWidgets headers"
    VERBATIM)
  add_dependencies(${target} ${target}_include_guard)
endfunction()
