/*
 * mem.c — checked allocation (see mem.h for why OOM aborts).
 */
#include "base/mem.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void out_of_memory(size_t n)
{
    fprintf(stderr, "dyad: out of memory (%zu bytes)\n", n);
    abort();
}

/* malloc that never returns NULL. */
void *dy_xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        out_of_memory(n);
    return p;
}

/* calloc that never returns NULL. */
void *dy_xcalloc(size_t count, size_t n)
{
    void *p = calloc(count ? count : 1, n ? n : 1);
    if (!p)
        out_of_memory(count * n);
    return p;
}

/* realloc that never returns NULL. */
void *dy_xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q)
        out_of_memory(n);
    return q;
}

/* strdup that never returns NULL. */
char *dy_xstrdup(const char *s)
{
    return dy_xstrndup(s, strlen(s));
}

/* Copy n bytes of s as a NUL-terminated string. */
char *dy_xstrndup(const char *s, size_t n)
{
    char *p = dy_xmalloc(n + 1);
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

/* free, named so that allocation pairs read alike. */
void dy_free(void *p)
{
    free(p);
}

/*
 * Make room for `need` elements of size `elem` in arr, doubling the
 * capacity *cap as needed. Returns the (possibly moved) array.
 */
void *dy_grow(void *arr, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap)
        return arr;
    size_t c = *cap ? *cap : 8;
    while (c < need)
        c *= 2;
    arr = dy_xrealloc(arr, c * elem);
    *cap = c;
    return arr;
}
