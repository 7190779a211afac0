/*
 * testutil.c — the test runner's shared helpers: running all groups as one
 * cmocka group, running the dyad binary as a child, temporary files.
 */
#include "testutil.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

/*
 * Run every registered test as one cmocka group, so that the output ends
 * with one summary. An optional argument is a cmocka name filter
 * (`make test T='*splitter*'`).
 */
int dyad_test_run_all(const struct CMUnitTest *(*groups[])(size_t *), int argc, char **argv)
{
    size_t total = 0, n;
    for (int g = 0; groups[g]; g++) {
        groups[g](&n);
        total += n;
    }
    struct CMUnitTest *all = calloc(total ? total : 1, sizeof *all);
    if (!all)
        return 1;
    size_t k = 0;
    for (int g = 0; groups[g]; g++) {
        const struct CMUnitTest *t = groups[g](&n);
        memcpy(all + k, t, n * sizeof *t);
        k += n;
    }
    if (argc > 1)
        cmocka_set_test_filter(argv[1]);
    int failed = _cmocka_run_group_tests("dyad", all, total, NULL, NULL);
    free(all);
    return failed ? 1 : 0;
}

static const char *dyad_bin(void)
{
    const char *b = getenv("DYAD_BIN");
    return b ? b : "build/dyad";
}

/* Append everything readable from fd to (*buf, *len). Returns 0 at EOF. */
static int drain(int fd, char **buf, size_t *len, size_t *cap)
{
    char tmp[65536];
    ssize_t r = read(fd, tmp, sizeof tmp);
    if (r <= 0)
        return 0;
    if (*len + (size_t)r + 1 > *cap) {
        while (*len + (size_t)r + 1 > *cap)
            *cap = *cap ? *cap * 2 : 65536;
        *buf = realloc(*buf, *cap);
    }
    memcpy(*buf + *len, tmp, (size_t)r);
    *len += (size_t)r;
    (*buf)[*len] = 0;
    return 1;
}

/*
 * Run the dyad binary with args, feeding input on stdin and collecting
 * stdout and stderr. Uses poll so that large outputs cannot deadlock.
 */
dyad_run dyad_run_cli(const char *input, size_t input_len, const char *const *args)
{
    dyad_run r = {0};
    int in[2], out[2], err[2];
    if (pipe(in) || pipe(out) || pipe(err))
        abort();
    pid_t pid = fork();
    if (pid == 0) {
        dup2(in[0], 0);
        dup2(out[1], 1);
        dup2(err[1], 2);
        close(in[0]); close(in[1]); close(out[0]); close(out[1]); close(err[0]); close(err[1]);
        int n = 0;
        while (args[n])
            n++;
        char **argv = calloc((size_t)n + 2, sizeof *argv);
        argv[0] = (char *)dyad_bin();
        for (int i = 0; i < n; i++)
            argv[i + 1] = (char *)args[i];
        execv(argv[0], argv);
        _exit(127);
    }
    close(in[0]); close(out[1]); close(err[1]);
    signal(SIGPIPE, SIG_IGN);
    size_t sent = 0, ocap = 0, ecap = 0;
    int in_open = 1, out_open = 1, err_open = 1;
    if (!input || input_len == 0) {
        close(in[1]);
        in_open = 0;
    } else {
        fcntl(in[1], F_SETFL, O_NONBLOCK);
    }
    while (out_open || err_open) {
        struct pollfd p[3];
        int np = 0, io = -1, oo = -1, eo = -1;
        if (in_open) { p[np].fd = in[1]; p[np].events = POLLOUT; io = np++; }
        if (out_open) { p[np].fd = out[0]; p[np].events = POLLIN; oo = np++; }
        if (err_open) { p[np].fd = err[0]; p[np].events = POLLIN; eo = np++; }
        if (poll(p, (nfds_t)np, -1) < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        if (io >= 0 && p[io].revents) {
            ssize_t w = write(in[1], input + sent, input_len - sent);
            if (w > 0)
                sent += (size_t)w;
            if (w < 0 || sent == input_len) {
                close(in[1]);
                in_open = 0;
            }
        }
        if (oo >= 0 && p[oo].revents && !drain(out[0], &r.out, &r.out_len, &ocap)) {
            close(out[0]);
            out_open = 0;
        }
        if (eo >= 0 && p[eo].revents && !drain(err[0], &r.err, &r.err_len, &ecap)) {
            close(err[0]);
            err_open = 0;
        }
    }
    if (in_open)
        close(in[1]);
    int st = 0;
    waitpid(pid, &st, 0);
    r.status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
    if (!r.out) r.out = calloc(1, 1);
    if (!r.err) r.err = calloc(1, 1);
    return r;
}

void dyad_run_free(dyad_run *r)
{
    free(r->out);
    free(r->err);
    r->out = r->err = NULL;
}

char *dyad_temp_file(const char *suffix, const void *data, size_t len)
{
    const char *dir = getenv("TMPDIR");
    if (!dir)
        dir = "/tmp";
    size_t plen = strlen(dir) + strlen(suffix) + 32;
    char *path = malloc(plen);
    snprintf(path, plen, "%s/dyadtestXXXXXX%s", dir, suffix);
    int fd = mkstemps(path, (int)strlen(suffix));
    if (fd < 0)
        abort();
    const char *p = data;
    while (len) {
        ssize_t w = write(fd, p, len);
        if (w <= 0)
            abort();
        p += w;
        len -= (size_t)w;
    }
    close(fd);
    return path;
}

char *dyad_slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 65536, n = 0;
    char *buf = malloc(cap);
    size_t r;
    while ((r = fread(buf + n, 1, cap - n - 1, f)) > 0) {
        n += r;
        if (cap - n - 1 == 0)
            buf = realloc(buf, cap *= 2);
    }
    fclose(f);
    buf[n] = 0;
    if (len)
        *len = n;
    return buf;
}
