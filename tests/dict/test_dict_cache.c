/*
 * test_dict_cache.c — the binary cache: a cached load is exactly a fresh
 * parse (every array, every message), a changed source rebuilds it, a
 * corrupt, truncated or forged cache is never trusted, an unwritable cache
 * is only a warning.
 */
#include "dicttest.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <time.h>

#include "dict/image.h"

typedef struct tmpdir {
    char path[64];
} tmpdir;

static void tmpdir_make(tmpdir *t)
{
    snprintf(t->path, sizeof t->path, "/tmp/dyad-cache-XXXXXX");
    assert_non_null(mkdtemp(t->path));
}

/* The one cache file in dir (malloc'd path), or NULL. */
static char *cache_file(const char *dir)
{
    DIR *dh = opendir(dir);
    if (!dh)
        return NULL;
    char *found = NULL;
    struct dirent *e;
    while ((e = readdir(dh)) != NULL)
        if (!strncmp(e->d_name, "dict-", 5) && strstr(e->d_name, ".bin")) {
            assert_null(found); /* only one */
            found = malloc(strlen(dir) + strlen(e->d_name) + 2);
            sprintf(found, "%s/%s", dir, e->d_name);
        }
    closedir(dh);
    return found;
}

static void tmpdir_remove(tmpdir *t)
{
    char *f;
    while ((f = cache_file(t->path)) != NULL) {
        unlink(f);
        free(f);
    }
    rmdir(t->path);
}

static dy_dict *load_dir(const char *dictdir, const char *cachedir, int no_cache, dt_log *log)
{
    dy_dict_sources src = {0};
    src.dir = dictdir;
    dy_dict_load_opts opt = {0};
    opt.cache_dir = cachedir;
    opt.no_cache = no_cache;
    return dy_dict_load(&src, &opt, &log->diag);
}

/* Every section of a and b holds the same records. */
static void assert_same_dict(const dy_dict *a, const dy_dict *b)
{
    assert_int_equal(a->image_size, b->image_size);
    for (int s = 0; s < DY_SEC_COUNT; s++) {
        size_t na, nb;
        const void *pa = dy_image_section_data(a->image, s, &na);
        const void *pb = dy_image_section_data(b->image, s, &nb);
        if (na != nb)
            fail_msg("section %d: %zu records vs %zu", s, na, nb);
        const dy_image_header *h = a->image;
        if (memcmp(pa, pb, na * h->sec[s].elem) != 0)
            fail_msg("section %d differs", s);
    }
    assert_memory_equal(&a->options, &b->options, sizeof a->options);
    assert_memory_equal(&a->stats, &b->stats, sizeof a->stats);
    assert_memory_equal(a->image, b->image, a->image_size);
}

static void check_cached_equals_fresh(const char *dictdir)
{
    tmpdir t;
    tmpdir_make(&t);
    dt_log fresh_log, first_log, cached_log;
    dt_log_init(&fresh_log);
    dt_log_init(&first_log);
    dt_log_init(&cached_log);
    dy_dict *fresh = load_dir(dictdir, NULL, 1, &fresh_log);
    dy_dict *first = load_dir(dictdir, t.path, 0, &first_log);
    char *file = cache_file(t.path);
    assert_non_null(file);
    dy_dict *cached = load_dir(dictdir, t.path, 0, &cached_log);
    assert_non_null(fresh);
    assert_non_null(cached);
    assert_false(fresh->mapped);
    assert_false(first->mapped);
    assert_true(cached->mapped);
    assert_same_dict(fresh, cached);
    assert_same_dict(first, cached);
    /* the same messages, in the same order, from the cache */
    assert_string_equal(fresh_log.text.data, cached_log.text.data);
    assert_string_equal(first_log.text.data, cached_log.text.data);
    /* and the same answers to lookups */
    for (uint32_t w = 1; w < fresh->nwords; w += 97) {
        const char *s = dy_dict_word_str(fresh, w);
        assert_int_equal(dy_dict_word(cached, s, strlen(s)), w);
    }
    dy_dict_free(fresh);
    dy_dict_free(first);
    dy_dict_free(cached);
    free(file);
    tmpdir_remove(&t);
    dt_log_free(&fresh_log);
    dt_log_free(&first_log);
    dt_log_free(&cached_log);
}

static void cached_equals_fresh_validation(void **state)
{
    (void)state;
    check_cached_equals_fresh("../shared/petrarch/validate");
}

