/*
 * embedded.h — data files carried inside the binary (see tools/embed.c).
 */
#ifndef DY_BASE_EMBEDDED_H
#define DY_BASE_EMBEDDED_H

#include <stddef.h>

typedef struct dy_embedded_file {
    const char *name;            /* path as built, e.g. "data/cameo.tsv" */
    const unsigned char *data;   /* the bytes, followed by a NUL */
    long len;                    /* length without the NUL */
} dy_embedded_file;

/* The table generated at build time, ended by an entry with name NULL. */
extern const dy_embedded_file dy_embedded_files[];

const dy_embedded_file *dy_embedded_find(const char *name);

#endif
