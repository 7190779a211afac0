/*
 * build.h — the dictionary builder: what the loaders append to while they
 * read, and the step that turns it into the flat image a dy_dict points at.
 *
 * The loaders (verbs.c, actors.c, agents.c, discards.c, issues.c) only call
 * the functions here; they never touch the image layout (image.h). Every
 * problem a loader finds goes through dy_b_report(), which both forwards it
 * to the caller's dy_diag and records it, so that a load from the cache can
 * replay exactly the same messages.
 */
#ifndef DY_DICT_BUILD_H
#define DY_DICT_BUILD_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "base/diag.h"
#include "base/intern.h"
#include "base/mem.h"
#include "dict/dict.h"

/* A growable array field: T *name; size_t n_name, cap_name. */
#define DY_VEC(T, name) T *name; size_t n_##name, cap_##name
/* Append one zeroed element to b->name and return a pointer to it. */
#define DY_PUSH(b, name) \
    (DY_GROW((b)->name, (b)->cap_##name, (b)->n_##name + 1), \
     memset(&(b)->name[(b)->n_##name], 0, sizeof *(b)->name), &(b)->name[(b)->n_##name++])

typedef struct dy_builder {
    dy_intern words;     /* word id = intern id (0 = none) */
    dy_intern strs;      /* dy_str = intern id - 1 ("" = 0, "---" = 1) */
    DY_VEC(dy_phrase, phrase);
    DY_VEC(dy_word, pword);
    DY_VEC(uint8_t, pconn);
    DY_VEC(dy_str, file);
    DY_VEC(dy_actor, actor);
    DY_VEC(dy_actor_name, actor_name);
    DY_VEC(dy_actor_code, actor_code);
    DY_VEC(dy_agent, agent);
    DY_VEC(dy_block, block);
    DY_VEC(dy_verb, verb);
    DY_VEC(dy_verb_form, form);
    DY_VEC(dy_pattern, pattern);
    DY_VEC(dy_pelem, pelem);
    DY_VEC(dy_synset, synset);
    DY_VEC(uint32_t, synset_member);
    DY_VEC(dy_transform, transform);
    DY_VEC(dy_discard, discard);
    DY_VEC(dy_issue_category, issue_category);
    DY_VEC(dy_issue, issue);
    DY_VEC(dy_dict_diag, diag);
    /* scratch for splitting phrases */
    DY_VEC(dy_word, tmpw);
    DY_VEC(uint8_t, tmpc);
    dy_dict_options options;
    dy_dict_stats stats;
    dy_diag *out;        /* the caller's sink (may be NULL) */
    uint16_t cur_file;   /* file being read */
} dy_builder;

void dy_builder_init(dy_builder *b, dy_diag *out);
void dy_builder_free(dy_builder *b);

uint16_t dy_b_begin_file(dy_builder *b, const char *name);
void dy_b_report(dy_builder *b, dy_severity sev, long line, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

dy_word dy_b_word(dy_builder *b, const char *s, size_t n);
dy_str dy_b_str(dy_builder *b, const char *s, size_t n);
dy_str dy_b_upper_str(dy_builder *b, const char *s, size_t n);
uint32_t dy_b_phrase(dy_builder *b, const dy_word *w, const uint8_t *conn, size_t n, int flags);
size_t dy_b_split(dy_builder *b, const char *s, size_t n, int *trailing_adj);
uint32_t dy_b_phrase_text(dy_builder *b, const char *s, size_t n);

/* Per file type: parse text[0..len) of the file begun last. */
void dy_load_verbs(dy_builder *b, const char *text, size_t len, int dialect);
void dy_load_actors(dy_builder *b, const char *text, size_t len);
void dy_load_agents(dy_builder *b, const char *text, size_t len);
void dy_load_discards(dy_builder *b, const char *text, size_t len);
void dy_load_issues(dy_builder *b, const char *text, size_t len);
int dy_detect_dialect(const char *text, size_t len);

/* Freeze everything into one image (image.h layout) with `key` as the
 * cache key section; returns the malloc'd image and its size. */
void *dy_builder_finish(dy_builder *b, const void *key, size_t keylen, size_t *size);

#endif
