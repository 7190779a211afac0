/*
 * dict.c — dy_dict_load: sources → cache or loaders → a dy_dict; lookups.
 */
#include "dict/dict.h"

#include <string.h>
#include <sys/mman.h>

#include "base/buf.h"
#include "base/mem.h"
#include "dict/build.h"
#include "dict/cache.h"
#include "dict/config.h"
#include "dict/image.h"
#include "dict/sources.h"

/* Run every file of the set through its loader. */
static void parse_all(dy_builder *b, const dy_source_set *set)
{
    for (size_t i = 0; i < set->n; i++) {
        const dy_source_file *f = &set->file[i];
        dy_b_begin_file(b, f->name);
        switch (f->role) {
        case DY_ROLE_CONFIG: {
            dy_config cfg = {0};
            dy_config_parse(f->data, f->len, &cfg, &b->options, b);
            dy_config_free(&cfg);
            break;
        }
        case DY_ROLE_VERBS: dy_load_verbs(b, f->data, f->len, set->dialect); break;
        case DY_ROLE_ACTORS: dy_load_actors(b, f->data, f->len); break;
        case DY_ROLE_AGENTS: dy_load_agents(b, f->data, f->len); break;
        case DY_ROLE_DISCARDS: dy_load_discards(b, f->data, f->len); break;
        default: dy_load_issues(b, f->data, f->len); break;
        }
    }
}

/* Report the messages recorded in a cached image, as the parse gave them. */
static void replay(const dy_dict *d, dy_diag *diag)
{
    for (uint32_t i = 0; i < d->ndiags; i++) {
        const dy_dict_diag *m = &d->diag[i];
        const char *file = m->file == DY_NO_INDEX ? NULL : dy_dict_file_name(d, m->file);
        dy_diagf(diag, (dy_severity)m->severity, file, (long)m->line, "%s", dy_dict_str(d, m->msg));
    }
}

static dy_dict *build(const dy_source_set *set, const dy_buf *key, dy_diag *diag)
{
    dy_builder b;
    dy_builder_init(&b, diag);
    parse_all(&b, set);
    size_t size;
    void *img = dy_builder_finish(&b, key->data, key->len, &size);
    dy_builder_free(&b);
    dy_dict *d = dy_xcalloc(1, sizeof *d);
    dy_image_attach(d, img, size, 1, NULL, 0);
    d->image = img;
    d->image_size = size;
    return d;
}

/*
 * Load the dictionaries named by src (see dict.h): from the cache when it
 * is current, else by parsing the files (and then writing the cache).
 * Returns NULL if a file could not be read, or with opt->strict if any
 * error was reported.
 */
dy_dict *dy_dict_load(const dy_dict_sources *src, const dy_dict_load_opts *opt, dy_diag *diag)
{
    dy_dict_load_opts none = {0};
    if (!opt)
        opt = &none;
    dy_source_set set;
    if (dy_sources_resolve(&set, src, diag) != 0) {
        dy_sources_free(&set);
        return NULL;
    }
    dy_buf key = DY_BUF_INIT;
    dy_cache_key(&set, &key);
    char *dir = opt->no_cache ? NULL : dy_cache_dir(opt->cache_dir);
    char *path = dir ? dy_cache_path(dir, &set) : NULL;
    dy_dict *d = dy_xcalloc(1, sizeof *d);
    if (path && dy_cache_map(d, path, key.data, key.len, diag)) {
        replay(d, diag);
    } else {
        dy_free(d);
        d = build(&set, &key, diag);
        if (path)
            dy_cache_store(dir, path, d->image, d->image_size, diag);
    }
    dy_free(path);
    dy_free(dir);
    dy_buf_free(&key);
    dy_sources_free(&set);
    if (opt->strict && d->stats.errors) {
        dy_dict_free(d);
        return NULL;
    }
    return d;
}

/* Release a dictionary (unmapping the cache it may point into). */
void dy_dict_free(dy_dict *d)
{
    if (!d)
        return;
    if (d->mapped)
        munmap(d->image, d->image_size);
    else
        dy_free(d->image);
    dy_free(d);
}

/* The word id of upper[0..n): one probe sequence in the frozen hash. */
dy_word dy_dict_word(const dy_dict *d, const char *upper, size_t n)
{
    uint32_t mask = d->nword_slots - 1;
    uint32_t i = dy_hash_bytes(upper, n) & mask;
    for (;;) {
        dy_word w = d->word_slot[i];
        if (w == 0)
            return 0;
        uint32_t off = d->word_off[w];
        if (d->word_off[w + 1] - off - 1 == n && memcmp(d->word_chars + off, upper, n) == 0)
            return w;
        i = (i + 1) & mask;
    }
}

/* §2.8: the first date restriction that holds, else the last
 * unrestricted code, else "---". */
dy_str dy_dict_actor_code_at(const dy_dict *d, uint32_t actor, uint32_t date)
{
    if (actor >= d->nactors)
        return DY_STR_NULLCODE;
    const dy_actor *a = &d->actor[actor];
    dy_str fallback = DY_STR_NULLCODE;
    for (uint32_t i = 0; i < a->ncodes; i++) {
        const dy_actor_code *c = &d->actor_code[a->codes + i];
        switch (c->kind) {
        case DY_DATE_ANY: fallback = c->code; break;
        case DY_DATE_BEFORE: if (date && date <= c->hi) return c->code; break;
        case DY_DATE_AFTER: if (date && date >= c->lo) return c->code; break;
        default: if (date && date >= c->lo && date <= c->hi) return c->code; break;
        }
    }
    return fallback;
}

/*
 * Is the one-word phrase w a member of synset s? The coder asks this for
 * every word a synset pattern element is tried on, so it compares the ids
 * directly rather than through memcmp (a library call per member).
 */
int dy_dict_synset_has_word(const dy_dict *d, uint32_t s, dy_word w)
{
    if (s >= d->nsynsets)
        return 0;
    const dy_synset *sy = &d->synset[s];
    const uint32_t *member = d->synset_member + sy->members;
    for (uint32_t m = 0; m < sy->nmembers; m++) {
        const dy_phrase *p = &d->phrase[member[m]];
        if (p->n == 1 && d->phrase_word[p->first] == w)
            return 1;
    }
    return 0;
}

/* Is words[0..n) (reading order) a member of synset s? */
int dy_dict_synset_has_words(const dy_dict *d, uint32_t s, const dy_word *words, size_t n)
{
    if (s >= d->nsynsets)
        return 0;
    const dy_synset *sy = &d->synset[s];
    for (uint32_t m = 0; m < sy->nmembers; m++) {
        const dy_phrase *p = &d->phrase[d->synset_member[sy->members + m]];
        if (p->n == n && memcmp(d->phrase_word + p->first, words, n * sizeof *words) == 0)
            return 1;
    }
    return 0;
}
