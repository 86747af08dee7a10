#include "store/streamtext.h"

#include <algorithm>
#include <memory>
#include <sqlite3.h>
#include <zstd.h>

namespace es::streamtext {

namespace {
// Level 1 compresses JSON events and access logs 7 to 10 times at about
// 500 MB/s per core; higher levels cost more than the bytes they save.
constexpr int kLevel = 1;
} // namespace

Block pack(std::int64_t offset, std::string_view text)
{
    Block b;
    b.offset = offset;
    b.textLen = std::int64_t(text.size());
    if (text.empty())
        return b;
    // One context per thread, reused, and freed when the thread ends (parse
    // workers come and go with every import).
    thread_local const std::unique_ptr<ZSTD_CCtx, size_t (*)(ZSTD_CCtx *)> ctx(ZSTD_createCCtx(),
                                                                               ZSTD_freeCCtx);
    b.bytes.resize(ZSTD_compressBound(text.size()));
    const size_t n =
        ctx ? ZSTD_compressCCtx(ctx.get(), b.bytes.data(), b.bytes.size(), text.data(), text.size(), kLevel)
            : size_t(-1);
    if (ZSTD_isError(n) || n >= text.size()) {
        b.codec = Plain;
        b.bytes.assign(text);
    } else {
        b.codec = Zstd;
        b.bytes.resize(n);
        b.bytes.shrink_to_fit();
    }
    return b;
}

std::vector<Block> packLines(std::int64_t offset, std::string_view lines)
{
    std::vector<Block> out;
    size_t from = 0;
    while (from < lines.size()) {
        size_t to = std::min(lines.size(), from + kBlockText);
        if (to < lines.size()) {
            // After the last line break in the block, or after the line that is longer than it.
            size_t cut = lines.rfind('\n', to - 1);
            if (cut == std::string_view::npos || cut < from)
                cut = lines.find('\n', to);
            to = cut == std::string_view::npos ? lines.size() : cut + 1;
        }
        out.push_back(pack(offset + std::int64_t(from), lines.substr(from, to - from)));
        from = to;
    }
    return out;
}

bool unpack(int codec, std::string_view bytes, std::int64_t textLen, QByteArray &out)
{
    if (codec == Plain) {
        out = QByteArray(bytes.data(), qsizetype(bytes.size()));
        return true;
    }
    if (codec != Zstd || textLen < 0)
        return false;
    const unsigned long long size = ZSTD_getFrameContentSize(bytes.data(), bytes.size());
    if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size != std::uint64_t(textLen))
        return false;
    out.resize(qsizetype(textLen));
    const size_t n = ZSTD_decompress(out.data(), size_t(textLen), bytes.data(), bytes.size());
    if (ZSTD_isError(n) || n != size_t(textLen)) {
        out.clear();
        return false;
    }
    return true;
}

} // namespace es::streamtext

namespace es::sql {

namespace {

void textOf(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    const void *data = sqlite3_value_blob(argv[0]);
    const std::string_view bytes(static_cast<const char *>(data),
                                 data ? size_t(sqlite3_value_bytes(argv[0])) : 0);
    QByteArray text;
    if (!streamtext::unpack(sqlite3_value_int(argv[1]), bytes, sqlite3_value_int64(argv[2]), text)) {
        sqlite3_result_null(ctx);
        return;
    }
    sqlite3_result_text64(ctx, text.constData(), sqlite3_uint64(text.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
}

} // namespace

bool registerStreamTextFunction(sqlite3 *db)
{
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    return sqlite3_create_function(db, "stream_text_of", 3, flags, nullptr, textOf, nullptr, nullptr) ==
           SQLITE_OK;
}

} // namespace es::sql
