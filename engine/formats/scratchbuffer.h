#pragma once
// Per-parser storage for field values that must be rewritten (percent-decoded
// user agents, W3C "" escapes). reset() sizes it once per line from the line
// length, so decoding never reallocates in the middle of a line and earlier
// views stay valid; capacity only grows, so steady state does not allocate.

#include <cstddef>
#include <string_view>
#include <vector>

namespace es {

class ScratchBuffer
{
public:
    // Makes room for `bytes` of output for the coming line and forgets the
    // previous line's contents.
    void reset(std::size_t bytes);

    // Decodes %XX escapes (and '+' as space when asked). Returns the input
    // itself when there is nothing to decode or no room left.
    std::string_view percentDecode(std::string_view in, bool plusAsSpace);

    // Turns the W3C/CSV escape "" into ".
    std::string_view collapseDoubledQuotes(std::string_view in);

private:
    char *take(std::size_t n);

    std::vector<char> m_data;
    std::size_t m_used = 0;
};

} // namespace es