static void cached_equals_fresh_phoenix(void **state)
{
    (void)state;
    check_cached_equals_fresh("../shared/petrarch/phoenix");
}

static void write_text(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static void changed_source_rebuilds(void **state)
{
    (void)state;
    tmpdir cache, dict;
    tmpdir_make(&cache);
    tmpdir_make(&dict);
    char verbs[128];
    snprintf(verbs, sizeof verbs, "%s/x.verbs.txt", dict.path);
    write_text(verbs, "--- SAY [010] ---\nSAY\n");
    dt_log log;
    dt_log_init(&log);
    dy_dict *d = load_dir(dict.path, cache.path, 0, &log);
    assert_false(d->mapped);
    dy_dict_free(d);
    d = load_dir(dict.path, cache.path, 0, &log);
    assert_true(d->mapped);
    assert_int_equal(d->nblocks, 1);
    dy_dict_free(d);
    /* same size, other content: the content hash notices */
    write_text(verbs, "--- SAY [011] ---\nSAY\n");
    d = load_dir(dict.path, cache.path, 0, &log);
    assert_false(d->mapped);
    assert_string_equal(dy_dict_str(d, d->block[0].code), "011");
    dy_dict_free(d);
    d = load_dir(dict.path, cache.path, 0, &log);
    assert_true(d->mapped);
    assert_string_equal(dy_dict_str(d, d->block[0].code), "011");
    dy_dict_free(d);
    /* a rebuild is not a problem worth a message */
    assert_int_equal(log.diag.warnings + log.diag.errors, 0);
    unlink(verbs);
    rmdir(dict.path);
    tmpdir_remove(&cache);
    dt_log_free(&log);
}

/* Damage the cache file with fn, then load: a warning, a rebuild, the
 * right dictionary, and a repaired cache. */
static void damaged(void (*fn)(const char *path), const char *why)
{
    tmpdir cache;
    tmpdir_make(&cache);
    const char *dictdir = "tests/dict/fixtures/mini";
    dt_log log;
    dt_log_init(&log);
    dy_dict *good = load_dir(dictdir, cache.path, 0, &log);
    char *file = cache_file(cache.path);
    assert_non_null(file);
    fn(file);
    dy_dict *d = load_dir(dictdir, cache.path, 0, &log);
    assert_non_null(d);
    assert_false(d->mapped);
    if (!dt_logged(&log, why))
        fail_msg("expected '%s' in:\n%s", why, log.text.data);
    assert_true(dt_logged(&log, file));
    assert_int_equal(log.diag.warnings, 1);
    assert_same_dict(good, d);
    dy_dict_free(d);
    d = load_dir(dictdir, cache.path, 0, &log);
    assert_true(d->mapped); /* rewritten */
    assert_same_dict(good, d);
    dy_dict_free(d);
    dy_dict_free(good);
    free(file);
    tmpdir_remove(&cache);
    dt_log_free(&log);
}

static void flip_byte(const char *path)
{
    int fd = open(path, O_RDWR);
    struct stat st;
    fstat(fd, &st);
    unsigned char c;
    off_t at = st.st_size / 2;
    assert_int_equal(pread(fd, &c, 1, at), 1);
    c ^= 0x5A;
    assert_int_equal(pwrite(fd, &c, 1, at), 1);
    close(fd);
}

static void truncate_half(const char *path)
{
    struct stat st;
    stat(path, &st);
    assert_int_equal(truncate(path, st.st_size / 2), 0);
}

static void garbage(const char *path)
{
    write_text(path, "not a cache at all\n");
}

/* A forged cache: an index out of range, with a correct checksum. */
static void forge_index(const char *path)
{
    size_t len;
    char *img = dyad_slurp(path, &len);
    dy_image_header *h = (dy_image_header *)img;
    assert_true(h->sec[DY_SEC_PHRASE_WORD].count > 0);
    uint32_t bad = 0x7FFFFFFF;
    memcpy(img + h->sec[DY_SEC_PHRASE_WORD].offset, &bad, sizeof bad);
    h->checksum = dy_hash64(img + sizeof *h, len - sizeof *h, 0);
    FILE *f = fopen(path, "wb");
    fwrite(img, 1, len, f);
    fclose(f);
    free(img);
}

static void forge_section(const char *path)
{
    size_t len;
    char *img = dyad_slurp(path, &len);
    dy_image_header *h = (dy_image_header *)img;
    h->sec[DY_SEC_ACTOR].count = 1u << 30; /* beyond the file */
    FILE *f = fopen(path, "wb");
    fwrite(img, 1, len, f);
    fclose(f);
    free(img);
}

static void corrupt_cache_is_rebuilt(void **state)
{
    (void)state;
    damaged(flip_byte, "dictionary cache is unusable (checksum mismatch); rebuilding");
    damaged(truncate_half, "dictionary cache is unusable (truncated or padded");
    damaged(garbage, "dictionary cache is unusable (");
    damaged(forge_index, "dictionary cache is unusable (phrase word out of range); rebuilding");
    damaged(forge_section, "dictionary cache is unusable (section 10 out of bounds)");
}

static void unwritable_cache_is_a_warning(void **state)
{
    (void)state;
    /* a cache folder below a regular file cannot be made, even by root */
    char *file = dyad_temp_file(".notadir", "x", 1);
    char dir[256];
    snprintf(dir, sizeof dir, "%s/cache", file);
    dt_log log;
    dt_log_init(&log);
    dy_dict *d = load_dir("tests/dict/fixtures/mini", dir, 0, &log);
    assert_non_null(d);
    assert_int_equal(d->stats.verb_blocks, 2);
    assert_int_equal(log.diag.errors, 0);
    assert_int_equal(log.diag.warnings, 1);
    assert_true(dt_logged(&log, ": warning: cannot create the dictionary cache folder"));
    dy_dict_free(d);
    unlink(file);
    free(file);
    dt_log_free(&log);
}

static void default_cache_folder(void **state)
{
    (void)state;
    tmpdir xdg;
    tmpdir_make(&xdg);
    const char *old = getenv("XDG_CACHE_HOME");
    char *saved = old ? strdup(old) : NULL;
    setenv("XDG_CACHE_HOME", xdg.path, 1);
    dt_log log;
    dt_log_init(&log);
    dy_dict *d = load_dir("tests/dict/fixtures/mini", NULL, 0, &log);
    assert_non_null(d);
    dy_dict_free(d);
    char sub[128];
    snprintf(sub, sizeof sub, "%s/dyad", xdg.path);
    char *file = cache_file(sub); /* $XDG_CACHE_HOME/dyad/dict-*.bin */
    assert_non_null(file);
    d = load_dir("tests/dict/fixtures/mini", NULL, 0, &log);
    assert_true(d->mapped);
    dy_dict_free(d);
    if (saved) {
        setenv("XDG_CACHE_HOME", saved, 1);
        free(saved);
    } else {
        unsetenv("XDG_CACHE_HOME");
    }
    unlink(file);
    free(file);
    rmdir(sub);
    rmdir(xdg.path);
    dt_log_free(&log);
}

/* Writing a cache removes caches not rewritten for 30 days. */
static void old_caches_are_pruned(void **state)
{
    (void)state;
    tmpdir cache;
    tmpdir_make(&cache);
    char old[128], recent[128], tmp[128];
    snprintf(old, sizeof old, "%s/dict-old.bin", cache.path);
    snprintf(recent, sizeof recent, "%s/dict-recent.bin", cache.path);
    snprintf(tmp, sizeof tmp, "%s/dict-x.bin.123.tmp", cache.path);
    write_text(old, "x");
    write_text(recent, "x");
    write_text(tmp, "x");
    struct timespec t[2];
    clock_gettime(CLOCK_REALTIME, &t[0]);
    t[0].tv_sec -= 40 * 86400;
    t[1] = t[0];
    assert_int_equal(utimensat(AT_FDCWD, old, t, 0), 0);
    assert_int_equal(utimensat(AT_FDCWD, tmp, t, 0), 0);
    dt_log log;
    dt_log_init(&log);
    dy_dict *d = load_dir("tests/dict/fixtures/mini", cache.path, 0, &log);
    assert_non_null(d);
    dy_dict_free(d);
    assert_int_not_equal(access(old, F_OK), 0);
    assert_int_not_equal(access(tmp, F_OK), 0);
    assert_int_equal(access(recent, F_OK), 0);
    unlink(recent);
    tmpdir_remove(&cache);
    dt_log_free(&log);
}

DYAD_TEST_GROUP(dict_cache,
    cmocka_unit_test(old_caches_are_pruned),
    cmocka_unit_test(cached_equals_fresh_validation),
    cmocka_unit_test(cached_equals_fresh_phoenix),
    cmocka_unit_test(changed_source_rebuilds),
    cmocka_unit_test(corrupt_cache_is_rebuilt),
    cmocka_unit_test(unwritable_cache_is_a_warning),
    cmocka_unit_test(default_cache_folder))
