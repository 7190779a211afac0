/*
 * roles.h — test helpers: a sentence of raw text analysed as dyad code
 * analyses it, and the properties of its tree the coder depends on, read
 * the way the coder reads them: the subject and object of a verb, and
 * whether a span is one phrase. Tests state those properties in tables
 * (struct role_case, struct phrase_case) instead of whole trees, so that
 * one table row is one sentence and one claim about it.
 *
 * The head of a noun phrase, as written in the tables, is the phrase
 * without its post-modifiers: for (NP (NP Trump) (PP of ...)) it is
 * "Trump", for an appositive (NP (NP Goma) , (NP the largest city) ,) it
 * is "Goma"; a coordination (NP (NP A) (CC and) (NP B)) is its own head
 * ("A and B"), and so is a possessive's owner's phrase ("Iran 's top
 * security official"). Words are the tokenizer's, joined by one space.
 * (Include testutil.h first.)
 */
#ifndef DYAD_TESTS_ROLES_H
#define DYAD_TESTS_ROLES_H

#include <stdio.h>
#include <string.h>

#include "base/arena.h"
#include "base/buf.h"
#include "lang/analyse.h"
#include "text/token.h"

#define ROLES_MAX_LEAVES 512

/* One sentence and what the coder must find in its tree. */
typedef struct role_case {
    const char *text;     /* the sentence, raw */
    const char *verb;     /* a verb of it, as written (its first use as a verb) */
    const char *subject;  /* the head of its subject ("" for none) */
    const char *object;   /* the head of its first NP object ("" for none; NULL: not checked) */
} role_case;

/* One sentence and a span of it that must be one phrase with this label. */
typedef struct phrase_case {
    const char *text;
    const char *label;    /* "NP", "VP", "SBAR", ... */
    const char *phrase;   /* its words, joined by one space */
} phrase_case;

/* The analysed sentence the queries below read (one at a time). */
typedef struct roles_sentence {
    char text[2048];
    dy_leaf leaf[ROLES_MAX_LEAVES];
    dy_tree tree;
    dy_arena arena;
    dy_analyser *analyser;
    dy_buf penn;
    dy_buf words;
} roles_sentence;

static roles_sentence roles_s;

/* Analyse text (tokenized as dyad code does); the tree stays in roles_s. */
static inline void roles_analyse(const char *text)
{
    roles_sentence *r = &roles_s;
    if (!r->analyser) {
        r->analyser = dy_analyser_new();
        dy_arena_init(&r->arena, 0);
    }
    dy_arena_reset(&r->arena);
    snprintf(r->text, sizeof r->text, "%s", text);
    size_t len = strlen(r->text);
    dy_tokens tv = DY_TOKENS_INIT;
    dy_tokenize(r->text, 0, len, &tv);
    size_t n = tv.n < ROLES_MAX_LEAVES ? tv.n : ROLES_MAX_LEAVES;
    for (size_t i = 0; i < n; i++) {
        const dy_token *t = &tv.v[i];
        memset(&r->leaf[i], 0, sizeof r->leaf[i]);
        r->leaf[i].text = r->text + t->start;
        r->leaf[i].len = t->end - t->start;
        r->leaf[i].upper = dy_arena_strndup(&r->arena, dy_token_norm(&tv, i), t->norm_len);
        r->leaf[i].ulen = t->norm_len;
        r->leaf[i].start = (int32_t)t->start;
        r->leaf[i].end = (int32_t)t->end;
    }
    dy_tokens_free(&tv);
    assert_int_equal(dy_analyse(r->analyser, r->leaf, n, &r->arena, &r->tree), 0);
}

/* Release what roles_analyse keeps between calls. */
static inline void roles_done(void)
{
    roles_sentence *r = &roles_s;
    dy_analyser_free(r->analyser);
    if (r->analyser)
        dy_arena_free(&r->arena);
    r->analyser = NULL;
    dy_buf_free(&r->penn);
    dy_buf_free(&r->words);
}

