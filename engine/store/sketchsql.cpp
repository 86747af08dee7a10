#include "store/sketchsql.h"

#include "aggregate/visitorsketch.h"

#include <new>
#include <optional>
#include <sqlite3.h>
#include <string>
#include <string_view>

namespace es::sql {

namespace {

VisitorSketch sketchOf(sqlite3_value *v)
{
    if (sqlite3_value_type(v) != SQLITE_BLOB)
        return {};
    const void *data = sqlite3_value_blob(v);
    const int n = sqlite3_value_bytes(v);
    if (!data || n <= 0)
        return {};
    auto s = VisitorSketch::deserialize(std::string_view(static_cast<const char *>(data), size_t(n)));
    return s ? std::move(*s) : VisitorSketch{};
}

void unionFunc(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    const auto bytesOf = [](sqlite3_value *v) {
        const void *data = sqlite3_value_blob(v);
        const int n = sqlite3_value_bytes(v);
        return data ? std::string_view(static_cast<const char *>(data), size_t(n)) : std::string_view();
    };
    // Two valid sketches are merged in their serialized form; anything else
    // (a NULL or damaged value counts as an empty sketch) the slow way.
    std::optional<std::string> bytes = VisitorSketch::unionOfSerialized(bytesOf(argv[0]), bytesOf(argv[1]));
    if (!bytes) {
        VisitorSketch a = sketchOf(argv[0]);
        a.merge(sketchOf(argv[1]));
        bytes = a.serialize();
    }
    sqlite3_result_blob64(ctx, bytes->data(), bytes->size(), SQLITE_TRANSIENT);
}

void estimateStep(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    auto **slot = static_cast<VisitorSketch **>(sqlite3_aggregate_context(ctx, sizeof(VisitorSketch *)));
    if (!slot)
        return;
    if (!*slot)
        *slot = new (std::nothrow) VisitorSketch;
    if (*slot)
        (*slot)->merge(sketchOf(argv[0]));
}

void estimateFinal(sqlite3_context *ctx)
{
    auto **slot = static_cast<VisitorSketch **>(sqlite3_aggregate_context(ctx, 0));
    const VisitorSketch *s = slot ? *slot : nullptr;
    sqlite3_result_int64(ctx, s ? sqlite3_int64(s->estimate()) : 0);
    delete s;
}

} // namespace

bool registerSketchFunctions(sqlite3 *db)
{
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    return sqlite3_create_function(db, "sketch_union", 2, flags, nullptr, unionFunc, nullptr, nullptr) ==
               SQLITE_OK &&
           sqlite3_create_function(db, "sketch_estimate", 1, flags, nullptr, nullptr, estimateStep,
                                   estimateFinal) == SQLITE_OK;
}

} // namespace es::sql
