/*
 * p2_match.c — which PETRARCH-2 pattern of a verb's block fits its clause.
 *
 * A pattern `- [nouns] [(PPs)] * [nouns] [(PPs)] [CODE]` is a set of
 * demands on the phrases around the verb (p2_clause.c): each bare word
 * must be the head of a distinct noun phrase of its side, each {A B H}
 * a noun phrase with head H containing A and B, each (P X) a PP with
 * preposition P whose object has head X. `$` and `+` name the phrase
 * holding the source and the target; `^` and `%` ask for nothing here.
 * Phrases are assigned to elements with backtracking, so one phrase never
 * serves two elements and the order of the phrases does not matter.
 *
 * PETRARCH-2 stores a block's patterns in a tree and searches it depth
 * first, trying at every step a modifier of the current noun before
 * another noun, another noun before the PP part, the PP part before the
 * part after the verb, and that before the end; the first complete path
 * wins. So of the patterns that match, the winner is the one whose path,
 * read as that sequence of steps, is greatest step by step: a pattern
 * with a noun before the verb beats any without, {FINANCIAL AID} beats
 * AID, (FOR AID) beats (FOR). Among equal paths the first in the file
 * wins. Each pattern's path is computed before it is matched, so a
 * pattern that cannot beat the best so far is not matched at all.
 */
#include "lang/tree.h"
#include "code/p2_match.h"

#include <string.h>

/* Steps of a search path, in the order the search tries them. */
enum { STEP_END = 0, STEP_POST = 1, STEP_PP = 2, STEP_NOUN = 3, STEP_MOD = 4 };

#define PATH_MAX_STEPS 64

/* The phrases one side of a pattern may use, with the words a quick
 * check needs: each noun phrase's head word, each PP's preposition. */
typedef struct side {
    const int32_t *nouns;
    int nnoun;
    const int32_t *pps;
    int npp;
    dy_word head[DY_P2_MAX_PARTS];
    dy_word prep[DY_P2_MAX_PARTS];
} side;

/* Roles bound while matching. */
typedef struct roles {
    int32_t source, target;
} roles;

static int is_token(int kind)
{
    return kind == DY_PE_SOURCE || kind == DY_PE_TARGET || kind == DY_PE_COMPOUND ||
           kind == DY_PE_SKIP;
}

static int is_word(int kind)
{
    return kind == DY_PE_WORD || kind == DY_PE_SYNSET;
}

/* ------------------------------------------------------------------ */
/* Search paths                                                         */

static int add_step(uint8_t *path, int k, int step)
{
    if (k < PATH_MAX_STEPS - 1)
        path[k++] = (uint8_t)step;
    return k;
}

/* Steps for a group's inner elements e[0..n) after its head: one modifier
 * each (nested groups count their members). */
static int group_steps(const dy_pelem *e, uint32_t n, uint8_t *path, int k)
{
    for (uint32_t i = 1; i < n; i++)
        if (e[i].kind != DY_PE_NP && e[i].kind != DY_PE_PP)
            k = add_step(path, k, STEP_MOD);
    return k;
}

/* Steps of one side: its nouns (each with its modifiers), then its PPs. */
static int side_steps(const dy_pelem *e, uint32_t n, uint8_t *path, int k)
{
    for (uint32_t i = 0; i < n; i += 1u + e[i].span)
        if (e[i].kind != DY_PE_PP) {
            k = add_step(path, k, STEP_NOUN);
            if (e[i].kind == DY_PE_NP)
                k = group_steps(&e[i + 1], e[i].span, path, k);
        }
    for (uint32_t i = 0; i < n; i += 1u + e[i].span)
        if (e[i].kind == DY_PE_PP) {
            k = add_step(path, k, STEP_PP);
            if (e[i].span > 1) { /* the object: a noun and its modifiers */
                k = add_step(path, k, STEP_NOUN);
                k = group_steps(&e[i + 2], e[i].span - 1u, path, k);
            }
        }
    return k;
}

