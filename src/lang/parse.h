/*
 * parse.h — the phrase analyser's internals: a deterministic parser over
 * tagged tokens that builds Penn-Treebank-shaped phrases.
 *
 * The parser reads left to right with a little lookahead and never
 * backtracks more than one try (a list or an appositive). It is a set of
 * mutually recursive functions, one per phrase kind:
 *
 *   clause.c   sentences, clauses, SBAR, reported speech, coordination
 *   vp.c       verb groups (modals, auxiliaries, to-infinitives) and the
 *              complements of a verb
 *   np.c       noun phrases: base NPs, possessives, post-modifiers,
 *              appositives, lists and coordination
 *   pp.c       prepositional phrases and adjective phrases
 *   ptree.c    the scratch tree these build, and its copy into a dy_tree
 *
 * Phrases are built bottom-up in a scratch node array that the analyser
 * reuses from sentence to sentence; a finished parse is copied into a
 * dy_tree with dy_tree_builder. Every function consumes tokens in order
 * and attaches them in order, so leaves stay in sentence order.
 */
#ifndef DY_LANG_PARSE_H
#define DY_LANG_PARSE_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "lang/tagger.h"
#include "lang/tree.h"

/* Deeper than this, phrase functions give up and tokens are attached flat. */
#define DY_PARSE_MAX_DEPTH 48

/*
 * The same once a sentence has cost more than this many nodes per token
 * (and DY_PARSE_WORK_MIN more): the nodes of undone attempts count, so a
 * sentence whose lists and appositives nest and fail inside each other
 * cannot take exponential time ("envoys of Arnor, old men of Gondor, old
 * men of Gondor, ..., old men who lost tanks": 16 items made 3 million
 * nodes for 90 words, 20 items took 8.5 s, 22 over a minute). News
 * sentences make 2 to 6 per token: none of the bench corpus's million comes
 * near it. Past the budget, the rest is attached flat, in time linear in
 * the sentence.
 */
#define DY_PARSE_WORK_PER_TOKEN 32
#define DY_PARSE_WORK_MIN 256

/* Must a phrase function give up (too deep, or over the work budget)? */
#define PT_GIVE_UP(p) (++(p)->depth > DY_PARSE_MAX_DEPTH || (p)->work > (p)->budget)

typedef struct pnode {
    uint16_t label;
    uint16_t flags;      /* DY_NODE_* */
    int32_t leaf;        /* token index of a preterminal, -1 for a phrase */
    int32_t child, last; /* first and last child, -1 if none */
    int32_t next;        /* next sibling */
    int32_t parent;
} pnode;

typedef struct parser {
    const dy_tword *w;
    size_t n;
    size_t pos;          /* next token to read */
    pnode *node;
    size_t nnode, node_cap;
    int depth;
    int in_subject;      /* parsing a subject: its verb is still to come */
    int in_adverbial;    /* parsing adverbials before a clause's subject */
    int in_of;           /* in the object of "of": 1 after a noun, 2 after a name (of_pp) */
    size_t work;         /* nodes made for this sentence, undone ones included */
    size_t budget;       /* past this much work nothing more is tried and undone */
} parser;

/* Where a noun phrase stands; decides what may attach to it. */
typedef enum np_role {
    NP_SUBJ,   /* subject: PPs attach to it (Soldiers from Gondor) */
    NP_OBJ,    /* object of a verb: only of-PPs attach */
    NP_POBJ,   /* object of a preposition */
    NP_PRED,   /* after a form of BE */
    NP_MEMBER, /* a member of a list or coordination */
    NP_APPOS   /* an appositive: ", the state's fiercest foe in years," */
} np_role;

/* ptree.c */
void pt_reset(parser *p, const dy_tword *w, size_t n);
int32_t pt_phrase(parser *p, dy_label label);
int32_t pt_leaf(parser *p, size_t token);
int32_t pt_take(parser *p);
void pt_add(parser *p, int32_t parent, int32_t child);
int32_t pt_wrap(parser *p, dy_label label, int32_t child);
int32_t pt_pair(parser *p, dy_label label, int32_t a, int32_t b);
int pt_is_leaf_label(const parser *p, int32_t node, dy_label label);
int pt_child_count(const parser *p, int32_t node);
size_t pt_first_token(const parser *p, int32_t node);
void pt_adopt(parser *p, int32_t to, int32_t from);
int32_t pt_detach_last(parser *p, int32_t parent);
int pt_emit(const parser *p, int32_t root, dy_tree_builder *b, const dy_leaf *leaves, dy_tree *out);

/* token tests, inline: the parser asks them for every token, often */
static inline int tag_at(const parser *p, size_t i)
{
    return i < p->n ? p->w[i].tag : 0;
}

static inline int word_at(const parser *p, size_t i, const char *upper)
{
    if (i >= p->n)
        return 0;
    const dy_leaf *l = p->w[i].leaf;
    return l->upper[0] == upper[0] && strcmp(l->upper, upper) == 0;
}

static inline uint32_t flags_at(const parser *p, size_t i)
{
    return i < p->n ? p->w[i].lex.flags : 0;
}

static inline int is_noun(int t)
{
    return t == DY_NN || t == DY_NNS || t == DY_NNP || t == DY_NNPS;
}

static inline int is_finite(int t)
{
    return t == DY_VBD || t == DY_VBZ || t == DY_VBP || t == DY_MD;
}

static inline int is_verb(int t)
{
    return t >= DY_VB && t <= DY_VBZ;
}

static inline int is_adverb(int t)
{
    return t == DY_RB || t == DY_RBR || t == DY_RBS;
}

static inline int is_adjective(int t)
{
    return t == DY_JJ || t == DY_JJR || t == DY_JJS;
}

/* clause.c */
int np_starts(const parser *p, size_t i);
int clause_starts(const parser *p, size_t i);
int finite_ahead(const parser *p, size_t i);
int object_gap_clause(const parser *p, size_t i, int strict);
int at_end(const parser *p, size_t i);
int told_whom(const parser *p, size_t i);
int list_then_verb(const parser *p, size_t i);
int clause_follows(const parser *p, size_t i);

/* clause.c */
int32_t parse_clause(parser *p);
int32_t parse_sbar(parser *p);
int32_t parse_sentence(parser *p);

/* vp.c */
int32_t parse_vp(parser *p);
int starts_verb_group(const parser *p, size_t i);

/* np.c */
int32_t parse_np(parser *p, np_role role);
int32_t parse_base_np(parser *p);
size_t quantity_prefix(const parser *p, size_t i);
int np_head_tag(const parser *p, int32_t np);
int32_t mark_time_np(parser *p, int32_t np);
int32_t measure_phrase(parser *p, int32_t np);

/* pp.c */
int32_t parse_pp(parser *p, np_role role);
int32_t parse_adjp(parser *p);
int32_t parse_advp(parser *p);
int starts_pp(const parser *p, size_t i);

#endif
