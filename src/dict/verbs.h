/*
 * verbs.h — what the verbs-file reader (verbs.c) and the pattern parser
 * (patterns.c) share: the state of the file being read.
 */
#ifndef DY_DICT_VERBS_H
#define DY_DICT_VERBS_H

#include <stddef.h>
#include <stdint.h>

#include "dict/build.h"

typedef struct dy_verbs_reader {
    dy_builder *b;
    int dialect;          /* DY_DIALECT_TABARI or DY_DIALECT_PETRARCH2 */
    long line;
    uint32_t block;       /* current block, DY_NO_INDEX before the first */
    uint32_t synset;      /* synset whose members are being read, or DY_NO_INDEX */
    uint32_t first_synset; /* synsets of this file start here */
    /* scratch for the separators before pattern tokens */
    DY_VEC(uint8_t, sep);
} dy_verbs_reader;

uint32_t dy_verbs_find_synset(dy_verbs_reader *r, const char *name, size_t n);
void dy_verbs_pattern(dy_verbs_reader *r, const char *s, size_t n);
void dy_verbs_transform(dy_verbs_reader *r, const char *s, size_t n);

#endif
