/*
 * p2_clause.h — reading the clause around a verb for the PETRARCH-2
 * dialect (CODING-RULES §3 "Where patterns match", "Roles").
 *
 * A PETRARCH-2 pattern does not look at the word sequence but at the
 * phrases around one verb: the head nouns before it (the subject), the
 * head nouns and prepositional phrases after it. dy_p2_clause collects
 * those phrases for one verb phrase; p2_match.c matches patterns against
 * them and p2.c turns the result into events.
 */
#ifndef DY_CODE_P2_CLAUSE_H
#define DY_CODE_P2_CLAUSE_H

#include "lang/tree.h"
#include "code/tabari.h"

/* At most this many phrases on one side of a verb are looked at. */
#define DY_P2_MAX_PARTS 16

/* The per-sentence state of the PETRARCH-2 coder. */
typedef struct dy_p2 {
    dy_tabari_ctx *c;
    const dy_dict *d;
    const dy_sent *s;
    const dy_tree *t;
    int32_t *node_ne;   /* per node: the NE made from that node, -1 */
    uint8_t *done;      /* per node: a VP already coded */
    int32_t *head;      /* per node: its head leaf once known (-2: not yet) */
} dy_p2;

/* The phrases one verb's patterns are matched against. */
typedef struct dy_p2_clause {
    int32_t vp;                      /* the verb phrase */
    int32_t verb;                    /* its verb leaf */
    int passive;
    int32_t subject;                 /* NP node, -1 */
    int own_subject;                 /* the subject is the clause's own, not its governor's */
    int32_t up[DY_P2_MAX_PARTS];     /* nodes pre-verb nouns match */
    int nup;
    int32_t up_pp[DY_P2_MAX_PARTS];  /* PPs pre-verb (PP) parts match */
    int nup_pp;
    int32_t low[DY_P2_MAX_PARTS];    /* nodes post-verb nouns match */
    int nlow;
    int32_t low_pp[DY_P2_MAX_PARTS]; /* PPs post-verb (PP) parts match */
    int nlow_pp;
    int32_t complement;              /* an adjective phrase after the object, -1 */
} dy_p2_clause;

void dy_p2_init(dy_p2 *p, dy_tabari_ctx *c);
int32_t dy_p2_head_verb(const dy_p2 *p, int32_t vp);
int32_t dy_p2_head_leaf(const dy_p2 *p, int32_t node);
int32_t dy_p2_pp_object(const dy_p2 *p, int32_t pp);
int32_t dy_p2_pp_prep(const dy_p2 *p, int32_t pp);
int dy_p2_is_passive(const dy_p2 *p, int32_t vp, int32_t verb);
void dy_p2_read_clause(const dy_p2 *p, int32_t vp, int32_t verb, int32_t inherited,
                       dy_p2_clause *cl);
int32_t dy_p2_np_ne(const dy_p2 *p, int32_t np);
int32_t dy_p2_actor_in(const dy_p2 *p, int32_t node);
int dy_p2_ne_coded(const dy_p2 *p, int32_t ne);
void dy_p2_default_roles(const dy_p2 *p, const dy_p2_clause *cl, int32_t *source,
                         int32_t *target, int *place);
int dy_p2_unreal(const dy_p2 *p, int32_t sbar);
int dy_p2_negation(const dy_p2 *p, int32_t node);
int dy_p2_predicative(const dy_p2 *p, int32_t adjp);
int dy_p2_participle(const dy_p2 *p, int32_t n);

#endif
