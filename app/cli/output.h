#pragma once
// Console output helpers for the command line (locale-encoded stdout/stderr).

#include <QString>
#include <cstdio>

namespace es::cli {

inline void printOut(const QString &s)
{
    std::fputs(s.toLocal8Bit().constData(), stdout);
    std::fflush(stdout);
}

inline void printErr(const QString &s)
{
    std::fputs(s.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

} // namespace es::cli
