/*
 * cameo.h — the CAMEO event table: code → label, root, quad class, weight.
 *
 * The table is data/cameo.tsv (format in its header), carried inside the
 * binary. dy_cameo_default() parses that copy once, on first use, and after
 * that the table is never written again, so any number of threads may look
 * codes up at the same time without locks.
 *
 * Codes outside CAMEO. Dictionaries may use codes CAMEO does not define
 * (the PETRARCH validation files use 901, 1717, 174K, 075A, ...). The coder
 * outputs such a code unchanged; dy_cameo_describe() then reports:
 *   is_cameo   0
 *   root       the code's first two characters (the whole code if shorter),
 *              whether or not that is a CAMEO root
 *   quad       0, meaning "none" (writers print null)
 *   goldstein  has_goldstein 0 (writers print null)
 *   label      NULL
 * Lookups are exact: "0874" is CAMEO, "874", " 0874" and "08740" are not.
 */
#ifndef DY_CODE_CAMEO_H
#define DY_CODE_CAMEO_H

#include <stddef.h>

#include "base/diag.h"

/* The quad classes of CAMEO roots 01-05, 06-09, 10-14, 15-20. */
typedef enum dy_quad {
    DY_QUAD_NONE = 0,              /* not a CAMEO code */
    DY_QUAD_VERBAL_COOP = 1,
    DY_QUAD_MATERIAL_COOP = 2,
    DY_QUAD_VERBAL_CONFLICT = 3,
    DY_QUAD_MATERIAL_CONFLICT = 4
} dy_quad;

/* One code of the table. */
typedef struct dy_cameo_code {
    char code[5];       /* "04", "043", "0874": 2-4 digits, NUL-terminated */
    char root[3];       /* the first two digits */
    dy_quad quad;       /* 1..4 */
    int goldstein10;    /* the Goldstein weight times ten, exactly (-95) */
    double goldstein;   /* the same as a number (-9.5) */
    const char *label;  /* "Host a visit" */
} dy_cameo_code;

/* What can be said of any code string, CAMEO or not (see above). */
typedef struct dy_cameo_info {
    int is_cameo;
    char root[3];
    dy_quad quad;
    int has_goldstein;
    int goldstein10;
    double goldstein;
    const char *label;
} dy_cameo_info;

typedef struct dy_cameo dy_cameo;

/* Dense keys of 2-4 digit codes, shared with the PLOVER table. */
#define DY_CAMEO_NKEYS 11100
int dy_cameo_key(const char *code, size_t len);

const dy_cameo *dy_cameo_default(void);
dy_cameo *dy_cameo_parse(const char *text, size_t len, const char *name, dy_diag *d);
void dy_cameo_free(dy_cameo *t);

const dy_cameo_code *dy_cameo_find(const dy_cameo *t, const char *code, size_t len);
int dy_cameo_describe(const dy_cameo *t, const char *code, size_t len, dy_cameo_info *out);
size_t dy_cameo_count(const dy_cameo *t);
const dy_cameo_code *dy_cameo_at(const dy_cameo *t, size_t i);
const char *dy_quad_name(dy_quad q);

#endif
