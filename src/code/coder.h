/*
 * coder.h — the coder inside the library: what the CLI's `code`,
 * `validate` and `explain` use beyond the public API of include/dyad.h.
 *
 * A dyad_coder holds one thread's working state: the story arena, the tree
 * builder, the event list. The dictionaries (dy_dict) are shared, read-only.
 */
#ifndef DY_CODE_CODER_H
#define DY_CODE_CODER_H

#include "lang/tree.h"
#include "dyad.h"
#include "code/event.h"
#include "code/sent.h"
#include "code/tabari.h"
#include "dict/dict.h"

/* Trees nested deeper than this are refused (the rules recurse over the
 * tree; no real sentence comes near it). */
#define DY_CODE_MAX_DEPTH 1000

/* Sentences of more words (tree leaves) than this are refused too: as many
 * as the longest sentence `dyad code` splits off can have (DY_SENT_MAX_BYTES,
 * 8 KiB, a word being at least a byte), so only a parse or a whole text
 * coded as one sentence (`dyad validate`, `dyad explain`) can reach it.
 * Some rules look at a clause's parts for each of its verbs; this bound
 * keeps their cost, and any such rule's to come, within a constant. */
#define DY_CODE_MAX_WORDS 8192

/* Outcome of coding one sentence. */
typedef enum dy_sent_status {
    DY_SENT_CODED = 0,        /* coded (possibly with no events) */
    DY_SENT_DISCARDED,        /* a discard phrase matched: sentence skipped */
    DY_SENT_STORY_DISCARDED,  /* a + discard matched: the whole story is skipped */
    DY_SENT_BAD_PARSE,        /* the given parse could not be read */
    DY_SENT_NO_TREE           /* no tree could be made (empty sentence) */
} dy_sent_status;

/* What `dyad explain` shows of one sentence (kept only when asked for). */
typedef struct dy_trace {
    const dy_tree *tree;
    const dy_sent *sent;
    const dy_verb_note *notes;
    int32_t nnotes;
    const char *discard;      /* the discard phrase that matched, or NULL */
} dy_trace;

dyad_dicts *dy_dicts_wrap(dy_dict *d);
void dy_coder_options_from_dict(const dy_dict *d, dyad_options *o);
const dy_dict *dy_dicts_get(const dyad_dicts *d);

void dy_coder_begin_story(dyad_coder *c, const char *story_id, int date, const char *text,
                          size_t len);
dy_sent_status dy_coder_code_tree(dyad_coder *c, int sentence, const dy_tree *t,
                                  const char *text, size_t len, dy_trace *trace);
dy_sent_status dy_coder_code_parse_text(dyad_coder *c, int sentence, const char *parse,
                                        const char *text, size_t len, dy_trace *trace);
dy_sent_status dy_coder_code_text(dyad_coder *c, int sentence, const char *text, size_t len,
                                  dy_trace *trace);
dy_arena *dy_coder_arena(dyad_coder *c);
const dyad_options *dy_coder_options(const dyad_coder *c);
const char *dy_coder_discard(const dyad_dicts *d, const char *text, size_t len, int *story);

#endif
