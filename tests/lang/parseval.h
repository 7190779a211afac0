/*
 * parseval.h — comparing dyad's phrase trees with Treebank parses of the
 * same tokens (used by tests/lang/test_analyse.c, which asserts floors,
 * and bench/bench_lang.c, which prints the details).
 *
 * For each sentence of the PETRARCH validation file the gold parse's
 * leaves are the tokens (so tokens match); dyad tags and analyses them and
 * the result is scored against the gold tree:
 *   - tag accuracy;
 *   - labelled bracket precision/recall for NP, VP, PP, SBAR, S (spans
 *     trimmed of punctuation at either end, as evalb ignores it);
 *   - what the coder needs: for each gold VP whose first child is a verb,
 *     does dyad have a VP starting with the same verb token, and one with
 *     the same span too; for each gold NP without an inner NP (an actor
 *     phrase), does dyad have the same NP, also without an inner NP.
 * Nothing here feeds back into the analyser: the suite stays a test.
 */
#ifndef DYAD_TESTS_PARSEVAL_H
#define DYAD_TESTS_PARSEVAL_H

#include <stdio.h>
#include <string.h>

#include "lang/analyse.h"
#include "lang/treebank.h"

enum { PV_NP, PV_VP, PV_PP, PV_SBAR, PV_S, PV_NLABEL };

static const dy_label pv_labels[PV_NLABEL] = {DY_NP, DY_VP, DY_PP, DY_SBAR, DY_S};

typedef struct pv_scores {
    long tokens, tags_right;
    long gold[PV_NLABEL], test[PV_NLABEL], match[PV_NLABEL];
    long verb_vps, verb_vps_start, verb_vps_span;
    long base_nps, base_nps_found;
    long sentences, flat_fallbacks;
} pv_scores;

typedef struct pv_span {
    int label;   /* PV_* */
    int first, last;
    int used;
} pv_span;

static inline int pv_is_punct(const dy_tree *t, int32_t leaf)
{
    int tag = t->leaf[leaf].tag;
    return tag == DY_COMMA || tag == DY_PERIOD || tag == DY_COLON || tag == DY_LQUOTE ||
           tag == DY_RQUOTE || tag == DY_LRB || tag == DY_RRB;
}

/* The node's leaf span without punctuation at its ends; 0 if empty. */
static inline int pv_trim(const dy_tree *t, int32_t node, int *first, int *last)
{
    int a = t->node[node].first, b = t->node[node].last - 1;
    while (a <= b && pv_is_punct(t, a))
        a++;
    while (b >= a && pv_is_punct(t, b))
        b--;
    *first = a;
    *last = b;
    return a <= b;
}

static inline int pv_label_index(int label)
{
    for (int k = 0; k < PV_NLABEL; k++)
        if ((int)pv_labels[k] == label)
            return k;
    return -1;
}

static inline int pv_collect(const dy_tree *t, pv_span *out, int max)
{
    int n = 0;
    for (int32_t v = 0; v < t->nnode && n < max; v++) {
        int k = pv_label_index(t->node[v].label);
        if (k < 0 || t->node[v].leaf >= 0)
            continue;
        pv_span s = {k, 0, 0, 0};
        if (pv_trim(t, v, &s.first, &s.last))
            out[n++] = s;
    }
    return n;
}

static inline int pv_has_inner(const dy_tree *t, int32_t node, dy_label label)
{
    for (int32_t c = t->node[node].child; c >= 0; c = t->node[c].next)
        if (t->node[c].label == label || pv_has_inner(t, c, label))
            return 1;
    return 0;
}

static inline int pv_first_is_verb(const dy_tree *t, int32_t vp)
{
    int32_t c = t->node[vp].child;
    return c >= 0 && t->node[c].leaf >= 0 && t->node[c].label >= DY_VB &&
           t->node[c].label <= DY_VBZ;
}

