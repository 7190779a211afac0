/*
 * jsonl_fast.c — the one-pass reader of plain JSON Lines records (see
 * jsonl_fast.h). It accepts a subset of what jansson accepts and decodes
 * it to the same strings; whatever it is not sure of, it declines.
 */
#include "text/jsonl_fast.h"

#include <string.h>

typedef struct scan {
    const char *p, *end;
} scan;

/* JSON white space (RFC 8259: space, tab, line feed, carriage return). */
static void skip_ws(scan *c)
{
    while (c->p < c->end && (*c->p == ' ' || *c->p == '\t' || *c->p == '\n' || *c->p == '\r'))
        c->p++;
}

static int expect(scan *c, char ch)
{
    skip_ws(c);
    if (c->p >= c->end || *c->p != ch)
        return 0;
    c->p++;
    return 1;
}

/* Four hex digits at p (p + 4 <= end checked by the caller); -1 if not hex. */
static long hex4(const char *p)
{
    long v = 0;
    for (int i = 0; i < 4; i++) {
        char ch = p[i];
        int d = ch >= '0' && ch <= '9' ? ch - '0' : ch >= 'a' && ch <= 'f' ? ch - 'a' + 10
              : ch >= 'A' && ch <= 'F' ? ch - 'A' + 10 : -1;
        if (d < 0)
            return -1;
        v = v * 16 + d;
    }
    return v;
}

/* Write code point v as UTF-8 at d; returns the bytes written. */
static size_t put_utf8(char *d, unsigned long v)
{
    if (v < 0x80) {
        d[0] = (char)v;
        return 1;
    }
    if (v < 0x800) {
        d[0] = (char)(0xC0 | (v >> 6));
        d[1] = (char)(0x80 | (v & 0x3F));
        return 2;
    }
    if (v < 0x10000) {
        d[0] = (char)(0xE0 | (v >> 12));
        d[1] = (char)(0x80 | ((v >> 6) & 0x3F));
        d[2] = (char)(0x80 | (v & 0x3F));
        return 3;
    }
    d[0] = (char)(0xF0 | (v >> 18));
    d[1] = (char)(0x80 | ((v >> 12) & 0x3F));
    d[2] = (char)(0x80 | ((v >> 6) & 0x3F));
    d[3] = (char)(0x80 | (v & 0x3F));
    return 4;
}

/*
 * A \uXXXX escape at *s (after the backslash and the u): the code point,
 * joining a surrogate pair; 0 to decline (U+0000, which jansson lets
 * through as a NUL the reader reports, or a lone or broken surrogate).
 */
static unsigned long unicode_escape(const char **s, const char *end)
{
    if (end - *s < 4)
        return 0;
    long v = hex4(*s);
    *s += 4;
    if (v <= 0 || (v >= 0xDC00 && v <= 0xDFFF))
        return 0;
    if (v < 0xD800 || v > 0xDBFF)
        return (unsigned long)v;
    if (end - *s < 6 || (*s)[0] != '\\' || (*s)[1] != 'u')
        return 0;
    long lo = hex4(*s + 2);
    if (lo < 0xDC00 || lo > 0xDFFF)
        return 0;
    *s += 6;
    return 0x10000 + (((unsigned long)v - 0xD800) << 10) + ((unsigned long)lo - 0xDC00);
}

/* Decode the escaped string [s, q) into d; returns its length, or -1 to decline. */
static long unescape(const char *s, const char *q, char *d)
{
    size_t k = 0;
    while (s < q) {
        if (*s != '\\') {
            d[k++] = *s++;
            continue;
        }
        char e = s[1];
        s += 2;
        static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
        const char *m = e ? strchr(from, e) : NULL;
        if (m) {
            d[k++] = to[m - from];
        } else if (e == 'u') {
            unsigned long v = unicode_escape(&s, q);
            if (!v)
                return -1;
            k += put_utf8(d + k, v);
        } else {
            return -1;
        }
    }
    d[k] = 0;
    return (long)k;
}

/* A string value (after its opening quote), decoded into the arena. */
static int read_string(scan *c, dy_arena *a, dy_jstr *out)
{
    const char *start = c->p, *q = start;
    int escaped = 0;
    while (q < c->end && *q != '"') {
        if ((unsigned char)*q < 0x20)
            return 0;   /* a raw control character: jansson's error */
        if (*q == '\\') {
            if (c->end - q < 2)
                return 0;
            escaped = 1;
            q++;
        }
        q++;
    }
    if (q >= c->end)
        return 0;
    c->p = q + 1;
    if (!escaped) {
        out->s = dy_arena_strndup(a, start, (size_t)(q - start));
        out->n = (size_t)(q - start);
        return 1;
    }
    /* a decoded string is never longer than its escaped form */
    out->s = dy_arena_alloc(a, (size_t)(q - start) + 1);
    long n = unescape(start, q, out->s);
    out->n = n < 0 ? 0 : (size_t)n;
    return n >= 0;
}

/* The field a key names (a plain key without escapes), NULL if not one of ours. */
static dy_jstr *field(scan *c, dy_jsonl_fields *f)
{
    const char *k = c->p, *q = k;
    while (q < c->end && *q != '"' && *q != '\\')
        q++;
    if (q >= c->end || *q != '"')
        return NULL;
    c->p = q + 1;
    size_t n = (size_t)(q - k);
    static const struct {
        const char *name;
        size_t off;
    } keys[] = {
        {"id", offsetof(dy_jsonl_fields, id)}, {"date", offsetof(dy_jsonl_fields, date)},
        {"source", offsetof(dy_jsonl_fields, source)}, {"url", offsetof(dy_jsonl_fields, url)},
        {"text", offsetof(dy_jsonl_fields, text)},
    };
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        if (strlen(keys[i].name) == n && !memcmp(keys[i].name, k, n)) {
            dy_jstr *slot = (dy_jstr *)((char *)f + keys[i].off);
            return slot->s ? NULL : slot;   /* a second "text": jansson's rules */
        }
    return NULL;
}

/*
 * Read line p[0..n) if it is a flat object of string fields among id,
 * date, source, url and text, each at most once: 1 and *out filled (the
 * strings decoded, in a), or 0 to let jansson read the line.
 */
int dy_jsonl_fast(const char *p, size_t n, dy_arena *a, dy_jsonl_fields *out)
{
    scan c = {p, p + n};
    memset(out, 0, sizeof *out);
    if (!expect(&c, '{'))
        return 0;
    for (;;) {
        dy_jstr *slot;
        if (!expect(&c, '"') || !(slot = field(&c, out)) || !expect(&c, ':') ||
            !expect(&c, '"') || !read_string(&c, a, slot))
            return 0;
        skip_ws(&c);
        if (c.p < c.end && *c.p == ',') {
            c.p++;
            continue;
        }
        if (c.p < c.end && *c.p == '}') {
            c.p++;
            break;
        }
        return 0;
    }
    skip_ws(&c);
    return c.p == c.end;
}
