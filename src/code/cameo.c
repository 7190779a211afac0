/*
 * cameo.c — loading and looking up the CAMEO event table (see cameo.h).
 *
 * Codes are 2-4 digits, so each maps to a small dense integer key
 * (dy_cameo_key) and a lookup is one array index: no hashing, no string
 * compares beyond the digits themselves.
 */
#include "code/cameo.h"

#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include "base/embedded.h"
#include "base/mem.h"
#include "code/tabline.h"

struct dy_cameo {
    dy_cameo_code *codes;            /* in file order */
    size_t n, cap;
    uint16_t index[DY_CAMEO_NKEYS];  /* key -> position + 1; 0 = absent */
};

/*
 * The dense key of a code of 2, 3 or 4 ASCII digits: 0..99 for roots,
 * 100..1099 for 3-digit codes, 1100..11099 for 4-digit codes. Any other
 * string (a letter, a blank, a length outside 2-4) gives -1.
 */
int dy_cameo_key(const char *code, size_t len)
{
    static const int base[5] = {0, 0, 0, 100, 1100};
    if (!code || len < 2 || len > 4)
        return -1;
    int v = 0;
    for (size_t i = 0; i < len; i++) {
        if (code[i] < '0' || code[i] > '9')
            return -1;
        v = v * 10 + (code[i] - '0');
    }
    return base[len] + v;
}

/*
 * A weight like "-9.5", "10.0" or "0" as tenths. Parsed by hand because
 * strtod follows the process locale, which may use a decimal comma.
 */
static int parse_tenths(const dy_tabfield *f, int *out)
{
    const char *s = f->s, *end = f->s + f->len;
    int neg = 0, v = 0, digits = 0;
    if (s < end && (*s == '-' || *s == '+'))
        neg = *s++ == '-';
    for (; s < end && *s >= '0' && *s <= '9' && digits < 3; s++, digits++)
        v = v * 10 + (*s - '0');
    if (!digits)
        return 0;
    v *= 10;
    if (s < end && *s == '.') {
        s++;
        if (s == end || *s < '0' || *s > '9')
            return 0;
        v += *s++ - '0';
    }
    if (s != end || v > 100)
        return 0;
    *out = neg ? -v : v;
    return 1;
}

static const dy_cameo_code *find_key(const dy_cameo *t, int key)
{
    if (!t || key < 0)
        return NULL;
    uint16_t i = t->index[key];
    return i ? &t->codes[i - 1] : NULL;
}

/* Check a record's fields; on success fill *c (label not yet set). */
static const char *check_record(const dy_cameo *t, const dy_tabline *tl, dy_cameo_code *c)
{
    const dy_tabfield *f = tl->field;
    if (tl->nfields != 4)
        return "expected 4 TAB-separated fields: code, quad, goldstein, label";
    int key = dy_cameo_key(f[0].s, f[0].len);
    if (key < 0)
        return "the code must be 2 to 4 digits";
    if (find_key(t, key))
        return "duplicate code";
    if (f[1].len != 1 || f[1].s[0] < '1' || f[1].s[0] > '4')
        return "the quad class must be 1, 2, 3 or 4";
    if (!parse_tenths(&f[2], &c->goldstein10))
        return "the Goldstein weight must be a number from -10.0 to 10.0 with one decimal";
    if (f[3].len == 0)
        return "the label is empty";
    memcpy(c->code, f[0].s, f[0].len);
    c->code[f[0].len] = 0;
    memcpy(c->root, f[0].s, 2);
    c->root[2] = 0;
    c->quad = (dy_quad)(f[1].s[0] - '0');
    c->goldstein = c->goldstein10 / 10.0;
    return NULL;
}

/* A code below a root needs its root (and a 4-digit code its 3-digit parent). */
static const char *check_parents(const dy_cameo *t, const dy_cameo_code *c)
{
    size_t len = strlen(c->code);
    if (len == 2)
        return NULL;
    const dy_cameo_code *root = find_key(t, dy_cameo_key(c->code, 2));
    if (!root)
        return "the code's root (its first two digits) must be listed before it";
    if (root->quad != c->quad)
        return "the quad class differs from the root's";
    if (len == 4 && !find_key(t, dy_cameo_key(c->code, 3)))
        return "a 4-digit code needs its 3-digit parent listed before it";
    return NULL;
}