/* The search path of pattern pat, ending with STEP_END. */
static void pattern_path(const dy_dict *d, const dy_pattern *pat, uint8_t *path)
{
    int k = side_steps(&d->pelem[pat->upper], pat->nupper, path, 0);
    k = add_step(path, k, STEP_POST);
    k = side_steps(&d->pelem[pat->lower], pat->nlower, path, k);
    path[k] = STEP_END;
}

/* >0 if path a is searched before path b, <0 after, 0 if equal. */
static int path_cmp(const uint8_t *a, const uint8_t *b)
{
    for (int i = 0; i < PATH_MAX_STEPS; i++) {
        if (a[i] != b[i])
            return (int)a[i] - (int)b[i];
        if (a[i] == STEP_END)
            return 0;
    }
    return 0;
}

/* ------------------------------------------------------------------ */
/* Words and phrases                                                    */

/* Does word element e (a word or a synset) match the word at leaf? A
 * multi-word synset member matches when it ends at leaf. */
static int word_at(const dy_p2 *p, const dy_pelem *e, int32_t leaf)
{
    if (leaf < 0)
        return 0;
    dy_word w = p->s->wid[leaf];
    if (e->kind == DY_PE_WORD)
        return w == e->id;
    if (e->kind != DY_PE_SYNSET)
        return 0;
    if (dy_dict_synset_has_word(p->d, e->id, w))
        return 1;
    const dy_synset *sy = &p->d->synset[e->id];
    for (uint32_t m = 0; m < sy->nmembers; m++) {
        size_t n;
        const dy_word *mw =
            dy_dict_phrase_words(p->d, p->d->synset_member[sy->members + m], &n);
        if (n < 2 || mw[n - 1] != w || leaf + 1 < (int32_t)n)
            continue;
        size_t k = 0;
        while (k < n && p->s->wid[leaf - (int32_t)(n - 1 - k)] == mw[k])
            k++;
        if (k == n)
            return 1;
    }
    return 0;
}

/* Is word element e among the words of node? */
static int node_has(const dy_p2 *p, const dy_pelem *e, int32_t node)
{
    const dy_node *nd = &p->t->node[node];
    for (int32_t i = nd->first; i < nd->last; i++)
        if (word_at(p, e, i))
            return 1;
    return 0;
}

static int bind(const dy_p2 *p, int kind, int32_t node, roles *r)
{
    int32_t ne = dy_p2_actor_in(p, node);
    if (ne < 0)
        return 0;
    if (kind == DY_PE_SOURCE)
        r->source = ne;
    else
        r->target = ne;
    return 1;
}

static int group_matches(const dy_p2 *p, const dy_pelem *e, uint32_t n, int32_t node, roles *r);

/* Does head element e (a word, a synset or a {..} group) match phrase node? */
static int head_matches(const dy_p2 *p, const dy_pelem *e, int32_t node, roles *r)
{
    if (e->kind == DY_PE_NP)
        return group_matches(p, e + 1, e->span, node, r);
    return word_at(p, e, dy_p2_head_leaf(p, node));
}

/*
 * Do the elements e[0..n) of a {..} group or of a PP's object match
 * phrase node? The last word or group is the head; other words must be in
 * the phrase; `$`/`+` need an actor in it (and bind it); `^` any phrase.
 * An empty list matches anything, even no phrase.
 */
static int group_matches(const dy_p2 *p, const dy_pelem *e, uint32_t n, int32_t node, roles *r)
{
    if (n == 0)
        return 1;
    if (node < 0)
        return 0;
    uint32_t head = n;
    for (uint32_t i = 0; i < n; i += 1u + e[i].span)
        if (is_word(e[i].kind) || e[i].kind == DY_PE_NP)
            head = i;
    if (head < n && !head_matches(p, &e[head], node, r))
        return 0;
    for (uint32_t i = 0; i < n; i += 1u + e[i].span) {
        if (i == head)
            continue;
        int k = e[i].kind;
        if (is_word(k) && !node_has(p, &e[i], node))
            return 0;
        if (k == DY_PE_NP && e[i].span > 0 && !node_has(p, &e[i + e[i].span], node))
            return 0;
        if ((k == DY_PE_SOURCE || k == DY_PE_TARGET) && !bind(p, k, node, r))
            return 0;
    }
    return 1;
}

