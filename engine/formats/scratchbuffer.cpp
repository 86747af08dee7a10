#include "formats/scratchbuffer.h"

namespace es {

namespace {

int hexValue(char c) noexcept
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

void ScratchBuffer::reset(std::size_t bytes)
{
    if (m_data.size() < bytes)
        m_data.resize(bytes * 2);
    m_used = 0;
}

char *ScratchBuffer::take(std::size_t n)
{
    if (m_used + n > m_data.size())
        return nullptr;
    char *p = m_data.data() + m_used;
    m_used += n;
    return p;
}

std::string_view ScratchBuffer::percentDecode(std::string_view in, bool plusAsSpace)
{
    bool needed = false;
    for (char c : in) {
        if (c == '%' || (plusAsSpace && c == '+')) {
            needed = true;
            break;
        }
    }
    if (!needed)
        return in;
    char *out = take(in.size());
    if (!out)
        return in;
    std::size_t n = 0;
    for (std::size_t i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (c == '%' && i + 2 < in.size()) {
            const int hi = hexValue(in[i + 1]);
            const int lo = hexValue(in[i + 2]);
            if (hi >= 0 && lo >= 0) {
                out[n++] = char(hi * 16 + lo);
                i += 2;
                continue;
            }
        }
        if (plusAsSpace && c == '+') {
            out[n++] = ' ';
            // IIS turns spaces into '+' but keeps literal '+': "; +http"
            // becomes ";++http", so the second '+' of a pair is real.
            if (i + 1 < in.size() && in[i + 1] == '+') {
                out[n++] = '+';
                ++i;
            }
            continue;
        }
        out[n++] = c;
    }
    // Give back what decoding saved so the next field can use it.
    m_used -= in.size() - n;
    return {out, n};
}

std::string_view ScratchBuffer::collapseDoubledQuotes(std::string_view in)
{
    if (in.find("\"\"") == std::string_view::npos)
        return in;
    char *out = take(in.size());
    if (!out)
        return in;
    std::size_t n = 0;
    for (std::size_t i = 0; i < in.size(); ++i) {
        out[n++] = in[i];
        if (in[i] == '"' && i + 1 < in.size() && in[i + 1] == '"')
            ++i;
    }
    m_used -= in.size() - n;
    return {out, n};
}

} // namespace es
