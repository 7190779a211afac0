/*
 * event.h — the event record the coder produces and the writers print.
 *
 * One record per (source, target, code) coded from one sentence. Every
 * string is owned by the coder's per-story arena and stays valid until the
 * next story is coded (or the coder is freed). Byte spans are offsets into
 * the story text as given to the coder; -1 when the word could not be
 * placed in the text (e.g. a --parse leaf that differs from the text).
 *
 * The public API (include/dyad.h) hands out this same struct as
 * dyad_event, so the field names are part of the library's interface:
 * keep them stable.
 */
#ifndef DY_CODE_EVENT_H
#define DY_CODE_EVENT_H

#include <stdint.h>

#include "dyad.h"

typedef dyad_span dy_span;
typedef dyad_event dy_event;

/* Event flags (dyad_event.flags). */
enum {
    DY_EVENT_PASSIVE = 1,   /* the verb was read in the passive voice */
    DY_EVENT_PAIRED = 2,    /* the second half of an [A:B] pair (target → source) */
    DY_EVENT_PATTERN = 4,   /* a pattern fired (else the verb's own code) */
    DY_EVENT_NEW_ACTOR = 8  /* an actor was coded from its text (new_actor_length) */
};

#endif