/* Does (P X...) element e match PP (or particle) pp? */
static int pp_matches(const dy_p2 *p, const dy_pelem *e, int32_t pp, roles *r)
{
    if (e->span == 0 || !word_at(p, &e[1], dy_p2_pp_prep(p, pp)))
        return 0;
    return group_matches(p, &e[2], e->span - 1u, dy_p2_pp_object(p, pp), r);
}

/* ------------------------------------------------------------------ */
/* One side                                                             */

typedef struct state {
    const dy_p2 *p;
    const dy_pelem *e;
    uint32_t n;
    const side *sd;
    uint32_t used_noun, used_pp;  /* bit k: phrase k serves an element */
    roles r;
} state;

/* The number of bare words from i on (a flat "POWDER KEG"). */
static uint32_t word_run(const state *st, uint32_t i)
{
    uint32_t k = i;
    while (k < st->n && is_word(st->e[k].kind))
        k++;
    return k - i;
}

static int match_from(state *st, uint32_t i);

/* Try element(s) e[i..next) on each free noun phrase; then the rest. */
static int try_nouns(state *st, uint32_t i, uint32_t count, uint32_t next)
{
    for (int k = 0; k < st->sd->nnoun; k++) {
        uint32_t bit = 1u << k;
        if (st->used_noun & bit)
            continue;
        roles save = st->r;
        int ok = count == 1 ? head_matches(st->p, &st->e[i], st->sd->nouns[k], &st->r)
                            : group_matches(st->p, &st->e[i], count, st->sd->nouns[k], &st->r);
        if (ok) {
            st->used_noun |= bit;
            if (match_from(st, next))
                return 1;
            st->used_noun &= ~bit;
        }
        st->r = save;
    }
    return 0;
}

static int try_pps(state *st, uint32_t i, uint32_t next)
{
    for (int k = 0; k < st->sd->npp; k++) {
        uint32_t bit = 1u << k;
        if (st->used_pp & bit)
            continue;
        roles save = st->r;
        if (pp_matches(st->p, &st->e[i], st->sd->pps[k], &st->r)) {
            st->used_pp |= bit;
            if (match_from(st, next))
                return 1;
            st->used_pp &= ~bit;
        }
        st->r = save;
    }
    return 0;
}

/* Match elements i.. of the side (tokens are bound afterwards). */
static int match_from(state *st, uint32_t i)
{
    while (i < st->n && is_token(st->e[i].kind))
        i++;
    if (i >= st->n)
        return 1;
    const dy_pelem *x = &st->e[i];
    uint32_t next = i + 1u + x->span;
    if (x->kind == DY_PE_PP)
        return try_pps(st, i, next);
    if (try_nouns(st, i, 1, next))
        return 1;
    /* bare words written one after another may name one phrase: "* POWDER
       KEG" is the keg of "called the region a powder keg" */
    uint32_t run = is_word(x->kind) ? word_run(st, i) : 0;
    return run >= 2 && try_nouns(st, i, run, i + run);
}

/* The NE for a top-level `$`/`+`: an actor in a free phrase of the side,
 * else in a PP's object, else in a phrase another element used. */
static int bind_token(state *st, int kind)
{
    for (int pass = 0; pass < 3; pass++) {
        int n = pass == 1 ? st->sd->npp : st->sd->nnoun;
        for (int k = 0; k < n; k++) {
            int32_t node;
            if (pass == 1)
                node = dy_p2_pp_object(st->p, st->sd->pps[k]);
            else if (((st->used_noun >> k) & 1u) != (pass == 2))
                continue;
            else
                node = st->sd->nouns[k];
            if (node >= 0 && bind(st->p, kind, node, &st->r))
                return 1;
        }
    }
    return 0;
}

