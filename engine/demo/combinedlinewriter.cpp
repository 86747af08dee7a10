#include "demo/combinedlinewriter.h"

#include "demo/demoprofile.h"
#include "demo/textappend.h"

#include <iterator>

namespace es::demo {

namespace {

// HTTP basic-auth users on a few staff sessions.
constexpr std::string_view kUsers[] = {"alice",   "bob",   "jdoe",    "ops",
                                       "mkrause", "lchen", "staging", "deploy"};

std::int64_t floorSecs(std::int64_t ms)
{
    return ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
}

} // namespace

CombinedLineWriter::CombinedLineWriter(const DemoProfile &profile, int utcOffsetMinutes, bool vhostPrefix)
    : m_profile(profile), m_time(utcOffsetMinutes), m_vhost(vhostPrefix)
{}

int CombinedLineWriter::userCount()
{
    return static_cast<int>(std::size(kUsers));
}

void CombinedLineWriter::head(std::string &out, const AccessVisitor &v, std::int64_t nowMs, int port)
{
    if (m_vhost) {
        out += m_profile.siteName(v.site);
        out += ':';
        appendInt(out, port);
        out += ' ';
    }
    out += m_profile.ips().address(v.client);
    out += " - ";
    if (v.user >= 0)
        out += kUsers[static_cast<std::size_t>(v.user)];
    else
        out += '-';
    out += ' ';
    out += m_time.format(floorSecs(nowMs));
    out += " \"";
}

void CombinedLineWriter::query(std::string &out, const AccessVisitor &v) const
{
    const SiteCatalog &site = m_profile.site();
    switch (v.query) {
    case AccessVisitor::Query::None:
        return;
    case AccessVisitor::Query::Search:
        out += "?q=";
        out += site.word(v.qa);
        out += '+';
        out += site.word(v.qb);
        return;
    case AccessVisitor::Query::Utm:
        out += "?utm_source=";
        out += m_profile.utmSource(v.qa);
        out += "&utm_medium=";
        out += m_profile.utmMedium(v.qa);
        out += "&utm_campaign=";
        out += m_profile.campaign(v.qb);
        return;
    case AccessVisitor::Query::Next:
        out += "?next=%2Faccount";
        return;
    case AccessVisitor::Query::Listing:
        out += "?page=";
        appendInt(out, v.qa);
        return;
    }
}

void CombinedLineWriter::tail(std::string &out, std::string_view protocol, int status, std::int64_t bytes)
{
    out += ' ';
    out += protocol;
    out += "\" ";
    appendInt(out, status);
    out += ' ';
    // Apache's %b writes "-" when no body was sent.
    if (bytes > 0)
        appendInt(out, bytes);
    else
        out += '-';
    out += " \"";
}

void CombinedLineWriter::referrer(std::string &out, const AccessVisitor &v, AccessVisitor::RefKind kind,
                                  std::int32_t id) const
{
    const SiteCatalog &site = m_profile.site();
    switch (kind) {
    case AccessVisitor::RefKind::None:
        out += '-';
        return;
    case AccessVisitor::RefKind::External:
        out += m_profile.referrer(id);
        return;
    case AccessVisitor::RefKind::Page:
    case AccessVisitor::RefKind::DeadLink:
    case AccessVisitor::RefKind::Asset:
        out += "https://";
        out += m_profile.siteName(v.site);
        if (kind == AccessVisitor::RefKind::Page)
            out += site.pagePath(id);
        else if (kind == AccessVisitor::RefKind::DeadLink)
            out += site.deadLink(id);
        else
            out += site.assetPath(id);
        return;
    }
}

void CombinedLineWriter::agent(std::string &out, const AccessVisitor &v) const
{
    out += "\" \"";
    out += m_profile.agents().at(v.agent).text;
    out += "\"\n";
}

} // namespace es::demo
