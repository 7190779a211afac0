/*
 * build.c — the builder the loaders fill, and its freezing into an image.
 */
#include "dict/build.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "base/mem.h"
#include "dict/image.h"
#include "dict/lines.h"

/* Start an empty builder reporting to out (which may be NULL). */
void dy_builder_init(dy_builder *b, dy_diag *out)
{
    memset(b, 0, sizeof *b);
    dy_intern_init(&b->words);
    dy_intern_init(&b->strs);
    dy_intern_add(&b->strs, "", 0);    /* DY_STR_EMPTY */
    dy_intern_add(&b->strs, "---", 3); /* DY_STR_NULLCODE */
    dy_dict_options_default(&b->options);
    b->out = out;
    b->cur_file = 0xFFFF;
}

/* Release everything the builder holds. */
void dy_builder_free(dy_builder *b)
{
    dy_intern_free(&b->words);
    dy_intern_free(&b->strs);
    dy_free(b->phrase);
    dy_free(b->pword);
    dy_free(b->pconn);
    dy_free(b->file);
    dy_free(b->actor);
    dy_free(b->actor_name);
    dy_free(b->actor_code);
    dy_free(b->agent);
    dy_free(b->block);
    dy_free(b->verb);
    dy_free(b->form);
    dy_free(b->pattern);
    dy_free(b->pelem);
    dy_free(b->synset);
    dy_free(b->synset_member);
    dy_free(b->transform);
    dy_free(b->discard);
    dy_free(b->issue_category);
    dy_free(b->issue);
    dy_free(b->diag);
    dy_free(b->tmpw);
    dy_free(b->tmpc);
    memset(b, 0, sizeof *b);
}

/* Register a source file (its name as it should appear in messages) and
 * make it the current one; returns its index. */
uint16_t dy_b_begin_file(dy_builder *b, const char *name)
{
    dy_str *f = DY_PUSH(b, file);
    *f = dy_b_str(b, name, strlen(name));
    b->cur_file = (uint16_t)(b->n_file - 1);
    return b->cur_file;
}

/*
 * Report a problem at `line` of the current file (line <= 0: the file as a
 * whole). The message is recorded for cache replay and forwarded to the
 * caller's sink as "file:line: severity: message".
 */
void dy_b_report(dy_builder *b, dy_severity sev, long line, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    dy_dict_diag *r = DY_PUSH(b, diag);
    r->severity = (uint32_t)sev;
    r->file = b->cur_file == 0xFFFF ? DY_NO_INDEX : b->cur_file;
    r->line = line > 0 ? (uint32_t)line : 0;
    r->msg = dy_b_str(b, msg, strlen(msg));
    if (sev == DY_ERROR)
        b->stats.errors++;
    else if (sev == DY_WARNING)
        b->stats.warnings++;
    const char *file = r->file == DY_NO_INDEX ? NULL : dy_intern_str(&b->strs, b->file[r->file] + 1);
    dy_diagf(b->out, sev, file, line, "%s", msg);
}

/* The id of word s[0..n), upper-cased, adding it if new. */
dy_word dy_b_word(dy_builder *b, const char *s, size_t n)
{
    char small[256];
    char *up = n <= sizeof small ? small : dy_xmalloc(n);
    dy_upper_copy(up, s, n);
    dy_word w = dy_intern_add(&b->words, up, n);
    if (up != small)
        dy_free(up);
    return w;
}

/* The string id of s[0..n) exactly as written. */
dy_str dy_b_str(dy_builder *b, const char *s, size_t n)
{
    return dy_intern_add(&b->strs, s, n) - 1;
}

/* The string id of s[0..n) upper-cased. */
dy_str dy_b_upper_str(dy_builder *b, const char *s, size_t n)
{
    char small[256];
    char *up = n <= sizeof small ? small : dy_xmalloc(n);
    dy_upper_copy(up, s, n);
    dy_str id = dy_b_str(b, up, n);
    if (up != small)
        dy_free(up);
    return id;
}

