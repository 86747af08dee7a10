#pragma once
// SQL functions over serialized visitor sketches (docs/SKETCH.md), for the
// writer's upserts and for queries:
//
//   sketch_union(a, b)     the sketch of the union of two sketches; NULL or a
//                          blob that is not a sketch counts as empty
//   sketch_estimate(s)     aggregate: the distinct count of the union of
//                          every sketch in the group (0 for none)
//
// Both are deterministic and have no side effects, so they are also safe on
// read-only connections.

struct sqlite3;

namespace es::sql {

bool registerSketchFunctions(sqlite3 *db);

} // namespace es::sql
