/*
 * sources.h — deciding which dictionary files to load, and reading them.
 *
 * A source set is the list of files with their role and contents: from a
 * folder (its PETR_config.ini, else the files recognised by name), from
 * explicit file names, or from the copies of data/dict/ embedded in the
 * binary. The contents are read once: they feed both the cache key
 * (content hashes) and, if the cache is stale, the loaders.
 */
#ifndef DY_DICT_SOURCES_H
#define DY_DICT_SOURCES_H

#include <stddef.h>
#include <stdint.h>

#include "base/diag.h"
#include "dict/dict.h"

enum dy_role {
    DY_ROLE_CONFIG, DY_ROLE_VERBS, DY_ROLE_ACTORS, DY_ROLE_AGENTS, DY_ROLE_DISCARDS, DY_ROLE_ISSUES
};

typedef struct dy_source_file {
    int role;
    char *name;          /* as messages show it */
    char *id;            /* for the cache key: absolute path, or embedded:<name> */
    const char *data;
    size_t len;
    char *owned;         /* data, when read from disk */
    uint64_t hash;       /* dy_hash64 of the contents */
} dy_source_file;

typedef struct dy_source_set {
    dy_source_file *file;
    size_t n, cap;
    int dialect;
} dy_source_set;

int dy_sources_resolve(dy_source_set *set, const dy_dict_sources *src, dy_diag *d);
void dy_sources_free(dy_source_set *set);
int dy_sources_role_of(const char *filename);
const char *dy_role_name(int role);

#endif
