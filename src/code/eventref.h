/*
 * eventref.h — event references inside a story: "the accusation", "the
 * attack", "the talks" standing for an event the story just reported.
 *
 * "The United States accused Pyongyang of ... The Chinese foreign ministry
 * rejected the accusation": the accusation is the United States'. Before a
 * sentence's verbs are coded, an actor phrase that is a definite event noun
 * with no actor of its own is given the actors of the one matching event
 * of the last few sentences (the accuser, the attacker; both parties of
 * talks or an agreement), so that it can be the target. Nothing is done
 * when no such event, or events of different actors, match.
 */
#ifndef DY_CODE_EVENTREF_H
#define DY_CODE_EVENTREF_H

#include <stddef.h>

#include "code/event.h"
#include "code/sent.h"

/* How many sentences back an event may be referred to ("the last few"). */
#define DY_EVENTREF_WINDOW 3

int dy_eventref_sentence(dy_sent *s, int sentence, const dy_event *ev, size_t nev);

#endif
