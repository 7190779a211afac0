/*
 * input.h — a read buffer over a file descriptor or a block of memory
 * (internal to src/text/). Readers look at the bytes [pos, len) of buf,
 * ask for more with dy_input_more(), and consume with dy_input_skip().
 * Pointers into buf are invalidated by dy_input_more() (bytes consumed
 * with dy_input_skip() stay in place until then); keep offsets.
 */
#ifndef DY_TEXT_INPUT_H
#define DY_TEXT_INPUT_H

#include <stddef.h>

typedef struct dy_input {
    int fd;             /* -1 when reading from memory */
    int own_fd;         /* close fd at the end */
    char *buf;          /* owned buffer (fd), or the memory block itself */
    size_t cap;
    size_t pos;         /* first unconsumed byte */
    size_t len;         /* bytes in buf */
    int eof;            /* nothing more will come */
    int error;          /* errno of a failed read, 0 if none */
} dy_input;

int dy_input_open_fd(dy_input *in, int fd, int own_fd);
void dy_input_open_mem(dy_input *in, const char *data, size_t len);
void dy_input_close(dy_input *in);
size_t dy_input_more(dy_input *in, size_t limit);
long dy_input_find(dy_input *in, size_t from, const char *needle, size_t limit);

static inline const char *dy_input_data(const dy_input *in)
{
    return in->buf + in->pos;
}

static inline size_t dy_input_avail(const dy_input *in)
{
    return in->len - in->pos;
}

static inline void dy_input_skip(dy_input *in, size_t n)
{
    in->pos += n;
}

#endif
