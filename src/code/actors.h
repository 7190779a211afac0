/*
 * actors.h — actor and agent codes for the coder's actor phrases.
 */
#ifndef DY_CODE_ACTORS_H
#define DY_CODE_ACTORS_H

#include "code/sent.h"
#include "dict/dict.h"

int dy_match_phrase(const dy_dict *d, uint32_t p, const dy_word *w, int32_t n, int32_t at,
                    const uint8_t *used, int32_t *pos);
void dy_code_ne(const dy_dict *d, dy_sent *s, dy_ne *e, uint32_t date);
void dy_code_ne_with(const dy_dict *d, dy_sent *s, dy_ne *e, const char *base, int32_t pos0,
                     int32_t pos1);
int dy_code_country_prefix(const char *code);
dy_word dy_leaf_word(const dy_dict *d, const char *upper, size_t len);
void dy_code_all_nes(const dy_dict *d, dy_sent *s, uint32_t date);

#endif