/* Score one sentence: test against gold (same leaves). */
static inline void pv_score(pv_scores *s, const dy_tree *gold, const dy_tree *test)
{
    static pv_span g[1024], h[1024];
    s->sentences++;
    for (int32_t i = 0; i < gold->nleaf && i < test->nleaf; i++) {
        s->tokens++;
        s->tags_right += gold->leaf[i].tag == test->leaf[i].tag;
    }
    int ng = pv_collect(gold, g, 1024), nh = pv_collect(test, h, 1024);
    for (int i = 0; i < ng; i++)
        s->gold[g[i].label]++;
    for (int j = 0; j < nh; j++)
        s->test[h[j].label]++;
    for (int i = 0; i < ng; i++)
        for (int j = 0; j < nh; j++)
            if (!h[j].used && h[j].label == g[i].label && h[j].first == g[i].first &&
                h[j].last == g[i].last) {
                h[j].used = 1;
                s->match[g[i].label]++;
                break;
            }
    for (int32_t v = 0; v < gold->nnode; v++) {
        const dy_node *gn = &gold->node[v];
        if (gn->label == DY_VP && pv_first_is_verb(gold, v)) {
            s->verb_vps++;
            int gf, gl, start = 0, span = 0;
            pv_trim(gold, v, &gf, &gl);
            for (int32_t u = 0; u < test->nnode; u++) {
                if (test->node[u].label != DY_VP || !pv_first_is_verb(test, u) ||
                    test->node[u].first != gn->first)
                    continue;
                int tf, tl;
                start = 1;
                if (pv_trim(test, u, &tf, &tl) && tf == gf && tl == gl)
                    span = 1;
            }
            s->verb_vps_start += start;
            s->verb_vps_span += span;
        }
        if (gn->label == DY_NP && !pv_has_inner(gold, v, DY_NP)) {
            int gf, gl, found = 0;
            if (!pv_trim(gold, v, &gf, &gl))
                continue;
            s->base_nps++;
            for (int32_t u = 0; u < test->nnode && !found; u++) {
                int tf, tl;
                if (test->node[u].label == DY_NP && pv_trim(test, u, &tf, &tl) && tf == gf &&
                    tl == gl && !pv_has_inner(test, u, DY_NP))
                    found = 1;
            }
            s->base_nps_found += found;
        }
    }
}

/*
 * Run the analyser over every dev record whose parse reads; fill *s.
 * When each is not NULL it is called with every sentence (for printing).
 */
typedef void (*pv_each_fn)(void *ctx, const char *id, size_t id_len, const dy_tree *gold,
                           const dy_tree *test);

static inline int pv_run(const char *file, pv_scores *s, pv_each_fn each, void *ctx)
{
    memset(s, 0, sizeof *s);
    const char *cursor = file;
    devsuite_record r;
    dy_arena arena;
    dy_arena_init(&arena, 0);
    dy_tree_builder b;
    dy_tree_builder_init(&b, &arena);
    dy_analyser *a = dy_analyser_new();
    static dy_leaf leaves[1024];
    while (devsuite_next(&cursor, &r)) {
        dy_tree gold, test;
        if (!r.parse || dy_treebank_read(&b, r.parse, r.parse_len, &gold, NULL) != 0)
            continue;
        size_t n = (size_t)gold.nleaf < 1024 ? (size_t)gold.nleaf : 1024;
        for (size_t i = 0; i < n; i++) {
            leaves[i] = gold.leaf[i];
            leaves[i].tag = 0;
            leaves[i].lemma = NULL;
        }
        if (dy_analyse(a, leaves, n, &arena, &test) != 0)
            s->flat_fallbacks++;
        pv_score(s, &gold, &test);
        if (each)
            each(ctx, r.id, r.id_len, &gold, &test);
        dy_arena_reset(&arena);
    }
    dy_analyser_free(a);
    dy_tree_builder_free(&b);
    dy_arena_free(&arena);
    return 0;
}

static inline double pv_pct(long a, long b)
{
    return b ? 100.0 * (double)a / (double)b : 0.0;
}

static inline void pv_print(FILE *f, const pv_scores *s)
{
    fprintf(f, "sentences %ld, tokens %ld, flat fallbacks %ld\n", s->sentences, s->tokens,
            s->flat_fallbacks);
    fprintf(f, "tag accuracy            %6.2f%%\n", pv_pct(s->tags_right, s->tokens));
    long gm = 0, gg = 0, gt = 0;
    for (int k = 0; k < PV_NLABEL; k++) {
        fprintf(f, "%-5s precision %6.2f%%  recall %6.2f%%  (gold %ld, dyad %ld)\n",
                dy_label_name(pv_labels[k]), pv_pct(s->match[k], s->test[k]),
                pv_pct(s->match[k], s->gold[k]), s->gold[k], s->test[k]);
        gm += s->match[k];
        gg += s->gold[k];
        gt += s->test[k];
    }
    fprintf(f, "all   precision %6.2f%%  recall %6.2f%%\n", pv_pct(gm, gt), pv_pct(gm, gg));
    fprintf(f, "verb VPs: same first verb %6.2f%%, same span %6.2f%% (of %ld)\n",
            pv_pct(s->verb_vps_start, s->verb_vps), pv_pct(s->verb_vps_span, s->verb_vps),
            s->verb_vps);
    fprintf(f, "NPs without inner NP found %6.2f%% (of %ld)\n",
            pv_pct(s->base_nps_found, s->base_nps), s->base_nps);
}

#endif
