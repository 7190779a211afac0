/*
 * coder.c — the coder's entry points: options, dictionaries, per-thread
 * coder state, and coding one sentence from its tree (see coder.h, dyad.h).
 *
 * One sentence goes: discards on its text (§2.10) → the sentence view
 * (sent.c) → word ids → comma clauses cut (commas.c) → actor codes
 * (actors.c) → verbs and patterns (tabari.c) → event records with texts,
 * spans and CAMEO data. The story arena holds everything until the next
 * story begins.
 */
#include "lang/tree.h"
#include "lang/treebank.h"
#include "code/coder.h"
#include "code/actors.h"
#include "code/coref.h"
#include "code/eventref.h"
#include "code/issues.h"
#include "code/p2.h"
#include "code/cameo.h"
#include "base/mem.h"
#include "text/split.h"
#include "text/token.h"
#include "lang/analyse.h"

#include <ctype.h>
#include <stddef.h>
#include <stdio.h>
#include <strings.h>
#include <stdlib.h>
#include <string.h>

/* Discard phrases bucketed by their first two bytes, so that a sentence is
 * scanned once and each word start looks at a handful of phrases. */
#define DISCARD_BUCKETS 4096

typedef struct discard_index {
    uint32_t start[DISCARD_BUCKETS + 1]; /* items[start[b] .. start[b+1]) */
    uint32_t *items;                     /* discard indexes, file order */
    uint32_t *single;                    /* one-byte phrases */
    uint32_t nsingle;
    uint32_t *len;                       /* len[k]: bytes of discard k (no strlen per try) */
} discard_index;

struct dyad_dicts {
    dy_dict *d;
    discard_index dx;
};

struct dyad_coder {
    const dy_dict *d;
    dyad_options opt;
    dy_diag diag;
    dy_arena arena;          /* per story */
    dy_tree_builder tb;
    const char *story;       /* in the arena */
    int date;
    const char *text;        /* the story text (not owned) */
    size_t text_len;
    dy_event *ev;            /* heap; reset per story */
    size_t nev, ev_cap;
    int p2;                  /* the verbs are in the PETRARCH-2 dialect */
    const dyad_dicts *dicts;
    dy_analyser *an;         /* raw text: tagger and phrase analyser */
    dy_tokens toks;          /* raw text: the tokens of one sentence (reused) */
    dy_coref coref;          /* the actors the story named so far */
};

/* The options of a dictionary set in the public type; use_parse is no
 * dictionary's option and stays 0. */
static void options_from(const dy_dict_options *d, dyad_options *o)
{
    memset(o, 0, sizeof *o);
    o->require_dyad = d->require_dyad;
    o->new_actor_length = d->new_actor_length;
    o->comma_min = d->comma_min;
    o->comma_max = d->comma_max;
    o->comma_bmin = d->comma_bmin;
    o->comma_bmax = d->comma_bmax;
    o->comma_emin = d->comma_emin;
    o->comma_emax = d->comma_emax;
}

/*
 * The PETRARCH defaults (CODING-RULES §2.3, §2.5). They are those of a
 * dictionary set whose PETR_config.ini sets none (dy_dict_options_default),
 * taken from there so that the two cannot drift apart.
 */
void dyad_options_default(dyad_options *o)
{
    dy_dict_options d;
    dy_dict_options_default(&d);
    options_from(&d, o);
}

/* The options a dictionary set carries (PETR_config.ini [Options]). */
void dy_coder_options_from_dict(const dy_dict *d, dyad_options *o)
{
    options_from(&d->options, o);
}

static int parse_int(const char *v, int *out)
{
    char *end;
    while (isspace((unsigned char)*v))
        v++;
    long x = strtol(v, &end, 10);
    while (isspace((unsigned char)*end))
        end++;
    if (end == v || *end || x < 0 || x > 1000000)
        return -1;
    *out = (int)x;
    return 0;
}

static int contains_false(const char *v)
{
    for (const char *p = v; *p; p++)
        if (strncasecmp(p, "false", 5) == 0)
            return 1;
    return 0;
}

/*
 * Set option `name` (as in PETR_config.ini and <Config option=...>) from
 * its text. require_dyad is false when the value contains "false" in any
 * case (§2.9). Returns 0, or -1 for an unknown name or a bad number.
 */
