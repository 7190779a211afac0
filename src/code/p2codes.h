/*
 * p2codes.h — PETRARCH-2 internal event values and their combination (§3).
 */
#ifndef DY_CODE_P2CODES_H
#define DY_CODE_P2CODES_H

#include <stddef.h>

typedef struct dy_p2code {
    const char *code;   /* CAMEO code */
    long value;         /* internal value */
} dy_p2code;

const dy_p2code *dy_p2_table(size_t *n);
long dy_p2_value(const char *code, size_t len, int *found);
const char *dy_p2_code(long v);
long dy_p2_combine(long u, long l);

#endif
