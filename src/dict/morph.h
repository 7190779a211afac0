/*
 * morph.h — the word-form rules of the reference coders (CODING-RULES §0, §1).
 *
 * These are deliberately the simple rules the dictionaries were written
 * against, not English morphology: no consonant doubling, no Y->IED.
 * Forms are written into a caller's buffer of DY_FORM_CAP bytes each; a
 * word too long for that gets only the forms that fit (the loaders report it).
 */
#ifndef DY_DICT_MORPH_H
#define DY_DICT_MORPH_H

#include <stddef.h>

#define DY_FORM_CAP 256

typedef struct dy_forms {
    int count;
    size_t len[4];
    char s[4][DY_FORM_CAP];
} dy_forms;

int dy_verb_forms(const char *v, size_t n, dy_forms *out);
size_t dy_agent_plural(const char *w, size_t n, char *out);
size_t dy_synset_plural(const char *w, size_t n, char *out);

#endif