int dyad_options_set(dyad_options *o, const char *name, const char *value)
{
    static const struct {
        const char *name;
        size_t off;
    } ints[] = {
        {"new_actor_length", offsetof(dyad_options, new_actor_length)},
        {"comma_min", offsetof(dyad_options, comma_min)},
        {"comma_max", offsetof(dyad_options, comma_max)},
        {"comma_bmin", offsetof(dyad_options, comma_bmin)},
        {"comma_bmax", offsetof(dyad_options, comma_bmax)},
        {"comma_emin", offsetof(dyad_options, comma_emin)},
        {"comma_emax", offsetof(dyad_options, comma_emax)},
    };
    if (!name || !value)
        return -1;
    if (strcasecmp(name, "require_dyad") == 0) {
        o->require_dyad = !contains_false(value);
        return 0;
    }
    for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++)
        if (strcasecmp(name, ints[i].name) == 0)
            return parse_int(value, (int *)((char *)o + ints[i].off));
    return -1;
}

static unsigned bucket_of(const unsigned char *p)
{
    return ((unsigned)p[0] * 31u + (unsigned)p[1]) % DISCARD_BUCKETS;
}

static void build_discard_index(dyad_dicts *w)
{
    const dy_dict *d = w->d;
    discard_index *x = &w->dx;
    x->items = dy_xcalloc(d->ndiscards + 1, sizeof *x->items);
    x->single = dy_xcalloc(d->ndiscards + 1, sizeof *x->single);
    x->len = dy_xcalloc(d->ndiscards + 1, sizeof *x->len);
    uint32_t *count = dy_xcalloc(DISCARD_BUCKETS + 1, sizeof *count);
    for (uint32_t k = 0; k < d->ndiscards; k++) {
        const unsigned char *t = (const unsigned char *)dy_dict_str(d, d->discard[k].text);
        x->len[k] = (uint32_t)strlen((const char *)t);
        if (t[0] && t[1])
            count[bucket_of(t)]++;
        else if (t[0])
            x->single[x->nsingle++] = k;
    }
    x->start[0] = 0;
    for (unsigned b = 0; b < DISCARD_BUCKETS; b++)
        x->start[b + 1] = x->start[b] + count[b];
    memset(count, 0, sizeof *count * DISCARD_BUCKETS);
    for (uint32_t k = 0; k < d->ndiscards; k++) {
        const unsigned char *t = (const unsigned char *)dy_dict_str(d, d->discard[k].text);
        if (t[0] && t[1]) {
            unsigned b = bucket_of(t);
            x->items[x->start[b] + count[b]++] = k;
        }
    }
    dy_free(count);
}

/* Wrap an already loaded dictionary as the public handle (takes ownership). */
dyad_dicts *dy_dicts_wrap(dy_dict *d)
{
    dyad_dicts *w = dy_xcalloc(1, sizeof *w);
    w->d = d;
    build_discard_index(w);
    return w;
}

/* The compiled dictionary behind a public handle. */
const dy_dict *dy_dicts_get(const dyad_dicts *d)
{
    return d ? d->d : NULL;
}

typedef struct fwd {
    dyad_message_fn fn;
    void *ctx;
} fwd;

static void forward(void *ctx, dy_severity sev, const char *where, const char *msg)
{
    fwd *f = ctx;
    if (f->fn)
        f->fn(f->ctx, (int)sev, where, msg);
}

/*
 * Load dictionaries as spec says (NULL: the embedded defaults). Problems
 * go to fn as (severity, "file:line", message). NULL if they cannot be used.
 */
dyad_dicts *dyad_dicts_load(const dyad_dict_spec *spec, dyad_message_fn fn, void *ctx)
{
    fwd f = {fn, ctx};
    dy_diag diag;
    dy_diag_init(&diag, forward, &f);
    dy_dict_sources src;
    memset(&src, 0, sizeof src);
    size_t nactors = 0;
    if (spec) {
        src.dir = spec->dir;
        src.verbs = spec->verbs;
        src.actors = spec->actors;
        while (spec->actors && spec->actors[nactors])
            nactors++;
        src.nactors = nactors;
        src.agents = spec->agents;
        src.discards = spec->discards;
        src.issues = spec->issues;
    }
    dy_dict *d = dy_dict_load(&src, NULL, &diag);
    return d ? dy_dicts_wrap(d) : NULL;
}

