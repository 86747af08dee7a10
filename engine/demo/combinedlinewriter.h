#pragma once
// Formats the pieces of an Apache/nginx "combined" access-log line, with the
// optional vhost_combined "host:port " prefix:
//
//   [host:port ]IP - user [10/Oct/2025:13:55:36 +0000] "GET /path?q HTTP/1.1" 200 2326 "referrer" "agent"
//
// Appends to a caller's buffer without allocating per line.

#include "demo/accessvisitor.h"
#include "demo/clftimestamp.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace es::demo {

class DemoProfile;

class CombinedLineWriter
{
public:
    CombinedLineWriter(const DemoProfile &profile, int utcOffsetMinutes, bool vhostPrefix);

    // Up to and including the opening quote of the request.
    void head(std::string &out, const AccessVisitor &v, std::int64_t nowMs, int port);
    // The query string of the visitor's current page, with its '?'.
    void query(std::string &out, const AccessVisitor &v) const;
    // From the protocol to the opening quote of the referrer; bytes <= 0 is "-".
    static void tail(std::string &out, std::string_view protocol, int status, std::int64_t bytes);
    void referrer(std::string &out, const AccessVisitor &v, AccessVisitor::RefKind kind,
                  std::int32_t id) const;
    // Closes the referrer, writes the user agent and the newline.
    void agent(std::string &out, const AccessVisitor &v) const;

    static int userCount();

private:
    const DemoProfile &m_profile;
    ClfTimestamp m_time;
    bool m_vhost;
};

} // namespace es::demo
