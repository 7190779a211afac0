/*
 * jsonl_fast.h — a fast path for the common JSON Lines record.
 *
 * Most story lines are one flat object whose fields are all among "id",
 * "date", "source", "url", "text", each once, each a string. Such a line is
 * read here in one pass without building a jansson tree (jansson took a
 * tenth of `dyad code`'s time, all of it on the thread that reads). Any
 * other line — another field, a number, a duplicate key, an escaped NUL,
 * a raw control character, a bad escape or surrogate, trailing text —
 * is declined, and the caller parses it with jansson as before, so what a
 * line means and every message about it stay exactly jansson's.
 */
#ifndef DY_TEXT_JSONL_FAST_H
#define DY_TEXT_JSONL_FAST_H

#include <stddef.h>

#include "base/arena.h"

/* One string field: decoded, NUL-terminated, in the arena; NULL if absent. */
typedef struct dy_jstr {
    char *s;
    size_t n;
} dy_jstr;

typedef struct dy_jsonl_fields {
    dy_jstr id, date, source, url, text;
} dy_jsonl_fields;

int dy_jsonl_fast(const char *p, size_t n, dy_arena *a, dy_jsonl_fields *out);

#endif