/* Append a phrase of n words (conn[i]: connector before word i; conn may
 * be NULL for all-adjacent) and return its index. */
uint32_t dy_b_phrase(dy_builder *b, const dy_word *w, const uint8_t *conn, size_t n, int flags)
{
    if (n > 0xFFFF)
        n = 0xFFFF;
    dy_phrase *p = DY_PUSH(b, phrase);
    p->first = (uint32_t)b->n_pword;
    p->n = (uint16_t)n;
    p->flags = (uint16_t)flags;
    DY_GROW(b->pword, b->cap_pword, b->n_pword + n);
    DY_GROW(b->pconn, b->cap_pconn, b->n_pconn + n);
    for (size_t i = 0; i < n; i++) {
        b->pword[b->n_pword++] = w[i];
        b->pconn[b->n_pconn++] = (uint8_t)(i == 0 ? DY_CONN_NONE : conn ? conn[i] : DY_CONN_ADJ);
    }
    return (uint32_t)(b->n_phrase - 1);
}

static int is_sep(int c)
{
    return c == '_' || dy_is_blank(c);
}

/*
 * Split s[0..n) into words at blanks and `_` into b->tmpw/tmpc (the
 * connector before each word: `_` directly before it means adjacent, else
 * a gap). *trailing_adj is set if the text ends in `_`. Returns the count.
 */
size_t dy_b_split(dy_builder *b, const char *s, size_t n, int *trailing_adj)
{
    b->n_tmpw = b->n_tmpc = 0;
    size_t i = 0;
    int trailing = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && is_sep((unsigned char)s[j]))
            j++;
        uint8_t conn = j > i && s[j - 1] == '_' ? DY_CONN_ADJ : DY_CONN_GAP;
        trailing = j > i && memchr(s + i, '_', j - i) != NULL;
        if (j == n)
            break;
        size_t k = j;
        while (k < n && !is_sep((unsigned char)s[k]))
            k++;
        uint8_t before = b->n_tmpc == 0 ? DY_CONN_NONE : conn;
        *DY_PUSH(b, tmpw) = dy_b_word(b, s + j, k - j);
        *DY_PUSH(b, tmpc) = before;
        trailing = 0;
        i = k;
    }
    if (trailing_adj)
        *trailing_adj = trailing && b->n_tmpw > 0;
    return b->n_tmpw;
}

/* A phrase from dictionary text ("A_B C_"): words, connectors, trailing `_`. */
uint32_t dy_b_phrase_text(dy_builder *b, const char *s, size_t n)
{
    int trailing;
    size_t k = dy_b_split(b, s, n, &trailing);
    return dy_b_phrase(b, b->tmpw, b->tmpc, k, trailing ? DY_PHRASE_TRAILING_ADJ : 0);
}

/* ---------------------------------------------------------------- */
/* Indexes by word: CSR arrays, each bucket longest first, then file order */

typedef struct ix_build {
    uint32_t *start;  /* nwords + 1 */
    uint32_t *items;
    size_t nitems;
} ix_build;

static void index_build(ix_build *ix, size_t nwords, const uint32_t *key, const uint32_t *len,
                        const uint32_t *item, size_t n)
{
    ix->start = dy_xcalloc(nwords + 1, sizeof *ix->start);
    ix->items = dy_xmalloc((n ? n : 1) * sizeof *ix->items);
    ix->nitems = n;
    uint32_t *lens = dy_xmalloc((n ? n : 1) * sizeof *lens);
    for (size_t i = 0; i < n; i++)
        ix->start[key[i] + 1]++;
    for (size_t w = 0; w < nwords; w++)
        ix->start[w + 1] += ix->start[w];
    uint32_t *fill = dy_xmalloc((nwords + 1) * sizeof *fill);
    memcpy(fill, ix->start, (nwords + 1) * sizeof *fill);
    for (size_t i = 0; i < n; i++) {
        uint32_t at = fill[key[i]]++;
        ix->items[at] = item[i];
        lens[at] = len[i];
    }
    /* stable insertion sort of each bucket by length, longest first */
    for (size_t w = 0; w < nwords; w++) {
        for (uint32_t i = ix->start[w] + 1; i < ix->start[w + 1]; i++) {
            uint32_t it = ix->items[i], l = lens[i], j = i;
            while (j > ix->start[w] && lens[j - 1] < l) {
                ix->items[j] = ix->items[j - 1];
                lens[j] = lens[j - 1];
                j--;
            }
            ix->items[j] = it;
            lens[j] = l;
        }
    }
    dy_free(fill);
    dy_free(lens);
}

