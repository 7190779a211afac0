/*
 * intern.c — word interning with open addressing and linear probing.
 * The table is kept at most half full so that a miss (the common case for
 * news tokens against a dictionary) ends after a probe or two.
 */
#include "base/intern.h"
#include "base/mem.h"

#include <string.h>

/*
 * A fast 32-bit hash for short strings: 8 bytes at a time with a
 * multiply-xorshift mix. Quality is ample for word tables.
 */
uint32_t dy_hash_bytes(const void *p, size_t n)
{
    const unsigned char *s = p;
    uint64_t h = 0x9E3779B97F4A7C15ull ^ (n * 0xff51afd7ed558ccdull);
    while (n >= 8) {
        uint64_t k;
        memcpy(&k, s, 8);
        h ^= k * 0xc4ceb9fe1a85ec53ull;
        h = (h << 27 | h >> 37) * 0x9E3779B97F4A7C15ull;
        s += 8;
        n -= 8;
    }
    uint64_t k = 0;
    for (size_t i = 0; i < n; i++)
        k |= (uint64_t)s[i] << (8 * i);
    h ^= k * 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    return (uint32_t)h;
}

/* Prepare an empty table. */
void dy_intern_init(dy_intern *t)
{
    memset(t, 0, sizeof *t);
    t->nslots = 1024;
    t->slots = dy_xcalloc(t->nslots, sizeof *t->slots);
    dy_arena_init(&t->arena, 1 << 16);
    /* id 0 is reserved for "none" */
    t->cap = 256;
    t->str = dy_xcalloc(t->cap, sizeof *t->str);
    t->len = dy_xcalloc(t->cap, sizeof *t->len);
    t->hash = dy_xcalloc(t->cap, sizeof *t->hash);
    t->str[0] = "";
}

/* Release the table and all its strings. */
void dy_intern_free(dy_intern *t)
{
    dy_free(t->slots);
    dy_free(t->str);
    dy_free(t->len);
    dy_free(t->hash);
    dy_arena_free(&t->arena);
    memset(t, 0, sizeof *t);
}

static size_t probe(const dy_intern *t, const char *s, size_t n, uint32_t h)
{
    size_t mask = t->nslots - 1, i = h & mask;
    for (;;) {
        uint32_t id = t->slots[i];
        if (id == 0)
            return i;
        if (t->hash[id] == h && t->len[id] == n && memcmp(t->str[id], s, n) == 0)
            return i;
        i = (i + 1) & mask;
    }
}

static void rehash(dy_intern *t)
{
    size_t n = t->nslots * 2;
    uint32_t *slots = dy_xcalloc(n, sizeof *slots);
    for (size_t id = 1; id <= t->count; id++) {
        size_t i = t->hash[id] & (n - 1);
        while (slots[i])
            i = (i + 1) & (n - 1);
        slots[i] = (uint32_t)id;
    }
    dy_free(t->slots);
    t->slots = slots;
    t->nslots = n;
}

/* Return the id of s (n bytes), adding it if new. */
dy_word dy_intern_add(dy_intern *t, const char *s, size_t n)
{
    uint32_t h = dy_hash_bytes(s, n);
    size_t i = probe(t, s, n, h);
    if (t->slots[i])
        return t->slots[i];
    if ((t->count + 1) * 2 > t->nslots) {
        rehash(t);
        i = probe(t, s, n, h);
    }
    size_t id = ++t->count;
    if (id >= t->cap) {
        size_t cap = t->cap;
        DY_GROW(t->str, cap, id + 1);
        cap = t->cap;
        DY_GROW(t->len, cap, id + 1);
        cap = t->cap;
        DY_GROW(t->hash, cap, id + 1);
        t->cap = cap;
    }
    t->str[id] = dy_arena_strndup(&t->arena, s, n);
    t->len[id] = (uint32_t)n;
    t->hash[id] = h;
    t->slots[i] = (uint32_t)id;
    return (dy_word)id;
}

/* Return the id of s (n bytes), or 0 if it was never added. */
dy_word dy_intern_find(const dy_intern *t, const char *s, size_t n)
{
    return t->slots[probe(t, s, n, dy_hash_bytes(s, n))];
}

/* The string of an id ("" for 0 or an unknown id). */
const char *dy_intern_str(const dy_intern *t, dy_word id)
{
    return id && id <= t->count ? t->str[id] : "";
}

/* The length of an id's string. */
size_t dy_intern_len(const dy_intern *t, dy_word id)
{
    return id && id <= t->count ? t->len[id] : 0;
}
