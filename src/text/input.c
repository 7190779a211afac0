/*
 * input.c — the readers' buffer: grows to hold the record being looked at
 * (up to a limit), and moves the unread rest to the front when it refills,
 * so that memory stays proportional to the largest record, not the file.
 */
#include "text/input.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "base/mem.h"

/* Read from fd (closed at the end if own_fd). Always succeeds; returns 0. */
int dy_input_open_fd(dy_input *in, int fd, int own_fd)
{
    memset(in, 0, sizeof *in);
    in->fd = fd;
    in->own_fd = own_fd;
    in->cap = 1 << 16;
    in->buf = dy_xmalloc(in->cap);
    return 0;
}

/* Read from a block of memory, which must outlive the input. */
void dy_input_open_mem(dy_input *in, const char *data, size_t len)
{
    memset(in, 0, sizeof *in);
    in->fd = -1;
    in->buf = (char *)data;
    in->len = in->cap = len;
    in->eof = 1;
}

/* Release the buffer (and the descriptor if owned). */
void dy_input_close(dy_input *in)
{
    if (in->fd >= 0) {
        dy_free(in->buf);
        if (in->own_fd)
            close(in->fd);
    }
    memset(in, 0, sizeof *in);
    in->fd = -1;
}

/*
 * Read more bytes. The unread part [pos, len) is kept; the buffer grows
 * while it is full, but not beyond limit + 64 KiB. Returns the number of
 * new bytes, 0 at end of input, on a read error (in->error is set) or when
 * the limit keeps the buffer from growing.
 */
size_t dy_input_more(dy_input *in, size_t limit)
{
    if (in->eof)
        return 0;
    if (in->pos > 0 && (in->pos >= in->cap / 2 || in->len == in->cap)) {
        memmove(in->buf, in->buf + in->pos, in->len - in->pos);
        in->len -= in->pos;
        in->pos = 0;
    }
    if (in->len == in->cap) {
        if (in->cap >= limit + (1 << 16))
            return 0;
        in->cap *= 2;
        in->buf = dy_xrealloc(in->buf, in->cap);
    }
    for (;;) {
        ssize_t r = read(in->fd, in->buf + in->len, in->cap - in->len);
        if (r > 0) {
            in->len += (size_t)r;
            return (size_t)r;
        }
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0)
            in->error = errno;
        in->eof = 1;
        return 0;
    }
}

/*
 * The offset (from pos) of the first `needle` at or after offset `from`,
 * reading more as needed while less than limit bytes are buffered.
 * Returns -1 if it does not come before the end of input or the limit.
 */
long dy_input_find(dy_input *in, size_t from, const char *needle, size_t limit)
{
    size_t k = strlen(needle);
    for (;;) {
        const char *d = dy_input_data(in);
        size_t n = dy_input_avail(in);
        while (from + k <= n) {
            const char *hit = memchr(d + from, needle[0], n - from - k + 1);
            if (!hit)
                break;
            size_t at = (size_t)(hit - d);
            if (!memcmp(hit, needle, k))
                return (long)at;
            from = at + 1;
        }
        if (n >= k && from < n - k + 1)
            from = n - k + 1;  /* everything before was searched */
        if (n >= limit || !dy_input_more(in, limit))
            return -1;
    }
}
