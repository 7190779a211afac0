/*
 * bench_lang.c — speed of the language layer on one core, and its accuracy
 * against the validation suite's Treebank parses.
 *
 *   bench_lang CORPUS.jsonl [ROUNDS [DEV.xml [-v]]]
 *
 * Speed: every story of the corpus is split and tokenized (not timed);
 * then its sentences are tagged, and tagged + phrase-analysed (timed, best
 * of ROUNDS). Reports sentences/s and tokens/s, and the peak RSS.
 * Accuracy: the dev file's parses give the tokens; dyad tags and analyses
 * them and is scored against the parse (tests/lang/parseval.h); -v prints
 * every sentence's gold and dyad trees.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "base/arena.h"
#include "base/diag.h"
#include "base/file.h"
#include "base/mem.h"
#include "lang/analyse.h"
#include "lang/treebank.h"
#include "text/reader.h"
#include "text/split.h"
#include "text/token.h"
#include "benchutil.h"

#include "../tests/lang/devsuite.h"
#include "../tests/lang/parseval.h"

typedef struct sent {
    dy_leaf *leaf;
    size_t n;
} sent;

typedef struct corpus {
    sent *s;
    size_t n, cap, tokens;
    dy_arena arena;      /* story texts, normalised forms, leaves */
} corpus;

/* Keep one sentence's tokens as leaves (text and forms copied to the arena). */
static void add_sentence(corpus *c, const char *text, const dy_tokens *tv)
{
    if (tv->n == 0)
        return;
    DY_GROW(c->s, c->cap, c->n + 1);
    dy_leaf *leaf = dy_arena_alloc(&c->arena, sizeof *leaf * tv->n);
    for (size_t i = 0; i < tv->n; i++) {
        const dy_token *t = &tv->v[i];
        memset(&leaf[i], 0, sizeof leaf[i]);
        leaf[i].text = text + t->start;
        leaf[i].len = t->end - t->start;
        leaf[i].upper = dy_arena_strndup(&c->arena, dy_token_norm(tv, i), t->norm_len);
        leaf[i].ulen = t->norm_len;
        leaf[i].start = (int32_t)t->start;
        leaf[i].end = (int32_t)t->end;
    }
    c->s[c->n].leaf = leaf;
    c->s[c->n].n = tv->n;
    c->n++;
    c->tokens += tv->n;
}

/* Read, split and tokenize the corpus (at most max_sentences). */
static void load(const char *path, corpus *c, size_t max_sentences, dy_diag *d)
{
    dy_arena tmp;
    dy_arena_init(&tmp, 1 << 20);
    dy_arena_init(&c->arena, 16 << 20);
    dy_reader *r = dy_reader_open(path, NULL, d);
    dy_sentences sv = DY_SENTENCES_INIT;
    dy_tokens tv = DY_TOKENS_INIT;
    dy_story st;
    while (r && c->n < max_sentences && dy_reader_next(r, &st, &tmp)) {
        if (st.kind == DY_RECORD_STORY) {
            const char *text = dy_arena_strndup(&c->arena, st.text, st.text_len);
            dy_split(text, st.text_len, &sv);
            for (size_t k = 0; k < sv.n && c->n < max_sentences; k++) {
                if (sv.v[k].flags & DY_SENT_NOT_CODED)
                    continue;
                dy_tokenize(text, sv.v[k].start, sv.v[k].end, &tv);
                add_sentence(c, text, &tv);
            }
        }
        dy_arena_reset(&tmp);
    }
    if (r)
        dy_reader_close(r);
    dy_sentences_free(&sv);
    dy_tokens_free(&tv);
    dy_arena_free(&tmp);
}

/* Seconds to tag (analyse = 0) or tag and analyse (1) every sentence. */
static double run(const corpus *c, int analyse)
{
    dy_analyser *a = dy_analyser_new();
    dy_arena arena;
    dy_arena_init(&arena, 1 << 20);
    double t0 = bench_now();
    for (size_t i = 0; i < c->n; i++) {
        if (analyse) {
            dy_tree t;
            dy_analyse(a, c->s[i].leaf, c->s[i].n, &arena, &t);
            if ((i & 1023) == 1023)
                dy_arena_reset(&arena);   /* as a story arena would be */
        } else {
            dy_analyser_tag(a, c->s[i].leaf, c->s[i].n);
        }
    }
    double t = bench_now() - t0;
    dy_arena_free(&arena);
    dy_analyser_free(a);
    return t;
}

static double best_of(const corpus *c, int analyse, int rounds)
{
    double best = run(c, analyse);
    for (int i = 1; i < rounds; i++) {
        double t = run(c, analyse);
        if (t < best)
            best = t;
    }
    return best;
}

