/*
 * image.c — pointing a dy_dict at an image, and checking an untrusted one.
 */
#include "dict/image.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/*
 * A 64-bit hash of n bytes, 8 at a time (multiply-rotate mixing). Used for
 * the image checksum and for the cache key's content hashes: fast enough
 * to hash all of Phoenix (2.6 MB) in about a millisecond.
 */
uint64_t dy_hash64(const void *p, size_t n, uint64_t seed)
{
    const unsigned char *s = p;
    uint64_t h = seed ^ 0x9E3779B97F4A7C15ull ^ (n * 0xff51afd7ed558ccdull);
    while (n >= 8) {
        uint64_t k;
        memcpy(&k, s, 8);
        k *= 0x87c37b91114253d5ull;
        k = (k << 31) | (k >> 33);
        h ^= k * 0x4cf5ad432745937full;
        h = ((h << 27) | (h >> 37)) * 5 + 0x52dce729;
        s += 8;
        n -= 8;
    }
    uint64_t k = 0;
    for (size_t i = 0; i < n; i++)
        k |= (uint64_t)s[i] << (8 * i);
    h ^= k * 0x87c37b91114253d5ull;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 33;
    return h;
}

static const uint32_t elem_size[DY_SEC_COUNT] = {
    [DY_SEC_KEY] = 1,
    [DY_SEC_WORD_CHARS] = 1, [DY_SEC_WORD_OFF] = 4, [DY_SEC_WORD_SLOT] = 4,
    [DY_SEC_STR_CHARS] = 1, [DY_SEC_STR_OFF] = 4,
    [DY_SEC_PHRASE] = sizeof(dy_phrase), [DY_SEC_PHRASE_WORD] = sizeof(dy_word),
    [DY_SEC_PHRASE_CONN] = 1,
    [DY_SEC_FILE] = sizeof(dy_str),
    [DY_SEC_ACTOR] = sizeof(dy_actor), [DY_SEC_ACTOR_NAME] = sizeof(dy_actor_name),
    [DY_SEC_ACTOR_CODE] = sizeof(dy_actor_code), [DY_SEC_ACTOR_IX] = 4, [DY_SEC_ACTOR_IX_ITEMS] = 4,
    [DY_SEC_AGENT] = sizeof(dy_agent), [DY_SEC_AGENT_IX] = 4, [DY_SEC_AGENT_IX_ITEMS] = 4,
    [DY_SEC_BLOCK] = sizeof(dy_block), [DY_SEC_VERB] = sizeof(dy_verb),
    [DY_SEC_FORM] = sizeof(dy_verb_form), [DY_SEC_FORM_IX] = 4, [DY_SEC_FORM_IX_ITEMS] = 4,
    [DY_SEC_PATTERN] = sizeof(dy_pattern), [DY_SEC_PELEM] = sizeof(dy_pelem),
    [DY_SEC_SYNSET] = sizeof(dy_synset), [DY_SEC_SYNSET_MEMBER] = 4,
    [DY_SEC_SYNSET_IX] = 4, [DY_SEC_SYNSET_IX_ITEMS] = 4,
    [DY_SEC_TRANSFORM] = sizeof(dy_transform),
    [DY_SEC_DISCARD] = sizeof(dy_discard), [DY_SEC_DISCARD_IX] = 4, [DY_SEC_DISCARD_IX_ITEMS] = 4,
    [DY_SEC_ISSUE_CATEGORY] = sizeof(dy_issue_category), [DY_SEC_ISSUE] = sizeof(dy_issue),
    [DY_SEC_ISSUE_IX] = 4, [DY_SEC_ISSUE_IX_ITEMS] = 4,
    [DY_SEC_DIAG] = sizeof(dy_dict_diag),
};

/* The records of section sec of a (checked) image, and their count. */
const void *dy_image_section_data(const void *image, int sec, size_t *count)
{
    const dy_image_header *h = image;
    *count = (size_t)h->sec[sec].count;
    return (const char *)image + h->sec[sec].offset;
}

