/*
 * sources.c — which files to load (sources.h).
 */
#include "dict/sources.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "base/embedded.h"
#include "base/file.h"
#include "base/mem.h"
#include "dict/config.h"
#include "dict/image.h"

#define DEFAULT_DIR "data/dict"

/* "verbs", "actors", ... for messages. */
const char *dy_role_name(int role)
{
    static const char *const names[] = {"config", "verbs", "actors", "agents", "discards", "issues"};
    return role >= 0 && role <= DY_ROLE_ISSUES ? names[role] : "?";
}

static int contains(const char *s, const char *word)
{
    size_t n = strlen(word);
    for (; *s; s++)
        if (strncasecmp(s, word, n) == 0)
            return 1;
    return 0;
}

/*
 * The role a file plays, judged by its name as the PETRARCH sets are
 * named: *.txt containing "verbs" (or starting "CAMEO"), "actors",
 * "agents", "discards" or "issue"; PETR_config.ini. -1 for anything else.
 */
int dy_sources_role_of(const char *filename)
{
    const char *base = strrchr(filename, '/');
    base = base ? base + 1 : filename;
    size_t n = strlen(base);
    if (strcasecmp(base, "PETR_config.ini") == 0)
        return DY_ROLE_CONFIG;
    if (base[0] == '.' || n < 5 || strcasecmp(base + n - 4, ".txt") != 0)
        return -1;
    if (contains(base, "verbs") || strncasecmp(base, "cameo", 5) == 0)
        return DY_ROLE_VERBS;
    if (contains(base, "actors"))
        return DY_ROLE_ACTORS;
    if (contains(base, "agents"))
        return DY_ROLE_AGENTS;
    if (contains(base, "discards"))
        return DY_ROLE_DISCARDS;
    if (contains(base, "issue"))
        return DY_ROLE_ISSUES;
    return -1;
}

/* Release the set and the contents read from disk. */
void dy_sources_free(dy_source_set *set)
{
    for (size_t i = 0; i < set->n; i++) {
        dy_free(set->file[i].name);
        dy_free(set->file[i].id);
        dy_free(set->file[i].owned);
    }
    dy_free(set->file);
    memset(set, 0, sizeof *set);
}

static dy_source_file *add(dy_source_set *set, int role, const char *name, const char *id,
                           const char *data, size_t len)
{
    DY_GROW(set->file, set->cap, set->n + 1);
    dy_source_file *f = &set->file[set->n++];
    memset(f, 0, sizeof *f);
    f->role = role;
    f->name = dy_xstrdup(name);
    f->id = dy_xstrdup(id);
    f->data = data;
    f->len = len;
    f->hash = dy_hash64(data, len, (uint64_t)role);
    return f;
}

static int add_disk(dy_source_set *set, int role, const char *path, dy_diag *d)
{
    size_t len;
    char *data = dy_read_file(path, &len, d);
    if (!data)
        return -1;
    char abs[PATH_MAX];
    const char *id = realpath(path, abs) ? abs : path;
    add(set, role, path, id, data, len)->owned = data;
    return 0;
}

static char *join(const char *dir, const char *name)
{
    size_t dn = strlen(dir), nn = strlen(name);
    char *p = dy_xmalloc(dn + nn + 2);
    memcpy(p, dir, dn);
    size_t at = dn;
    if (dn && dir[dn - 1] != '/')
        p[at++] = '/';
    memcpy(p + at, name, nn + 1);
    return p;
}

/* Call fn for every file a config names, in the order roles are loaded. */
static int each_named(const dy_config *cfg, int (*fn)(void *, int, const char *), void *ctx)
{
    if (cfg->verbs && fn(ctx, DY_ROLE_VERBS, cfg->verbs))
        return -1;
    for (size_t i = 0; i < cfg->nactors; i++)
        if (fn(ctx, DY_ROLE_ACTORS, cfg->actors[i]))
            return -1;
    if (cfg->agents && fn(ctx, DY_ROLE_AGENTS, cfg->agents))
        return -1;
    if (cfg->discards && fn(ctx, DY_ROLE_DISCARDS, cfg->discards))
        return -1;
    if (cfg->issues && fn(ctx, DY_ROLE_ISSUES, cfg->issues))
        return -1;
    return 0;
}

typedef struct named_ctx {
    dy_source_set *set;
    const char *dir;
    dy_diag *d;
} named_ctx;

static int add_named_disk(void *ctx, int role, const char *name)
{
    named_ctx *c = ctx;
    char *path = name[0] == '/' ? dy_xstrdup(name) : join(c->dir, name); /* absolute: as is */
    int rc = add_disk(c->set, role, path, c->d);
    dy_free(path);
    return rc;
}

