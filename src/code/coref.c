/*
 * coref.c — resolving references inside a story (see coref.h).
 *
 * News names an actor once in full and then refers back to it: "Kim Jong
 * Un" becomes "Kim", North Korea "the North" or "the country", Xi and Kim
 * "the two leaders", and "police" or "protesters" are those of the country
 * the story is about. The dictionaries cannot know these words, so a
 * sentence read alone leaves them uncoded. The story can: this file keeps
 * the actors each sentence named (mentions) and, before the verbs of the
 * next sentence are coded, gives a code to an actor phrase that refers
 * back — but only when the story makes the reference unambiguous. Every
 * rule gives up rather than guess:
 *
 *   name part      a word of a person's full name named earlier ("Kim"
 *                  after "Kim Jong Un"; "Moon" after "Moon Jae-in"), if
 *                  no other person named so far shares that word;
 *   the North/South  the one country named so far whose name starts with
 *                  that word (North Korea in a story about the two Koreas);
 *   the country, the nation   the only country named so far;
 *   the two X, both X   the two countries (of the persons, for "leaders")
 *                  of the nearest sentence naming at least two — if it
 *                  names exactly two; "the two Koreas" from the
 *                  dictionaries (the two countries whose names end so);
 *   agent alone    "police", "protesters", "the army" with no country take
 *                  the sentence's only country, else the story's only one;
 *   they           the subject "they" of a main clause, with no actor before
 *                  it, is the one plural actor phrase ("Xi and Kim", "the
 *                  two leaders", "Houthi rebels") of the sentence just
 *                  before, if that sentence has exactly one and its subject
 *                  is no plural phrase naming nobody ("Reporters said ...").
 *                  Singular he/she/it are not resolved: the dictionaries
 *                  know no gender, and people they do not list (analysts,
 *                  spokesmen) are the usual antecedents.
 *
 * The phrase keeps its own words' agents ("the country's leader" is the
 * country + GOV). A resolved phrase is marked (dy_ne.reference) so that
 * `dyad explain` can say where a code came from.
 *
 * The story also remembers whose words are not coded. A sentence the
 * discards drop because it quotes an analyst or an expert ("Yang Moo-Jin,
 * a professor at ..., said ...") names that person; a later sentence whose
 * subject is only that name ("..., Yang said.") is the same commentary,
 * and so is a sentence that is all quotation right after one not coded
 * (the quote goes on).
 */
#include "lang/tree.h"
#include "code/coref.h"
#include "code/actors.h"
#include "lang/lexicon.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/* At most this many mentions of one sentence are looked at. */
#define SENT_MAX 256

/* Start a story: forget every mention (they lived in the story arena). */
void dy_coref_begin(dy_coref *c, dy_arena *arena)
{
    memset(c, 0, sizeof *c);
    c->arena = arena;
    c->plural_sentence = -1;
}

/* The country a code begins with ("PRKGOV" -> "PRK"), or "". */
static void country_of(const char *code, char out[4])
{
    out[0] = 0;
    if (dy_code_country_prefix(code)) {
        memcpy(out, code, 3);
        out[3] = 0;
    }
}

static const dy_leaf *LEAF(const dy_sent *s, int32_t i)
{
    return &s->t->leaf[i];
}

static int word_is(const dy_sent *s, int32_t leaf, const char *w)
{
    return strcmp(LEAF(s, leaf)->upper, w) == 0;
}

/* A capitalised proper noun as written (not a sentence-initial common word). */
static int is_name_leaf(const dy_sent *s, int32_t leaf)
{
    const dy_leaf *l = LEAF(s, leaf);
    return (l->tag == DY_NNP || l->tag == DY_NNPS) && l->len > 0 &&
           isupper((unsigned char)l->text[0]);
}

static int is_agent_word(const dy_dict *d, dy_word w)
{
    size_t k = 0;
    if (w)
        dy_dict_agents_at(d, w, &k);
    return k > 0;
}

/* Is the word also a common English word (a noun, verb, adjective ...)? */
static int common_word(const dy_leaf *l)
{
    dy_lexinfo x;
    dy_lex_lookup(l->upper, l->ulen, &x);
    uint64_t proper = DY_TAGBIT(DY_NNP) | DY_TAGBIT(DY_NNPS) | DY_TAGBIT(DY_CD);
    return (x.tags & ~proper) != 0;
}

