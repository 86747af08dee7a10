#pragma once
// Blocks of a stream's text (stream_text): whole lines, compressed with
// Zstandard when that makes them smaller. The parse workers pack them; the
// writer stores them as they are; LineReader and rebuilds unpack them.

#include <QByteArray>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace es::streamtext {

enum Codec : int {
    Plain = 0, // the bytes are the text
    Zstd = 1,  // the bytes are one Zstandard frame of the text
};

struct Block
{
    std::int64_t offset = 0;  // stream offset of the text's first byte
    std::int64_t textLen = 0; // bytes of text (0: no block)
    int codec = Plain;
    std::string bytes;
};

// Text is stored in blocks of about this size, cut after a line break, so
// that reading one line back unpacks little.
constexpr size_t kBlockText = 256 * 1024;

// The block of `text`, which starts at stream offset `offset`.
Block pack(std::int64_t offset, std::string_view text);

// The blocks of `lines` (whole lines, starting at stream offset `offset`):
// about kBlockText each, a longer line in a block of its own.
std::vector<Block> packLines(std::int64_t offset, std::string_view lines);

// The text of a stored block into `out`; false when the bytes are damaged
// or the codec is unknown.
bool unpack(int codec, std::string_view bytes, std::int64_t textLen, QByteArray &out);

} // namespace es::streamtext

struct sqlite3;

namespace es::sql {

// stream_text_of(bytes, codec, text_len): a stream_text block's text (NULL
// when damaged), for the SQL console.
bool registerStreamTextFunction(sqlite3 *db);

} // namespace es::sql
