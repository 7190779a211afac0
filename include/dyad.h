/*
 * dyad.h — the public C API of dyad, a political event coder.
 *
 * Load the dictionaries once, make one coder per thread, code stories with
 * it, and read the events each story gave. The library never prints and
 * never exits: problems with the input are passed to the message callback
 * with the place (file and line, or story id and byte offset), and the
 * functions return an error status. Running out of memory aborts.
 *
 *     dyad_dicts *d = dyad_dicts_load(&spec, on_message, NULL);
 *     dyad_coder *c = dyad_coder_new(d, NULL, on_message, NULL);
 *     dyad_story s = {.id = "s1", .date = "2019-06-19", .text = text, .len = n};
 *     if (dyad_code_story(c, &s) >= 0)
 *         for (size_t i = 0; i < dyad_event_count(c); i++)
 *             use(dyad_event_at(c, i));
 *     dyad_coder_free(c);
 *     dyad_dicts_free(d);
 *
 * A dyad_dicts is read-only once loaded and may be shared by any number of
 * coders in any number of threads; a dyad_coder belongs to one thread.
 */
#ifndef DYAD_H
#define DYAD_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Severity of a message: 0 note, 1 warning (handled), 2 error (something skipped). */
typedef void (*dyad_message_fn)(void *ctx, int severity, const char *where, const char *msg);

/* A byte range [start, end) in the story text; -1, -1 when unknown. */
typedef struct dyad_span {
    int32_t start, end;
} dyad_span;

/* One coded event. Strings live until the coder codes its next story. */
typedef struct dyad_event {
    const char *story;        /* story id */
    int sentence;             /* sentence number in the story, from 1 */
    int date;                 /* story date as YYYYMMDD, 0 if unknown */
    const char *source;       /* actor code, "---" where absent */
    const char *target;       /* actor code, "---" where absent */
    const char *code;         /* event code exactly as the dictionary gives it */
    const char *root;         /* CAMEO root ("04"); first two characters otherwise */
    int quad;                 /* CAMEO quad class 1-4, 0 if not a CAMEO code */
    int has_goldstein;        /* 0 if the code has no Goldstein weight */
    double goldstein;         /* Goldstein weight */
    const char *source_text;  /* the words the source was coded from ("" if none) */
    const char *target_text;
    const char *verb_text;
    dyad_span source_span, target_span, verb_span;
    const char *pattern_file; /* file of the pattern (or verb line) that gave the code */
    int pattern_line;         /* its line, 0 if unknown */
    const char *issues;       /* "CODE count, CODE count" or "" */
    unsigned flags;           /* DY_EVENT_* in src/code/event.h */
} dyad_event;

/* Where the dictionaries are. NULL members mean "the default". */
typedef struct dyad_dict_spec {
    const char *dir;          /* a folder holding a PETRARCH dictionary set, or NULL */
    const char *verbs;        /* verbs file (overrides dir) */
    const char *const *actors;/* NULL-terminated list of actor files */
    const char *agents;
    const char *discards;
    const char *issues;
} dyad_dict_spec;

/* Coding options; dyad_options_default() gives the PETRARCH defaults. */
typedef struct dyad_options {
    int require_dyad;         /* drop events lacking a source or target (1) */
    int new_actor_length;     /* code unknown noun phrases of up to N words by their text (0) */
    int comma_min, comma_max; /* internal comma clauses deleted when 2..8 words long */
    int comma_bmin, comma_bmax; /* initial clause (0..0: off) */
    int comma_emin, comma_emax; /* terminal clause (2..8) */
    int use_parse;            /* code from the Treebank parse given with each sentence */
} dyad_options;

/* A story to code. */
typedef struct dyad_story {
    const char *id;
    const char *date;         /* "YYYY-MM-DD", "YYYYMMDD" or NULL */
    const char *text;         /* UTF-8 text */
    size_t len;
} dyad_story;

typedef struct dyad_dicts dyad_dicts;
typedef struct dyad_coder dyad_coder;

void dyad_options_default(dyad_options *o);
int dyad_options_set(dyad_options *o, const char *name, const char *value);

dyad_dicts *dyad_dicts_load(const dyad_dict_spec *spec, dyad_message_fn fn, void *ctx);
void dyad_dicts_free(dyad_dicts *d);

dyad_coder *dyad_coder_new(const dyad_dicts *d, const dyad_options *o, dyad_message_fn fn,
                           void *ctx);
void dyad_coder_set_options(dyad_coder *c, const dyad_options *o);
int dyad_code_story(dyad_coder *c, const dyad_story *s);
int dyad_code_parse(dyad_coder *c, const char *story_id, const char *date, int sentence,
                    const char *parse, const char *text, size_t text_len);
size_t dyad_event_count(const dyad_coder *c);
const dyad_event *dyad_event_at(const dyad_coder *c, size_t i);
void dyad_coder_free(dyad_coder *c);

#ifdef __cplusplus
}
#endif

#endif
