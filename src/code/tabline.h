/*
 * tabline.h — reading dyad's small tab-separated data tables.
 *
 * data/cameo.tsv and data/plover.tsv share one layout: '#' comment lines,
 * blank lines, and records of TAB-separated fields. This reader walks such
 * a text in place (no copies) and hands out one record at a time.
 */
#ifndef DY_CODE_TABLINE_H
#define DY_CODE_TABLINE_H

#include <stddef.h>

#define DY_TABLINE_MAX_FIELDS 8

typedef struct dy_tabfield {
    const char *s;     /* start of the field (not NUL-terminated) */
    size_t len;        /* its length, without surrounding blanks */
} dy_tabfield;

typedef struct dy_tabline {
    const char *text;  /* the whole table */
    size_t len;
    size_t pos;        /* where the next line starts */
    long line;         /* 1-based number of the line last returned */
    size_t nfields;    /* fields of the line last returned */
    dy_tabfield field[DY_TABLINE_MAX_FIELDS];
} dy_tabline;

void dy_tabline_init(dy_tabline *t, const char *text, size_t len);
int dy_tabline_next(dy_tabline *t);
int dy_tabfield_is(const dy_tabfield *f, const char *s);

#endif
