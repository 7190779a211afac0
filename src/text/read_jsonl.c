/*
 * read_jsonl.c — JSON Lines input: one story object per line, parsed with
 * jansson. Lines are found first (a JSON string cannot hold a raw line
 * feed), so a broken line never takes the next one down with it. The
 * common plain line is read by jsonl_fast.c instead (same result, without
 * a jansson tree); anything else goes to jansson.
 */
#include "text/reader_impl.h"

#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "base/mem.h"
#include "text/jsonl_fast.h"

typedef struct line {
    const char *p;
    size_t n;
    long number;
    int too_long;       /* longer than max_record: content skipped */
    int unterminated;   /* the file ended without a final line feed */
} line;

/* Skip to just after the next line feed (for a line that is too long). */
static void skip_rest_of_line(dy_reader *r)
{
    for (;;) {
        const char *d = dy_input_data(&r->in);
        const char *nl = memchr(d, '\n', dy_input_avail(&r->in));
        if (nl) {
            dy_input_skip(&r->in, (size_t)(nl - d) + 1);
            return;
        }
        dy_input_skip(&r->in, dy_input_avail(&r->in));
        if (!dy_input_more(&r->in, r->opts.max_record))
            return;
    }
}

/* The next line (without its line feed and CR). Returns 0 at end of input. */
static int next_line(dy_reader *r, line *l)
{
    size_t scanned = 0, max = r->opts.max_record;
    memset(l, 0, sizeof *l);
    l->number = r->line;
    for (;;) {
        const char *d = dy_input_data(&r->in);
        size_t avail = dy_input_avail(&r->in);
        const char *nl = memchr(d + scanned, '\n', avail - scanned);
        if (nl) {
            l->p = d;
            l->n = (size_t)(nl - d);
            dy_input_skip(&r->in, l->n + 1);
            break;
        }
        scanned = avail;
        if (avail > max) {
            l->too_long = 1;
            l->n = avail;
            skip_rest_of_line(r);
            break;
        }
        if (!dy_input_more(&r->in, max)) {
            if (avail == 0)
                return 0;
            l->p = dy_input_data(&r->in);
            l->n = avail;
            l->unterminated = 1;
            dy_input_skip(&r->in, avail);
            break;
        }
    }
    r->line++;
    if (l->n && l->p && l->p[l->n - 1] == '\r')
        l->n--;
    if (l->number == 1 && l->n >= 3 && l->p && !memcmp(l->p, "\xEF\xBB\xBF", 3)) {
        l->p += 3;  /* a byte order mark */
        l->n -= 3;
    }
    return 1;
}

/* Is p[0..n) only white space? */
static int blank(const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (p[i] != ' ' && p[i] != '\t' && p[i] != '\r' && p[i] != '\n' && p[i] != '\f' &&
            p[i] != '\v')
            return 0;
    return 1;
}

/* The record's id as text: a string or an integer; NULL if neither. */
static const char *id_text(json_t *id, char *tmp, size_t size)
{
    if (json_is_string(id) && json_string_length(id) > 0)
        return json_string_value(id);
    if (json_is_integer(id)) {
        snprintf(tmp, size, "%" JSON_INTEGER_FORMAT, json_integer_value(id));
        return tmp;
    }
    return NULL;
}

static const char *opt_string(json_t *root, const char *key, dy_arena *a)
{
    json_t *v = json_object_get(root, key);
    return json_is_string(v) ? dy_arena_strndup(a, json_string_value(v), json_string_length(v)) : NULL;
}

/* Is key one of the fields dyad reads itself (so not carried as extra)? */
static int own_field(const char *key, json_t *value)
{
    if (!strcmp(key, "id") || !strcmp(key, "date") || !strcmp(key, "text"))
        return 1;
    return (!strcmp(key, "source") || !strcmp(key, "url")) && json_is_string(value);
}

/* The other fields as one compact JSON object, or NULL if there are none. */
static const char *extra_fields(json_t *root, dy_arena *a)
{
    json_t *extra = NULL, *value;
    const char *key;
    json_object_foreach(root, key, value) {
        if (own_field(key, value))
            continue;
        if (!extra)
            extra = json_object();
        json_object_set(extra, key, value);
    }
    if (!extra)
        return NULL;
    char *txt = json_dumps(extra, JSON_COMPACT | JSON_PRESERVE_ORDER);
    json_decref(extra);
    if (!txt)
        return NULL;
    const char *copy = dy_arena_strdup(a, txt);
    free(txt);
    return copy;
}

/* The "date" field: a date string or a YYYYMMDD integer. */
static void read_date(dy_reader *r, dy_story *s, json_t *date)
{
    int d = 0;
    if (!date || json_is_null(date))
        return;
    if (json_is_string(date))
        d = dy_date_parse(json_string_value(date), json_string_length(date));
    else if (json_is_integer(date) && json_integer_value(date) < 100000000)
        d = dy_date_valid((int)json_integer_value(date)) ? (int)json_integer_value(date) : 0;
    if (d) {
        s->date = d;
        s->date_source = DY_DATE_JSON;
        return;
    }
    char *shown = json_dumps(date, JSON_ENCODE_ANY | JSON_COMPACT);
    dy_diagf(r->diag, DY_ERROR, r->path, s->line,
             "story %s: \"date\" %s is not a date (YYYY-MM-DD or YYYYMMDD); date unknown", s->id,
             shown ? shown : "?");
    free(shown);
}

