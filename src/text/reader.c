/*
 * reader.c — opening inputs, choosing the format, and what all formats
 * share: error records, NUL bytes, UTF-8 repair, the date rule.
 */
#include "text/reader_impl.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "base/mem.h"
#include "text/utf8.h"

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    if (n < k)
        return 0;
    for (size_t i = 0; i < k; i++)
        if ((s[n - k + i] | 0x20) != suffix[i])
            return 0;
    return 1;
}

/* The format a file's extension implies: .jsonl .ndjson .json → jsonl, .xml → xml, else text. */
dy_format dy_format_for_path(const char *path)
{
    if (ends_with(path, ".jsonl") || ends_with(path, ".ndjson") || ends_with(path, ".json"))
        return DY_FORMAT_JSONL;
    if (ends_with(path, ".xml"))
        return DY_FORMAT_XML;
    return DY_FORMAT_TEXT;
}

/* Parse "auto", "text", "jsonl" or "xml" into *out; 0 if the name is unknown. */
int dy_format_parse(const char *name, dy_format *out)
{
    static const char *const names[] = {"auto", "text", "jsonl", "xml"};
    for (int i = 0; i < 4; i++)
        if (!strcmp(name, names[i])) {
            *out = (dy_format)i;
            return 1;
        }
    return 0;
}

/* "auto", "text", "jsonl" or "xml". */
const char *dy_format_name(dy_format f)
{
    switch (f) {
    case DY_FORMAT_TEXT: return "text";
    case DY_FORMAT_JSONL: return "jsonl";
    case DY_FORMAT_XML: return "xml";
    default: return "auto";
    }
}

static dy_reader *reader_new(const char *path, const dy_reader_opts *opts, dy_diag *d)
{
    dy_reader *r = dy_xcalloc(1, sizeof *r);
    dy_reader_opts defaults = DY_READER_OPTS_INIT;
    r->opts = opts ? *opts : defaults;
    if (!r->opts.max_record)
        r->opts.max_record = DY_READER_MAX_RECORD;
    r->path = dy_xstrdup(path);
    const char *slash = strrchr(path, '/');
    r->name = dy_xstrdup(!strcmp(path, "-") ? "stdin" : slash ? slash + 1 : path);
    r->format = r->opts.format != DY_FORMAT_AUTO ? r->opts.format : dy_format_for_path(path);
    r->diag = d;
    r->line = 1;
    return r;
}

/*
 * Open path ("-" for standard input) for reading stories. Never returns
 * NULL: if the file cannot be opened, the error is reported to d and the
 * reader delivers one error record saying so.
 */
dy_reader *dy_reader_open(const char *path, const dy_reader_opts *opts, dy_diag *d)
{
    dy_reader *r = reader_new(path, opts, d);
    if (!strcmp(path, "-")) {
        dy_input_open_fd(&r->in, 0, 0);
        return r;
    }
    int fd = open(path, O_RDONLY);
    if (fd < 0) {
        r->open_error = dy_xstrdup(strerror(errno));
        dy_diagf(d, DY_ERROR, path, 0, "cannot open: %s", r->open_error);
        dy_input_open_mem(&r->in, "", 0);
        return r;
    }
    dy_input_open_fd(&r->in, fd, 1);
    return r;
}

/* Read stories from a block of memory (kept by the caller until close); name is used in messages. */
dy_reader *dy_reader_open_mem(const char *name, const char *data, size_t len,
                              const dy_reader_opts *opts, dy_diag *d)
{
    dy_reader *r = reader_new(name, opts, d);
    dy_input_open_mem(&r->in, data, len);
    return r;
}

/*
 * Deliver the next record into *out (its memory in arena a). Returns 1 if
 * a record was delivered, 0 at the end of the input.
 */
int dy_reader_next(dy_reader *r, dy_story *out, dy_arena *a)
{
    if (r->done)
        return 0;
    if (r->open_error) {
        dy_story_init(out, r, a, 0);
        out->kind = DY_RECORD_ERROR;
        out->reason = dy_arena_strdup(a, r->open_error);
        r->done = 1;
        return 1;
    }
    int got;
    switch (r->format) {
    case DY_FORMAT_JSONL: got = dy_read_jsonl_next(r, out, a); break;
    case DY_FORMAT_XML: got = dy_read_xml_next(r, out, a); break;
    default: got = dy_read_text_next(r, out, a); break;
    }
    if (!got) {
        r->done = 1;
        if (!r->in.error)
            return 0;
        /* the record being read is lost: say so in the output too */
        dy_reader_error(r, out, a, r->line, NULL, "read error: %s", strerror(r->in.error));
        r->records++;
        return 1;
    }
    r->records++;
    return 1;
}

