/*
 * coref.h — references inside a story: "Kim" after "Kim Jong Un", "the
 * North" in a story about North Korea, "the country", "the two leaders",
 * agents without a country ("police", "protesters") where the story
 * names only one country, and "they" after a sentence naming one plural
 * actor ("Xi and Kim").
 *
 * A dy_coref lives in the coder and remembers the actors each sentence of
 * the current story named. Before a sentence's verbs are coded, its actor
 * phrases that name no actor are resolved against that memory where the
 * story makes the reference unambiguous; otherwise they stay as they are.
 */
#ifndef DY_CODE_COREF_H
#define DY_CODE_COREF_H

#include <stdint.h>

#include "base/arena.h"
#include "code/sent.h"
#include "dict/dict.h"

/* An actor named in the story. */
typedef struct dy_mention {
    const char *code;      /* its (first) code */
    char country[4];       /* the country its code begins with, "" if none */
    uint32_t actor;        /* dictionary actor, DY_NO_INDEX if none */
    dy_word first_word;    /* first word of the name ("NORTH" of North Korea) */
    const char *alias[2];  /* words of a name usable alone later (upper case), NULL if none */
    int32_t sentence;      /* story sentence it was seen in, from 0 */
    int32_t leaf;          /* its first leaf in that sentence */
    uint8_t person;        /* a person's name (an office holder with dated codes) */
    uint8_t place;         /* named as a place ("met in Hanoi"), not as a party */
} dy_mention;

typedef struct dy_coref {
    dy_arena *arena;       /* the story arena: reset with the story */
    dy_mention *m;
    int32_t n, cap;
    int32_t sentence;      /* sentences seen in this story */
    const char **voice;    /* names (upper case) of people whose words are not coded */
    int32_t nvoice, voice_cap;
    int prev_silent;       /* the last sentence was not coded as commentary or discard */
    /* the plural actor phrases of the last sentence ("Xi and Kim"), for "they" */
    const char *plural[DY_NE_MAX_CODES]; /* the codes of the one such phrase */
    int32_t nplural_codes;
    int32_t nplural;       /* how many such phrases it had */
    int32_t plural_sentence; /* its number (dy_coref.sentence then), -1: none usable */
    uint8_t plural_blocked; /* its subject is a plural phrase that names nobody */
} dy_coref;

void dy_coref_begin(dy_coref *c, dy_arena *arena);
void dy_coref_sentence(dy_coref *c, const dy_dict *d, dy_sent *s, uint32_t date);
void dy_coref_discarded(dy_coref *c, const char *text, size_t len, const char *phrase);
int dy_coref_commentary(dy_coref *c, const dy_sent *s, const char *text, size_t len);

#endif