static void ix_free(ix_build *ix)
{
    dy_free(ix->start);
    dy_free(ix->items);
}

typedef struct ix_input {
    uint32_t *key, *len, *item;
    size_t n, cap;
} ix_input;

static void ix_add(ix_input *in, uint32_t key, uint32_t len, uint32_t item)
{
    if (in->n == in->cap) {
        in->cap = in->cap ? in->cap * 2 : 256;
        in->key = dy_xrealloc(in->key, in->cap * sizeof *in->key);
        in->len = dy_xrealloc(in->len, in->cap * sizeof *in->len);
        in->item = dy_xrealloc(in->item, in->cap * sizeof *in->item);
    }
    in->key[in->n] = key;
    in->len[in->n] = len;
    in->item[in->n] = item;
    in->n++;
}

static void ix_from_input(ix_build *ix, size_t nwords, ix_input *in)
{
    index_build(ix, nwords, in->key, in->len, in->item, in->n);
    dy_free(in->key);
    dy_free(in->len);
    dy_free(in->item);
    memset(in, 0, sizeof *in);
}

static uint32_t first_word(const dy_builder *b, uint32_t phrase)
{
    const dy_phrase *p = &b->phrase[phrase];
    return p->n ? b->pword[p->first] : 0;
}

enum { IX_ACTOR, IX_AGENT, IX_FORM, IX_SYNSET, IX_DISCARD, IX_ISSUE, IX_COUNT };

/* Index record i under the first word of its phrase ph, with the phrase's
 * length; a phrase without words has no first word and is left out. */
static void ix_add_phrase(ix_input *in, const dy_builder *b, uint32_t ph, size_t i)
{
    if (b->phrase[ph].n)
        ix_add(in, first_word(b, ph), b->phrase[ph].n, (uint32_t)i);
}

static void build_indexes(const dy_builder *b, size_t nwords, ix_build ix[IX_COUNT])
{
    ix_input in = {0};
    for (size_t i = 0; i < b->n_actor_name; i++)
        ix_add_phrase(&in, b, b->actor_name[i].phrase, i);
    ix_from_input(&ix[IX_ACTOR], nwords, &in);
    for (size_t i = 0; i < b->n_agent; i++)
        ix_add_phrase(&in, b, b->agent[i].phrase, i);
    ix_from_input(&ix[IX_AGENT], nwords, &in);
    for (size_t i = 0; i < b->n_form; i++)
        ix_add(&in, b->form[i].word, b->phrase[b->form[i].phrase].n, (uint32_t)i);
    ix_from_input(&ix[IX_FORM], nwords, &in);
    uint32_t *last = dy_xmalloc(nwords * sizeof *last);
    memset(last, 0xFF, nwords * sizeof *last);
    for (size_t s = 0; s < b->n_synset; s++) {
        const dy_synset *sy = &b->synset[s];
        for (uint32_t m = 0; m < sy->nmembers; m++) {
            uint32_t w = first_word(b, b->synset_member[sy->members + m]);
            if (w && last[w] != s) {
                last[w] = (uint32_t)s;
                ix_add(&in, w, 0, (uint32_t)s);
            }
        }
    }
    dy_free(last);
    ix_from_input(&ix[IX_SYNSET], nwords, &in);
    for (size_t i = 0; i < b->n_discard; i++)
        ix_add_phrase(&in, b, b->discard[i].phrase, i);
    ix_from_input(&ix[IX_DISCARD], nwords, &in);
    for (size_t i = 0; i < b->n_issue; i++)
        ix_add_phrase(&in, b, b->issue[i].phrase, i);
    ix_from_input(&ix[IX_ISSUE], nwords, &in);
}

