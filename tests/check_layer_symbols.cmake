# What each layer's built library *uses*, not only what its files include (design.md section 1):
# the symbols stridewell_core leaves undefined (nm -u) may not be defined by a GUI module
# (QtGui, QtWidgets, QtCharts, QtSvg), and those of stridewell_ui and the app's libraries may not
# be defined by QtSql. A symbol belongs to a module when that module's shared library exports it
# (nm -D --defined-only) and QtCore does not (a template instantiated in both is QtCore's).
# Matching is on mangled names, so it is exact; the report demangles them.
#
#   cmake -DNM=nm -DCXXFILT=c++filt -DQT_CORE=libQt6Core.so -DCORE=libstridewell_core.a
#         -DCORE_FORBIDDEN=libQt6Gui.so,libQt6Widgets.so,... -DUI=libstridewell_ui.a,...
#         -DUI_FORBIDDEN=libQt6Sql.so -P check_layer_symbols.cmake
# (lists separated by commas: a ';' would not survive add_test).
foreach(var NM QT_CORE CORE CORE_FORBIDDEN UI UI_FORBIDDEN)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "check_layer_symbols.cmake: -D${var}=... is missing")
  endif()
  string(REPLACE "," ";" ${var} "${${var}}")
endforeach()

# Sets <out> to the symbols <library> exports, one mangled name per element (version suffix
# such as @@Qt_6 dropped).
function(exported_symbols library out)
  execute_process(COMMAND ${NM} -D --defined-only ${library} OUTPUT_VARIABLE text
                  RESULT_VARIABLE rc ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${NM} -D ${library} failed: ${err}")
  endif()
  string(REGEX REPLACE "[^\n]* ([^ \n@]+)(@[^\n]*)?\n" "\\1;" names "${text}")
  set(${out} ${names} PARENT_SCOPE)
endfunction()

# Appends to the variable named <out> one line per symbol that an object of <archive> leaves
# undefined and one of the <forbidden> libraries defines.
function(check_archive archive forbidden what out)
  execute_process(COMMAND ${NM} -u ${archive} OUTPUT_VARIABLE text RESULT_VARIABLE rc
                  ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${NM} -u ${archive} failed: ${err}")
  endif()
  # Which object file needs each symbol (u_<symbol> = the objects), by hash lookup below.
  string(REPLACE "\n" ";" lines "${text}")
  set(member "")
  set(undefined "")
  foreach(line IN LISTS lines)
    if(line MATCHES "^(.+\\.o):$")
      set(member "${CMAKE_MATCH_1}")
    elseif(line MATCHES "^ +[UwvV] +([^ ]+)$")
      set(symbol "${CMAKE_MATCH_1}")
      if(NOT DEFINED "u_${symbol}")
        list(APPEND undefined "${symbol}")
      endif()
      list(APPEND "u_${symbol}" "${member}")
    endif()
  endforeach()
  foreach(symbol IN LISTS core_symbols)
    unset("u_${symbol}")
  endforeach()
  set(found "")
  foreach(library IN LISTS forbidden)
    exported_symbols(${library} names)
    get_filename_component(module ${library} NAME)
    string(REGEX REPLACE "^lib([^.]+).*" "\\1" module "${module}")
    foreach(symbol IN LISTS names)
      if(DEFINED "u_${symbol}")
        list(JOIN "u_${symbol}" ", " objects)
        list(APPEND found "${symbol}")
        set("where_${symbol}" "${module}, used by ${objects}")
        unset("u_${symbol}")
      endif()
    endforeach()
  endforeach()
  set(report "${${out}}")
  foreach(symbol IN LISTS found)
    set(readable "${symbol}")
    if(CXXFILT)
      execute_process(COMMAND ${CXXFILT} "${symbol}" OUTPUT_VARIABLE readable
                      OUTPUT_STRIP_TRAILING_WHITESPACE)
    endif()
    get_filename_component(name ${archive} NAME)
    string(APPEND report "${name} (${what}) uses ${readable} (${where_${symbol}})\n")
  endforeach()
  list(LENGTH undefined count)
  message(STATUS "${archive}: ${count} undefined symbols checked")
  set(${out} "${report}" PARENT_SCOPE)
endfunction()

exported_symbols(${QT_CORE} core_symbols)
set(problems "")
check_archive(${CORE} "${CORE_FORBIDDEN}" "core: no GUI" problems)
foreach(archive IN LISTS UI)
  check_archive(${archive} "${UI_FORBIDDEN}" "ui/app: no SQL" problems)
endforeach()
if(problems)
  message(NOTICE "${problems}") # unwrapped, one symbol a line
  message(FATAL_ERROR "A layer uses a Qt module it must not (see above; design.md section 1)")
endif()
message(STATUS "each layer uses only the Qt modules it may")
