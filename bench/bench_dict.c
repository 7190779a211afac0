/*
 * bench_dict.c — how fast the dictionaries load, and in how much memory.
 *
 *   bench_dict DICT_DIR CACHE_DIR [RUNS]
 *
 * Each measurement runs in a fresh child process, so that peak resident
 * memory (getrusage ru_maxrss of the child) is that of one load alone:
 *   cold      parse every file, no cache (what a first start costs, minus
 *             writing the cache)
 *   first     parse and write the cache (CACHE_DIR is emptied first)
 *   cached    map the cache written by `first`, check it, replay messages
 * and, for scale, word lookups per second on the loaded dictionary.
 * Times are wall-clock, best and median of RUNS (default 7).
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "dict/dict.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void empty_dir(const char *dir)
{
    DIR *dh = opendir(dir);
    if (!dh)
        return;
    struct dirent *e;
    char path[4096];
    while ((e = readdir(dh)) != NULL)
        if (!strncmp(e->d_name, "dict-", 5)) {
            snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
            unlink(path);
        }
    closedir(dh);
}

typedef struct result {
    double seconds;
    long maxrss_kb;
    int mapped;
    unsigned errors;
} result;

/* One load in a child process; the child sends its time back on a pipe. */
static result load_in_child(const char *dict_dir, const char *cache_dir, int no_cache)
{
    int fd[2];
    result r = {0};
    if (pipe(fd) != 0)
        exit(3);
    pid_t pid = fork();
    if (pid == 0) {
        close(fd[0]);
        dy_dict_sources src = {0};
        src.dir = dict_dir;
        dy_dict_load_opts opt = {0};
        opt.cache_dir = cache_dir;
        opt.no_cache = no_cache;
        dy_diag diag;
        dy_diag_init(&diag, NULL, NULL);
        double t0 = now();
        dy_dict *d = dy_dict_load(&src, &opt, &diag);
        result cr = {now() - t0, 0, d ? d->mapped : 0, d ? d->stats.errors : 1};
        if (write(fd[1], &cr, sizeof cr) != (ssize_t)sizeof cr)
            _exit(3);
        dy_dict_free(d);
        _exit(d ? 0 : 1);
    }
    close(fd[1]);
    if (read(fd[0], &r, sizeof r) != (ssize_t)sizeof r)
        exit(3);
    close(fd[0]);
    int status;
    struct rusage ru;
    wait4(pid, &status, 0, &ru);
    r.maxrss_kb = ru.ru_maxrss;
    return r;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static void measure(const char *name, const char *dict_dir, const char *cache_dir, int no_cache,
                    int runs, int empty_first)
{
    double *t = calloc((size_t)runs, sizeof *t);
    long rss = 0;
    int mapped = 0;
    unsigned errors = 0;
    for (int i = 0; i < runs; i++) {
        if (empty_first)
            empty_dir(cache_dir);
        result r = load_in_child(dict_dir, cache_dir, no_cache);
        t[i] = r.seconds;
        if (r.maxrss_kb > rss)
            rss = r.maxrss_kb;
        mapped += r.mapped;
        errors += r.errors;
    }
    qsort(t, (size_t)runs, sizeof *t, cmp_double);
    printf("%-7s load: best %7.1f ms, median %7.1f ms, peak RSS %6.1f MB%s%s\n", name,
           t[0] * 1e3, t[runs / 2] * 1e3, (double)rss / 1024.0,
           mapped == runs ? " (from the cache)" : mapped ? " (cache used by some runs!)" : "",
           errors ? "  ERRORS" : "");
    free(t);
}

/* Word lookups per second: every dictionary word, then as many misses. */
static void lookups(const char *dict_dir, const char *cache_dir)
{
    dy_dict_sources src = {0};
    src.dir = dict_dir;
    dy_dict_load_opts opt = {0};
    opt.cache_dir = cache_dir;
    dy_dict *d = dy_dict_load(&src, &opt, NULL);
    if (!d)
        return;
    char miss[64];
    size_t n = 0, hits = 0;
    double t0 = now();
    for (int rep = 0; rep < 20; rep++)
        for (uint32_t w = 1; w < d->nwords; w++) {
            const char *s = dy_dict_word_str(d, w);
            hits += dy_dict_word(d, s, strlen(s)) == w;
            int k = snprintf(miss, sizeof miss, "%sQZ", s);
            hits += dy_dict_word(d, miss, (size_t)k) != 0;
            n += 2;
        }
    double dt = now() - t0;
    printf("word lookups: %.1f million/s (%zu lookups over %u words, %zu found)\n",
           (double)n / dt / 1e6, n, d->nwords - 1, hits);
    dy_dict_free(d);
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: bench_dict DICT_DIR CACHE_DIR [RUNS]\n");
        return 2;
    }
    int runs = argc > 3 ? atoi(argv[3]) : 7;
    if (runs < 1)
        runs = 1;
    measure("cold", argv[1], argv[2], 1, runs, 0);
    measure("first", argv[1], argv[2], 0, runs, 1);
    measure("cached", argv[1], argv[2], 0, runs, 0);
    lookups(argv[1], argv[2]);
    return 0;
}