static int fail(char *why, size_t whylen, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static int fail(char *why, size_t whylen, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    if (why && whylen)
        vsnprintf(why, whylen, fmt, ap);
    va_end(ap);
    return -1;
}

static int check_header(const void *image, size_t size, char *why, size_t wl)
{
    const dy_image_header *h = image;
    if (size < sizeof *h)
        return fail(why, wl, "truncated (%zu bytes)", size);
    if (memcmp(h->magic, DY_IMAGE_MAGIC, 8) != 0)
        return fail(why, wl, "not a dyad dictionary cache");
    if (h->version != DY_IMAGE_VERSION)
        return fail(why, wl, "format version %u, expected %u", h->version, DY_IMAGE_VERSION);
    if (h->endian != 0x01020304u)
        return fail(why, wl, "written on a machine of another byte order");
    if (h->header_size != sizeof *h || h->nsections != DY_SEC_COUNT)
        return fail(why, wl, "header of another layout");
    if (h->size != size)
        return fail(why, wl, "truncated or padded: %zu bytes, header says %llu", size,
                    (unsigned long long)h->size);
    for (int i = 0; i < DY_SEC_COUNT; i++) {
        const dy_image_section *s = &h->sec[i];
        if (s->elem != elem_size[i])
            return fail(why, wl, "section %d has records of %u bytes, expected %u", i, s->elem,
                        elem_size[i]);
        if (s->offset % DY_IMAGE_ALIGN || s->offset < sizeof *h || s->offset > size ||
            s->count > (size - s->offset) / s->elem)
            return fail(why, wl, "section %d out of bounds", i);
    }
    uint64_t sum = dy_hash64((const char *)image + sizeof *h, size - sizeof *h, 0);
    if (sum != h->checksum)
        return fail(why, wl, "checksum mismatch");
    return 0;
}

#define SEC(d, image, sec, field, count)                                        \
    do {                                                                        \
        size_t n_;                                                              \
        (d)->field = dy_image_section_data((image), (sec), &n_);               \
        count = (uint32_t)n_;                                                   \
    } while (0)

/* A word index is two sections, its starts and then its items, as build.c
 * writes them and check_index() reads them. */
#define SEC_INDEX(d, image, sec, index)                                         \
    do {                                                                        \
        size_t nix_;                                                            \
        (d)->index.start = dy_image_section_data((image), (sec), &nix_);        \
        (d)->index.items = dy_image_section_data((image), (sec) + 1, &nix_);    \
    } while (0)

static void point(dy_dict *d, void *image)
{
    const dy_image_header *h = image;
    uint32_t n;
    SEC(d, image, DY_SEC_WORD_CHARS, word_chars, n);
    SEC(d, image, DY_SEC_WORD_OFF, word_off, n);
    d->nwords = n ? n - 1 : 0;
    SEC(d, image, DY_SEC_WORD_SLOT, word_slot, d->nword_slots);
    SEC(d, image, DY_SEC_STR_CHARS, str_chars, n);
    SEC(d, image, DY_SEC_STR_OFF, str_off, n);
    d->nstrs = n ? n - 1 : 0;
    SEC(d, image, DY_SEC_PHRASE, phrase, d->nphrases);
    SEC(d, image, DY_SEC_PHRASE_WORD, phrase_word, n);
    SEC(d, image, DY_SEC_PHRASE_CONN, phrase_conn, n);
    SEC(d, image, DY_SEC_FILE, file, d->nfiles);
    SEC(d, image, DY_SEC_ACTOR, actor, d->nactors);
    SEC(d, image, DY_SEC_ACTOR_NAME, actor_name, d->nactor_names);
    SEC(d, image, DY_SEC_ACTOR_CODE, actor_code, d->nactor_codes);
    SEC_INDEX(d, image, DY_SEC_ACTOR_IX, actor_index);
    SEC(d, image, DY_SEC_AGENT, agent, d->nagents);
    SEC_INDEX(d, image, DY_SEC_AGENT_IX, agent_index);
    SEC(d, image, DY_SEC_BLOCK, block, d->nblocks);
    SEC(d, image, DY_SEC_VERB, verb, d->nverbs);
    SEC(d, image, DY_SEC_FORM, form, d->nforms);
    SEC_INDEX(d, image, DY_SEC_FORM_IX, form_index);
    SEC(d, image, DY_SEC_PATTERN, pattern, d->npatterns);
    SEC(d, image, DY_SEC_PELEM, pelem, d->npelems);
    SEC(d, image, DY_SEC_SYNSET, synset, d->nsynsets);
    SEC(d, image, DY_SEC_SYNSET_MEMBER, synset_member, d->nsynset_members);
    SEC_INDEX(d, image, DY_SEC_SYNSET_IX, synset_index);
    SEC(d, image, DY_SEC_TRANSFORM, transform, d->ntransforms);
    SEC(d, image, DY_SEC_DISCARD, discard, d->ndiscards);
    SEC_INDEX(d, image, DY_SEC_DISCARD_IX, discard_index);
    SEC(d, image, DY_SEC_ISSUE_CATEGORY, issue_category, d->nissue_categories);
    SEC(d, image, DY_SEC_ISSUE, issue, d->nissues);
    SEC_INDEX(d, image, DY_SEC_ISSUE_IX, issue_index);
    SEC(d, image, DY_SEC_DIAG, diag, d->ndiags);
    d->options = h->options;
    d->stats = h->stats;
}

/* ---- validation of an untrusted image: every stored index in range ---- */

typedef struct checker {
    const dy_dict *d;
    const dy_image_header *h;
    char *why;
    size_t wl;
} checker;

#define COUNT(c, s_) ((c)->h->sec[s_].count)
#define REQUIRE(c, cond, ...) \
    do { if (!(cond)) return fail((c)->why, (c)->wl, __VA_ARGS__); } while (0)

static int check_strings(checker *c, int chars_sec, int off_sec, const char *what)
{
    uint64_t nchars = COUNT(c, chars_sec), noff = COUNT(c, off_sec);
    size_t n;
    const char *chars = dy_image_section_data(c->h, chars_sec, &n);
    const uint32_t *off = dy_image_section_data(c->h, off_sec, &n);
    REQUIRE(c, noff >= 1 && off[0] == 0 && off[noff - 1] == nchars, "%s table broken", what);
    for (uint64_t i = 0; i + 1 < noff; i++)
        REQUIRE(c, off[i] < off[i + 1] && off[i + 1] <= nchars && chars[off[i + 1] - 1] == 0,
                "%s %llu broken", what, (unsigned long long)i);
    return 0;
}

static int check_index(checker *c, const dy_word_index *ix, int start_sec, uint64_t nitems_target,
                       const char *what)
{
    uint64_t nstart = COUNT(c, start_sec), nitems = COUNT(c, start_sec + 1);
    REQUIRE(c, nstart == (uint64_t)c->d->nwords + 1, "%s index has the wrong size", what);
    REQUIRE(c, ix->start[0] == 0 && ix->start[nstart - 1] == nitems, "%s index broken", what);
    for (uint64_t i = 0; i + 1 < nstart; i++)
        REQUIRE(c, ix->start[i] <= ix->start[i + 1], "%s index not ordered", what);
    for (uint64_t i = 0; i < nitems; i++)
        REQUIRE(c, ix->items[i] < nitems_target, "%s index item out of range", what);
    return 0;
}

static int check_words_phrases(checker *c)
{
    const dy_dict *d = c->d;
    if (check_strings(c, DY_SEC_WORD_CHARS, DY_SEC_WORD_OFF, "word") ||
        check_strings(c, DY_SEC_STR_CHARS, DY_SEC_STR_OFF, "string"))
        return -1;
    REQUIRE(c, d->nstrs >= 2, "string table lacks its fixed entries");
    uint32_t ns = d->nword_slots;
    REQUIRE(c, ns >= 2 && (ns & (ns - 1)) == 0 && ns > d->nwords, "word hash has a bad size");
    uint32_t used = 0;
    for (uint32_t i = 0; i < ns; i++) {
        REQUIRE(c, d->word_slot[i] < d->nwords, "word hash slot out of range");
        used += d->word_slot[i] != 0;
    }
    /* an empty slot must remain, or a lookup of an unknown word never ends */
    REQUIRE(c, used < d->nwords, "word hash overfull");
    uint64_t npw = COUNT(c, DY_SEC_PHRASE_WORD);
    REQUIRE(c, COUNT(c, DY_SEC_PHRASE_CONN) == npw, "phrase connectors do not match words");
    for (uint64_t i = 0; i < npw; i++)
        REQUIRE(c, d->phrase_word[i] < d->nwords && d->phrase_conn[i] <= DY_CONN_ADJ,
                "phrase word out of range");
    for (uint32_t i = 0; i < d->nphrases; i++)
        REQUIRE(c, (uint64_t)d->phrase[i].first + d->phrase[i].n <= npw, "phrase out of range");
    for (uint32_t i = 0; i < d->nfiles; i++)
        REQUIRE(c, d->file[i] < d->nstrs, "file name out of range");
    return 0;
}

#define OKSTR(s) ((s) < d->nstrs)
#define OKFILE(f) ((f) < d->nfiles)

static int check_actors_agents(checker *c)
{
    const dy_dict *d = c->d;
    for (uint32_t i = 0; i < d->nactors; i++) {
        const dy_actor *a = &d->actor[i];
        REQUIRE(c, (uint64_t)a->codes + a->ncodes <= d->nactor_codes && a->name < d->nactor_names &&
                   OKFILE(a->file), "actor %u out of range", i);
    }
    for (uint32_t i = 0; i < d->nactor_codes; i++)
        REQUIRE(c, OKSTR(d->actor_code[i].code) && d->actor_code[i].kind <= DY_DATE_RANGE,
                "actor code %u out of range", i);
    for (uint32_t i = 0; i < d->nactor_names; i++) {
        const dy_actor_name *n = &d->actor_name[i];
        REQUIRE(c, n->phrase < d->nphrases && n->actor < d->nactors && OKFILE(n->file),
                "actor name %u out of range", i);
    }
    for (uint32_t i = 0; i < d->nagents; i++) {
        const dy_agent *a = &d->agent[i];
        REQUIRE(c, a->phrase < d->nphrases && OKSTR(a->code) && OKFILE(a->file) &&
                   a->kind <= DY_AGENT_PREFIX, "agent %u out of range", i);
    }
    if (check_index(c, &d->actor_index, DY_SEC_ACTOR_IX, d->nactor_names, "actor") ||
        check_index(c, &d->agent_index, DY_SEC_AGENT_IX, d->nagents, "agent"))
        return -1;
    return 0;
}

static int check_side(checker *c, uint32_t first, uint32_t n)
{
    const dy_dict *d = c->d;
    REQUIRE(c, (uint64_t)first + n <= d->npelems, "pattern elements out of range");
    for (uint32_t i = first; i < first + n; i++) {
        const dy_pelem *e = &d->pelem[i];
        REQUIRE(c, e->kind >= DY_PE_WORD && e->kind <= DY_PE_PP, "pattern element kind bad");
        REQUIRE(c, (uint64_t)i + e->span < (uint64_t)first + n, "pattern group too long");
        if (e->kind == DY_PE_WORD)
            REQUIRE(c, e->id < d->nwords, "pattern word out of range");
        if (e->kind == DY_PE_SYNSET)
            REQUIRE(c, e->id < d->nsynsets, "pattern synset out of range");
    }
    return 0;
}

static int check_verbs(checker *c)
{
    const dy_dict *d = c->d;
    for (uint32_t i = 0; i < d->nblocks; i++) {
        const dy_block *b = &d->block[i];
        REQUIRE(c, OKSTR(b->name) && OKSTR(b->code) && OKFILE(b->file) &&
                   (uint64_t)b->patterns + b->npatterns <= d->npatterns &&
                   (uint64_t)b->verbs + b->nverbs <= d->nverbs, "verb block %u out of range", i);
    }
    for (uint32_t i = 0; i < d->nverbs; i++) {
        const dy_verb *v = &d->verb[i];
        REQUIRE(c, v->block < d->nblocks && OKSTR(v->code) && v->root < d->nphrases &&
                   OKFILE(v->file) && v->root_pos < d->phrase[v->root].n, "verb %u out of range", i);
    }
    for (uint32_t i = 0; i < d->nforms; i++) {
        const dy_verb_form *f = &d->form[i];
        REQUIRE(c, f->verb < d->nverbs && f->phrase < d->nphrases && f->word < d->nwords &&
                   f->pos < d->phrase[f->phrase].n, "verb form %u out of range", i);
    }
    for (uint32_t i = 0; i < d->npatterns; i++) {
        const dy_pattern *p = &d->pattern[i];
        REQUIRE(c, p->block < d->nblocks && OKSTR(p->code) && OKSTR(p->code_a) && OKSTR(p->code_b) &&
                   OKSTR(p->text) && OKFILE(p->file), "pattern %u out of range", i);
        if (check_side(c, p->upper, p->nupper) || check_side(c, p->lower, p->nlower))
            return -1;
    }
    for (uint32_t i = 0; i < d->nsynsets; i++) {
        const dy_synset *s = &d->synset[i];
        REQUIRE(c, OKSTR(s->name) && OKFILE(s->file) &&
                   (uint64_t)s->members + s->nmembers <= d->nsynset_members,
                "synset %u out of range", i);
    }
    for (uint32_t i = 0; i < d->nsynset_members; i++)
        REQUIRE(c, d->synset_member[i] < d->nphrases, "synset member out of range");
    for (uint32_t i = 0; i < d->ntransforms; i++) {
        const dy_transform *t = &d->transform[i];
        REQUIRE(c, t->v1 < d->nwords && t->v2 < d->nwords && OKSTR(t->code) && OKFILE(t->file),
                "transformation %u out of range", i);
    }
    if (check_index(c, &d->form_index, DY_SEC_FORM_IX, d->nforms, "verb form") ||
        check_index(c, &d->synset_index, DY_SEC_SYNSET_IX, d->nsynsets, "synset"))
        return -1;
    return 0;
}

static int check_rest(checker *c)
{
    const dy_dict *d = c->d;
    for (uint32_t i = 0; i < d->ndiscards; i++) {
        const dy_discard *x = &d->discard[i];
        REQUIRE(c, OKSTR(x->text) && x->phrase < d->nphrases && OKFILE(x->file),
                "discard %u out of range", i);
    }
    for (uint32_t i = 0; i < d->nissue_categories; i++) {
        const dy_issue_category *x = &d->issue_category[i];
        REQUIRE(c, OKSTR(x->name) && OKSTR(x->type) && OKFILE(x->file),
                "issue category %u out of range", i);
    }
    for (uint32_t i = 0; i < d->nissues; i++) {
        const dy_issue *x = &d->issue[i];
        REQUIRE(c, (x->category < d->nissue_categories || x->category == DY_NO_INDEX) &&
                   OKSTR(x->code) && OKSTR(x->text) && x->phrase < d->nphrases && OKFILE(x->file),
                "issue %u out of range", i);
    }
    for (uint32_t i = 0; i < d->ndiags; i++) {
        const dy_dict_diag *x = &d->diag[i];
        REQUIRE(c, (x->file < d->nfiles || x->file == DY_NO_INDEX) && OKSTR(x->msg) &&
                   x->severity <= DY_ERROR, "message %u out of range", i);
    }
    if (check_index(c, &d->discard_index, DY_SEC_DISCARD_IX, d->ndiscards, "discard") ||
        check_index(c, &d->issue_index, DY_SEC_ISSUE_IX, d->nissues, "issue"))
        return -1;
    return 0;
}

/*
 * Point d at image[0..size). With trusted == 0 (an image read from a file)
 * check it completely first; on any problem return -1 with the reason in
 * why and leave d unusable. Returns 0 on success. d does not own the image.
 */
int dy_image_attach(dy_dict *d, void *image, size_t size, int trusted, char *why, size_t whylen)
{
    if (!trusted && check_header(image, size, why, whylen))
        return -1;
    point(d, image);
    if (trusted)
        return 0;
    checker c = {d, image, why, whylen};
    if (check_words_phrases(&c) || check_actors_agents(&c) || check_verbs(&c) || check_rest(&c))
        return -1;
    return 0;
}
