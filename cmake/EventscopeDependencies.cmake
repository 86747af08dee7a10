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
find_package(Threads REQUIRED)
