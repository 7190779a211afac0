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

/* Is [lo, hi) a whole main clause: the subject and the verb of a top-level
 * clause (the root's, or one of its coordinated clauses)? */
static int main_clause_in(const dy_sent *s, int32_t node, int32_t lo, int32_t hi, int depth)
{
    const dy_tree *t = s->t;
    if (node < 0 || depth > 2)
        return 0;
    const dy_node *n = &t->node[node];
    if (n->label == DY_S) {
        int32_t subj = -1;
        for (int32_t k = n->child; k >= 0; k = t->node[k].next) {
            const dy_node *c = &t->node[k];
            if (c->label == DY_NP)
                subj = k;
            if (c->label == DY_VP && subj >= 0 && t->node[subj].first >= lo &&
                t->node[subj].last <= hi && c->first >= lo && c->first < hi)
                return 1;
            if (c->label == DY_S && main_clause_in(s, k, lo, hi, depth + 1))
                return 1;
        }
        return 0;
    }
    if (n->label == DY_ROOT)
        for (int32_t k = n->child; k >= 0; k = t->node[k].next)
            if (main_clause_in(s, k, lo, hi, depth))
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
        int32_t a = next_comma(s, 0);
        while (a >= 0 && a < end) {
            int32_t b = next_comma(s, a + 1);
            if (b < 0 || b >= end)
                break;
            if (in_range(count_words(s, a + 1, b), o->min, o->max) &&
                !main_clause_in(s, s->t->root, a + 1, b, 0))
                cut(s, a, b);
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
