/*
 * mem.h — allocation that does not return NULL.
 *
 * dyad treats running out of memory as unrecoverable: these functions print
 * one line and abort(). This is the only place the library ends the
 * process; every other failure is reported to the caller.
 */
#ifndef DY_BASE_MEM_H
#define DY_BASE_MEM_H

#include <stddef.h>

void *dy_xmalloc(size_t n);
void *dy_xcalloc(size_t count, size_t n);
void *dy_xrealloc(void *p, size_t n);
char *dy_xstrdup(const char *s);
char *dy_xstrndup(const char *s, size_t n);
void dy_free(void *p);

/* Grow *arr (of *cap elements of size elem) to hold at least need elements. */
void *dy_grow(void *arr, size_t *cap, size_t need, size_t elem);
#define DY_GROW(arr, cap, need) ((arr) = dy_grow((arr), &(cap), (need), sizeof *(arr)))

#endif
