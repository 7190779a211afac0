/*
 * benchutil.h — what the benchmark programs share: the clock, their count
 * arguments, and measuring a piece of work in a child process of its own.
 *
 * Header-only (static inline), because bench/run.sh compiles each
 * bench/NAME.c on its own against the library; a program includes it as
 * "benchutil.h".
 */
#ifndef DYAD_BENCHUTIL_H
#define DYAD_BENCHUTIL_H

#include <stdlib.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* Seconds on the monotonic clock: wall time that no clock change disturbs. */
static inline double bench_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* argv[i] as a count of rounds or runs: def when it is not given, and at
 * least 1 (a best-of over no run has no result). */
static inline int bench_count_arg(int argc, char **argv, int i, int def)
{
    int n = argc > i ? atoi(argv[i]) : def;
    return n < 1 ? 1 : n;
}

/*
 * Run body(ctx, out) in a fresh child process and bring back the `size`
 * bytes it leaves in out through a pipe. A child of its own makes the
 * peak resident memory that of this work alone (ru_maxrss of the child,
 * in KB, in *maxrss_kb) and leaves nothing of it behind in the caller.
 * Returns 0, or -1 when the child sent back less than `size` bytes (out
 * may then hold part of them). Exits with status 3 when no pipe can be made.
 */
static inline int bench_in_child(void (*body)(void *ctx, void *out), void *ctx, void *out,
                                 size_t size, long *maxrss_kb)
{
    int fd[2];
    if (pipe(fd) != 0)
        exit(3);
    pid_t pid = fork();
    if (pid == 0) {
        close(fd[0]);
        body(ctx, out);
        if (write(fd[1], out, size) != (ssize_t)size)
            _exit(3);
        _exit(0);
    }
    close(fd[1]);
    ssize_t got = read(fd[0], out, size);
    close(fd[0]);
    int status;
    struct rusage ru;
    wait4(pid, &status, 0, &ru);
    *maxrss_kb = ru.ru_maxrss;
    return got == (ssize_t)size ? 0 : -1;
}

#endif
