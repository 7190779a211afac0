/*
 * tabari.h — coding one sentence with TABARI-dialect patterns (CODING-RULES §1–§2).
 */
#ifndef DY_CODE_TABARI_H
#define DY_CODE_TABARI_H

#include "lang/tree.h"
#include "code/sent.h"
#include "dict/dict.h"

/*
 * UPPER and LOWER are read at most this many live words away from the
 * verb. Every verb candidate matches its block's patterns against both
 * sides, so without a bound a sentence of n verbs costs n^2 (a parse of
 * 5,000 verb phrases took minutes); with it the cost is linear in the
 * sentence. News sentences come nowhere near it: the longest sides of the
 * 1M-sentence bench corpus and the example articles are 46 and 39 words.
 */
#define DY_TABARI_MAX_SIDE 128

/* A raw event of one sentence, before texts, spans and CAMEO data are added. */
typedef struct dy_raw_event {
    const char *source, *target, *code;
    int32_t source_ne, target_ne;   /* NE indexes, -1 if none */
    int32_t verb_first, verb_last;  /* leaves of the verb (multi-word verbs: all words) */
    uint32_t pattern;               /* dict pattern index, DY_NONE: the verb's own code */
    uint32_t verb;                  /* dict verb index */
    unsigned flags;                 /* DY_EVENT_* */
} dy_raw_event;

/* Why a verb candidate did or did not give events (for `dyad explain`). */
typedef struct dy_verb_note {
    int32_t leaf;                   /* the verb's leaf */
    uint32_t verb, pattern;         /* dict indexes, DY_NONE if none */
    const char *code;               /* the code chosen ("---": none) */
    int passive;
    int32_t source_ne, target_ne;
    int nevents;
    const char *why;                /* static text: what happened */
} dy_verb_note;

typedef struct dy_tabari_ctx {
    const dy_dict *d;
    dy_sent *s;
    int require_dyad;
    int new_actor_length;
    /* results */
    dy_raw_event *ev;
    int32_t nev, ev_cap;
    dy_verb_note *note;             /* NULL: no notes kept */
    int32_t nnote, note_cap;
    /* per node: a clause's subject NP once looked up (-2: not yet);
       made by dy_tabari_code */
    int32_t *subject;
} dy_tabari_ctx;

void dy_tabari_code(dy_tabari_ctx *c);
void dy_tabari_note(dy_tabari_ctx *c, const dy_verb_note *n);
uint32_t dy_tabari_find_form(const dy_tabari_ctx *c, int32_t leaf, int32_t *first, int32_t *last);
int dy_tabari_emit(dy_tabari_ctx *c, const dy_raw_event *proto, int32_t src, int32_t tgt,
                   const char *code_a, const char *code_b);

#endif