static int add_named_embedded(void *ctx, int role, const char *name)
{
    named_ctx *c = ctx;
    char *path = join(DEFAULT_DIR, name);
    const dy_embedded_file *e = dy_embedded_find(path);
    if (!e) {
        dy_diagf(c->d, DY_ERROR, DEFAULT_DIR "/PETR_config.ini", 0,
                 "names %s, which is not built into this dyad", path);
        dy_free(path);
        return -1;
    }
    char *id = join("embedded:", path);
    add(c->set, role, path, id, (const char *)e->data, (size_t)e->len);
    dy_free(id);
    dy_free(path);
    return 0;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* No PETR_config.ini: every file recognised by name, sorted by name. */
static int scan_folder(dy_source_set *set, const char *dir, DIR *dh, dy_diag *d)
{
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(dh)) != NULL) {
        int role = dy_sources_role_of(e->d_name);
        if (role <= DY_ROLE_CONFIG)
            continue;
        DY_GROW(names, cap, n + 1);
        names[n++] = dy_xstrdup(e->d_name);
    }
    qsort(names, n, sizeof *names, cmp_str);
    int rc = 0, seen[DY_ROLE_ISSUES + 1] = {0};
    named_ctx c = {set, dir, d};
    for (int role = DY_ROLE_VERBS; role <= DY_ROLE_ISSUES && rc == 0; role++)
        for (size_t i = 0; i < n && rc == 0; i++) {
            if (dy_sources_role_of(names[i]) != role)
                continue;
            if (seen[role]++ && role != DY_ROLE_ACTORS) {
                dy_diagf(d, DY_ERROR, dir, 0, "more than one %s file (%s and another): name the "
                         "one to use with --%s", dy_role_name(role), names[i], dy_role_name(role));
                rc = -1;
            } else {
                rc = add_named_disk(&c, role, names[i]);
            }
        }
    for (size_t i = 0; i < n; i++)
        dy_free(names[i]);
    dy_free(names);
    return rc;
}

static int folder(dy_source_set *set, const char *dir, dy_diag *d)
{
    DIR *dh = opendir(dir);
    if (!dh) {
        dy_diagf(d, DY_ERROR, dir, 0, "cannot open dictionary folder: %s", strerror(errno));
        return -1;
    }
    char *ini = join(dir, "PETR_config.ini");
    struct stat st;
    int rc;
    if (stat(ini, &st) == 0) {
        rc = add_disk(set, DY_ROLE_CONFIG, ini, d);
        dy_config cfg = {0};
        if (rc == 0)
            dy_config_parse(set->file[set->n - 1].data, set->file[set->n - 1].len, &cfg, NULL, NULL);
        named_ctx c = {set, dir, d};
        if (rc == 0 && !cfg.verbs && !cfg.nactors && !cfg.agents && !cfg.discards && !cfg.issues)
            rc = scan_folder(set, dir, dh, d);
        else if (rc == 0)
            rc = each_named(&cfg, add_named_disk, &c);
        dy_config_free(&cfg);
    } else {
        rc = scan_folder(set, dir, dh, d);
    }
    dy_free(ini);
    closedir(dh);
    return rc;
}

static int embedded_defaults(dy_source_set *set, dy_diag *d)
{
    const dy_embedded_file *ini = dy_embedded_find(DEFAULT_DIR "/PETR_config.ini");
    if (!ini) {
        dy_diagf(d, DY_ERROR, NULL, 0,
                 "this dyad has no default dictionaries built in (" DEFAULT_DIR
                 "/PETR_config.ini): name some with --dict DIR");
        return -1;
    }
    add(set, DY_ROLE_CONFIG, DEFAULT_DIR "/PETR_config.ini",
        "embedded:" DEFAULT_DIR "/PETR_config.ini", (const char *)ini->data, (size_t)ini->len);
    dy_config cfg = {0};
    dy_config_parse((const char *)ini->data, (size_t)ini->len, &cfg, NULL, NULL);
    named_ctx c = {set, DEFAULT_DIR, d};
    int rc = each_named(&cfg, add_named_embedded, &c);
    dy_config_free(&cfg);
    return rc;
}

static void drop_role(dy_source_set *set, int role)
{
    size_t k = 0;
    for (size_t i = 0; i < set->n; i++) {
        if (set->file[i].role == role) {
            dy_free(set->file[i].name);
            dy_free(set->file[i].id);
            dy_free(set->file[i].owned);
        } else {
            set->file[k++] = set->file[i];
        }
    }
    set->n = k;
}

static int override(dy_source_set *set, int role, const char *path, dy_diag *d)
{
    if (!path)
        return 0;
    drop_role(set, role);
    return add_disk(set, role, path, d);
}

/* Keep the load order: config, verbs, actors, agents, discards, issues. */
static void order_roles(dy_source_set *set)
{
    for (size_t i = 1; i < set->n; i++) {
        dy_source_file f = set->file[i];
        size_t j = i;
        while (j > 0 && set->file[j - 1].role > f.role) {
            set->file[j] = set->file[j - 1];
            j--;
        }
        set->file[j] = f;
    }
}

/*
 * Decide the files to load from src (NULL or empty: the embedded defaults)
 * and read them. Returns 0, or -1 after reporting why not (a folder or
 * file that cannot be read, no defaults built in).
 */
int dy_sources_resolve(dy_source_set *set, const dy_dict_sources *src, dy_diag *d)
{
    memset(set, 0, sizeof *set);
    set->dialect = src ? src->dialect : DY_DIALECT_AUTO;
    int explicit_files = src && (src->verbs || src->nactors || src->agents || src->discards ||
                                 src->issues);
    if (!src || (!src->dir && !explicit_files))
        return embedded_defaults(set, d);
    if (src->dir && folder(set, src->dir, d))
        return -1;
    if (override(set, DY_ROLE_VERBS, src->verbs, d) ||
        override(set, DY_ROLE_AGENTS, src->agents, d) ||
        override(set, DY_ROLE_DISCARDS, src->discards, d) ||
        override(set, DY_ROLE_ISSUES, src->issues, d))
        return -1;
    if (src->nactors) {
        drop_role(set, DY_ROLE_ACTORS);
        for (size_t i = 0; i < src->nactors; i++)
            if (add_disk(set, DY_ROLE_ACTORS, src->actors[i], d))
                return -1;
    }
    order_roles(set);
    return 0;
}