/* Does the actor carry a dated code (an office held for a time: a person)? */
static int has_dated_code(const dy_dict *d, uint32_t actor)
{
    const dy_actor *a = &d->actor[actor];
    for (uint32_t i = 0; i < a->ncodes; i++)
        if (d->actor_code[a->codes + i].kind != DY_DATE_ANY)
            return 1;
    return 0;
}

/* ------------------------------------------------------------------ */
/* Mentions                                                             */

/* The mention NE e makes, if it names an actor. */
static int mention_of(const dy_dict *d, const dy_sent *s, const dy_ne *e, int32_t sentence,
                      dy_mention *m)
{
    if (e->nmember > 0 || e->ncode == 0 || e->actor_leaf < 0)
        return 0;
    memset(m, 0, sizeof *m);
    m->code = e->code[0];
    country_of(m->code, m->country);
    m->actor = e->actor;
    m->first_word = s->wid[e->actor_leaf];
    m->sentence = sentence;
    m->leaf = e->first;
    m->place = (uint8_t)dy_sent_prep_is_place(dy_sent_ne_prep(s, (int32_t)(e - s->ne)));
    if (e->actor == DY_NO_INDEX)
        return 1;
    int dated = has_dated_code(d, e->actor);
    if (e->reference) { /* "Kim" again: the same person, no new name words */
        m->person = (uint8_t)dated;
        return 1;
    }
    /* The name's own words (titles and other agents left out) can name
       the actor alone later if the name has two words or more and the
       actor is more than a country: "Kim" for Kim Jong Un. An office
       holder (dated codes: a person) may be named by a word that is also
       a common word ("Moon" for Moon Jae-in); other actors only by words
       that are not ("House" is no name for the White House). */
    int32_t words = 0, names = 0;
    const char *alias[2] = {NULL, NULL};
    for (int32_t k = 0; k < e->nword; k++) {
        int32_t leaf = e->word[k];
        if (leaf < e->actor_leaf || leaf >= e->actor_end)
            continue;
        words++;
        if (!is_name_leaf(s, leaf) || is_agent_word(d, s->wid[leaf]) || LEAF(s, leaf)->ulen < 2)
            continue;
        names++;
        if (!dated && common_word(LEAF(s, leaf)))
            continue;
        alias[alias[0] ? 1 : 0] = LEAF(s, leaf)->upper;
    }
    m->person = (uint8_t)(dated && names >= 1);
    if (words >= 2 && strlen(m->code) > 3) {
        m->alias[0] = alias[0];
        m->alias[1] = alias[1];
    }
    return 1;
}

static void remember(dy_coref *c, const dy_mention *m)
{
    if (c->n == c->cap) {
        int32_t cap = c->cap ? c->cap * 2 : 64;
        dy_mention *nm = DY_ARENA_NEW(c->arena, dy_mention, (size_t)cap);
        if (c->n)
            memcpy(nm, c->m, sizeof *nm * (size_t)c->n);
        c->m = nm;
        c->cap = cap;
    }
    c->m[c->n++] = *m;
}

/* The context a phrase starting at leaf `before` of the current sentence
 * sees: the story's earlier mentions, then this sentence's before it. */
typedef struct context {
    const dy_coref *c;
    const dy_mention *cur;
    int32_t ncur;
    int32_t before;
} context;

/* Number of mentions in the context; ctx_at(x, i) is the i-th, in story order. */
static int ctx_count(const context *x)
{
    int32_t k = 0;
    for (int32_t i = 0; i < x->ncur; i++)
        k += x->cur[i].leaf < x->before;
    return x->c->n + k;
}

static const dy_mention *ctx_at(const context *x, int32_t i)
{
    if (i < x->c->n)
        return &x->c->m[i];
    i -= x->c->n;
    for (int32_t j = 0; j < x->ncur; j++)
        if (x->cur[j].leaf < x->before && i-- == 0)
            return &x->cur[j];
    return NULL;
}

/* Add country cc to the distinct list (max entries); returns the count. */
static int add_country(char (*list)[4], int n, int max, const char *cc)
{
    if (!cc[0])
        return n;
    for (int i = 0; i < n && i < max; i++)
        if (strcmp(list[i], cc) == 0)
            return n;
    if (n < max)
        strcpy(list[n], cc);
    return n + 1;
}