static void add_code(dy_cameo *t, const dy_cameo_code *c, const dy_tabfield *label)
{
    DY_GROW(t->codes, t->cap, t->n + 1);
    dy_cameo_code *slot = &t->codes[t->n++];
    *slot = *c;
    slot->label = dy_xstrndup(label->s, label->len);
    t->index[dy_cameo_key(c->code, strlen(c->code))] = (uint16_t)t->n;
}

/*
 * Build a table from text in the data/cameo.tsv format. Bad records are
 * reported to d as "name:line" errors and skipped; the rest is kept, so
 * the caller decides (by d->errors) whether a partial table will do.
 * Free the result with dy_cameo_free.
 */
dy_cameo *dy_cameo_parse(const char *text, size_t len, const char *name, dy_diag *d)
{
    dy_cameo *t = dy_xcalloc(1, sizeof *t);
    dy_tabline tl;
    dy_tabline_init(&tl, text, len);
    while (dy_tabline_next(&tl)) {
        dy_cameo_code c = {{0}, {0}, DY_QUAD_NONE, 0, 0.0, NULL};
        const char *why = check_record(t, &tl, &c);
        if (!why)
            why = check_parents(t, &c);
        if (why) {
            dy_diagf(d, DY_ERROR, name, tl.line, "%s", why);
            continue;
        }
        add_code(t, &c, &tl.field[3]);
    }
    if (t->n == 0)
        dy_diagf(d, DY_ERROR, name, 0, "no CAMEO codes found");
    return t;
}

/* Release a table made by dy_cameo_parse (NULL is fine). */
void dy_cameo_free(dy_cameo *t)
{
    if (!t)
        return;
    for (size_t i = 0; i < t->n; i++)
        dy_free((void *)t->codes[i].label);
    dy_free(t->codes);
    dy_free(t);
}

static pthread_once_t default_once = PTHREAD_ONCE_INIT;
static dy_cameo *default_table;

static void load_default(void)
{
    const dy_embedded_file *f = dy_embedded_find("data/cameo.tsv");
    if (f)
        default_table = dy_cameo_parse((const char *)f->data, (size_t)f->len,
                                       "data/cameo.tsv", NULL);
}

/*
 * The table built into dyad (data/cameo.tsv), parsed on the first call.
 * Safe to call from many threads at once; the table lives until exit and
 * must not be freed. NULL only if the binary was built without the file.
 */
const dy_cameo *dy_cameo_default(void)
{
    pthread_once(&default_once, load_default);
    return default_table;
}

/*
 * The entry for `code` (len bytes), or NULL if the table has no such code.
 * t may be NULL (then nothing is found).
 */
const dy_cameo_code *dy_cameo_find(const dy_cameo *t, const char *code, size_t len)
{
    return find_key(t, dy_cameo_key(code, len));
}

/*
 * Fill *out with what is known of `code`: the table's facts for a CAMEO
 * code, and for any other string the convention of cameo.h (root = first
 * two characters, no quad class, no weight, no label). Returns is_cameo.
 */
int dy_cameo_describe(const dy_cameo *t, const char *code, size_t len, dy_cameo_info *out)
{
    memset(out, 0, sizeof *out);
    const dy_cameo_code *c = dy_cameo_find(t, code, len);
    if (!c) {
        size_t r = len < 2 ? len : 2;
        if (r)
            memcpy(out->root, code, r);
        out->root[r] = 0;
        return 0;
    }
    out->is_cameo = 1;
    memcpy(out->root, c->root, sizeof out->root);
    out->quad = c->quad;
    out->has_goldstein = 1;
    out->goldstein10 = c->goldstein10;
    out->goldstein = c->goldstein;
    out->label = c->label;
    return 1;
}

/* Number of codes in the table (0 for NULL). */
size_t dy_cameo_count(const dy_cameo *t)
{
    return t ? t->n : 0;
}

/* The i-th code in file order (i < dy_cameo_count), for listings. */
const dy_cameo_code *dy_cameo_at(const dy_cameo *t, size_t i)
{
    return t && i < t->n ? &t->codes[i] : NULL;
}

/* A short name for a quad class ("verbal cooperation"); "" for none. */
const char *dy_quad_name(dy_quad q)
{
    switch (q) {
    case DY_QUAD_VERBAL_COOP: return "verbal cooperation";
    case DY_QUAD_MATERIAL_COOP: return "material cooperation";
    case DY_QUAD_VERBAL_CONFLICT: return "verbal conflict";
    case DY_QUAD_MATERIAL_CONFLICT: return "material conflict";
    default: return "";
    }
}
