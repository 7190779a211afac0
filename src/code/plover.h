/*
 * plover.h — CAMEO codes to PLOVER event types, modes and contexts.
 *
 * The mapping is data/plover.tsv (format and sources in its header): the
 * Open Event Data Alliance's 2021 draft conversion table, restated.
 * `--ontology plover` adds to each event
 *     plover_event    the PLOVER event type ("CONSULT")
 *     plover_mode     the mode ("visit"), or null
 * and writers may add plover_context ("crime;corruption"), or null.
 *
 * dy_plover_find() is exact first; a code the table lacks falls back to its
 * longest listed prefix of at least two characters, so dictionary-specific
 * refinements map like their parent (075A -> 075, 174K -> 174). A code with
 * no listed prefix (all of CAMEO roots 01 and 02, which PLOVER leaves out)
 * has no mapping. Like the CAMEO table, the default mapping is parsed once
 * and then only read, so threads may share it freely.
 */
#ifndef DY_CODE_PLOVER_H
#define DY_CODE_PLOVER_H

#include <stddef.h>

#include "base/diag.h"

typedef struct dy_plover_entry {
    char code[5];          /* the CAMEO code this line maps */
    const char *event;     /* "AGREE" ... "ASSAULT"; never NULL */
    const char *mode;      /* NULL when the table gives none */
    const char *context;   /* NULL when none; several joined by ';' */
} dy_plover_entry;

typedef struct dy_plover dy_plover;

const dy_plover *dy_plover_default(void);
dy_plover *dy_plover_parse(const char *text, size_t len, const char *name, dy_diag *d);
void dy_plover_free(dy_plover *p);

const dy_plover_entry *dy_plover_find(const dy_plover *p, const char *code, size_t len);
const dy_plover_entry *dy_plover_find_exact(const dy_plover *p, const char *code, size_t len);
size_t dy_plover_count(const dy_plover *p);
const dy_plover_entry *dy_plover_at(const dy_plover *p, size_t i);

#endif