/* ------------------------------------------------------------------ */
/* Rules                                                                */

static int same(const char *a, const char *b)
{
    return a && b && strcmp(a, b) == 0;
}

/* The one actor named so far with name word w: its mention, or NULL (none,
 * or two different actors share the word). */
static const dy_mention *person_with_alias(const context *x, const char *w)
{
    const dy_mention *found = NULL;
    int32_t n = ctx_count(x);
    for (int32_t i = 0; i < n; i++) {
        const dy_mention *m = ctx_at(x, i);
        if (!same(m->alias[0], w) && !same(m->alias[1], w))
            continue;
        if (found && (found->actor != m->actor || strcmp(found->code, m->code) != 0))
            return NULL;
        found = m;
    }
    return found;
}

/* "Kim" after "Kim Jong Un": a capitalised name word of an earlier actor,
 * alone (no article before it, no other name word after it), coming
 * before any actor the phrase names by itself. */
static int resolve_name_part(const dy_dict *d, dy_sent *s, dy_ne *e, const context *x)
{
    for (int32_t k = 0; k < e->nword; k++) {
        int32_t leaf = e->word[k];
        if (e->actor_leaf >= 0 && leaf >= e->actor_leaf)
            return 0;
        if (!is_name_leaf(s, leaf))
            continue;
        if (k > 0 && (word_is(s, e->word[k - 1], "THE") || word_is(s, e->word[k - 1], "A") ||
                      word_is(s, e->word[k - 1], "AN")))
            continue;
        const dy_mention *m = person_with_alias(x, LEAF(s, leaf)->upper);
        if (!m)
            continue;
        if (k + 1 < e->nword && is_name_leaf(s, e->word[k + 1]) &&
            !same(LEAF(s, e->word[k + 1])->upper, m->alias[0]) &&
            !same(LEAF(s, e->word[k + 1])->upper, m->alias[1]))
            continue; /* "Kim Il Sung Square": another name */
        dy_code_ne_with(d, s, e, m->code, k, k);
        e->actor = m->actor;
        e->reference = 1;
        return 1;
    }
    return 0;
}

/* Index in e->word of the word THE followed (adjacent) by `what`, or -1. */
static int32_t find_the(const dy_sent *s, const dy_ne *e, const char *const *what, int nwhat,
                        int32_t *which)
{
    for (int32_t k = 0; k + 1 < e->nword; k++) {
        if (!word_is(s, e->word[k], "THE") || e->word[k + 1] != e->word[k] + 1)
            continue;
        for (int j = 0; j < nwhat; j++)
            if (word_is(s, e->word[k + 1], what[j])) {
                *which = j;
                return k;
            }
    }
    return -1;
}

/* "the North", "the South": the one country named so far whose name starts
 * with that word. The word must be capitalised and end the name ("the
 * North's", not "the North Atlantic"). */
static int resolve_compass(const dy_dict *d, dy_sent *s, dy_ne *e, const context *x)
{
    static const char *const dir[] = {"NORTH", "SOUTH"};
    int32_t which = 0;
    int32_t k = find_the(s, e, dir, 2, &which);
    if (k < 0 || e->actor_leaf >= 0 || !is_name_leaf(s, e->word[k + 1]))
        return 0;
    int32_t after = e->word[k + 1] + 1;
    if (after < s->t->nleaf && is_name_leaf(s, after))
        return 0;
    dy_word w = s->wid[e->word[k + 1]];
    char list[4][4];
    int n = 0;
    int32_t nm = ctx_count(x);
    for (int32_t i = 0; i < nm; i++) {
        const dy_mention *m = ctx_at(x, i);
        if (m->first_word == w)
            n = add_country(list, n, 4, m->country);
    }
    if (n != 1)
        return 0;
    dy_code_ne_with(d, s, e, list[0], k, k + 1);
    e->reference = 1;
    return 1;
}

