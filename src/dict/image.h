/*
 * image.h — the byte layout of a compiled dictionary.
 *
 * One image = a header, then sections (each a plain array of one record
 * type, 16-byte aligned), in the order of enum dy_section. The same bytes
 * live in memory after a fresh build and in the cache file, so a load from
 * cache maps the file and points the dy_dict at it (dy_image_attach). An
 * image from a file is never trusted: attach checks the header, every
 * section's bounds and record size, a checksum of the payload, and that
 * every index stored in a record is in range, before anything reads it.
 */
#ifndef DY_DICT_IMAGE_H
#define DY_DICT_IMAGE_H

#include <stddef.h>
#include <stdint.h>

#include "dict/dict.h"

#define DY_IMAGE_MAGIC "DYADDICT"
/* Bump whenever a record layout, a generation rule or the hash changes. */
#define DY_IMAGE_VERSION 1u

enum dy_section {
    DY_SEC_KEY,            /* bytes: what the image was built from (cache.c) */
    DY_SEC_WORD_CHARS, DY_SEC_WORD_OFF, DY_SEC_WORD_SLOT,
    DY_SEC_STR_CHARS, DY_SEC_STR_OFF,
    DY_SEC_PHRASE, DY_SEC_PHRASE_WORD, DY_SEC_PHRASE_CONN,
    DY_SEC_FILE,
    DY_SEC_ACTOR, DY_SEC_ACTOR_NAME, DY_SEC_ACTOR_CODE, DY_SEC_ACTOR_IX, DY_SEC_ACTOR_IX_ITEMS,
    DY_SEC_AGENT, DY_SEC_AGENT_IX, DY_SEC_AGENT_IX_ITEMS,
    DY_SEC_BLOCK, DY_SEC_VERB, DY_SEC_FORM, DY_SEC_FORM_IX, DY_SEC_FORM_IX_ITEMS,
    DY_SEC_PATTERN, DY_SEC_PELEM,
    DY_SEC_SYNSET, DY_SEC_SYNSET_MEMBER, DY_SEC_SYNSET_IX, DY_SEC_SYNSET_IX_ITEMS,
    DY_SEC_TRANSFORM,
    DY_SEC_DISCARD, DY_SEC_DISCARD_IX, DY_SEC_DISCARD_IX_ITEMS,
    DY_SEC_ISSUE_CATEGORY, DY_SEC_ISSUE, DY_SEC_ISSUE_IX, DY_SEC_ISSUE_IX_ITEMS,
    DY_SEC_DIAG,
    DY_SEC_COUNT
};

typedef struct dy_image_section {
    uint64_t offset;     /* from the start of the image */
    uint64_t count;      /* records */
    uint32_t elem;       /* record size in bytes */
    uint32_t pad;
} dy_image_section;

typedef struct dy_image_header {
    char magic[8];
    uint32_t version;
    uint32_t endian;     /* 0x01020304 as written by the builder */
    uint64_t size;       /* whole image, bytes */
    uint64_t checksum;   /* dy_hash64 of bytes [sizeof header, size) */
    uint32_t nsections;
    uint32_t header_size;
    dy_dict_options options;
    dy_dict_stats stats;
    dy_image_section sec[DY_SEC_COUNT];
} dy_image_header;

#define DY_IMAGE_ALIGN 16u

uint64_t dy_hash64(const void *p, size_t n, uint64_t seed);
int dy_image_attach(dy_dict *d, void *image, size_t size, int trusted, char *why, size_t whylen);
const void *dy_image_section_data(const void *image, int sec, size_t *count);

#endif
