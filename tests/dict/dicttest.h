/*
 * dicttest.h — helpers shared by the dictionary tests: load a dictionary
 * written inline (through a temporary file and the real loader), record
 * every message, find records by text.
 */
#ifndef DYAD_DICTTEST_H
#define DYAD_DICTTEST_H

#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/diag.h"
#include "dict/dict.h"
#include "dict/dump.h"

/* Messages as "where: severity: message\n", in order. */
typedef struct dt_log {
    dy_buf text;
    dy_diag diag;
} dt_log;

static inline void dt_record(void *ctx, dy_severity sev, const char *where, const char *msg)
{
    dt_log *l = ctx;
    dy_buf_addf(&l->text, "%s: %s: %s\n", where, dy_severity_name(sev), msg);
}

static inline void dt_log_init(dt_log *l)
{
    l->text = (dy_buf)DY_BUF_INIT;
    dy_buf_adds(&l->text, "");
    dy_diag_init(&l->diag, dt_record, l);
}

static inline void dt_log_free(dt_log *l)
{
    dy_buf_free(&l->text);
}

/* Does the log have a line containing `needle`? */
static inline int dt_logged(const dt_log *l, const char *needle)
{
    return l->text.data && strstr(l->text.data, needle) != NULL;
}

enum { DT_VERBS, DT_ACTORS, DT_AGENTS, DT_DISCARDS, DT_ISSUES };

/*
 * Load `text` as a dictionary of the given kind (a temporary file, no
 * cache), messages into log. *path receives the temporary file's name
 * (free and unlink with dt_done). dialect: DY_DIALECT_*.
 */
static inline dy_dict *dt_load_kind(int kind, const char *text, int dialect, int strict,
                                    dt_log *log, char **path)
{
    static const char *const suffix[] = {".verbs.txt", ".actors.txt", ".agents.txt",
                                         ".discards.txt", ".issues.txt"};
    *path = dyad_temp_file(suffix[kind], text, strlen(text));
    dy_dict_sources src = {0};
    const char *actors[1] = {*path};
    switch (kind) {
    case DT_VERBS: src.verbs = *path; break;
    case DT_ACTORS: src.actors = actors; src.nactors = 1; break;
    case DT_AGENTS: src.agents = *path; break;
    case DT_DISCARDS: src.discards = *path; break;
    default: src.issues = *path; break;
    }
    src.dialect = dialect;
    dy_dict_load_opts opt = {0};
    opt.no_cache = 1;
    opt.strict = strict;
    return dy_dict_load(&src, &opt, &log->diag);
}

static inline void dt_done(dy_dict *d, char *path)
{
    dy_dict_free(d);
    if (path) {
        unlink(path);
        free(path);
    }
}

/* The dump of part(s) of d, malloc'd. */
static inline char *dt_dump(const dy_dict *d, int parts)
{
    dy_buf b = DY_BUF_INIT;
    dy_dict_dump(d, parts, &b);
    dy_buf_adds(&b, "");
    return dy_buf_detach(&b);
}

/* The pattern at `line` of the verbs file, rendered (static buffer). */
static inline const char *dt_pattern_at(const dy_dict *d, uint32_t line)
{
    static char out[512];
    out[0] = 0;
    for (uint32_t i = 0; i < d->npatterns; i++)
        if (d->pattern[i].line == line) {
            dy_buf b = DY_BUF_INIT;
            dy_dump_pattern(d, i, &b);
            snprintf(out, sizeof out, "%s", b.data);
            dy_buf_free(&b);
            break;
        }
    return out;
}

/*
 * Load `text` as a file of `kind` (DT_*) and check the message it gives:
 * the log must hold `msg`, and the load must count an error exactly when
 * `msg` is one. `n` numbers the case in the failure message.
 */
static inline void dt_expect_message(int kind, const char *text, int dialect, const char *msg,
                                     size_t n)
{
    dt_log log;
    dt_log_init(&log);
    char *path;
    dy_dict *d = dt_load_kind(kind, text, dialect, 0, &log, &path);
    assert_non_null(d);
    if (!dt_logged(&log, msg))
        fail_msg("case %zu: expected '%s' in:\n%s", n, msg,
                 log.text.data ? log.text.data : "(no messages)");
    assert_int_equal(d->stats.errors > 0, strstr(msg, ": error: ") != NULL);
    dt_done(d, path);
    dt_log_free(&log);
}

/* The pattern read from `line` of the verbs file (the last one, if the
 * line gave several); asserted to exist. */
static inline const dy_pattern *dt_pattern_on(const dy_dict *d, uint32_t line)
{
    const dy_pattern *p = NULL;
    for (uint32_t i = 0; i < d->npatterns; i++)
        if (d->pattern[i].line == line)
            p = &d->pattern[i];
    assert_non_null(p);
    return p;
}

/* The word id of an (upper-case) C string. */
static inline dy_word dt_word(const dy_dict *d, const char *s)
{
    return dy_dict_word(d, s, strlen(s));
}

#endif