/* ---------------------------------------------------------------- */
/* String tables                                                      */

typedef struct strtab {
    char *chars;
    uint32_t *off;    /* count + 1 */
    size_t nchars, count;
} strtab;

/* Flatten intern ids [first_id .. t->count] into chars + offsets. */
static void strtab_build(strtab *st, const dy_intern *t, size_t first_id, int lead_empty)
{
    size_t count = t->count - first_id + 1 + (lead_empty ? 1 : 0), nchars = 0;
    for (size_t id = first_id; id <= t->count; id++)
        nchars += t->len[id] + 1;
    nchars += lead_empty ? 1 : 0;
    st->chars = dy_xmalloc(nchars);
    st->off = dy_xmalloc((count + 1) * sizeof *st->off);
    size_t at = 0, k = 0;
    if (lead_empty) {
        st->off[k++] = 0;
        st->chars[at++] = 0;
    }
    for (size_t id = first_id; id <= t->count; id++) {
        st->off[k++] = (uint32_t)at;
        memcpy(st->chars + at, t->str[id], t->len[id] + 1);
        at += t->len[id] + 1;
    }
    st->off[k] = (uint32_t)at;
    st->nchars = nchars;
    st->count = count;
}

static uint32_t *word_slots(const dy_intern *t, size_t nwords, size_t *nslots)
{
    size_t ns = 16;
    while (ns < nwords * 2)
        ns *= 2;
    uint32_t *slot = dy_xcalloc(ns, sizeof *slot);
    for (size_t id = 1; id <= t->count; id++) {
        size_t i = dy_hash_bytes(t->str[id], t->len[id]) & (ns - 1);
        while (slot[i])
            i = (i + 1) & (ns - 1);
        slot[i] = (uint32_t)id;
    }
    *nslots = ns;
    return slot;
}

/* ---------------------------------------------------------------- */
/* The image                                                          */

typedef struct sec_src {
    const void *data;
    size_t count;
    size_t elem;
} sec_src;

static size_t align_up(size_t n)
{
    return (n + DY_IMAGE_ALIGN - 1) & ~(size_t)(DY_IMAGE_ALIGN - 1);
}

static void *write_image(const dy_builder *b, const sec_src src[DY_SEC_COUNT], size_t *size)
{
    size_t at = align_up(sizeof(dy_image_header));
    size_t off[DY_SEC_COUNT];
    for (int i = 0; i < DY_SEC_COUNT; i++) {
        off[i] = at;
        at = align_up(at + src[i].count * src[i].elem);
    }
    char *img = dy_xcalloc(1, at);
    dy_image_header *h = (dy_image_header *)img;
    memcpy(h->magic, DY_IMAGE_MAGIC, 8);
    h->version = DY_IMAGE_VERSION;
    h->endian = 0x01020304u;
    h->size = at;
    h->nsections = DY_SEC_COUNT;
    h->header_size = sizeof *h;
    h->options = b->options;
    h->stats = b->stats;
    for (int i = 0; i < DY_SEC_COUNT; i++) {
        h->sec[i].offset = off[i];
        h->sec[i].count = src[i].count;
        h->sec[i].elem = (uint32_t)src[i].elem;
        if (src[i].count)
            memcpy(img + off[i], src[i].data, src[i].count * src[i].elem);
    }
    h->checksum = dy_hash64(img + sizeof *h, at - sizeof *h, 0);
    *size = at;
    return img;
}

