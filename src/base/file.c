/*
 * file.c — read a whole file or stream into memory, NUL-terminated.
 */
#include "base/file.h"
#include "base/mem.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

/*
 * Read everything from fd. On failure reports "<name>: <reason>" to d and
 * returns NULL. The result is NUL-terminated (embedded NULs stay; *len is
 * the true length).
 */
char *dy_read_stream(int fd, const char *name, size_t *len, dy_diag *d)
{
    size_t cap = 1 << 16, n = 0;
    char *buf = dy_xmalloc(cap);
    for (;;) {
        if (cap - n < 2)
            buf = dy_xrealloc(buf, cap *= 2);
        ssize_t r = read(fd, buf + n, cap - n - 1);
        if (r == 0)
            break;
        if (r < 0) {
            if (errno == EINTR)
                continue;
            dy_diagf(d, DY_ERROR, name, 0, "cannot read: %s", strerror(errno));
            dy_free(buf);
            return NULL;
        }
        n += (size_t)r;
    }
    buf[n] = 0;
    if (len)
        *len = n;
    return buf;
}

/* Read a whole file (see dy_read_stream); "-" is not special here. */
char *dy_read_file(const char *path, size_t *len, dy_diag *d)
{
    int fd = open(path, O_RDONLY);
    if (fd < 0) {
        dy_diagf(d, DY_ERROR, path, 0, "cannot open: %s", strerror(errno));
        return NULL;
    }
    char *p = dy_read_stream(fd, path, len, d);
    close(fd);
    return p;
}