static void print_sentence(void *ctx, const char *id, size_t id_len, const dy_tree *gold,
                           const dy_tree *test)
{
    (void)ctx;
    dy_buf b = DY_BUF_INIT;
    printf("== %.*s\n", (int)id_len, id);
    dy_tree_to_penn(gold, gold->root, &b);
    printf("gold %s\n", b.data);
    dy_buf_clear(&b);
    dy_tree_to_penn(test, test->root, &b);
    printf("dyad %s\n", b.data);
    dy_buf_free(&b);
}

/* The dev suite's sentences (news-length, ~23 tokens) as a second corpus. */
static void load_dev(const char *file, corpus *c, dy_tree_builder *b)
{
    const char *cursor = file;
    devsuite_record r;
    dy_arena_init(&c->arena, 1 << 20);
    while (devsuite_next(&cursor, &r)) {
        dy_tree t;
        if (!r.parse || dy_treebank_read(b, r.parse, r.parse_len, &t, NULL) != 0)
            continue;
        DY_GROW(c->s, c->cap, c->n + 1);
        c->s[c->n].leaf = t.leaf;
        c->s[c->n].n = (size_t)t.nleaf;
        c->n++;
        c->tokens += (size_t)t.nleaf;
    }
}

static void dev_speed(const char *file, int rounds)
{
    dy_arena trees;
    dy_arena_init(&trees, 1 << 20);
    dy_tree_builder b;
    dy_tree_builder_init(&b, &trees);
    corpus dev;
    memset(&dev, 0, sizeof dev);
    load_dev(file, &dev, &b);
    /* repeat the suite so that a run takes a measurable time */
    corpus rep;
    memset(&rep, 0, sizeof rep);
    for (int k = 0; k < 2000 && dev.n; k++)
        for (size_t i = 0; i < dev.n; i++) {
            DY_GROW(rep.s, rep.cap, rep.n + 1);
            rep.s[rep.n++] = dev.s[i];
            rep.tokens += dev.s[i].n;
        }
    if (rep.n) {
        double ta = best_of(&rep, 1, rounds);
        printf("dev suite sentences x2000 (%.1f tokens/sentence): tag+analyse %10.0f sentences/s"
               "  %10.0f tokens/s\n", (double)rep.tokens / rep.n, rep.n / ta, rep.tokens / ta);
    }
    dy_free(rep.s);
    dy_free(dev.s);
    dy_arena_free(&dev.arena);
    dy_tree_builder_free(&b);
    dy_arena_free(&trees);
}

static int accuracy(const char *dev, int verbose, int rounds)
{
    size_t len;
    char *file = dy_read_file(dev, &len, NULL);
    if (!file) {
        fprintf(stderr, "bench_lang: cannot read %s\n", dev);
        return 1;
    }
    dev_speed(file, rounds);
    pv_scores s;
    pv_run(file, &s, verbose ? print_sentence : NULL, NULL);
    printf("\naccuracy on the dev suite's parses (tokens from the parse, never trained on):\n");
    pv_print(stdout, &s);
    free(file);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: bench_lang CORPUS.jsonl [ROUNDS [DEV.xml [-v]]]\n");
        return 2;
    }
    int rounds = bench_count_arg(argc, argv, 2, 3);
    dy_diag d;
    dy_diag_init(&d, NULL, NULL);
    corpus c;
    memset(&c, 0, sizeof c);
    load(argv[1], &c, 300000, &d);
    if (!c.n) {
        fprintf(stderr, "bench_lang: %s: no sentences\n", argv[1]);
        return 1;
    }
    printf("corpus        %zu sentences, %zu tokens (%.1f tokens/sentence)\n", c.n, c.tokens,
           (double)c.tokens / c.n);
    double tt = best_of(&c, 0, rounds);
    printf("tag           %10.0f sentences/s  %10.0f tokens/s\n", c.n / tt, c.tokens / tt);
    double ta = best_of(&c, 1, rounds);
    printf("tag+analyse   %10.0f sentences/s  %10.0f tokens/s\n", c.n / ta, c.tokens / ta);
    printf("target 300,000 sentences/s for tag+analyse: %s\n",
           c.n / ta >= 300000 ? "met" : "NOT met");
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("peak RSS      %.1f MB (corpus held in memory included)\n", ru.ru_maxrss / 1024.0);
    int rc = argc > 3 ? accuracy(argv[3], argc > 4 && strcmp(argv[4], "-v") == 0, rounds) : 0;
    dy_arena_free(&c.arena);
    dy_free(c.s);
    return rc;
}
