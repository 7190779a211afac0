/*
 * buf.h — a growable byte buffer, the one way dyad builds output text.
 */
#ifndef DY_BASE_BUF_H
#define DY_BASE_BUF_H

#include <stddef.h>
#include <stdint.h>

typedef struct dy_buf {
    char *data;     /* always NUL-terminated once anything was added */
    size_t len;
    size_t cap;
} dy_buf;

#define DY_BUF_INIT {0, 0, 0}

void dy_buf_reserve(dy_buf *b, size_t extra);
void dy_buf_add(dy_buf *b, const void *p, size_t n);
void dy_buf_adds(dy_buf *b, const char *s);
void dy_buf_addc(dy_buf *b, char c);
void dy_buf_addf(dy_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void dy_buf_add_long(dy_buf *b, long v);
void dy_buf_add_json_str(dy_buf *b, const char *s, size_t n);
void dy_buf_add_tsv_field(dy_buf *b, const char *s, size_t n);
void dy_buf_clear(dy_buf *b);
void dy_buf_free(dy_buf *b);
char *dy_buf_detach(dy_buf *b);

#endif