/* Release dictionaries (after every coder using them is freed). */
void dyad_dicts_free(dyad_dicts *d)
{
    if (!d)
        return;
    dy_dict_free(d->d);
    dy_free(d->dx.items);
    dy_free(d->dx.single);
    dy_free(d->dx.len);
    dy_free(d);
}

/* A coder for one thread; o NULL means dyad_options_default(). */
dyad_coder *dyad_coder_new(const dyad_dicts *d, const dyad_options *o, dyad_message_fn fn,
                           void *ctx)
{
    dyad_coder *c = dy_xcalloc(1, sizeof *c);
    c->d = d->d;
    c->dicts = d;
    if (o)
        c->opt = *o;
    else
        dyad_options_default(&c->opt);
    fwd *f = dy_xcalloc(1, sizeof *f);
    f->fn = fn;
    f->ctx = ctx;
    dy_diag_init(&c->diag, forward, f);
    dy_arena_init(&c->arena, 1 << 16);
    dy_tree_builder_init(&c->tb, &c->arena);
    c->an = dy_analyser_new();
    c->toks = (dy_tokens)DY_TOKENS_INIT;
    for (uint32_t i = 0; i < c->d->npatterns && !c->p2; i++)
        c->p2 = c->d->pattern[i].dialect == DY_DIALECT_PETRARCH2;
    return c;
}

/* Change the options for the sentences coded from now on. */
void dyad_coder_set_options(dyad_coder *c, const dyad_options *o)
{
    c->opt = *o;
}

/* The options in force. */
const dyad_options *dy_coder_options(const dyad_coder *c)
{
    return &c->opt;
}

/* The story arena (valid until the next story begins). */
dy_arena *dy_coder_arena(dyad_coder *c)
{
    return &c->arena;
}

/* Free a coder and everything it still holds. */
void dyad_coder_free(dyad_coder *c)
{
    if (!c)
        return;
    dy_tree_builder_free(&c->tb);
    dy_arena_free(&c->arena);
    dy_analyser_free(c->an);
    dy_tokens_free(&c->toks);
    dy_free(c->diag.ctx);
    dy_free(c->ev);
    dy_free(c);
}

/* Start a new story: forget the last one's events and memory. */
void dy_coder_begin_story(dyad_coder *c, const char *story_id, int date, const char *text,
                          size_t len)
{
    dy_arena_reset(&c->arena);
    c->nev = 0;
    c->story = dy_arena_strdup(&c->arena, story_id ? story_id : "");
    c->date = date;
    c->text = text;
    c->text_len = len;
    dy_coref_begin(&c->coref, &c->arena);
}

/* Number of events the last story gave. */
size_t dyad_event_count(const dyad_coder *c)
{
    return c->nev;
}

/* Event i of the last story (NULL past the end). */
const dyad_event *dyad_event_at(const dyad_coder *c, size_t i)
{
    return i < c->nev ? &c->ev[i] : NULL;
}

/* ------------------------------------------------------------------ */
/* Discards (§2.10)                                                     */

static int is_word_char(unsigned char ch)
{
    return isalnum(ch) || ch >= 0x80;
}

/* Does discard k match up[i..len)? (phrase already known to start there) */
static int discard_at(const dyad_dicts *w, uint32_t k, const char *up, size_t len, size_t i)
{
    const dy_discard *dc = &w->d->discard[k];
    size_t n = w->dx.len[k];
    if (i + n > len || memcmp(up + i, dy_dict_str(w->d, dc->text), n) != 0)
        return 0;
    return !dc->boundary || i + n == len || strchr(" .!?", up[i + n]) != NULL;
}

/*
 * The discard phrase found in text (upper-cased here), or NULL. A phrase
 * matches at a word start as a stem; a phrase written with a trailing `_`
 * needs a space or one of .!? (or the end) after it. *story is set to 1
 * when the phrase discards the whole story; such phrases win, then the
 * phrase that comes first in the file.
 */
