/*
 * buf.c — growable byte buffer with the escapings dyad's writers need.
 */
#include "base/buf.h"
#include "base/mem.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* Ensure room for `extra` more bytes plus the terminating NUL. */
void dy_buf_reserve(dy_buf *b, size_t extra)
{
    size_t need = b->len + extra + 1;
    if (need <= b->cap)
        return;
    size_t c = b->cap ? b->cap : 256;
    while (c < need)
        c *= 2;
    b->data = dy_xrealloc(b->data, c);
    b->cap = c;
}

/* Append n bytes. */
void dy_buf_add(dy_buf *b, const void *p, size_t n)
{
    dy_buf_reserve(b, n);
    if (n)
        memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = 0;
}

/* Append a NUL-terminated string. */
void dy_buf_adds(dy_buf *b, const char *s)
{
    dy_buf_add(b, s, strlen(s));
}

/* Append one byte. */
void dy_buf_addc(dy_buf *b, char c)
{
    dy_buf_reserve(b, 1);
    b->data[b->len++] = c;
    b->data[b->len] = 0;
}

/* Append printf-formatted text. */
void dy_buf_addf(dy_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char small[256];
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    if ((size_t)n < sizeof small) {
        dy_buf_add(b, small, (size_t)n);
        return;
    }
    dy_buf_reserve(b, (size_t)n);
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

/* Append a decimal integer without going through printf (hot path). */
void dy_buf_add_long(dy_buf *b, long v)
{
    char tmp[24];
    int i = sizeof tmp;
    unsigned long u = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;
    do {
        tmp[--i] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        tmp[--i] = '-';
    dy_buf_add(b, tmp + i, sizeof tmp - (size_t)i);
}

/*
 * Append s (n bytes, assumed valid UTF-8) as a JSON string literal with its
 * quotes: ", \ and control characters are escaped, everything else is
 * copied as is.
 */
void dy_buf_add_json_str(dy_buf *b, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    dy_buf_reserve(b, n + 2);
    dy_buf_addc(b, '"');
    size_t start = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        dy_buf_add(b, s + start, i - start);
        start = i + 1;
        switch (c) {
        case '"': dy_buf_add(b, "\\\"", 2); break;
        case '\\': dy_buf_add(b, "\\\\", 2); break;
        case '\n': dy_buf_add(b, "\\n", 2); break;
        case '\r': dy_buf_add(b, "\\r", 2); break;
        case '\t': dy_buf_add(b, "\\t", 2); break;
        default: {
            char u[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            dy_buf_add(b, u, 6);
        }
        }
    }
    dy_buf_add(b, s + start, n - start);
    dy_buf_addc(b, '"');
}

/*
 * Append s as one TSV field: tabs, newlines and carriage returns become
 * spaces so that a field can never break the row structure.
 */
void dy_buf_add_tsv_field(dy_buf *b, const char *s, size_t n)
{
    dy_buf_reserve(b, n);
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        b->data[b->len++] = (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
    }
    b->data[b->len] = 0;
}

/* Empty the buffer, keeping its memory. */
void dy_buf_clear(dy_buf *b)
{
    b->len = 0;
    if (b->data)
        b->data[0] = 0;
}

/* Release the buffer's memory. */
void dy_buf_free(dy_buf *b)
{
    dy_free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

/* Hand the contents to the caller (who frees them) and empty the buffer. */
char *dy_buf_detach(dy_buf *b)
{
    char *p = b->data ? b->data : dy_xstrdup("");
    b->data = NULL;
    b->len = b->cap = 0;
    return p;
}
