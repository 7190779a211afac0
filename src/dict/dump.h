/*
 * dump.h — the compiled dictionaries written back as text, one record per
 * line (`dyad dict dump`): to see exactly what dyad read, generated forms
 * and expansions included, each with the file:line it came from.
 */
#ifndef DY_DICT_DUMP_H
#define DY_DICT_DUMP_H

#include "base/buf.h"
#include "dict/dict.h"

enum dy_dump_part {
    DY_DUMP_VERBS = 1, DY_DUMP_ACTORS = 2, DY_DUMP_AGENTS = 4, DY_DUMP_DISCARDS = 8,
    DY_DUMP_ISSUES = 16, DY_DUMP_OPTIONS = 32, DY_DUMP_ALL = 63
};

void dy_dump_phrase(const dy_dict *d, uint32_t phrase, dy_buf *out);
void dy_dump_pattern(const dy_dict *d, uint32_t pattern, dy_buf *out);
void dy_dump_actor_codes(const dy_dict *d, uint32_t actor, dy_buf *out);
void dy_dict_dump(const dy_dict *d, int parts, dy_buf *out);

#endif