const char *dy_coder_discard(const dyad_dicts *w, const char *text, size_t len, int *story)
{
    const dy_dict *d = w->d;
    const discard_index *x = &w->dx;
    *story = 0;
    if (!d->ndiscards || !len)
        return NULL;
    /* Why not isspace/toupper: they are a library call per byte here, and
     * dyad runs in the C locale, where they are exactly these ASCII rules. */
    char stack[1024];
    char *up = len + 2 <= sizeof stack ? stack : dy_xmalloc(len + 2);
    for (size_t i = 0; i < len; i++) {
        unsigned char ch = (unsigned char)text[i];
        up[i] = ch == ' ' || (ch >= '\t' && ch <= '\r') ? ' '
              : ch >= 'a' && ch <= 'z' ? (char)(ch - 'a' + 'A') : (char)ch;
    }
    up[len] = up[len + 1] = 0;
    uint32_t best = DY_NONE;
    for (size_t i = 0; i < len; i++) {
        if (i > 0 && is_word_char((unsigned char)up[i - 1]))
            continue;
        unsigned b = bucket_of((const unsigned char *)up + i);
        for (uint32_t j = x->start[b]; j < x->start[b + 1]; j++) {
            uint32_t k = x->items[j];
            if ((best == DY_NONE || d->discard[k].story > d->discard[best].story ||
                 (d->discard[k].story == d->discard[best].story && k < best)) &&
                discard_at(w, k, up, len, i))
                best = k;
        }
        for (uint32_t j = 0; j < x->nsingle; j++) {
            uint32_t k = x->single[j];
            if ((best == DY_NONE || d->discard[k].story > d->discard[best].story ||
                 (d->discard[k].story == d->discard[best].story && k < best)) &&
                discard_at(w, k, up, len, i))
                best = k;
        }
    }
    if (up != stack)
        dy_free(up);
    if (best == DY_NONE)
        return NULL;
    *story = d->discard[best].story;
    return dy_dict_str(d, d->discard[best].text);
}

/* ------------------------------------------------------------------ */
/* Sentences                                                            */

static void join_words(dyad_coder *c, const dy_tree *t, const int32_t *leaf, int32_t n,
                       const char **text, dyad_span *span)
{
    dy_buf b = DY_BUF_INIT;
    span->start = span->end = -1;
    for (int32_t i = 0; i < n; i++) {
        const dy_leaf *l = &t->leaf[leaf[i]];
        if (b.len)
            dy_buf_addc(&b, ' ');
        dy_buf_add(&b, l->text, l->len);
        if (l->start >= 0 && (span->start < 0 || l->start < span->start))
            span->start = l->start;
        if (l->end > span->end)
            span->end = l->end;
    }
    *text = b.len ? dy_arena_strndup(&c->arena, b.data, b.len) : "";
    if (span->start < 0)
        span->end = -1;
    dy_buf_free(&b);
}

static void ne_text(dyad_coder *c, const dy_sent *s, int32_t ne, const char **text,
                    dyad_span *span)
{
    if (ne < 0) {
        *text = "";
        span->start = span->end = -1;
        return;
    }
    const dy_ne *e = &s->ne[ne];
    int32_t n = e->last - e->first;
    int32_t *leaf = DY_ARENA_NEW(&c->arena, int32_t, (size_t)n + 1);
    int32_t k = 0;
    for (int32_t i = e->first; i < e->last; i++)
        if (s->t->leaf[i].tag != DY_POS)
            leaf[k++] = i;
    join_words(c, s->t, leaf, k, text, span);
}

static void add_event(dyad_coder *c, const dy_sent *s, int sentence, const dy_raw_event *r,
                      const char *issues)
{
    DY_GROW(c->ev, c->ev_cap, c->nev + 1);
    dy_event *e = &c->ev[c->nev++];
    memset(e, 0, sizeof *e);
    e->story = c->story;
    e->sentence = sentence;
    e->date = c->date;
    e->source = r->source;
    e->target = r->target;
    e->code = r->code;
    dy_cameo_info info;
    dy_cameo_describe(dy_cameo_default(), r->code, strlen(r->code), &info);
    e->root = dy_arena_strdup(&c->arena, info.root);
    e->quad = (int)info.quad;
    e->has_goldstein = info.has_goldstein;
    e->goldstein = info.goldstein;
    ne_text(c, s, r->source_ne, &e->source_text, &e->source_span);
    ne_text(c, s, r->target_ne, &e->target_text, &e->target_span);
    int32_t vl[64];
    int32_t nv = 0;
    for (int32_t i = r->verb_first; i <= r->verb_last && nv < 64; i++)
        if (!s->gone[i])
            vl[nv++] = i;
    join_words(c, s->t, vl, nv, &e->verb_text, &e->verb_span);
    if (r->pattern != DY_NONE) {
        const dy_pattern *p = &c->d->pattern[r->pattern];
        e->pattern_file = dy_dict_file_name(c->d, p->file);
        e->pattern_line = (int)p->line;
    } else if (r->verb != DY_NONE) {
        const dy_verb *v = &c->d->verb[r->verb];
        e->pattern_file = dy_dict_file_name(c->d, v->file);
        e->pattern_line = (int)v->line;
    } else {
        e->pattern_file = "";
    }
    e->issues = issues;
    e->flags = r->flags;
}