/* Close the reader and release everything it holds. */
void dy_reader_close(dy_reader *r)
{
    if (!r)
        return;
    dy_read_xml_close(r);
    dy_input_close(&r->in);
    for (size_t i = 0; i < r->npending; i++) {
        dy_free(r->pending[i].option);
        dy_free(r->pending[i].value);
    }
    dy_free(r->pending);
    dy_buf_free(&r->scratch);
    dy_free(r->open_error);
    dy_free(r->path);
    dy_free(r->name);
    dy_free(r);
}

/* Start a record: everything empty, origin set to the reader's file and `line`. */
void dy_story_init(dy_story *s, dy_reader *r, dy_arena *a, long line)
{
    memset(s, 0, sizeof *s);
    s->kind = DY_RECORD_STORY;
    s->file = dy_arena_strdup(a, r->path);
    s->line = line;
    s->sentence_flag = -1;
}

/*
 * Make *s an error record for the record at `line` (id may be NULL) and
 * report the reason to the diagnostics as an error.
 */
void dy_reader_error(dy_reader *r, dy_story *s, dy_arena *a, long line, const char *id,
                     const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    dy_story_init(s, r, a, line);
    s->kind = DY_RECORD_ERROR;
    s->id = id ? dy_arena_strdup(a, id) : NULL;
    s->reason = dy_arena_strdup(a, msg);
    if (id)
        dy_diagf(r->diag, DY_ERROR, r->path, line, "story %s: %s", id, msg);
    else
        dy_diagf(r->diag, DY_ERROR, r->path, line, "%s", msg);
}

/* Number of line feeds in p[0..n). */
long dy_count_lines(const char *p, size_t n)
{
    long k = 0;
    const char *end = p + n;
    while ((p = memchr(p, '\n', (size_t)(end - p))) != NULL) {
        k++;
        p++;
    }
    return k;
}

/*
 * Replace NUL bytes in text by spaces (C strings and every later stage
 * need text without NULs) and report them as an error naming the story,
 * the line and the byte offset of the first. Returns how many there were.
 */
size_t dy_reader_fix_nuls(dy_reader *r, char *text, size_t n, long line, const char *id)
{
    char *p = memchr(text, 0, n);
    if (!p)
        return 0;
    size_t first = (size_t)(p - text), count = 0;
    for (; p; p = memchr(p, 0, n - (size_t)(p - text))) {
        *p = ' ';
        count++;
    }
    dy_diagf(r->diag, DY_ERROR, r->path, line + dy_count_lines(text, first),
             "story %s: %zu NUL byte%s (first at text byte %zu) replaced by spaces", id, count,
             count == 1 ? "" : "s", first);
    return count;
}

/*
 * If p[0..*n) is not valid UTF-8, report it (naming what and where) and
 * return a repaired copy with U+FFFD for each bad sequence (in r->scratch,
 * valid until the next call; *n updated). Otherwise return p unchanged.
 */
char *dy_reader_repair_utf8(dy_reader *r, const char *p, size_t *n, long line, const char *what)
{
    size_t first = 0, bad = dy_utf8_check(p, *n, &first);
    if (!bad)
        return (char *)p;
    dy_diagf(r->diag, DY_ERROR, r->path, line + dy_count_lines(p, first),
             "%s: invalid UTF-8 at byte %zu (%zu bad sequence%s) replaced by U+FFFD", what, first,
             bad, bad == 1 ? "" : "s");
    dy_buf_clear(&r->scratch);
    dy_utf8_sanitize(&r->scratch, p, *n);
    *n = r->scratch.len;
    return r->scratch.data;
}

/*
 * The date rule for a story that has no date of its own: --date if given,
 * else a dateline in the text, else unknown.
 */
void dy_reader_set_date(dy_reader *r, dy_story *s)
{
    if (s->date)
        return;
    if (r->opts.date) {
        s->date = r->opts.date;
        s->date_source = DY_DATE_OPTION;
        return;
    }
    int d = s->text ? dy_text_dateline(s->text, s->text_len) : 0;
    s->date = d;
    s->date_source = d ? DY_DATE_DATELINE : DY_DATE_NONE;
}