/* Fill a story from a parsed JSON object, or make it an error record if it has no usable text. */
static void story_from_json(dy_reader *r, dy_story *s, dy_arena *a, json_t *root, long ln)
{
    char tmp[32];
    const char *id = id_text(json_object_get(root, "id"), tmp, sizeof tmp);
    json_t *text = json_object_get(root, "text");
    if (!json_is_string(text)) {
        dy_reader_error(r, s, a, ln, id, text ? "\"text\" is not a string" : "no \"text\" field");
        return;
    }
    size_t n = json_string_length(text);
    const char *tv = json_string_value(text);
    if (blank(tv, n)) {
        dy_reader_error(r, s, a, ln, id, n ? "\"text\" is only white space" : "\"text\" is empty");
        return;
    }
    dy_story_init(s, r, a, ln);
    if (!id) {
        snprintf(tmp, sizeof tmp, "%ld", ln);
        s->id = dy_arena_strdup(a, r->name);
        size_t k = strlen(s->id);
        char *both = dy_arena_alloc(a, k + strlen(tmp) + 2);
        snprintf(both, k + strlen(tmp) + 2, "%s:%s", s->id, tmp);
        s->id = both;
        dy_diagf(r->diag, DY_WARNING, r->path, ln, "no \"id\" string or number; using \"%s\"", s->id);
    } else {
        s->id = dy_arena_strdup(a, id);
    }
    char *copy = dy_arena_strndup(a, tv, n);
    dy_reader_fix_nuls(r, copy, n, ln, s->id);
    s->text = copy;
    s->text_len = n;
    s->source = opt_string(root, "source", a);
    s->url = opt_string(root, "url", a);
    s->extra_json = extra_fields(root, a);
    read_date(r, s, json_object_get(root, "date"));
    dy_reader_set_date(r, s);
}

/*
 * Fill a story from a line the fast path read (jsonl_fast.h). Only the
 * plain case is taken: an id, a text that is not blank, a date that is
 * absent or readable. Returns 0, having done nothing, for anything else,
 * which jansson then reads so that the messages are those of story_from_json.
 */
static int story_from_fields(dy_reader *r, dy_story *s, dy_arena *a, const dy_jsonl_fields *f,
                             long ln)
{
    int date = 0;
    if (!f->id.n || !f->text.s || blank(f->text.s, f->text.n))
        return 0;
    if (f->date.s && !(date = dy_date_parse(f->date.s, f->date.n)))
        return 0;
    dy_story_init(s, r, a, ln);
    s->id = f->id.s;
    dy_reader_fix_nuls(r, f->text.s, f->text.n, ln, s->id);
    s->text = f->text.s;
    s->text_len = f->text.n;
    s->source = f->source.s;
    s->url = f->url.s;
    if (date) {
        s->date = date;
        s->date_source = DY_DATE_JSON;
    }
    dy_reader_set_date(r, s);
    return 1;
}

/* Parse one line into a story or an error record. */
static void parse_line(dy_reader *r, dy_story *s, dy_arena *a, const line *l)
{
    size_t n = l->n;
    const char *p = dy_reader_repair_utf8(r, l->p, &n, l->number, "JSON line");
    const char *nul = memchr(p, 0, n);
    if (nul) {
        dy_reader_error(r, s, a, l->number, NULL, "NUL byte at column %zu: not JSON",
                        (size_t)(nul - p) + 1);
        return;
    }
    dy_jsonl_fields f;
    if (dy_jsonl_fast(p, n, a, &f) && story_from_fields(r, s, a, &f, l->number))
        return;
    json_error_t err;
    json_t *root = json_loadb(p, n, JSON_ALLOW_NUL, &err);
    if (!root) {
        dy_reader_error(r, s, a, l->number, NULL, "invalid JSON at column %d: %s%s", err.column,
                        err.text, l->unterminated ? " (the last line has no line feed: cut off?)" : "");
        return;
    }
    if (!json_is_object(root))
        dy_reader_error(r, s, a, l->number, NULL, "the line is JSON but not an object");
    else
        story_from_json(r, s, a, root, l->number);
    json_decref(root);
}

/*
 * Deliver the next JSON Lines record. Blank lines are skipped; an input
 * without any record gives one error record so that it is not lost.
 */
int dy_read_jsonl_next(dy_reader *r, dy_story *s, dy_arena *a)
{
    line l;
    for (;;) {
        if (!next_line(r, &l)) {
            if (r->records || r->in.error)
                return 0;
            dy_reader_error(r, s, a, 0, NULL, "no JSON records (the input is empty)");
            return 1;
        }
        if (l.too_long) {
            dy_reader_error(r, s, a, l.number, NULL, "line longer than the limit of %zu bytes: skipped",
                            r->opts.max_record);
            return 1;
        }
        if (!blank(l.p, l.n))
            break;
    }
    parse_line(r, s, a, &l);
    return 1;
}