#define SRC(sec, ptr, n) (src[sec] = (sec_src){(ptr), (n), sizeof *(ptr)})

/*
 * Freeze the builder into one image: word and string tables, all record
 * arrays, the indexes by word, and `key` (what it was built from). The
 * builder stays valid (and must still be freed).
 */
void *dy_builder_finish(dy_builder *b, const void *key, size_t keylen, size_t *size)
{
    strtab words, strs;
    strtab_build(&words, &b->words, 1, 1);
    strtab_build(&strs, &b->strs, 1, 0);
    size_t nwords = words.count, nslots;
    uint32_t *slots = word_slots(&b->words, nwords, &nslots);
    ix_build ix[IX_COUNT];
    build_indexes(b, nwords, ix);
    b->stats.words = (uint32_t)(nwords - 1);

    sec_src src[DY_SEC_COUNT];
    src[DY_SEC_KEY] = (sec_src){key, keylen, 1};
    src[DY_SEC_WORD_CHARS] = (sec_src){words.chars, words.nchars, 1};
    SRC(DY_SEC_WORD_OFF, words.off, words.count + 1);
    SRC(DY_SEC_WORD_SLOT, slots, nslots);
    src[DY_SEC_STR_CHARS] = (sec_src){strs.chars, strs.nchars, 1};
    SRC(DY_SEC_STR_OFF, strs.off, strs.count + 1);
    SRC(DY_SEC_PHRASE, b->phrase, b->n_phrase);
    SRC(DY_SEC_PHRASE_WORD, b->pword, b->n_pword);
    SRC(DY_SEC_PHRASE_CONN, b->pconn, b->n_pconn);
    SRC(DY_SEC_FILE, b->file, b->n_file);
    SRC(DY_SEC_ACTOR, b->actor, b->n_actor);
    SRC(DY_SEC_ACTOR_NAME, b->actor_name, b->n_actor_name);
    SRC(DY_SEC_ACTOR_CODE, b->actor_code, b->n_actor_code);
    SRC(DY_SEC_AGENT, b->agent, b->n_agent);
    SRC(DY_SEC_BLOCK, b->block, b->n_block);
    SRC(DY_SEC_VERB, b->verb, b->n_verb);
    SRC(DY_SEC_FORM, b->form, b->n_form);
    SRC(DY_SEC_PATTERN, b->pattern, b->n_pattern);
    SRC(DY_SEC_PELEM, b->pelem, b->n_pelem);
    SRC(DY_SEC_SYNSET, b->synset, b->n_synset);
    SRC(DY_SEC_SYNSET_MEMBER, b->synset_member, b->n_synset_member);
    SRC(DY_SEC_TRANSFORM, b->transform, b->n_transform);
    SRC(DY_SEC_DISCARD, b->discard, b->n_discard);
    SRC(DY_SEC_ISSUE_CATEGORY, b->issue_category, b->n_issue_category);
    SRC(DY_SEC_ISSUE, b->issue, b->n_issue);
    SRC(DY_SEC_DIAG, b->diag, b->n_diag);
    static const int ixsec[IX_COUNT] = {DY_SEC_ACTOR_IX, DY_SEC_AGENT_IX, DY_SEC_FORM_IX,
                                        DY_SEC_SYNSET_IX, DY_SEC_DISCARD_IX, DY_SEC_ISSUE_IX};
    for (int i = 0; i < IX_COUNT; i++) {
        SRC(ixsec[i], ix[i].start, nwords + 1);
        SRC(ixsec[i] + 1, ix[i].items, ix[i].nitems);
    }
    void *img = write_image(b, src, size);
    for (int i = 0; i < IX_COUNT; i++)
        ix_free(&ix[i]);
    dy_free(slots);
    dy_free(words.chars);
    dy_free(words.off);
    dy_free(strs.chars);
    dy_free(strs.off);
    return img;
}
