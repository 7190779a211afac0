/*
 * arena.c — bump allocator in chunks. Allocations are 16-byte aligned.
 * Reset keeps the first chunk (so a story-sized arena stops allocating once
 * warm) and frees the rest.
 */
#include "base/arena.h"
#include "base/mem.h"

#include <stdint.h>
#include <string.h>

struct dy_arena_chunk {
    dy_arena_chunk *next;   /* older chunk */
    size_t size;            /* bytes in data[] */
    size_t used;
    _Alignas(16) unsigned char data[];
};

#define ALIGN 16

/* Prepare an empty arena whose chunks hold chunk_size bytes (0 = 64 KiB). */
void dy_arena_init(dy_arena *a, size_t chunk_size)
{
    a->head = NULL;
    a->chunk_size = chunk_size ? chunk_size : 65536;
}

static dy_arena_chunk *chunk_new(size_t size)
{
    dy_arena_chunk *c = dy_xmalloc(sizeof *c + size);
    c->next = NULL;
    c->size = size;
    c->used = 0;
    return c;
}

/*
 * Return n bytes of uninitialised memory that live until the next reset.
 * A request larger than a chunk gets a chunk of its own, placed behind the
 * head so that the head's free space is not wasted.
 */
void *dy_arena_alloc(dy_arena *a, size_t n)
{
    n = (n + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    if (n == 0)
        n = ALIGN;
    dy_arena_chunk *h = a->head;
    if (h && h->size - h->used >= n) {
        void *p = h->data + h->used;
        h->used += n;
        return p;
    }
    if (n > a->chunk_size / 4) {
        dy_arena_chunk *big = chunk_new(n);
        big->used = n;
        if (h) {
            big->next = h->next;
            h->next = big;
        } else {
            a->head = big;
        }
        return big->data;
    }
    dy_arena_chunk *c = chunk_new(a->chunk_size);
    c->next = h;
    a->head = c;
    c->used = n;
    return c->data;
}

/* Like dy_arena_alloc, zero-filled. */
void *dy_arena_zalloc(dy_arena *a, size_t n)
{
    void *p = dy_arena_alloc(a, n);
    memset(p, 0, n);
    return p;
}

/* Copy n bytes of s into the arena and NUL-terminate them. */
char *dy_arena_strndup(dy_arena *a, const char *s, size_t n)
{
    char *p = dy_arena_alloc(a, n + 1);
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

/* Copy a NUL-terminated string into the arena. */
char *dy_arena_strdup(dy_arena *a, const char *s)
{
    return dy_arena_strndup(a, s, strlen(s));
}

/* Release everything but the oldest chunk, which is kept for reuse. */
void dy_arena_reset(dy_arena *a)
{
    dy_arena_chunk *c = a->head, *keep = NULL;
    while (c) {
        dy_arena_chunk *next = c->next;
        if (!next && c->size == a->chunk_size) {
            keep = c;
            break;
        }
        dy_free(c);
        c = next;
    }
    if (keep)
        keep->used = 0;
    a->head = keep;
}

/* Release all memory of the arena. */
void dy_arena_free(dy_arena *a)
{
    dy_arena_chunk *c = a->head;
    while (c) {
        dy_arena_chunk *next = c->next;
        dy_free(c);
        c = next;
    }
    a->head = NULL;
}

/* Bytes handed out since the last reset (for memory reports). */
size_t dy_arena_used(const dy_arena *a)
{
    size_t n = 0;
    for (const dy_arena_chunk *c = a->head; c; c = c->next)
        n += c->used;
    return n;
}