static inline const dy_node *roles_node(int32_t n)
{
    return &roles_s.tree.node[n];
}

/* The words under node n ("" for -1), in a buffer valid until the next call. */
static inline const char *roles_words(int32_t n)
{
    dy_buf *b = &roles_s.words;
    dy_buf_clear(b);
    dy_buf_adds(b, "");
    if (n < 0)
        return b->data;
    for (int32_t k = roles_node(n)->first; k < roles_node(n)->last; k++) {
        if (k > roles_node(n)->first)
            dy_buf_addc(b, ' ');
        dy_buf_add(b, roles_s.tree.leaf[k].text, roles_s.tree.leaf[k].len);
    }
    return b->data;
}

/* The tree in one-line Penn form, for failure messages. */
static inline const char *roles_penn(void)
{
    dy_buf_clear(&roles_s.penn);
    dy_tree_to_penn(&roles_s.tree, roles_s.tree.root, &roles_s.penn);
    return roles_s.penn.data;
}

static inline int roles_is_verb_tag(int t)
{
    return t == DY_MD || (t >= DY_VB && t <= DY_VBZ);
}

/* The preterminal of the first leaf written `word` that is tagged a verb, or -1. */
static inline int32_t roles_verb(const char *word)
{
    const dy_tree *t = &roles_s.tree;
    for (int32_t v = 0; v < t->nnode; v++) {
        const dy_node *n = &t->node[v];
        if (n->leaf < 0 || !roles_is_verb_tag(n->label))
            continue;
        const dy_leaf *l = &t->leaf[n->leaf];
        if (l->len == strlen(word) && memcmp(l->text, word, l->len) == 0)
            return v;
    }
    return -1;
}

/* The label of the last child of node n (0 if none). */
static inline int roles_last_label(int32_t n)
{
    int label = 0;
    for (int32_t c = roles_node(n)->child; c >= 0; c = roles_node(c)->next)
        label = roles_node(c)->label;
    return label;
}

/* Is n "name of name" (The Bank of England), which the coder reads whole? */
static inline int roles_name_of_name(int32_t n)
{
    int32_t first = roles_node(n)->child;
    int32_t pp = first >= 0 ? roles_node(first)->next : -1;
    if (pp < 0 || roles_node(pp)->label != DY_PP || roles_node(pp)->child < 0)
        return 0;
    int32_t in = roles_node(pp)->child, object = roles_node(in)->next;
    const dy_leaf *of = &roles_s.tree.leaf[roles_node(in)->first];
    while (object >= 0 && roles_node(object)->label == DY_NP && roles_node(object)->child >= 0 &&
           roles_node(roles_node(object)->child)->label == DY_NP)
        object = roles_node(object)->child;
    int head = roles_last_label(first);
    int of_head = object >= 0 && roles_node(object)->label == DY_NP ? roles_last_label(object) : 0;
    return of->len == 2 && memcmp(of->text, "of", 2) == 0 && (head == DY_NNP || head == DY_NNPS) &&
           (of_head == DY_NNP || of_head == DY_NNPS);
}

/* The head of NP n: into its first NP child, unless n is a coordination,
 * a name of a name, or that child is a possessive owner ("Iran 's"). */
static inline int32_t roles_head(int32_t n)
{
    while (n >= 0 && roles_node(n)->label == DY_NP) {
        int32_t first = roles_node(n)->child;
        int coordinated = 0;
        for (int32_t c = first; c >= 0; c = roles_node(c)->next)
            coordinated |= roles_node(c)->label == DY_CC;
        if (first < 0 || roles_node(first)->label != DY_NP || coordinated ||
            roles_name_of_name(n) || roles_last_label(first) == DY_POS)
            break;
        n = first;
    }
    return n;
}

/*
 * The subject of the clause of verb preterminal v: up through the verb
 * phrases to the clause; there the nearest NP before them (after them in
 * an SINV). -1 if the clause has none (an infinitive, a participle, a
 * relative clause's gap).
 */
