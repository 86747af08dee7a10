# One INTERFACE target carries the warning policy and the Qt hygiene defines.
# Every first-party target links it privately.
add_library(eventscope_warnings INTERFACE)
target_compile_options(eventscope_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
  -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough -Werror)
target_compile_definitions(eventscope_warnings INTERFACE
  QT_NO_FOREACH
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_CAST_FROM_BYTEARRAY
  QT_DISABLE_DEPRECATED_BEFORE=0x060400
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT)
