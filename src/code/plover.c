/*
 * plover.c — loading and looking up the CAMEO→PLOVER mapping (plover.h).
 *
 * Keys are the same dense 2-4 digit keys as the CAMEO table's, so a lookup
 * is an array index.
 */
#include "code/plover.h"

#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include "base/embedded.h"
#include "base/mem.h"
#include "code/cameo.h"
#include "code/tabline.h"

struct dy_plover {
    dy_plover_entry *entries;        /* in file order */
    size_t n, cap;
    uint16_t index[DY_CAMEO_NKEYS];  /* key -> position + 1; 0 = absent */
};

/* An event type is upper-case letters: a typo in the table shows here. */
static int is_event_name(const dy_tabfield *f)
{
    if (f->len == 0)
        return 0;
    for (size_t i = 0; i < f->len; i++)
        if (f->s[i] < 'A' || f->s[i] > 'Z')
            return 0;
    return 1;
}

/* '-' (or nothing) means "none": NULL. Otherwise a private copy. */
static const char *optional(const dy_tabfield *f)
{
    if (f->len == 0 || (f->len == 1 && f->s[0] == '-'))
        return NULL;
    return dy_xstrndup(f->s, f->len);
}

static const char *check_record(const dy_plover *p, const dy_tabline *tl)
{
    const dy_tabfield *f = tl->field;
    if (tl->nfields != 4)
        return "expected 4 TAB-separated fields: code, event, mode, context";
    int key = dy_cameo_key(f[0].s, f[0].len);
    if (key < 0)
        return "the code must be 2 to 4 digits";
    if (p->index[key])
        return "duplicate code";
    if (!is_event_name(&f[1]))
        return "the PLOVER event type must be an upper-case word";
    return NULL;
}

static void add_entry(dy_plover *p, const dy_tabline *tl)
{
    const dy_tabfield *f = tl->field;
    DY_GROW(p->entries, p->cap, p->n + 1);
    dy_plover_entry *e = &p->entries[p->n++];
    memcpy(e->code, f[0].s, f[0].len);
    e->code[f[0].len] = 0;
    e->event = dy_xstrndup(f[1].s, f[1].len);
    e->mode = optional(&f[2]);
    e->context = optional(&f[3]);
    p->index[dy_cameo_key(f[0].s, f[0].len)] = (uint16_t)p->n;
}

/*
 * Build a mapping from text in the data/plover.tsv format. Bad records are
 * reported to d as "name:line" errors and skipped. Free with dy_plover_free.
 */
dy_plover *dy_plover_parse(const char *text, size_t len, const char *name, dy_diag *d)
{
    dy_plover *p = dy_xcalloc(1, sizeof *p);
    dy_tabline tl;
    dy_tabline_init(&tl, text, len);
    while (dy_tabline_next(&tl)) {
        const char *why = check_record(p, &tl);
        if (why) {
            dy_diagf(d, DY_ERROR, name, tl.line, "%s", why);
            continue;
        }
        add_entry(p, &tl);
    }
    if (p->n == 0)
        dy_diagf(d, DY_ERROR, name, 0, "no PLOVER mappings found");
    return p;
}

/* Release a mapping made by dy_plover_parse (NULL is fine). */
void dy_plover_free(dy_plover *p)
{
    if (!p)
        return;
    for (size_t i = 0; i < p->n; i++) {
        dy_free((void *)p->entries[i].event);
        dy_free((void *)p->entries[i].mode);
        dy_free((void *)p->entries[i].context);
    }
    dy_free(p->entries);
    dy_free(p);
}

static pthread_once_t default_once = PTHREAD_ONCE_INIT;
static dy_plover *default_map;

static void load_default(void)
{
    const dy_embedded_file *f = dy_embedded_find("data/plover.tsv");
    if (f)
        default_map = dy_plover_parse((const char *)f->data, (size_t)f->len,
                                      "data/plover.tsv", NULL);
}

/*
 * The mapping built into dyad (data/plover.tsv), parsed on the first call;
 * thread-safe, never to be freed. NULL only if the binary lacks the file.
 */
const dy_plover *dy_plover_default(void)
{
    pthread_once(&default_once, load_default);
    return default_map;
}

/* The line for exactly `code`, or NULL. p may be NULL. */
const dy_plover_entry *dy_plover_find_exact(const dy_plover *p, const char *code, size_t len)
{
    int key = dy_cameo_key(code, len);
    if (!p || key < 0 || !p->index[key])
        return NULL;
    return &p->entries[p->index[key] - 1];
}

/*
 * The mapping for `code`: its own line, else that of its longest prefix
 * of 2 or more characters (075A -> 075), else NULL (see plover.h).
 */
const dy_plover_entry *dy_plover_find(const dy_plover *p, const char *code, size_t len)
{
    for (size_t n = len; n >= 2; n--) {
        const dy_plover_entry *e = dy_plover_find_exact(p, code, n);
        if (e)
            return e;
    }
    return NULL;
}

/* Number of lines in the mapping (0 for NULL). */
size_t dy_plover_count(const dy_plover *p)
{
    return p ? p->n : 0;
}

/* The i-th line in file order (i < dy_plover_count). */
const dy_plover_entry *dy_plover_at(const dy_plover *p, size_t i)
{
    return p && i < p->n ? &p->entries[i] : NULL;
}
