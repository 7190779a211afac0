/*
 * cache.c — finding, mapping, checking and writing cache files (cache.h).
 */
#include "dict/cache.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "base/mem.h"
#include "dict/image.h"

/*
 * The cache folder: `option` if given, else $XDG_CACHE_HOME/dyad, else
 * $HOME/.cache/dyad. NULL if none can be named (no HOME). malloc'd.
 */
char *dy_cache_dir(const char *option)
{
    if (option && *option)
        return dy_xstrdup(option);
    dy_buf b = DY_BUF_INIT;
    const char *xdg = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
    if (xdg && *xdg == '/')
        dy_buf_addf(&b, "%s/dyad", xdg);
    else if (home && *home)
        dy_buf_addf(&b, "%s/.cache/dyad", home);
    else
        return NULL;
    return dy_buf_detach(&b);
}

static void add_u64(dy_buf *b, uint64_t v)
{
    dy_buf_add(b, &v, sizeof v);
}

static void add_identity(dy_buf *b, const dy_source_set *set)
{
    add_u64(b, DY_IMAGE_VERSION);
    add_u64(b, (uint64_t)set->dialect);
    add_u64(b, set->n);
    for (size_t i = 0; i < set->n; i++) {
        add_u64(b, (uint64_t)set->file[i].role);
        dy_buf_adds(b, set->file[i].id);
        dy_buf_addc(b, 0);
        dy_buf_adds(b, set->file[i].name);
        dy_buf_addc(b, 0);
    }
}

/* Size and modification time of the running program: a rebuilt dyad may
 * compile dictionaries differently even when DY_IMAGE_VERSION was not
 * bumped, so its caches are not trusted by another build. */
static void add_program(dy_buf *b)
{
    struct stat st;
    if (stat("/proc/self/exe", &st) != 0)
        memset(&st, 0, sizeof st);
    add_u64(b, (uint64_t)st.st_size);
    add_u64(b, (uint64_t)st.st_mtim.tv_sec);
    add_u64(b, (uint64_t)st.st_mtim.tv_nsec);
}

/*
 * The key stored in (and compared with) a cache: the identity of what is
 * loaded, the program, and each file's size and content hash. mtime is
 * deliberately not part of it: the content hash is exact, costs about a
 * millisecond for all of Phoenix, and a `touch` should not force a rebuild.
 */
void dy_cache_key(const dy_source_set *set, dy_buf *key)
{
    add_identity(key, set);
    add_program(key);
    for (size_t i = 0; i < set->n; i++) {
        add_u64(key, set->file[i].len);
        add_u64(key, set->file[i].hash);
    }
}

/* dir/dict-<hash of the identity>.bin, malloc'd. */
char *dy_cache_path(const char *dir, const dy_source_set *set)
{
    dy_buf id = DY_BUF_INIT;
    add_identity(&id, set);
    uint64_t h = dy_hash64(id.data, id.len, 0);
    dy_buf_free(&id);
    dy_buf p = DY_BUF_INIT;
    dy_buf_addf(&p, "%s/dict-%016llx.bin", dir, (unsigned long long)h);
    return dy_buf_detach(&p);
}

/*
 * Map the cache at path and point d at it if it is sound and its key is
 * `key`. Returns 1 on success; 0 if there is no usable cache (missing or
 * stale: silently; unreadable or corrupt: with a warning naming the file).
 */