static inline int32_t roles_subject(int32_t v)
{
    int32_t n = roles_node(v)->parent;
    while (n >= 0 && roles_node(n)->parent >= 0 &&
           roles_node(roles_node(n)->parent)->label == DY_VP)
        n = roles_node(n)->parent;
    int32_t s = n >= 0 ? roles_node(n)->parent : -1;
    if (s < 0)
        return -1;
    int l = roles_node(s)->label;
    int32_t before = -1;
    for (int32_t c = roles_node(s)->child; c >= 0 && c != n; c = roles_node(c)->next)
        if (roles_node(c)->label == DY_NP && !(roles_node(c)->flags & DY_NODE_TMP))
            before = c;
    if (l == DY_SINV && before < 0)
        for (int32_t c = roles_node(n)->next; c >= 0; c = roles_node(c)->next)
            if (roles_node(c)->label == DY_NP)
                return c;
    return l == DY_S || l == DY_SINV || l == DY_SQ ? before : -1;
}

/* The first NP object of verb preterminal v in its own VP (the NP of an
 * "urged X to" clause counts), or -1. */
static inline int32_t roles_object(int32_t v)
{
    for (int32_t c = roles_node(v)->next; c >= 0; c = roles_node(c)->next) {
        int l = roles_node(c)->label;
        if (l == DY_NP && !(roles_node(c)->flags & DY_NODE_TMP))
            return c;
        int32_t first = roles_node(c)->child;
        if (l == DY_S && first >= 0 && roles_node(first)->label == DY_NP)
            return first;
    }
    return -1;
}

/* Is there a node labelled label spanning exactly the words phrase? */
static inline int roles_has_phrase(const char *label, const char *phrase)
{
    const dy_tree *t = &roles_s.tree;
    for (int32_t v = 0; v < t->nnode; v++)
        if (strcmp(dy_label_name((dy_label)t->node[v].label), label) == 0 &&
            strcmp(roles_words(v), phrase) == 0)
            return 1;
    return 0;
}

/* Check one role_case; on a mismatch print why and return 0. */
static inline int roles_check(const role_case *c)
{
    roles_analyse(c->text);
    int32_t v = roles_verb(c->verb);
    const char *why = NULL;
    char got[512] = "";
    if (v < 0) {
        why = "no such verb";
    } else {
        snprintf(got, sizeof got, "%s", roles_words(roles_head(roles_subject(v))));
        if (strcmp(got, c->subject) != 0) {
            why = "subject";
        } else if (c->object) {
            snprintf(got, sizeof got, "%s", roles_words(roles_head(roles_object(v))));
            if (strcmp(got, c->object) != 0)
                why = "object";
        }
    }
    if (!why)
        return 1;
    print_error("%s of \"%s\": got \"%s\" in: %s\n  %s\n", why, c->verb, got, c->text,
                roles_penn());
    return 0;
}

/* Check one phrase_case; on a mismatch print the tree and return 0. */
static inline int roles_check_phrase(const phrase_case *c)
{
    roles_analyse(c->text);
    if (roles_has_phrase(c->label, c->phrase))
        return 1;
    print_error("no %s \"%s\" in: %s\n  %s\n", c->label, c->phrase, c->text, roles_penn());
    return 0;
}

/* Check every row of a table of n role_cases; fails the test if any fails. */
static inline void roles_check_all(const role_case *c, size_t n)
{
    size_t bad = 0;
    for (size_t i = 0; i < n; i++)
        bad += !roles_check(&c[i]);
    roles_done();
    assert_int_equal(bad, 0);
}

/* The same for phrase_cases. */
static inline void roles_check_phrases(const phrase_case *c, size_t n)
{
    size_t bad = 0;
    for (size_t i = 0; i < n; i++)
        bad += !roles_check_phrase(&c[i]);
    roles_done();
    assert_int_equal(bad, 0);
}

#define ROLES_N(table) (sizeof(table) / sizeof((table)[0]))

#endif
