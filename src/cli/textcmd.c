/*
 * textcmd.c — the shared driver of `dyad sentences` and `dyad tokens`.
 *
 * Every record read shows up in the output: a story as a "# story" comment
 * line (with its date, or "date=unknown") followed by its lines, a bad
 * record as a "# error" line (and a message on stderr), PETRARCH <Config>
 * and <Environment> records as comment lines too.
 */
#include "cli/textcmd.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "base/arena.h"
#include "cli/cli.h"
#include "text/reader.h"
#include "text/utf8.h"

/*
 * Append s as one TSV field: invalid UTF-8 becomes U+FFFD, and tabs, line
 * feeds and carriage returns become spaces, so output is always valid
 * UTF-8 with one record per line.
 */
void dy_textcmd_add_text(dy_buf *out, const char *s, size_t n)
{
    size_t from = out->len;
    if (dy_utf8_check(s, n, NULL))
        dy_utf8_sanitize(out, s, n);
    else
        dy_buf_add(out, s, n);
    for (size_t i = from; i < out->len; i++)
        if (out->data[i] == '\t' || out->data[i] == '\n' || out->data[i] == '\r')
            out->data[i] = ' ';
}

/*
 * Append the columns a line of `dyad sentences` and of `dyad tokens` starts
 * with, tab-separated: story id, sentence number (from 1), byte start, byte
 * end, flags, and the text s->text[start..end). Nothing follows the text:
 * the caller adds its own columns and ends the line.
 */
void dy_textcmd_add_span(dy_buf *out, const dy_story *s, size_t sentence, size_t start,
                         size_t end, const char *flags)
{
    dy_textcmd_add_text(out, s->id, strlen(s->id));
    dy_buf_addc(out, '\t');
    dy_buf_add_long(out, (long)sentence);
    dy_buf_addc(out, '\t');
    dy_buf_add_long(out, (long)start);
    dy_buf_addc(out, '\t');
    dy_buf_add_long(out, (long)end);
    dy_buf_addc(out, '\t');
    dy_buf_adds(out, flags);
    dy_buf_addc(out, '\t');
    dy_textcmd_add_text(out, s->text + start, end - start);
}

static void add_date(dy_buf *out, int d)
{
    if (!d) {
        dy_buf_adds(out, "unknown");
        return;
    }
    dy_buf_addf(out, "%04d-%02d-%02d", d / 10000, d / 100 % 100, d % 100);
}

/* The comment line that introduces a record. */
static void header(dy_buf *out, const dy_story *s)
{
    switch (s->kind) {
    case DY_RECORD_STORY:
        dy_buf_adds(out, "# story ");
        dy_textcmd_add_text(out, s->id, strlen(s->id));
        dy_buf_adds(out, " date=");
        add_date(out, s->date);
        if (s->date)
            dy_buf_addf(out, " (%s)", dy_date_source_name(s->date_source));
        break;
    case DY_RECORD_CONFIG:
        dy_buf_adds(out, "# config ");
        dy_textcmd_add_text(out, s->option, strlen(s->option));
        dy_buf_addc(out, '=');
        dy_textcmd_add_text(out, s->value, strlen(s->value));
        break;
    case DY_RECORD_ENVIRONMENT:
        dy_buf_adds(out, "# environment");
        for (size_t i = 0; i < s->nenv; i++) {
            dy_buf_addf(out, " %s=", s->env[i].name);
            dy_textcmd_add_text(out, s->env[i].value, strlen(s->env[i].value));
        }
        break;
    default:
        dy_buf_adds(out, "# error ");
        if (s->id) {
            dy_textcmd_add_text(out, s->id, strlen(s->id));
            dy_buf_addc(out, ' ');
        }
        dy_buf_addf(out, "%s:%ld: ", s->file, s->line);
        dy_textcmd_add_text(out, s->reason, strlen(s->reason));
        break;
    }
    dy_buf_addc(out, '\n');
}

/* Write out and empty it; 0 on a write error. */
static int flush(dy_buf *out)
{
    if (out->len && fwrite(out->data, 1, out->len, stdout) != out->len)
        return 0;
    dy_buf_clear(out);
    return 1;
}

typedef struct run_opts {
    dy_reader_opts reader;
    int first_file;     /* index in argv of the first file */
} run_opts;

/* Parse the options; returns -1 when it printed help, DY_EXIT_USAGE on error, 0 if ok. */
static int parse_options(int argc, char **argv, const char *help, run_opts *o)
{
    dy_reader_opts defaults = DY_READER_OPTS_INIT;
    o->reader = defaults;
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--")) {
            i++;
            break;
        }
        if (a[0] != '-' || !strcmp(a, "-"))
            break;
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            fputs(help, stdout);
            return -1;
        }
        if (!strcmp(a, "--input") || !strcmp(a, "--date")) {
            if (i + 1 >= argc)
                return dy_cli_usage_error(argv[0], "%s needs a value", a);
            const char *v = argv[++i];
            if (!strcmp(a, "--input") && !dy_format_parse(v, &o->reader.format))
                return dy_cli_usage_error(argv[0], "unknown input format '%s' (text, jsonl, xml, auto)", v);
            if (!strcmp(a, "--date") && !(o->reader.date = dy_date_parse(v, strlen(v))))
                return dy_cli_usage_error(argv[0], "--date '%s' is not a date (YYYY-MM-DD)", v);
            continue;
        }
        return dy_cli_usage_error(argv[0], "unknown option '%s'", a);
    }
    o->first_file = i;
    return 0;
}

/* Read one input and write its records; 0 on a write error. */
static int run_file(const char *path, const run_opts *o, dy_diag *d, dy_textcmd_story_fn fn,
                    void *ctx, dy_buf *out, dy_arena *arena)
{
    dy_reader *r = dy_reader_open(path, &o->reader, d);
    dy_story s;
    int ok = 1;
    while (ok && dy_reader_next(r, &s, arena)) {
        header(out, &s);
        if (s.kind == DY_RECORD_STORY)
            fn(ctx, &s, out);
        if (out->len > (1 << 20))
            ok = flush(out);
        dy_arena_reset(arena);
    }
    dy_reader_close(r);
    return ok;
}

/*
 * Run a text subcommand: `dyad NAME [--input FMT] [--date YYYY-MM-DD]
 * [FILE...]`, standard input when there is no file or for "-". fn writes
 * each story's lines. Returns the exit status (see cli.h).
 */
int dy_textcmd_run(int argc, char **argv, const char *help, dy_textcmd_story_fn fn, void *ctx)
{
    run_opts o;
    int st = parse_options(argc, argv, help, &o);
    if (st)
        return st < 0 ? DY_EXIT_OK : st;
    dy_diag d;
    dy_cli_diag_init(&d);
    dy_arena arena;
    dy_arena_init(&arena, 1 << 20);
    dy_buf out = DY_BUF_INIT;
    int ok = 1;
    if (o.first_file >= argc)
        ok = run_file("-", &o, &d, fn, ctx, &out, &arena);
    for (int i = o.first_file; ok && i < argc; i++)
        ok = run_file(argv[i], &o, &d, fn, ctx, &out, &arena);
    ok = ok && flush(&out) && fflush(stdout) == 0;
    dy_buf_free(&out);
    dy_arena_free(&arena);
    if (!ok) {
        fprintf(stderr, "dyad %s: cannot write the output: %s\n", argv[0], strerror(errno));
        return DY_EXIT_FATAL;
    }
    return dy_cli_status(&d);
}
