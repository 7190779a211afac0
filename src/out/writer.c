/*
 * writer.c — JSON Lines and TSV event records (see writer.h).
 *
 * Field order (both formats):
 *   story sentence date source target code root quad goldstein
 *   source_text source_start source_end target_text target_start target_end
 *   verb_text verb_start verb_end pattern issues [plover_event plover_mode]
 * In JSON the three spans are written as [start, end] arrays named
 * source_span, target_span, verb_span; absent values are null. In TSV an
 * absent value is an empty field.
 */
#include "out/writer.h"
#include "code/plover.h"

#include <stdio.h>
#include <string.h>

static const char *const tsv_fields[] = {
    "story", "sentence", "date", "source", "target", "code", "root", "quad", "goldstein",
    "source_text", "source_start", "source_end", "target_text", "target_start", "target_end",
    "verb_text", "verb_start", "verb_end", "pattern", "issues",
};

/* "YYYY-MM-DD" for a YYYYMMDD date; "" when the date is unknown (0). */
void dy_format_date(int d, char out[11])
{
    if (d <= 0) {
        out[0] = 0;
        return;
    }
    snprintf(out, 11, "%04d-%02d-%02d", (d / 10000) % 10000, (d / 100) % 100, d % 100);
}

/* Goldstein weights have one decimal; print them so, always the same way. */
static void add_goldstein(dy_buf *b, const dy_event *e, int json)
{
    if (!e->has_goldstein) {
        if (json)
            dy_buf_adds(b, "null");
        return;
    }
    long tenths = (long)(e->goldstein * 10.0 + (e->goldstein < 0 ? -0.5 : 0.5));
    if (tenths < 0) {
        dy_buf_addc(b, '-');
        tenths = -tenths;
    }
    dy_buf_add_long(b, tenths / 10);
    dy_buf_addc(b, '.');
    dy_buf_add_long(b, tenths % 10);
}

static void json_key(dy_buf *b, const char *key, int first)
{
    if (!first)
        dy_buf_addc(b, ',');
    dy_buf_add_json_str(b, key, strlen(key));
    dy_buf_addc(b, ':');
}

static void json_str(dy_buf *b, const char *key, const char *v)
{
    json_key(b, key, 0);
    if (!v)
        dy_buf_adds(b, "null");
    else
        dy_buf_add_json_str(b, v, strlen(v));
}

static void json_span(dy_buf *b, const char *key, dyad_span s)
{
    json_key(b, key, 0);
    if (s.start < 0) {
        dy_buf_adds(b, "null");
        return;
    }
    dy_buf_addc(b, '[');
    dy_buf_add_long(b, s.start);
    dy_buf_addc(b, ',');
    dy_buf_add_long(b, s.end);
    dy_buf_addc(b, ']');
}

static void pattern_ref(const dy_event *e, char *out, size_t n)
{
    if (e->pattern_file && *e->pattern_file && e->pattern_line > 0)
        snprintf(out, n, "%s:%d", e->pattern_file, e->pattern_line);
    else
        snprintf(out, n, "%s", e->pattern_file ? e->pattern_file : "");
}

static void write_json(const dy_writer_opts *o, const dy_event *e, dy_buf *b)
{
    char date[11], pat[1024];
    dy_format_date(e->date, date);
    pattern_ref(e, pat, sizeof pat);
    dy_buf_addc(b, '{');
    json_key(b, "story", 1);
    dy_buf_add_json_str(b, e->story, strlen(e->story));
    json_key(b, "sentence", 0);
    dy_buf_add_long(b, e->sentence);
    json_str(b, "date", *date ? date : NULL);
    json_str(b, "source", e->source);
    json_str(b, "target", e->target);
    json_str(b, "code", e->code);
    json_str(b, "root", e->root);
    json_key(b, "quad", 0);
    if (e->quad > 0)
        dy_buf_add_long(b, e->quad);
    else
        dy_buf_adds(b, "null");
    json_key(b, "goldstein", 0);
    add_goldstein(b, e, 1);
    json_str(b, "source_text", e->source_text);
    json_span(b, "source_span", e->source_span);
    json_str(b, "target_text", e->target_text);
    json_span(b, "target_span", e->target_span);
    json_str(b, "verb_text", e->verb_text);
    json_span(b, "verb_span", e->verb_span);
    json_str(b, "pattern", pat);
    json_str(b, "issues", e->issues ? e->issues : "");
    if (o->plover) {
        const dy_plover_entry *p = dy_plover_find(dy_plover_default(), e->code, strlen(e->code));
        json_str(b, "plover_event", p ? p->event : NULL);
        json_str(b, "plover_mode", p ? p->mode : NULL);
    }
    dy_buf_adds(b, "}\n");
}

