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
#include <unistd.h>

#include "dict/dict.h"
#include "benchutil.h"

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

typedef struct load_job {
    const char *dict_dir, *cache_dir;
    int no_cache;
} load_job;

/* In the child: one load, timed; its messages are only counted. */
static void load_body(void *ctx, void *out)
{
    const load_job *job = ctx;
    dy_dict_sources src = {0};
    src.dir = job->dict_dir;
    dy_dict_load_opts opt = {0};
    opt.cache_dir = job->cache_dir;
    opt.no_cache = job->no_cache;
    dy_diag diag;
    dy_diag_init(&diag, NULL, NULL);
    double t0 = bench_now();
    dy_dict *d = dy_dict_load(&src, &opt, &diag);
    result r = {bench_now() - t0, 0, d ? d->mapped : 0, d ? d->stats.errors : 1};
    *(result *)out = r;
    dy_dict_free(d);
}

/* One load in a child process, with the child's peak RSS. */
static result load_in_child(const char *dict_dir, const char *cache_dir, int no_cache)
{
    load_job job = {dict_dir, cache_dir, no_cache};
    result r = {0};
    long rss;
    if (bench_in_child(load_body, &job, &r, sizeof r, &rss) != 0)
        exit(3);
    r.maxrss_kb = rss;
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
    double t0 = bench_now();
    for (int rep = 0; rep < 20; rep++)
        for (uint32_t w = 1; w < d->nwords; w++) {
            const char *s = dy_dict_word_str(d, w);
            hits += dy_dict_word(d, s, strlen(s)) == w;
            int k = snprintf(miss, sizeof miss, "%sQZ", s);
            hits += dy_dict_word(d, miss, (size_t)k) != 0;
            n += 2;
        }
    double dt = bench_now() - t0;
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
    int runs = bench_count_arg(argc, argv, 3, 7);
    measure("cold", argv[1], argv[2], 1, runs, 0);
    measure("first", argv[1], argv[2], 0, runs, 1);
    measure("cached", argv[1], argv[2], 0, runs, 0);
    lookups(argv[1], argv[2]);
    return 0;
}
