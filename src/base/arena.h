/*
 * arena.h — a bump allocator: many small allocations, one release.
 *
 * Used per story (reset after the story is written) and per dictionary, so
 * that the hot path never calls malloc per token.
 */
#ifndef DY_BASE_ARENA_H
#define DY_BASE_ARENA_H

#include <stddef.h>

typedef struct dy_arena_chunk dy_arena_chunk;

typedef struct dy_arena {
    dy_arena_chunk *head;   /* chunk being filled */
    size_t chunk_size;      /* size of ordinary chunks */
} dy_arena;

void dy_arena_init(dy_arena *a, size_t chunk_size);
void *dy_arena_alloc(dy_arena *a, size_t n);
void *dy_arena_zalloc(dy_arena *a, size_t n);
char *dy_arena_strndup(dy_arena *a, const char *s, size_t n);
char *dy_arena_strdup(dy_arena *a, const char *s);
void dy_arena_reset(dy_arena *a);
void dy_arena_free(dy_arena *a);
size_t dy_arena_used(const dy_arena *a);

#define DY_ARENA_NEW(a, type, count) ((type *)dy_arena_zalloc((a), sizeof(type) * (count)))

#endif