/* "the country", "the nation": the only country named so far. */
static int resolve_the_country(const dy_dict *d, dy_sent *s, dy_ne *e, const context *x)
{
    static const char *const noun[] = {"COUNTRY", "NATION"};
    int32_t which = 0;
    int32_t k = find_the(s, e, noun, 2, &which);
    if (k < 0 || e->actor_leaf >= 0)
        return 0;
    char list[2][4];
    int n = 0;
    int32_t nm = ctx_count(x);
    for (int32_t i = 0; i < nm; i++)
        n = add_country(list, n, 2, ctx_at(x, i)->country);
    if (n != 1)
        return 0;
    dy_code_ne_with(d, s, e, list[0], k, k + 1);
    e->reference = 1;
    return 1;
}

/* The nouns "the two X" / "both X" can refer with; persons: only the
 * countries of persons named count ("the two leaders"). */
static int pair_noun(const char *w, int *persons)
{
    static const char *const of_persons[] = {"LEADERS", "PRESIDENTS", "HEADS", "PREMIERS"};
    static const char *const of_countries[] = {"COUNTRIES", "NATIONS", "SIDES", "GOVERNMENTS",
                                               "NEIGHBOURS", "NEIGHBORS", "CAPITALS", "STATES"};
    for (size_t i = 0; i < sizeof of_persons / sizeof of_persons[0]; i++)
        if (strcmp(w, of_persons[i]) == 0) {
            *persons = 1;
            return 1;
        }
    for (size_t i = 0; i < sizeof of_countries / sizeof of_countries[0]; i++)
        if (strcmp(w, of_countries[i]) == 0) {
            *persons = 0;
            return 1;
        }
    return 0;
}

/* The two countries of the nearest sentence naming at least two as parties
 * (not as places; this sentence before the phrase first): 1 if it names
 * exactly two. */
static int nearest_two(const context *x, int persons, char out[2][4])
{
    char list[3][4];
    int n = 0;
    for (int32_t i = x->ncur - 1; i >= 0; i--)
        if (x->cur[i].leaf < x->before && !x->cur[i].place && (!persons || x->cur[i].person))
            n = add_country(list, n, 3, x->cur[i].country);
    for (int32_t i = x->c->n - 1; n < 2 && i >= 0;) {
        int32_t sent = x->c->m[i].sentence;
        n = 0;
        for (; i >= 0 && x->c->m[i].sentence == sent; i--)
            if (!x->c->m[i].place && (!persons || x->c->m[i].person))
                n = add_country(list, n, 3, x->c->m[i].country);
    }
    if (n != 2)
        return 0;
    memcpy(out, list, sizeof list[0] * 2);
    return 1;
}

/* "the two Koreas": the countries whose dictionary names end in the word
 * ("NORTH KOREA", "SOUTH KOREA"), if exactly two. */
static int two_by_name(const dy_dict *d, const char *plural, uint32_t date, char out[2][4])
{
    size_t len = strlen(plural);
    if (len < 4 || plural[len - 1] != 'S')
        return 0;
    char list[3][4];
    int n = 0;
    for (uint32_t i = 0; i < d->nactor_names && n < 3; i++) {
        size_t k;
        const dy_word *w = dy_dict_phrase_words(d, d->actor_name[i].phrase, &k);
        if (k < 2)
            continue;
        const char *last = dy_dict_word_str(d, w[k - 1]);
        if (strlen(last) != len - 1 || memcmp(last, plural, len - 1) != 0)
            continue;
        const char *code = dy_dict_str(d, dy_dict_actor_code_at(d, d->actor_name[i].actor, date));
        if (strlen(code) != 3 || !dy_code_country_prefix(code))
            continue;
        n = add_country(list, n, 3, code);
    }
    if (n != 2)
        return 0;
    memcpy(out, list, sizeof list[0] * 2);
    return 1;
}

/* "the two leaders", "both countries", "the two Koreas". */
static int resolve_two(const dy_dict *d, dy_sent *s, dy_ne *e, const context *x, uint32_t date)
{
    if (e->actor_leaf >= 0)
        return 0;
    for (int32_t k = 0; k + 1 < e->nword; k++) {
        int32_t a = e->word[k];
        int32_t lead = -1, noun = -1;
        if (word_is(s, a, "BOTH"))
            lead = k, noun = k + 1;
        else if (word_is(s, a, "THE") && k + 2 < e->nword && word_is(s, e->word[k + 1], "TWO"))
            lead = k + 1, noun = k + 2;
        if (noun < 0)
            continue;
        char two[2][4];
        int persons = 0;
        const char *w = LEAF(s, e->word[noun])->upper;
        if (pair_noun(w, &persons) ? !nearest_two(x, persons, two)
                                   : !(is_name_leaf(s, e->word[noun]) &&
                                       two_by_name(d, w, date, two)))
            return 0;
        char base[8];
        memcpy(base, two[0], 3);
        base[3] = '/';
        memcpy(base + 4, two[1], 4);
        dy_code_ne_with(d, s, e, base, k, lead);
        e->reference = 1;
        return 1;
    }
    return 0;
}

