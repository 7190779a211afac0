/*
 * sent.h — the coder's working view of one sentence.
 *
 * Built from a dy_tree (raw-text analysis or a --parse tree alike), this is
 * what the TABARI-dialect rules of CODING-RULES.md work on: the words in
 * reading order, the actor phrases (NE) the noun phrases become, compounds
 * (NEC) with their members, and which words the comma-clause rule deleted.
 * Everything is allocated from the story arena; nothing here is freed
 * separately.
 */
#ifndef DY_CODE_SENT_H
#define DY_CODE_SENT_H

#include <stdint.h>

#include "base/arena.h"
#include "base/intern.h"
#include "lang/tree.h"

/* Most codes one NE can carry ("X/Y" lists, compound members). */
#define DY_NE_MAX_CODES 8

/* An actor phrase: a noun phrase, a compound, or a compound's member. */
typedef struct dy_ne {
    int32_t node;        /* the NP node it was made from, -1 for bare-noun members */
    int32_t first, last; /* the leaves it spans, [first, last) */
    int32_t *word;       /* leaf indices of the words it is coded from, in order */
    int32_t nword;
    int32_t parent;      /* the compound it is a member of, or -1 */
    int32_t member;      /* compound: index of its first member NE */
    int32_t nmember;     /* compound: number of members (0: not a compound) */
    /* filled when codes are assigned */
    const char *code[DY_NE_MAX_CODES]; /* codes ("X/Y" split); ncode 0: a null NE */
    int32_t ncode;
    int32_t actor_leaf;  /* first leaf of the actor phrase that coded it, -1 */
    int32_t actor_end;   /* leaf after the actor phrase's last word, -1 */
    uint32_t actor;      /* the dictionary actor that coded it, DY_NO_INDEX (0xFFFFFFFF) */
    uint8_t new_actor;   /* code made from the text (new_actor_length) */
    uint8_t reference;   /* coded from the story context (coref.c), not by a name */
    uint8_t event_ref;   /* an event noun standing for its event's actors
                            (eventref.c): the target only of its own verb */
    uint8_t adjectival;  /* compound of coordinated adjectives ("Russian and
                            Chinese bombers"): kept only if 2+ members code */
} dy_ne;

/* The working view. */
typedef struct dy_sent {
    const dy_tree *t;
    dy_arena *arena;
    dy_word *wid;        /* per leaf: word id in the dictionaries' table, 0 unknown */
    int32_t *ne_of;      /* per leaf: the outermost NE holding it, -1 */
    int32_t *mem_of;     /* per leaf: the innermost NE holding it, -1 */
    uint8_t *gone;       /* per leaf: not an item (deleted clause, possessive 's in an NE) */
    uint8_t *cut;        /* per leaf: removed with a comma clause (§2.3) */
    uint8_t *in_np;      /* per leaf: under some NP (its commas are no clause boundaries) */
    uint8_t *in_ne;      /* per node: inside (or being) an NE: not a verb candidate */
    int32_t *pre;        /* per leaf: its preterminal node */
    dy_ne *ne;
    int32_t nne, ne_cap;
} dy_sent;

void dy_sent_build(dy_sent *s, const dy_tree *t, dy_arena *arena);
void dy_sent_dissolve(dy_sent *s, int32_t ne);
int dy_sent_is_word(const dy_leaf *leaf);
int dy_sent_is_comma(const dy_sent *s, int32_t leaf);
int dy_sent_node_cut(const dy_sent *s, int32_t node);
const char *dy_sent_pp_prep(const dy_sent *s, int32_t pp);
int dy_sent_prep_is_place(const char *prep);
int dy_sent_prep_is_weak(const char *prep);
const char *dy_sent_ne_prep(const dy_sent *s, int32_t ne);
enum { DY_PP_PLACE = 1, DY_PP_DIRECTION = 2 };
int dy_sent_prep_is_direction(const char *prep);
int dy_sent_leaf_pp(const dy_sent *s, int32_t leaf, int32_t top);

/* Comma-clause sizes (CODING-RULES §2.3); a max of 0 turns that kind off. */
typedef struct dy_comma_opts {
    int min, max, bmin, bmax, emin, emax;
} dy_comma_opts;

void dy_sent_cut_commas(dy_sent *s, const dy_comma_opts *o);

#endif
