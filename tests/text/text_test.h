/*
 * text_test.h — helpers shared by the text layer's tests: a diagnostics
 * sink that records messages, and reading all records of an input.
 */
#ifndef DYAD_TEXT_TEST_H
#define DYAD_TEXT_TEST_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "base/diag.h"
#include "text/reader.h"

/* Every message, as "where|severity|msg\n" lines. */
typedef struct msgs {
    char text[16384];
    size_t len;
    int n;
} msgs;

static inline void msgs_record(void *ctx, dy_severity sev, const char *where, const char *msg)
{
    msgs *m = ctx;
    m->n++;
    int k = snprintf(m->text + m->len, sizeof m->text - m->len, "%s|%s|%s\n", where,
                     dy_severity_name(sev), msg);
    if (k > 0 && m->len + (size_t)k < sizeof m->text)
        m->len += (size_t)k;
}

/* All records of an input, each copied into its own arena slot. */
typedef struct records {
    dy_story s[400];
    int n;
    dy_arena arena;
    dy_diag diag;
    msgs m;
} records;

static inline void records_read(records *r, dy_reader *rd)
{
    while (r->n < 400 && dy_reader_next(rd, &r->s[r->n], &r->arena))
        r->n++;
    dy_reader_close(rd);
}

/* Read a block of memory as the named input (the name chooses the format). */
static inline records *read_mem(const char *name, const char *data, size_t len, const dy_reader_opts *o)
{
    records *r = calloc(1, sizeof *r);
    dy_arena_init(&r->arena, 0);
    dy_diag_init(&r->diag, msgs_record, &r->m);
    records_read(r, dy_reader_open_mem(name, data, len, o, &r->diag));
    return r;
}

static inline records *read_path(const char *path, const dy_reader_opts *o)
{
    records *r = calloc(1, sizeof *r);
    dy_arena_init(&r->arena, 0);
    dy_diag_init(&r->diag, msgs_record, &r->m);
    records_read(r, dy_reader_open(path, o, &r->diag));
    return r;
}

static inline void records_free(records *r)
{
    dy_arena_free(&r->arena);
    free(r);
}

#endif