/* Does one side of a pattern (elements e[0..n)) match? Binds roles into *r. */
static int side_matches(const dy_p2 *p, const dy_pelem *e, uint32_t n, const side *sd, roles *r)
{
    state st = {p, e, n, sd, 0, 0, *r};
    if (!match_from(&st, 0))
        return 0;
    for (uint32_t i = 0; i < n; i += 1u + e[i].span)
        if ((e[i].kind == DY_PE_SOURCE || e[i].kind == DY_PE_TARGET) && !bind_token(&st, e[i].kind))
            return 0;
    *r = st.r;
    return 1;
}

/* Fill a side's phrases and its quick-check words. */
static void side_init(const dy_p2 *p, side *sd, const int32_t *nouns, int nnoun,
                      const int32_t *pps, int npp)
{
    sd->nouns = nouns;
    sd->nnoun = nnoun;
    sd->pps = pps;
    sd->npp = npp;
    for (int k = 0; k < nnoun; k++) {
        int32_t h = dy_p2_head_leaf(p, nouns[k]);
        sd->head[k] = h >= 0 ? p->s->wid[h] : 0;
    }
    for (int k = 0; k < npp; k++) {
        int32_t prep = dy_p2_pp_prep(p, pps[k]);
        sd->prep[k] = prep >= 0 ? p->s->wid[prep] : 0;
    }
}

static int has_word(const dy_word *list, int n, dy_word w)
{
    for (int k = 0; k < n; k++)
        if (list[k] == w)
            return 1;
    return 0;
}

/*
 * A quick necessary test of side elements e[0..n): a bare word that ends
 * a run of words must head one of the side's phrases, and a preposition
 * written as a word must be one of its PPs'. Most patterns of a block
 * fail here, before the full match.
 */
static int may_match(const dy_pelem *e, uint32_t n, const side *sd)
{
    for (uint32_t i = 0; i < n; i += 1u + e[i].span) {
        if (e[i].kind == DY_PE_WORD && (i + 1 >= n || !is_word(e[i + 1].kind)) &&
            !has_word(sd->head, sd->nnoun, e[i].id))
            return 0;
        if (e[i].kind == DY_PE_PP && e[i].span > 0 && e[i + 1].kind == DY_PE_WORD &&
            !has_word(sd->prep, sd->npp, e[i + 1].id))
            return 0;
    }
    return 1;
}

/*
 * The pattern of block blk that PETRARCH-2's depth-first search finds for
 * clause cl (see the top of this file), with the roles it binds. m->pattern
 * is DY_NO_INDEX when none matches.
 */
void dy_p2_match_block(const dy_p2 *p, const dy_block *blk, const dy_p2_clause *cl,
                       dy_p2_match *m)
{
    side up, low;
    side_init(p, &up, cl->up, cl->nup, cl->up_pp, cl->nup_pp);
    side_init(p, &low, cl->low, cl->nlow, cl->low_pp, cl->nlow_pp);
    uint8_t best[PATH_MAX_STEPS], path[PATH_MAX_STEPS];
    m->pattern = DY_NO_INDEX;
    m->source = m->target = -1;
    for (uint32_t i = 0; i < blk->npatterns; i++) {
        const dy_pattern *pat = &p->d->pattern[blk->patterns + i];
        const dy_pelem *ue = &p->d->pelem[pat->upper], *le = &p->d->pelem[pat->lower];
        if (pat->dialect != DY_DIALECT_PETRARCH2 || !may_match(ue, pat->nupper, &up) ||
            !may_match(le, pat->nlower, &low))
            continue;
        pattern_path(p->d, pat, path);
        if (m->pattern != DY_NO_INDEX && path_cmp(path, best) <= 0)
            continue; /* found later in the search than the best so far */
        roles r = {-1, -1};
        if (!side_matches(p, ue, pat->nupper, &up, &r) ||
            !side_matches(p, le, pat->nlower, &low, &r))
            continue;
        memcpy(best, path, sizeof best);
        m->pattern = blk->patterns + i;
        m->source = r.source;
        m->target = r.target;
    }
}
