/*
 * dictopts.c — parsing and applying the shared dictionary options.
 */
#include "cli/dictopts.h"

#include <string.h>
#include <sys/stat.h>

#include "base/mem.h"
#include "cli/cli.h"
#include "dict/sources.h"

const char dy_dictopts_help[] =
    "dictionaries (default: the ones built into dyad):\n"
    "  --dict DIR       a PETRARCH dictionary folder: the files its PETR_config.ini\n"
    "                   names, else every *verbs*/CAMEO*, *actors*, *agents*,\n"
    "                   *discards*, *issue* .txt file in it\n"
    "  --verbs FILE     --actors FILE (repeatable)  --agents FILE\n"
    "  --discards FILE  --issues FILE   use these files (they replace --dict's)\n"
    "  --dialect D      verbs pattern dialect: tabari, petrarch2 or auto (default)\n"
    "  --cache DIR      where compiled dictionaries are cached\n"
    "                   (default $XDG_CACHE_HOME/dyad, else ~/.cache/dyad)\n"
    "  --no-cache       neither read nor write the cache\n"
    "  --strict         any dictionary error is fatal (exit 3)\n";

/* Defaults: built-in dictionaries, the default cache, auto dialect. */
void dy_dictopts_init(dy_dictopts *o)
{
    memset(o, 0, sizeof *o);
}

/* Release what parsing collected. */
void dy_dictopts_free(dy_dictopts *o)
{
    dy_free(o->actors);
    memset(o, 0, sizeof *o);
}

static void add_actor(dy_dictopts *o, const char *path)
{
    DY_GROW(o->actors, o->cap_actors, o->src.nactors + 1);
    o->actors[o->src.nactors++] = path;
    o->src.actors = o->actors;
}

/* The value of option `name` at argv[*i]: "--name=V" or "--name V". */
static int value(const char *name, int argc, char **argv, int *i, const char **v)
{
    const char *a = argv[*i];
    size_t n = strlen(name);
    if (strncmp(a, name, n) != 0)
        return 0;
    if (a[n] == '=') {
        *v = a + n + 1;
        return 1;
    }
    if (a[n] != 0)
        return 0;
    *v = *i + 1 < argc ? argv[++*i] : NULL;
    return 1;
}

/*
 * If argv[*i] is a dictionary option, take it (and its value, advancing
 * *i) and return 1; return 0 if it is not one; print a usage message and
 * return -1 if its value is missing or wrong.
 */
int dy_dictopts_parse(dy_dictopts *o, const char *cmd, int argc, char **argv, int *i)
{
    static const char *const files[] = {"--dict", "--verbs", "--agents", "--discards", "--issues"};
    const char **slot[] = {&o->src.dir, &o->src.verbs, &o->src.agents, &o->src.discards,
                           &o->src.issues};
    const char *a = argv[*i], *v = NULL;
    if (!strcmp(a, "--no-cache")) {
        o->load.no_cache = 1;
        return 1;
    }
    if (!strcmp(a, "--strict")) {
        o->load.strict = 1;
        return 1;
    }
    for (size_t k = 0; k < sizeof files / sizeof files[0]; k++)
        if (value(files[k], argc, argv, i, &v)) {
            if (!v || !*v)
                return dy_cli_usage_error(cmd, "%s needs a value", files[k]), -1;
            *slot[k] = v;
            return 1;
        }
    if (value("--actors", argc, argv, i, &v)) {
        if (!v || !*v)
            return dy_cli_usage_error(cmd, "--actors needs a file"), -1;
        add_actor(o, v);
        return 1;
    }
    if (value("--cache", argc, argv, i, &v)) {
        if (!v || !*v)
            return dy_cli_usage_error(cmd, "--cache needs a folder"), -1;
        o->load.cache_dir = v;
        return 1;
    }
    if (value("--dialect", argc, argv, i, &v)) {
        if (v && !strcmp(v, "tabari"))
            o->src.dialect = DY_DIALECT_TABARI;
        else if (v && !strcmp(v, "petrarch2"))
            o->src.dialect = DY_DIALECT_PETRARCH2;
        else if (v && !strcmp(v, "auto"))
            o->src.dialect = DY_DIALECT_AUTO;
        else
            return dy_cli_usage_error(cmd, "--dialect is tabari, petrarch2 or auto"), -1;
        return 1;
    }
    return 0;
}

/*
 * A dictionary named on the command line without an option: a folder is
 * --dict, a file goes where its name says (see dy_sources_role_of).
 * Returns 0, or -1 after a usage message.
 */
int dy_dictopts_add_file(dy_dictopts *o, const char *cmd, const char *path)
{
    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
        if (o->src.dir)
            return dy_cli_usage_error(cmd, "only one dictionary folder, please (%s, %s)",
                                      o->src.dir, path), -1;
        o->src.dir = path;
        return 0;
    }
    switch (dy_sources_role_of(path)) {
    case DY_ROLE_VERBS: o->src.verbs = path; return 0;
    case DY_ROLE_ACTORS: add_actor(o, path); return 0;
    case DY_ROLE_AGENTS: o->src.agents = path; return 0;
    case DY_ROLE_DISCARDS: o->src.discards = path; return 0;
    case DY_ROLE_ISSUES: o->src.issues = path; return 0;
    default:
        return dy_cli_usage_error(cmd, "cannot tell what kind of dictionary '%s' is: name it "
                                  "with --verbs, --actors, --agents, --discards or --issues",
                                  path), -1;
    }
}

/* Load the dictionaries the options name; NULL if that failed (reported). */
dy_dict *dy_dictopts_load(const dy_dictopts *o, dy_diag *d)
{
    return dy_dict_load(&o->src, &o->load, d);
}

/*
 * Exit status for a command whose dictionaries gave `dict` (NULL: loading
 * failed): 3 if they could not be loaded (or --strict and an error), 1 if
 * some dictionary line was bad, else 0.
 */
int dy_dictopts_status(const dy_dictopts *o, const dy_dict *dict)
{
    if (!dict)
        return DY_EXIT_FATAL;
    if (dict->stats.errors)
        return o->load.strict ? DY_EXIT_FATAL : DY_EXIT_BAD_INPUT;
    return DY_EXIT_OK;
}
