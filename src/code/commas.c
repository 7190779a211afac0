/*
 * commas.c — removing comma-delimited clauses before coding (CODING-RULES §2.3).
 *
 * News sentences carry insertions: ", a senior official said", ", the
 * state's fiercest foe,". The reference coder deletes such a clause when
 * its length in words is within the configured range, so that its actors
 * do not become sources or targets of the main verb. Only whole
 * constituents inside the span go; in a tree every word is its own
 * constituent, so deleting a span means cutting its words, and any phrase
 * left without words (a verb's VP head, for instance) is gone with them.
 * Commas inside actor phrases ("complete, full ties") are words of the
 * phrase, not clause boundaries.
 */
#include "code/sent.h"

#include <stdlib.h>

/* Words (alphabetic tokens, §2.3) among the live leaves [lo, hi). */
static int count_words(const dy_sent *s, int32_t lo, int32_t hi)
{
    int n = 0;
    for (int32_t i = lo; i < hi; i++)
        if (!s->gone[i] && dy_sent_is_word(&s->t->leaf[i]))
            n++;
    return n;
}

static void cut(dy_sent *s, int32_t lo, int32_t hi)
{
    for (int32_t i = lo; i < hi; i++)
        s->cut[i] = s->gone[i] = 1;
}

static int in_range(int n, int lo, int hi)
{
    return hi > 0 && n >= lo && n <= hi;
}

/* Index of the next live comma at or after i, or -1. */
static int32_t next_comma(const dy_sent *s, int32_t i)
{
    for (; i < s->t->nleaf; i++)
        if (!s->gone[i] && dy_sent_is_comma(s, i))
            return i;
    return -1;
}

/* The leaf where the sentence's final punctuation starts (nleaf if none). */
static int32_t final_punct(const dy_sent *s)
{
    int32_t end = s->t->nleaf;
    while (end > 0 && (s->t->leaf[end - 1].tag == DY_PERIOD ||
                       s->t->leaf[end - 1].tag == DY_RQUOTE))
        end--;
    return end;
}

/* A comma with no live word before it (or after it, to the end) is dropped. */
static void drop_bare_commas(dy_sent *s, int32_t end)
{
    int32_t c = next_comma(s, 0);
    if (c >= 0 && count_words(s, 0, c) == 0)
        s->gone[c] = s->cut[c] = 1;
    int32_t last = -1;
    for (int32_t i = next_comma(s, 0); i >= 0 && i < end; i = next_comma(s, i + 1))
        last = i;
    if (last >= 0 && count_words(s, last + 1, end) == 0)
        s->gone[last] = s->cut[last] = 1;
}

/* A top-level clause (the root's, or one of its coordinated clauses, two
 * levels down at most): its subject's leaves and where its verb phrase starts. */
typedef struct main_clause {
    int32_t subj_first, subj_last, vp_first;
} main_clause;

/* The top-level clauses, in the order of their verb phrases. */
typedef struct main_clauses {
    main_clause *v;
    int32_t n;
} main_clauses;

/* Add the top-level clauses at or below node (depth: clauses passed). */
static void collect_main(const dy_tree *t, int32_t node, int depth, main_clauses *out)
{
    if (node < 0 || depth > 2)
        return;
    const dy_node *n = &t->node[node];
    if (n->label == DY_S) {
        int32_t subj = -1;
        for (int32_t k = n->child; k >= 0; k = t->node[k].next) {
            const dy_node *c = &t->node[k];
            if (c->label == DY_NP)
                subj = k;
            if (c->label == DY_VP && subj >= 0)
                out->v[out->n++] = (main_clause){t->node[subj].first, t->node[subj].last,
                                                 c->first};
            if (c->label == DY_S)
                collect_main(t, k, depth + 1, out);
        }
    } else if (n->label == DY_ROOT) {
        for (int32_t k = n->child; k >= 0; k = t->node[k].next)
            collect_main(t, k, depth, out);
    }
}

static int by_vp_first(const void *a, const void *b)
{
    const main_clause *x = a, *y = b;
    return (x->vp_first > y->vp_first) - (x->vp_first < y->vp_first);
}

/* The top-level clauses of s's tree, sorted by where their verbs start. */
static void find_main_clauses(const dy_sent *s, main_clauses *m)
{
    m->v = DY_ARENA_NEW(s->arena, main_clause, (size_t)s->t->nnode + 1);
    m->n = 0;
    collect_main(s->t, s->t->root, 0, m);
    qsort(m->v, (size_t)m->n, sizeof *m->v, by_vp_first);
}

/*
 * Is [lo, hi) a whole main clause: the subject and the verb of a top-level
 * clause? The clauses are found once per sentence (find_main_clauses) and
 * only those whose verb starts in [lo, hi) are looked at, so the comma
 * spans of a sentence, which do not overlap, cost time linear in it
 * together, however many clauses it coordinates.
 */
static int main_clause_in(const main_clauses *m, int32_t lo, int32_t hi)
{
    int32_t a = 0, b = m->n;
    while (a < b) { /* the first clause whose verb starts at lo or after */
        int32_t mid = a + (b - a) / 2;
        if (m->v[mid].vp_first < lo)
            a = mid + 1;
        else
            b = mid;
    }
    for (int32_t i = a; i < m->n && m->v[i].vp_first < hi; i++)
        if (m->v[i].subj_first >= lo && m->v[i].subj_last <= hi)
            return 1;
    return 0;
}

/*
 * Delete the initial, terminal and internal clauses whose size is in range.
 * An internal span that is a whole main clause ("In recent weeks, Trump has
 * intensified his fight with China, raising tariffs ...") is no insertion
 * and stays.
 */
void dy_sent_cut_commas(dy_sent *s, const dy_comma_opts *o)
{
    int32_t end = final_punct(s);
    int32_t first = next_comma(s, 0);
    if (first < 0)
        return;
    if (o->bmax > 0 && in_range(count_words(s, 0, first), o->bmin, o->bmax))
        cut(s, 0, first);
    int32_t last = -1;
    for (int32_t i = first; i >= 0 && i < end; i = next_comma(s, i + 1))
        last = i;
    if (o->emax > 0 && last >= 0 && in_range(count_words(s, last + 1, end), o->emin, o->emax))
        cut(s, last + 1, end);
    if (o->max > 0) {
        main_clauses m = {NULL, -1};
        int32_t a = next_comma(s, 0);
        while (a >= 0 && a < end) {
            int32_t b = next_comma(s, a + 1);
            if (b < 0 || b >= end)
                break;
            if (in_range(count_words(s, a + 1, b), o->min, o->max)) {
                if (m.n < 0)
                    find_main_clauses(s, &m);
                if (!main_clause_in(&m, a + 1, b))
                    cut(s, a, b);
            }
            a = b;
        }
    }
    drop_bare_commas(s, end);
}

/* True if every leaf under node was cut with a comma clause. */
int dy_sent_node_cut(const dy_sent *s, int32_t node)
{
    const dy_node *n = &s->t->node[node];
    if (n->first >= n->last)
        return 0;
    for (int32_t i = n->first; i < n->last; i++)
        if (!s->cut[i])
            return 0;
    return 1;
}