int dy_cache_map(dy_dict *d, const char *path, const void *key, size_t keylen, dy_diag *diag)
{
    int fd = open(path, O_RDONLY);
    if (fd < 0) {
        if (errno != ENOENT && errno != ENOTDIR) /* no cache yet: not worth a word */
            dy_diagf(diag, DY_WARNING, path, 0, "cannot read the dictionary cache: %s; "
                     "rebuilding", strerror(errno));
        return 0;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || st.st_size <= 0) {
        close(fd);
        dy_diagf(diag, DY_WARNING, path, 0, "dictionary cache is empty or unreadable; rebuilding");
        return 0;
    }
    size_t size = (size_t)st.st_size;
    void *map = mmap(NULL, size, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (map == MAP_FAILED) {
        dy_diagf(diag, DY_WARNING, path, 0, "cannot map the dictionary cache: %s; rebuilding",
                 strerror(errno));
        return 0;
    }
    char why[256];
    if (dy_image_attach(d, map, size, 0, why, sizeof why) != 0) {
        munmap(map, size);
        memset(d, 0, sizeof *d);
        dy_diagf(diag, DY_WARNING, path, 0, "dictionary cache is unusable (%s); rebuilding", why);
        return 0;
    }
    size_t n;
    const void *stored = dy_image_section_data(map, DY_SEC_KEY, &n);
    if (n != keylen || memcmp(stored, key, keylen) != 0) {
        munmap(map, size);
        memset(d, 0, sizeof *d);
        return 0; /* a source changed: an ordinary rebuild */
    }
    d->image = map;
    d->image_size = size;
    d->mapped = 1;
    return 1;
}

static int mkdirs(const char *dir)
{
    char *p = dy_xstrdup(dir);
    for (char *s = p + 1; *s; s++) {
        if (*s != '/')
            continue;
        *s = 0;
        if (mkdir(p, 0700) != 0 && errno != EEXIST) {
            dy_free(p);
            return -1;
        }
        *s = '/';
    }
    int rc = mkdir(p, 0700) != 0 && errno != EEXIST ? -1 : 0;
    dy_free(p);
    return rc;
}

static int write_all(int fd, const char *p, size_t n)
{
    while (n) {
        ssize_t w = write(fd, p, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return -1;
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

#define PRUNE_DAYS 30

/* Remove cache files of dir not rewritten for PRUNE_DAYS days (dictionary
 * sets no longer used, temporary test folders) and temporary files left by
 * a crashed writer, so the folder does not grow without bound. A cache
 * still in use costs one rebuild a month. Best effort: failures are
 * ignored. */
static void prune(const char *dir)
{
    DIR *dh = opendir(dir);
    if (!dh)
        return;
    time_t now = time(NULL);
    struct dirent *e;
    dy_buf path = DY_BUF_INIT;
    while ((e = readdir(dh)) != NULL) {
        if (strncmp(e->d_name, "dict-", 5) != 0)
            continue;
        int tmp = strstr(e->d_name, ".tmp") != NULL;
        dy_buf_clear(&path);
        dy_buf_addf(&path, "%s/%s", dir, e->d_name);
        struct stat st;
        if (stat(path.data, &st) == 0 &&
            now - st.st_mtime > (tmp ? 86400 : PRUNE_DAYS * 86400))
            unlink(path.data);
    }
    dy_buf_free(&path);
    closedir(dh);
}

/*
 * Write image to path (in dir, created if needed) through a temporary file
 * renamed into place, so that a reader never sees half a cache. Failure is
 * a warning: the dictionaries are loaded; only the next start is slower.
 */
void dy_cache_store(const char *dir, const char *path, const void *image, size_t size,
                    dy_diag *diag)
{
    if (mkdirs(dir) != 0) {
        dy_diagf(diag, DY_WARNING, dir, 0, "cannot create the dictionary cache folder: %s",
                 strerror(errno));
        return;
    }
    dy_buf tmp = DY_BUF_INIT;
    dy_buf_addf(&tmp, "%s.%ld.tmp", path, (long)getpid());
    int fd = open(tmp.data, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    int ok = fd >= 0, err = errno;
    if (ok) {
        ok = write_all(fd, image, size) == 0;
        err = errno;
        if (close(fd) != 0 && ok) {
            ok = 0;
            err = errno;
        }
        if (ok && rename(tmp.data, path) != 0) {
            ok = 0;
            err = errno;
        }
        if (!ok)
            unlink(tmp.data);
    }
    if (!ok)
        dy_diagf(diag, DY_WARNING, path, 0, "cannot write the dictionary cache: %s", strerror(err));
    else
        prune(dir);
    dy_buf_free(&tmp);
}