/* "police", "protesters", "the army" with no country: the country of its
 * fellow members for a definite compound member ("the government and the
 * opposition"), else of the sentence if it names only one, else of the
 * story if it names only one. */
static int resolve_agent(dy_sent *s, dy_ne *e, const context *x, const dy_mention *cur,
                         int32_t ncur)
{
    if (e->ncode != 1 || e->actor_leaf >= 0 || strncmp(e->code[0], "---", 3) != 0)
        return 0;
    char list[2][4];
    int n = 0;
    /* "the Venezuelan government and the opposition": a definite member
       of a compound belongs to its fellow members' country */
    if (e->parent >= 0 && e->nword > 0 && word_is(s, e->word[0], "THE")) {
        const dy_ne *p = &s->ne[e->parent];
        for (int32_t m = 0; m < p->nmember; m++) {
            const dy_ne *o = &s->ne[p->member + m];
            char cc[4];
            if (o != e && o->ncode > 0 && o->actor_leaf >= 0) {
                country_of(o->code[0], cc);
                n = add_country(list, n, 2, cc);
            }
        }
        if (n != 1)
            n = 0;
    }
    int by_members = n == 1;
    for (int32_t i = 0; i < ncur && !by_members; i++)
        n = add_country(list, n, 2, cur[i].country);
    if (n == 0)
        for (int32_t i = 0; i < x->c->n; i++)
            n = add_country(list, n, 2, x->c->m[i].country);
    if (n != 1)
        return 0;
    size_t len = strlen(e->code[0]);
    char *code = dy_arena_alloc(s->arena, len + 1);
    memcpy(code, list[0], 3);
    memcpy(code + 3, e->code[0] + 3, len - 2);
    e->code[0] = code;
    e->reference = 1;
    return 1;
}

/* The plain NE made from exactly node n, or -1. */
static int32_t ne_at_node(const dy_sent *s, int32_t n)
{
    int32_t leaf = s->t->node[n].first;
    if (leaf < 0 || leaf >= s->t->nleaf)
        return -1;
    int32_t ne = s->mem_of[leaf];
    return ne >= 0 && s->ne[ne].node == n && s->ne[ne].nmember == 0 ? ne : -1;
}

/*
 * Apposition: "Lu Kang, spokesman for the Chinese Foreign Ministry," and
 * "Iran's top general, Qassem Soleimani," name one actor twice. An NP made
 * of two NPs separated by a comma (no conjunction) gives its first part
 * the second's code when the first names nobody or only the country the
 * second specifies (IRN, then IRNMIL). A name so coded is a person of the
 * story: "Lu added" later is that spokesman.
 */
static void resolve_apposition(const dy_dict *d, dy_sent *s, int32_t n, int32_t sentence,
                               dy_coref *c)
{
    const dy_tree *t = s->t;
    int32_t a = t->node[n].child, comma = a >= 0 ? t->node[a].next : -1;
    int32_t b = comma >= 0 ? t->node[comma].next : -1;
    if (a < 0 || b < 0 || t->node[a].label != DY_NP || t->node[comma].label != DY_COMMA ||
        t->node[b].label != DY_NP)
        return;
    int32_t rest = t->node[b].next;
    if (rest >= 0 && (t->node[rest].label != DY_COMMA || t->node[rest].next >= 0))
        return; /* a list ("X, Y and Z") or more */
    int32_t ea = ne_at_node(s, a), eb = ne_at_node(s, b);
    if (ea < 0 || eb < 0 || s->ne[eb].ncode != 1)
        return;
    dy_ne *x = &s->ne[ea];
    const dy_ne *y = &s->ne[eb];
    const char *yc = y->code[0];
    int null = x->ncode == 0;
    int wider = x->ncode == 1 && strlen(x->code[0]) == 3 && strlen(yc) > 3 &&
                !strncmp(x->code[0], yc, 3);
    if (!null && !wider)
        return;
    x->code[0] = yc;
    x->ncode = 1;
    x->reference = 1;
    if (x->actor_leaf < 0)
        x->actor_leaf = x->first;
    int names = 0, all = 1;
    for (int32_t k = 0; k < x->nword; k++) {
        int name = is_name_leaf(s, x->word[k]) && !is_agent_word(d, s->wid[x->word[k]]) &&
                   LEAF(s, x->word[k])->ulen >= 2;
        names += name;
        all &= name;
    }
    if (!null || !all || names == 0)
        return;
    dy_mention m;
    memset(&m, 0, sizeof m);
    m.code = yc;
    country_of(yc, m.country);
    m.actor = DY_NO_INDEX;
    m.sentence = sentence;
    m.leaf = x->first;
    m.person = 1;
    m.alias[0] = LEAF(s, x->word[0])->upper;
    m.alias[1] = x->nword > 1 ? LEAF(s, x->word[x->nword - 1])->upper : NULL;
    remember(c, &m);
}