/* Report that sentence is not coded: n words, more than DY_CODE_MAX_WORDS. */
static void too_many_words(dyad_coder *c, int sentence, size_t n)
{
    char where[256];
    snprintf(where, sizeof where, "story %s, sentence %d", c->story, sentence);
    dy_diag_where(&c->diag, DY_ERROR, where, "%zu words (more than %d): sentence not coded", n,
                  DY_CODE_MAX_WORDS);
}

/* The deepest nesting of t's nodes (nodes come parents first). */
static int32_t tree_depth(const dy_tree *t, dy_arena *a)
{
    int32_t *d = DY_ARENA_NEW(a, int32_t, (size_t)t->nnode + 1);
    int32_t max = 0;
    for (int32_t i = 0; i < t->nnode; i++) {
        int32_t p = t->node[i].parent;
        d[i] = p >= 0 && p < i ? d[p] + 1 : 1;
        if (d[i] > max)
            max = d[i];
    }
    return max;
}

/*
 * Code one sentence whose tree is t (the leaves' spans refer to the story
 * text given to dy_coder_begin_story). text/len is the sentence's own
 * text, used for discards. Events are appended to the story's list. When
 * trace is not NULL it receives what `dyad explain` shows.
 */
dy_sent_status dy_coder_code_tree(dyad_coder *c, int sentence, const dy_tree *t,
                                  const char *text, size_t len, dy_trace *trace)
{
    if (trace)
        memset(trace, 0, sizeof *trace);
    int story = 0;
    const char *disc = dy_coder_discard(c->dicts, text, len, &story);
    if (trace)
        trace->discard = disc;
    if (disc) {
        dy_coref_discarded(&c->coref, text, len, disc);
        if (story)
            c->nev = 0; /* a + discard drops the whole story, events before it too */
        return story ? DY_SENT_STORY_DISCARDED : DY_SENT_DISCARDED;
    }
    if (!t || t->root < 0 || t->nleaf == 0)
        return DY_SENT_NO_TREE;
    if (t->nleaf > DY_CODE_MAX_WORDS) {
        too_many_words(c, sentence, t->nleaf);
        return DY_SENT_NO_TREE;
    }
    int32_t depth = tree_depth(t, &c->arena);
    if (depth > DY_CODE_MAX_DEPTH) {
        char where[256];
        snprintf(where, sizeof where, "story %s, sentence %d", c->story, sentence);
        dy_diag_where(&c->diag, DY_ERROR, where,
                      "phrases nested %d deep (more than %d): sentence not coded", (int)depth,
                      DY_CODE_MAX_DEPTH);
        return DY_SENT_NO_TREE;
    }

    dy_sent *s = DY_ARENA_NEW(&c->arena, dy_sent, 1);
    dy_sent_build(s, t, &c->arena);
    for (int32_t i = 0; i < t->nleaf; i++)
        s->wid[i] = dy_leaf_word(c->d, t->leaf[i].upper, t->leaf[i].ulen);
    dy_comma_opts co = {c->opt.comma_min, c->opt.comma_max, c->opt.comma_bmin,
                        c->opt.comma_bmax, c->opt.comma_emin, c->opt.comma_emax};
    if (!c->p2) /* PETRARCH-2 reads the tree; comma clauses are a TABARI rule */
        dy_sent_cut_commas(s, &co);
    dy_code_all_nes(c->d, s, (uint32_t)c->date);
    dy_coref_sentence(&c->coref, c->d, s, (uint32_t)c->date);
    dy_eventref_sentence(s, sentence, c->ev, c->nev);
    if (dy_coref_commentary(&c->coref, s, text, len)) {
        if (trace) {
            trace->discard = "(the words of a commentator the story named before)";
            trace->tree = t;
            trace->sent = s;
        }
        return DY_SENT_DISCARDED;
    }

    dy_tabari_ctx tc;
    memset(&tc, 0, sizeof tc);
    tc.d = c->d;
    tc.s = s;
    tc.require_dyad = c->opt.require_dyad;
    tc.new_actor_length = c->opt.new_actor_length;
    if (trace) {
        tc.note_cap = 16;
        tc.note = DY_ARENA_NEW(&c->arena, dy_verb_note, 16);
    }
    if (c->p2)
        dy_p2_code_sentence(&tc);
    else
        dy_tabari_code(&tc);
    const char *issues = tc.nev ? dy_code_issues(c->d, s) : "";
    for (int32_t i = 0; i < tc.nev; i++)
        add_event(c, s, sentence, &tc.ev[i], issues);
    if (trace) {
        trace->tree = t;
        trace->sent = s;
        trace->notes = tc.note;
        trace->nnotes = tc.nnote;
    }
    return DY_SENT_CODED;
}

