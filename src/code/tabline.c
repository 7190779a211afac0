/*
 * tabline.c — record reader for dyad's tab-separated data tables.
 */
#include "code/tabline.h"

#include <string.h>

/* Start reading `text` (len bytes; need not be NUL-terminated). */
void dy_tabline_init(dy_tabline *t, const char *text, size_t len)
{
    memset(t, 0, sizeof *t);
    t->text = text;
    t->len = len;
}

/* Blanks around a field are not part of it: editors like to add them. */
static dy_tabfield trimmed(const char *s, size_t n)
{
    while (n && (*s == ' ' || *s == '\r')) {
        s++;
        n--;
    }
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\r'))
        n--;
    return (dy_tabfield){s, n};
}

/* Split [s, s+n) at TABs into t->field; extra fields pile into the last. */
static void split(dy_tabline *t, const char *s, size_t n)
{
    t->nfields = 0;
    while (t->nfields < DY_TABLINE_MAX_FIELDS - 1) {
        const char *tab = memchr(s, '\t', n);
        if (!tab)
            break;
        t->field[t->nfields++] = trimmed(s, (size_t)(tab - s));
        n -= (size_t)(tab - s) + 1;
        s = tab + 1;
    }
    t->field[t->nfields++] = trimmed(s, n);
}

static int is_skipped(const char *s, size_t n)
{
    while (n && (*s == ' ' || *s == '\t' || *s == '\r')) {
        s++;
        n--;
    }
    return n == 0 || *s == '#';
}

/*
 * Advance to the next record, skipping blank and '#' lines. Returns 1 and
 * fills t->field / t->nfields / t->line, or 0 at the end of the text.
 */
int dy_tabline_next(dy_tabline *t)
{
    while (t->pos < t->len) {
        const char *s = t->text + t->pos;
        size_t rest = t->len - t->pos;
        const char *nl = memchr(s, '\n', rest);
        size_t n = nl ? (size_t)(nl - s) : rest;
        t->pos += n + (nl != NULL);
        t->line++;
        if (is_skipped(s, n))
            continue;
        split(t, s, n);
        return 1;
    }
    return 0;
}

/* Does field f hold exactly the string s? */
int dy_tabfield_is(const dy_tabfield *f, const char *s)
{
    return strlen(s) == f->len && memcmp(f->s, s, f->len) == 0;
}
