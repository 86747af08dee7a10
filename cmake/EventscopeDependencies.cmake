# Third-party libraries, all from Debian 12 packages (see packaging/install-deps.sh).
find_package(SQLite3 REQUIRED)
find_package(ZLIB REQUIRED)
find_package(BZip2 REQUIRED)
find_package(PkgConfig REQUIRED)
pkg_check_modules(RDKAFKA REQUIRED IMPORTED_TARGET rdkafka)
find_package(simdjson REQUIRED)
# User-agent enrichment: uap-core's regexes.yaml read with yaml-cpp (CMake
# config, target yaml-cpp), matched with RE2 (pkg-config only in Debian 12).
find_package(yaml-cpp REQUIRED)
pkg_check_modules(RE2 REQUIRED IMPORTED_TARGET re2)
# Stored stream text is compressed (engine/store/streamtext.cpp).
pkg_check_modules(ZSTD REQUIRED IMPORTED_TARGET libzstd)
find_package(Threads REQUIRED)
# Country lookup: MaxMind DB files and, as the default, Debian's legacy geoip-database.
pkg_check_modules(MAXMINDDB REQUIRED IMPORTED_TARGET libmaxminddb)
pkg_check_modules(GEOIP REQUIRED IMPORTED_TARGET geoip)
# Excel reports (ui/export): libxlsxwriter.
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)
# Alert e-mail over SMTP (ui/alerts): libcurl.
pkg_check_modules(CURL REQUIRED IMPORTED_TARGET libcurl)
# The local REST API (app/cli/apiserver.*): Qt HTTP Server. Its CMake package
# needs Qt WebSockets' (qt6-websockets-dev), which Debian 12 does not pull in.
find_package(Qt6 REQUIRED COMPONENTS HttpServer)