/*
 * Code one sentence given as a Treebank parse plus its text (the --parse
 * path). A parse that cannot be read is reported and gives
 * DY_SENT_BAD_PARSE; nothing else happens to the story.
 */
dy_sent_status dy_coder_code_parse_text(dyad_coder *c, int sentence, const char *parse,
                                        const char *text, size_t len, dy_trace *trace)
{
    dy_tree *t = DY_ARENA_NEW(&c->arena, dy_tree, 1);
    dy_treebank_error err;
    if (!parse || dy_treebank_read(&c->tb, parse, strlen(parse), t, &err) != 0) {
        char where[256];
        snprintf(where, sizeof where, "story %s, sentence %d", c->story, sentence);
        dy_diag_where(&c->diag, DY_ERROR, where, "bad parse: %s (byte %ld)",
                      parse ? err.msg : "no parse given", parse ? err.pos : -1L);
        if (trace)
            memset(trace, 0, sizeof *trace);
        return DY_SENT_BAD_PARSE;
    }
    if (text)
        dy_treebank_align(t, text, len);
    return dy_coder_code_tree(c, sentence, t, text ? text : "", text ? len : 0, trace);
}

/*
 * Public: code one sentence from its parse (and, for discards and spans,
 * its text). Starts a new story. Returns the number of events, or -1 if
 * the parse could not be read.
 */
int dyad_code_parse(dyad_coder *c, const char *story_id, const char *date, int sentence,
                    const char *parse, const char *text, size_t text_len)
{
    int d = 0;
    if (date) {
        int y = 0, m = 0, dd = 0;
        if (sscanf(date, "%4d-%2d-%2d", &y, &m, &dd) == 3 || sscanf(date, "%4d%2d%2d", &y, &m, &dd) == 3)
            d = y * 10000 + m * 100 + dd;
    }
    dy_coder_begin_story(c, story_id, d, text, text_len);
    dy_sent_status st = dy_coder_code_parse_text(c, sentence, parse, text, text_len, NULL);
    return st == DY_SENT_BAD_PARSE ? -1 : (int)c->nev;
}

static int count_underscores(const char *s, size_t n)
{
    int k = 0;
    for (size_t i = 0; i < n; i++)
        k += s[i] == '_';
    return k;
}

/* The leaves of token i: one, or one per underscore-separated part. */
static size_t token_leaves(dyad_coder *c, const char *base, size_t i, dy_leaf *out)
{
    const dy_token *tk = &c->toks.v[i];
    const char *norm = dy_token_norm(&c->toks, i);
    size_t nn = tk->norm_len, k = 0;
    int whole = count_underscores(norm, nn) == 0 || nn != tk->end - tk->start;
    size_t a = 0;
    while (a <= nn) {
        size_t b = whole ? nn : a;
        while (!whole && b < nn && norm[b] != '_')
            b++;
        if (b > a || whole) {
            dy_leaf *l = &out[k++];
            memset(l, 0, sizeof *l);
            /* a whole token keeps its own text; parts have norm = text bytes */
            size_t ts = whole ? 0 : a, te = whole ? tk->end - tk->start : b;
            l->text = dy_arena_strndup(&c->arena, base + tk->start + ts, te - ts);
            l->len = (uint32_t)(te - ts);
            l->upper = dy_arena_strndup(&c->arena, norm + a, b - a);
            l->ulen = (uint32_t)(b - a);
            l->start = (int32_t)(tk->start + ts);
            l->end = (int32_t)(tk->start + te);
        }
        a = b + 1;
    }
    return k;
}

