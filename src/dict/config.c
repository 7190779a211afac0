/*
 * config.c — reading PETR_config.ini (the PETRARCH configuration file).
 *
 * Only what concerns the dictionaries is read: the file names of
 * [Dictionaries] and the coding options of [Options] (require_dyad,
 * new_actor_length, comma_*). Every other key (text files, output,
 * interface switches) belongs to PETRARCH's own runner and is ignored.
 */
#include "dict/config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/mem.h"
#include "dict/lines.h"

/* The default options of CODING-RULES §2.3 and §2.9: those of a dictionary
 * set whose PETR_config.ini sets none, and dyad_options_default()'s. */
void dy_dict_options_default(dy_dict_options *o)
{
    o->require_dyad = 1;
    o->new_actor_length = 0;
    o->comma_min = 2;
    o->comma_max = 8;
    o->comma_bmin = 0;
    o->comma_bmax = 0;
    o->comma_emin = 2;
    o->comma_emax = 8;
}

/* Release the names held by cfg. */
void dy_config_free(dy_config *cfg)
{
    dy_free(cfg->verbs);
    for (size_t i = 0; i < cfg->nactors; i++)
        dy_free(cfg->actors[i]);
    dy_free(cfg->actors);
    dy_free(cfg->agents);
    dy_free(cfg->discards);
    dy_free(cfg->issues);
    memset(cfg, 0, sizeof *cfg);
}

static void set_name(char **dst, const char *v, size_t n)
{
    dy_free(*dst);
    *dst = dy_xstrndup(v, n);
}

static void actor_list(dy_config *cfg, const char *v, size_t n)
{
    for (size_t i = 0; i < cfg->nactors; i++)
        dy_free(cfg->actors[i]);
    cfg->nactors = 0;
    const char *end = v + n;
    while (v < end) {
        const char *c = memchr(v, ',', (size_t)(end - v));
        const char *item = v;
        size_t in = (size_t)((c ? c : end) - v);
        dy_trim(&item, &in);
        if (in) {
            DY_GROW(cfg->actors, cfg->cap_actors, cfg->nactors + 1);
            cfg->actors[cfg->nactors++] = dy_xstrndup(item, in);
        }
        if (!c)
            break;
        v = c + 1;
    }
}

static int keyis(const char *k, size_t kn, const char *name)
{
    return strlen(name) == kn && strncasecmp(k, name, kn) == 0;
}

static void int_option(dy_builder *b, long line, int32_t *dst, const char *k, size_t kn,
                       const char *v, size_t vn)
{
    char buf[32];
    if (vn == 0 || vn >= sizeof buf) {
        if (b)
            dy_b_report(b, DY_ERROR, line, "option %.*s needs a whole number", (int)kn, k);
        return;
    }
    memcpy(buf, v, vn);
    buf[vn] = 0;
    char *end;
    errno = 0;
    long x = strtol(buf, &end, 10);
    if (*end || errno || x < 0 || x > 1000000) {
        if (b)
            dy_b_report(b, DY_ERROR, line, "option %.*s: '%s' is not a whole number >= 0", (int)kn,
                        k, buf);
        return;
    }
    *dst = (int32_t)x;
}

/* "false" anywhere in the value (any case) means false (CODING-RULES §2.9). */
static int bool_value(const char *v, size_t n)
{
    for (size_t i = 0; i + 5 <= n; i++)
        if (strncasecmp(v + i, "false", 5) == 0)
            return 0;
    return 1;
}

static void option(dy_builder *b, long line, dy_dict_options *o, const char *k, size_t kn,
                   const char *v, size_t vn)
{
    static const struct { const char *name; size_t off; } ints[] = {
        {"new_actor_length", offsetof(dy_dict_options, new_actor_length)},
        {"comma_min", offsetof(dy_dict_options, comma_min)},
        {"comma_max", offsetof(dy_dict_options, comma_max)},
        {"comma_bmin", offsetof(dy_dict_options, comma_bmin)},
        {"comma_bmax", offsetof(dy_dict_options, comma_bmax)},
        {"comma_emin", offsetof(dy_dict_options, comma_emin)},
        {"comma_emax", offsetof(dy_dict_options, comma_emax)},
    };
    if (keyis(k, kn, "require_dyad")) {
        o->require_dyad = bool_value(v, vn);
        return;
    }
    for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++)
        if (keyis(k, kn, ints[i].name))
            int_option(b, line, (int32_t *)((char *)o + ints[i].off), k, kn, v, vn);
}

static void dictionary(dy_config *cfg, const char *k, size_t kn, const char *v, size_t vn)
{
    if (keyis(k, kn, "verbfile_name"))
        set_name(&cfg->verbs, v, vn);
    else if (keyis(k, kn, "actorfile_list"))
        actor_list(cfg, v, vn);
    else if (keyis(k, kn, "agentfile_name"))
        set_name(&cfg->agents, v, vn);
    else if (keyis(k, kn, "discardfile_name"))
        set_name(&cfg->discards, v, vn);
    else if (keyis(k, kn, "issuefile_name"))
        set_name(&cfg->issues, v, vn);
}

/*
 * Read text[0..len) of a PETR_config.ini into cfg (file names) and opt
 * (options; unmentioned ones keep their values). Problems are reported
 * through b if it is not NULL (b's current file must be the config).
 */
void dy_config_parse(const char *text, size_t len, dy_config *cfg, dy_dict_options *opt,
                     dy_builder *b)
{
    enum { OTHER, DICTS, OPTIONS } section = OTHER;
    dy_lines r;
    dy_lines_init(&r, text, len, DY_LINES_SEMICOLON);
    while (dy_lines_next(&r)) {
        const char *s = r.text;
        size_t n = r.len;
        if (s[0] == '[') {
            section = n >= 14 && strncasecmp(s, "[Dictionaries]", 14) == 0 ? DICTS
                      : n >= 9 && strncasecmp(s, "[Options]", 9) == 0 ? OPTIONS : OTHER;
            continue;
        }
        const char *eq = memchr(s, '=', n);
        if (!eq) {
            if (b)
                dy_b_report(b, DY_WARNING, r.lineno, "line without '=' ignored: '%.*s'", (int)n, s);
            continue;
        }
        const char *k = s, *v = eq + 1;
        size_t kn = (size_t)(eq - s), vn = n - kn - 1;
        dy_trim(&k, &kn);
        dy_trim(&v, &vn);
        if (section == DICTS && cfg)
            dictionary(cfg, k, kn, v, vn);
        else if (section == OPTIONS && opt)
            option(b, r.lineno, opt, k, kn, v, vn);
    }
}
