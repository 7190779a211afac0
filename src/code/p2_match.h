/*
 * p2_match.h — matching PETRARCH-2 dialect patterns against a verb's
 * clause (CODING-RULES §3 "Pattern syntax", "Where patterns match").
 */
#ifndef DY_CODE_P2_MATCH_H
#define DY_CODE_P2_MATCH_H

#include "code/p2_clause.h"

/* The pattern that matched a clause and the roles its `$`/`+` bound. */
typedef struct dy_p2_match {
    uint32_t pattern;        /* dict pattern index, DY_NO_INDEX if none matched */
    int32_t source, target;  /* NEs bound by `$` and `+`, -1 if not bound */
} dy_p2_match;

void dy_p2_match_block(const dy_p2 *p, const dy_block *blk, const dy_p2_clause *cl,
                       dy_p2_match *m);

#endif