static void tsv_str(dy_buf *b, const char *v, int first)
{
    if (!first)
        dy_buf_addc(b, '\t');
    if (v)
        dy_buf_add_tsv_field(b, v, strlen(v));
}

static void tsv_long(dy_buf *b, long v, int present)
{
    dy_buf_addc(b, '\t');
    if (present)
        dy_buf_add_long(b, v);
}

static void tsv_span(dy_buf *b, dyad_span s)
{
    tsv_long(b, s.start, s.start >= 0);
    tsv_long(b, s.end, s.start >= 0);
}

static void write_tsv(const dy_writer_opts *o, const dy_event *e, dy_buf *b)
{
    char date[11], pat[1024];
    dy_format_date(e->date, date);
    pattern_ref(e, pat, sizeof pat);
    tsv_str(b, e->story, 1);
    tsv_long(b, e->sentence, 1);
    tsv_str(b, date, 0);
    tsv_str(b, e->source, 0);
    tsv_str(b, e->target, 0);
    tsv_str(b, e->code, 0);
    tsv_str(b, e->root, 0);
    tsv_long(b, e->quad, e->quad > 0);
    dy_buf_addc(b, '\t');
    add_goldstein(b, e, 0);
    tsv_str(b, e->source_text, 0);
    tsv_span(b, e->source_span);
    tsv_str(b, e->target_text, 0);
    tsv_span(b, e->target_span);
    tsv_str(b, e->verb_text, 0);
    tsv_span(b, e->verb_span);
    tsv_str(b, pat, 0);
    tsv_str(b, e->issues ? e->issues : "", 0);
    if (o->plover) {
        const dy_plover_entry *p = dy_plover_find(dy_plover_default(), e->code, strlen(e->code));
        tsv_str(b, p ? p->event : "", 0);
        tsv_str(b, p && p->mode ? p->mode : "", 0);
    }
    dy_buf_addc(b, '\n');
}

/* The header line (TSV only; JSON Lines has none). */
void dy_write_header(const dy_writer_opts *o, dy_buf *out)
{
    if (o->format != DY_OUT_TSV)
        return;
    for (size_t i = 0; i < sizeof tsv_fields / sizeof tsv_fields[0]; i++) {
        if (i)
            dy_buf_addc(out, '\t');
        dy_buf_adds(out, tsv_fields[i]);
    }
    if (o->plover)
        dy_buf_adds(out, "\tplover_event\tplover_mode");
    dy_buf_addc(out, '\n');
}

/* Append one event record (one line) to out. */
void dy_write_event(const dy_writer_opts *o, const dy_event *e, dy_buf *out)
{
    if (o->format == DY_OUT_TSV)
        write_tsv(o, e, out);
    else
        write_json(o, e, out);
}

/*
 * A record for a story that gave no events (--emit-empty): JSON
 * {"story":..,"sentences":N,"events":0,"status":".."}; TSV: the story id,
 * then empty fields, with the status in the issues column.
 */
void dy_write_empty(const dy_writer_opts *o, const char *story, int sentences,
                    const char *status, dy_buf *out)
{
    if (o->format == DY_OUT_TSV) {
        tsv_str(out, story, 1);
        tsv_long(out, 0, 0);
        for (int i = 0; i < 17; i++)
            dy_buf_addc(out, '\t');
        tsv_str(out, status, 0);
        if (o->plover)
            dy_buf_adds(out, "\t\t");
        dy_buf_addc(out, '\n');
        return;
    }
    dy_buf_adds(out, "{\"story\":");
    dy_buf_add_json_str(out, story, strlen(story));
    dy_buf_adds(out, ",\"sentences\":");
    dy_buf_add_long(out, sentences);
    dy_buf_adds(out, ",\"events\":0,\"status\":");
    dy_buf_add_json_str(out, status, strlen(status));
    dy_buf_adds(out, "}\n");
}
