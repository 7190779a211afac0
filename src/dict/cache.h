/*
 * cache.h — the binary cache of compiled dictionaries.
 *
 * The cache file is the image itself (image.h). Its name comes from what
 * is loaded (the files' identities and roles, the dialect, the format
 * version); its key section records each file's size and content hash, so
 * a changed file means a rebuild. The cache lives in --cache DIR, else
 * $XDG_CACHE_HOME/dyad, else ~/.cache/dyad. Writing is atomic (temporary
 * file + rename), and a cache that cannot be written only gives a warning.
 */
#ifndef DY_DICT_CACHE_H
#define DY_DICT_CACHE_H

#include <stddef.h>

#include "base/buf.h"
#include "base/diag.h"
#include "dict/dict.h"
#include "dict/sources.h"

char *dy_cache_dir(const char *option);
char *dy_cache_path(const char *dir, const dy_source_set *set);
void dy_cache_key(const dy_source_set *set, dy_buf *key);
int dy_cache_map(dy_dict *d, const char *path, const void *key, size_t keylen, dy_diag *diag);
void dy_cache_store(const char *dir, const char *path, const void *image, size_t size,
                    dy_diag *diag);

#endif
