/*
 * p2.h — coding one sentence with PETRARCH-2 dialect patterns (CODING-RULES §3).
 */
#ifndef DY_CODE_P2_H
#define DY_CODE_P2_H

#include "code/tabari.h"

void dy_p2_code_sentence(dy_tabari_ctx *c);

#endif
