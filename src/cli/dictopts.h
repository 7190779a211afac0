/*
 * dictopts.h — the dictionary options every subcommand that loads
 * dictionaries shares (code, validate, explain, dict check):
 *
 *   --dict DIR        a dictionary folder (PETR_config.ini, else by name)
 *   --verbs FILE      --actors FILE (repeatable)  --agents FILE
 *   --discards FILE   --issues FILE               (override --dict's files)
 *   --dialect D       tabari | petrarch2 | auto (verbs pattern dialect)
 *   --cache DIR       cache folder (default $XDG_CACHE_HOME/dyad, ~/.cache/dyad)
 *   --no-cache        neither read nor write a cache
 *   --strict          any dictionary error is fatal (exit 3)
 *
 * With none of --dict/--verbs/--actors/--agents/--discards/--issues the
 * dictionaries built into dyad (data/dict/) are loaded.
 */
#ifndef DY_CLI_DICTOPTS_H
#define DY_CLI_DICTOPTS_H

#include <stddef.h>

#include "base/diag.h"
#include "dict/dict.h"

typedef struct dy_dictopts {
    dy_dict_sources src;
    dy_dict_load_opts load;
    const char **actors;   /* src.actors points here */
    size_t cap_actors;
} dy_dictopts;

/* Help text for the options above, to append to a subcommand's --help. */
extern const char dy_dictopts_help[];

void dy_dictopts_init(dy_dictopts *o);
void dy_dictopts_free(dy_dictopts *o);
int dy_dictopts_parse(dy_dictopts *o, const char *cmd, int argc, char **argv, int *i);
int dy_dictopts_add_file(dy_dictopts *o, const char *cmd, const char *path);
dy_dict *dy_dictopts_load(const dy_dictopts *o, dy_diag *d);
int dy_dictopts_status(const dy_dictopts *o, const dy_dict *dict);

#endif
