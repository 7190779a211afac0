/*
 * story.h — one record read from the input: a story to code, a PETRARCH
 * <Config> or <Environment> element, or a record that could not be read.
 *
 * Readers (reader.h) fill a dy_story whose strings all live in the arena the
 * caller passed to dy_reader_next(), so a record can be handed to another
 * thread and released with one dy_arena_reset(). Every record that was read
 * comes out as exactly one dy_story: a bad one as kind DY_RECORD_ERROR with
 * the reason, so that the output can account for every story.
 */
#ifndef DY_TEXT_STORY_H
#define DY_TEXT_STORY_H

#include <stddef.h>

#include "base/arena.h"

typedef enum dy_record_kind {
    DY_RECORD_STORY = 0,    /* a story (or a PETRARCH <Sentence>) to code */
    DY_RECORD_CONFIG,       /* <Config option= value=>: applies to the records after it */
    DY_RECORD_ENVIRONMENT,  /* <Environment>: files named by a validation file */
    DY_RECORD_ERROR         /* a record that could not be read: see reason */
} dy_record_kind;

/* Where a story's date came from. */
typedef enum dy_date_source {
    DY_DATE_NONE = 0,       /* unknown: date is 0 */
    DY_DATE_OPTION,         /* --date on the command line (dy_reader_opts.date) */
    DY_DATE_JSON,           /* the "date" field of a JSON Lines record */
    DY_DATE_DATELINE,       /* a dateline in the text, e.g. a final "(June 19, 2019)" */
    DY_DATE_XML             /* the date= attribute of a PETRARCH <Sentence> */
} dy_date_source;

/* One expected event of a PETRARCH validation record, attribute values as written. */
typedef struct dy_coding {
    const char *source;     /* sourcecode=, e.g. "ARN", "---GOV", "\"THE MINISTRY\"" */
    const char *target;     /* targetcode= */
    const char *event;      /* eventcode=, e.g. "064" */
} dy_coding;

/* One child of <Environment>: <Verbfile>x.txt</Verbfile> → {"Verbfile", "x.txt"}. */
typedef struct dy_env_entry {
    const char *name;
    const char *value;      /* element text, surrounding white space removed */
} dy_env_entry;

typedef struct dy_story {
    dy_record_kind kind;

    /* Where the record came from: the path as opened ("-" for stdin) and
     * the line the record starts on (1-based; 0 if not line-based). */
    const char *file;
    long line;

    /* Identity and metadata of a story. id is never NULL for a story; for an
     * error record it is the id if one could be read, else NULL. */
    const char *id;
    int date;                   /* YYYYMMDD, 0 = unknown */
    dy_date_source date_source;
    const char *source;         /* JSON "source", or NULL */
    const char *url;            /* JSON "url", or NULL */

    /* The text to code: NUL-terminated, text_len bytes. Byte offsets used by
     * the splitter and tokenizer refer to this text. NUL bytes of the input
     * are already replaced by spaces (and reported). For plain text files the
     * bytes are otherwise those of the file (invalid UTF-8 stays, reported;
     * the tokenizer replaces it); for JSON and XML, invalid UTF-8 has been
     * replaced by U+FFFD before parsing. */
    const char *text;
    size_t text_len;

    /* JSON Lines: the record's other fields as one compact JSON object
     * ("{...}", in input order) to carry through to the output; NULL if none. */
    const char *extra_json;

    /* PETRARCH XML <Sentence>. */
    const char *parse;          /* <Parse> content (a Penn Treebank tree), or NULL */
    const char *category;       /* category= attribute, or NULL */
    int sentence_flag;          /* sentence="true" 1, "false" 0, absent -1 */
    const dy_coding *codings;   /* the <EventCoding> elements with codes */
    size_t ncodings;
    int noevents;               /* 1 if an <EventCoding noevents="True"> is present */
    const char *expected_error; /* <EventCoding error="..."> (e.g. "bad_input_parse",
                                   "storydiscard", "sentencediscard"), or NULL */

    /* DY_RECORD_CONFIG */
    const char *option;
    const char *value;

    /* DY_RECORD_ENVIRONMENT (its nested <Config> elements follow as config records) */
    const dy_env_entry *env;
    size_t nenv;

    /* DY_RECORD_ERROR: why the record could not be read */
    const char *reason;
} dy_story;

const char *dy_record_kind_name(dy_record_kind k);
const char *dy_date_source_name(dy_date_source s);
const char *dy_story_env(const dy_story *s, const char *name);
char *dy_story_resolve(const dy_story *s, const char *rel, dy_arena *a);

#endif