/* ------------------------------------------------------------------ */
/* "They": the one plural actor of the sentence before                    */

/* The noun phrase subject of the sentence's main clause, or -1. */
static int32_t main_subject(const dy_sent *s)
{
    int32_t n = s->t->root;
    if (n >= 0 && s->t->node[n].label == DY_ROOT)
        n = s->t->node[n].child;
    if (n < 0 || s->t->node[n].label != DY_S)
        return -1;
    int32_t subj = -1;
    for (int32_t k = s->t->node[n].child; k >= 0; k = s->t->node[k].next) {
        if (s->t->node[k].label == DY_VP)
            return subj;
        if (s->t->node[k].label == DY_NP)
            subj = k;
    }
    return -1;
}

/* The head word of NE e: the last word of its phrase, or of the phrase's
 * first part when a PP or clause follows; -1 if unknown. */
static int32_t head_leaf(const dy_sent *s, const dy_ne *e)
{
    int32_t n = e->node;
    if (n < 0)
        return e->last - 1;
    if (s->t->node[n].child >= 0 && s->t->node[s->t->node[n].child].label == DY_NP)
        n = s->t->node[n].child;
    int32_t h = s->t->node[n].last - 1;
    while (h > s->t->node[n].first && LEAF(s, h)->tag == DY_POS)
        h--;
    return h;
}

static int plural_tag(int tag)
{
    return tag == DY_NNS || tag == DY_NNPS;
}

/* Add code to a distinct list of at most DY_NE_MAX_CODES; 0 if it is full. */
static int add_code(const char **list, int32_t *n, const char *code)
{
    for (int32_t i = 0; i < *n; i++)
        if (strcmp(list[i], code) == 0)
            return 1;
    if (*n >= DY_NE_MAX_CODES)
        return 0;
    list[(*n)++] = code;
    return 1;
}

/*
 * The actors outermost NE e names as a plural: a compound whose members
 * name two actors or more ("Xi and Kim"), a phrase coded as two ("the two
 * leaders"), or an actor with a plural head ("Houthi rebels"). Fills
 * codes; returns their number, 0 if e is no plural actor phrase.
 */
static int32_t plural_codes(const dy_sent *s, const dy_ne *e, const char **codes)
{
    int32_t n = 0;
    if (e->nmember > 0) {
        for (int32_t m = 0; m < e->nmember; m++) {
            const dy_ne *me = &s->ne[e->member + m];
            for (int32_t k = 0; k < me->ncode; k++)
                if (!add_code(codes, &n, me->code[k]))
                    return 0;
        }
        return n >= 2 ? n : 0;
    }
    if (e->ncode >= 2 || (e->ncode == 1 && plural_tag(LEAF(s, head_leaf(s, e))->tag))) {
        for (int32_t k = 0; k < e->ncode; k++)
            add_code(codes, &n, e->code[k]);
        return n;
    }
    return 0;
}

/*
 * Remember the plural actor phrases of sentence s for the next sentence's
 * "they", and whether its subject is a plural phrase naming nobody
 * ("Analysts said ...", an unresolved "They ..."): "they" may then be that
 * phrase. A subject that itself refers back to a pair ("both masters of
 * propaganda") is no other candidate.
 */