/*
 * Code one sentence of raw text. text/len is the sentence; when it lies
 * inside the story text given to dy_coder_begin_story, byte spans refer to
 * the story, else to the sentence. The tree comes from dyad's own
 * tokenizer, tagger and phrase analyser (src/text, src/lang).
 */
dy_sent_status dy_coder_code_text(dyad_coder *c, int sentence, const char *text, size_t len,
                                  dy_trace *trace)
{
    if (trace)
        memset(trace, 0, sizeof *trace);
    const char *base = text;
    size_t off = 0;
    if (c->text && text >= c->text && text + len <= c->text + c->text_len) {
        base = c->text;
        off = (size_t)(text - c->text);
    }
    dy_tokenize(base, (uint32_t)off, (uint32_t)(off + len), &c->toks);
    size_t n = c->toks.n;
    if (n == 0) {
        if (trace)
            memset(trace, 0, sizeof *trace);
        return DY_SENT_NO_TREE;
    }
    /* a token written with underscores (Dol_Amroth) is read as its words,
       as the dictionaries write adjacent words */
    size_t cap = n;
    for (size_t i = 0; i < n; i++)
        cap += (size_t)count_underscores(dy_token_norm(&c->toks, i), c->toks.v[i].norm_len);
    dy_leaf *leaves = DY_ARENA_NEW(&c->arena, dy_leaf, cap);
    size_t nl = 0;
    for (size_t i = 0; i < n; i++)
        nl += token_leaves(c, base, i, &leaves[nl]);
    n = nl;
    if (n > DY_CODE_MAX_WORDS) { /* not analysed; its discards still apply */
        dy_sent_status st = dy_coder_code_tree(c, sentence, NULL, text, len, trace);
        if (st == DY_SENT_NO_TREE)
            too_many_words(c, sentence, n);
        return st;
    }
    dy_tree *t = DY_ARENA_NEW(&c->arena, dy_tree, 1);
    if (dy_analyse(c->an, leaves, n, &c->arena, t) != 0) {
        char where[256];
        snprintf(where, sizeof where, "story %s, sentence %d", c->story, sentence);
        dy_diag_where(&c->diag, DY_ERROR, where, "the sentence could not be analysed");
        return DY_SENT_NO_TREE;
    }
    return dy_coder_code_tree(c, sentence, t, text, len, trace);
}

/*
 * Public: code a story of raw text: split it into sentences and code each
 * one (bylines and datelines are not coded). Returns the number of events,
 * or -1 if no sentence could be coded. A + discard stops the story.
 */
int dyad_code_story(dyad_coder *c, const dyad_story *st)
{
    int d = 0;
    if (st->date) {
        int y = 0, m = 0, dd = 0;
        if (sscanf(st->date, "%4d-%2d-%2d", &y, &m, &dd) == 3 ||
            sscanf(st->date, "%4d%2d%2d", &y, &m, &dd) == 3)
            d = y * 10000 + m * 100 + dd;
    }
    dy_coder_begin_story(c, st->id, d, st->text, st->len);
    dy_sentences sv = DY_SENTENCES_INIT;
    dy_split(st->text, st->len, &sv);
    int coded = 0, failed = 0;
    for (size_t i = 0; i < sv.n; i++) {
        if (sv.v[i].flags & DY_SENT_NOT_CODED)
            continue;
        dy_sent_status ss = dy_coder_code_text(c, (int)i + 1, st->text + sv.v[i].start,
                                               sv.v[i].end - sv.v[i].start, NULL);
        if (ss == DY_SENT_STORY_DISCARDED) {
            c->nev = 0;
            break;
        }
        if (ss == DY_SENT_NO_TREE)
            failed++;
        else
            coded++;
    }
    dy_sentences_free(&sv);
    return coded == 0 && failed > 0 ? -1 : (int)c->nev;
}
