/*
 * intern.h — a table that gives every distinct word a small integer id.
 *
 * Dictionaries intern every word they contain once at load time; the coder
 * then looks each token up once and compares only integers. Ids start at 1;
 * 0 means "not in the table". Strings are compared byte for byte: callers
 * choose the case convention (dictionaries and the coder use upper case).
 */
#ifndef DY_BASE_INTERN_H
#define DY_BASE_INTERN_H

#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"

typedef uint32_t dy_word;

typedef struct dy_intern {
    uint32_t *slots;        /* open addressing: id, or 0 for empty */
    size_t nslots;          /* power of two */
    const char **str;       /* str[id]: NUL-terminated, in the arena */
    uint32_t *len;          /* len[id] */
    uint32_t *hash;         /* hash[id], kept for rehashing */
    size_t count;           /* ids in use: 1..count */
    size_t cap;
    dy_arena arena;
} dy_intern;

void dy_intern_init(dy_intern *t);
void dy_intern_free(dy_intern *t);
dy_word dy_intern_add(dy_intern *t, const char *s, size_t n);
dy_word dy_intern_find(const dy_intern *t, const char *s, size_t n);
const char *dy_intern_str(const dy_intern *t, dy_word id);
size_t dy_intern_len(const dy_intern *t, dy_word id);
uint32_t dy_hash_bytes(const void *p, size_t n);

#endif