static void remember_plurals(dy_coref *c, const dy_sent *s)
{
    c->nplural = 0;
    c->nplural_codes = 0;
    c->plural_blocked = 0;
    c->plural_sentence = c->sentence;
    for (int32_t i = 0; i < s->nne; i++) {
        const dy_ne *e = &s->ne[i];
        const char *codes[DY_NE_MAX_CODES];
        if (e->parent >= 0)
            continue;
        int32_t n = plural_codes(s, e, codes);
        if (n == 0)
            continue;
        if (c->nplural++ == 0) {
            memcpy(c->plural, codes, sizeof codes[0] * (size_t)n);
            c->nplural_codes = n;
        }
    }
    int32_t subj = main_subject(s);
    int32_t ne = subj >= 0 ? s->ne_of[s->t->node[subj].first] : -1;
    if (ne >= 0 && s->ne[ne].nmember == 0 && s->ne[ne].ncode == 0) {
        const dy_ne *e = &s->ne[ne];
        int32_t h = head_leaf(s, e);
        int they = e->nword == 1 && word_is(s, e->word[0], "THEY");
        c->plural_blocked = they || (h >= 0 && plural_tag(LEAF(s, h)->tag) &&
                                     !word_is(s, e->word[0], "BOTH"));
    }
}

/*
 * "They have met four previous times" after "... Xi and Kim ...": the
 * main clause's subject "they", with no actor named before it in its
 * sentence, is the one plural actor phrase of the sentence just before
 * (none dropped in between), if that sentence has exactly one and no
 * plural subject naming nobody.
 */
static int resolve_they(const dy_coref *c, dy_sent *s, dy_ne *e)
{
    if (e->nword != 1 || e->ncode > 0 || e->nmember > 0 || LEAF(s, e->word[0])->tag != DY_PRP ||
        !word_is(s, e->word[0], "THEY"))
        return 0;
    if (c->plural_sentence < 0 || c->plural_sentence != c->sentence - 1 || c->nplural != 1 ||
        c->plural_blocked || e->node < 0 || e->node != main_subject(s))
        return 0;
    for (int32_t i = 0; i < s->nne; i++)
        if (s->ne[i].first < e->first && (s->ne[i].ncode > 0 || s->ne[i].nmember > 0))
            return 0;
    for (int32_t k = 0; k < c->nplural_codes; k++)
        e->code[k] = c->plural[k];
    e->ncode = c->nplural_codes;
    e->reference = 1;
    return 1;
}

/*
 * Resolve the references of sentence s (its NEs coded by actors.c) against
 * the story so far, then remember the actors it names. Phrases that name an
 * actor themselves are left alone, except that an earlier person's name
 * word before that actor wins ("Kim's talks with Trump").
 */
void dy_coref_sentence(dy_coref *c, const dy_dict *d, dy_sent *s, uint32_t date)
{
    dy_mention cur[SENT_MAX];
    int32_t ncur = 0;
    context x = {c, cur, 0, 0};
    /* name parts first: they make mentions the other rules count */
    for (int32_t i = 0; i < s->nne; i++) {
        dy_ne *e = &s->ne[i];
        if (e->nmember > 0)
            continue;
        x.before = e->first;
        resolve_name_part(d, s, e, &x);
    }
    for (int32_t n = 0; n < s->t->nnode; n++)
        if (s->t->node[n].label == DY_NP)
            resolve_apposition(d, s, n, c->sentence, c);
    for (int32_t i = 0; i < s->nne && ncur < SENT_MAX; i++)
        ncur += mention_of(d, s, &s->ne[i], c->sentence, &cur[ncur]);
    x.ncur = ncur;
    for (int32_t i = 0; i < s->nne; i++) {
        dy_ne *e = &s->ne[i];
        if (e->nmember > 0 || e->reference)
            continue;
        x.before = e->first;
        if (!resolve_compass(d, s, e, &x) && !resolve_the_country(d, s, e, &x) &&
            !resolve_two(d, s, e, &x, date) && !resolve_they(c, s, e))
            resolve_agent(s, e, &x, cur, ncur);
    }
    for (int32_t i = 0; i < ncur; i++)
        remember(c, &cur[i]);
    remember_plurals(c, s);
    c->sentence++;
}

/* ------------------------------------------------------------------ */
/* Commentary: people whose words are not coded                          */

static int name_char(unsigned char ch)
{
    return isalpha(ch) || ch == '-' || ch == '\'' || ch >= 0x80;
}

static void add_voice(dy_coref *c, const char *w, size_t n)
{
    if (n < 2 || c->nvoice >= 64)
        return;
    if (c->nvoice == c->voice_cap) {
        int32_t cap = c->voice_cap ? c->voice_cap * 2 : 8;
        const char **nv = DY_ARENA_NEW(c->arena, const char *, (size_t)cap);
        if (c->nvoice)
            memcpy(nv, c->voice, sizeof *nv * (size_t)c->nvoice);
        c->voice = nv;
        c->voice_cap = cap;
    }
    char *u = dy_arena_alloc(c->arena, n + 1);
    for (size_t i = 0; i < n; i++)
        u[i] = (char)toupper((unsigned char)w[i]);
    u[n] = 0;
    c->voice[c->nvoice++] = u;
}

/*
 * Sentence `text` was discarded because of `phrase` (upper case, as the
 * discards list writes it). If a name stands in apposition just before the
 * phrase ("Yang Moo-Jin, a professor at"), remember its words: that
 * person's later words are not coded either.
 */
void dy_coref_discarded(dy_coref *c, const char *text, size_t len, const char *phrase)
{
    c->prev_silent = 1;
    c->plural_sentence = -1; /* "they" may be someone of the dropped sentence */
    size_t pl = phrase ? strlen(phrase) : 0;
    if (pl == 0 || pl > len)
        return;
    for (size_t i = 0; i + pl <= len; i++) {
        if (strncasecmp(text + i, phrase, pl) != 0 || (i > 0 && name_char((unsigned char)text[i - 1])))
            continue;
        size_t j = i;
        while (j > 0 && text[j - 1] == ' ')
            j--;
        if (j == 0 || text[j - 1] != ',')
            continue;
        j--;
        /* up to four capitalised words before the comma */
        for (int words = 0; words < 4; words++) {
            while (j > 0 && text[j - 1] == ' ')
                j--;
            size_t end = j;
            while (j > 0 && name_char((unsigned char)text[j - 1]))
                j--;
            if (j == end || !isupper((unsigned char)text[j]))
                break;
            add_voice(c, text + j, end - j);
        }
    }
}

static int is_voice(const dy_coref *c, const char *upper)
{
    for (int32_t i = 0; i < c->nvoice; i++)
        if (strcmp(c->voice[i], upper) == 0)
            return 1;
    return 0;
}

/* Does text (trimmed) begin with an opening quote and end with a closing one? */
static int all_quoted(const char *text, size_t len)
{
    while (len > 0 && isspace((unsigned char)text[len - 1]))
        len--;
    while (len > 0 && isspace((unsigned char)*text))
        text++, len--;
    int open = (len >= 1 && text[0] == '"') ||
               (len >= 3 && !memcmp(text, "\xe2\x80\x9c", 3));
    int close = (len >= 1 && text[len - 1] == '"') ||
                (len >= 3 && !memcmp(text + len - 3, "\xe2\x80\x9d", 3));
    return len > 2 && open && close;
}

/*
 * Is sentence s (text/len) commentary the story already showed is not to
 * be coded: a sentence whose subject is only the name of a person whose
 * words are not coded ("..., Yang said."), or a sentence all in quotes
 * right after one that was not coded? Updates the story's state.
 */
int dy_coref_commentary(dy_coref *c, const dy_sent *s, const char *text, size_t len)
{
    int silent = c->prev_silent && all_quoted(text, len);
    for (int32_t i = 0; i < s->nne && !silent && c->nvoice > 0; i++) {
        const dy_ne *e = &s->ne[i];
        if (e->nmember > 0 || e->ncode > 0 || e->nword == 0 || e->node < 0)
            continue;
        int32_t p = s->t->node[e->node].parent;
        if (p < 0 || (s->t->node[p].label != DY_S && s->t->node[p].label != DY_SINV))
            continue;
        int all = 1;
        for (int32_t k = 0; k < e->nword && all; k++)
            all = is_name_leaf(s, e->word[k]) && is_voice(c, LEAF(s, e->word[k])->upper);
        silent = all;
    }
    c->prev_silent = silent;
    if (silent)
        c->plural_sentence = -1;
    return silent;
}
