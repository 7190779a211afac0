/*
 * reader.h — streaming story readers: plain text, JSON Lines, PETRARCH XML.
 *
 *   dy_reader_opts o = DY_READER_OPTS_INIT;
 *   dy_reader *r = dy_reader_open("stories.jsonl", &o, &diag);
 *   dy_story s;
 *   while (dy_reader_next(r, &s, &arena)) {
 *       ... use s (its memory is in arena) ...
 *       dy_arena_reset(&arena);
 *   }
 *   dy_reader_close(r);
 *
 * Formats:
 *   text   the whole file (or stdin) is one story; id = the file's name
 *          without its directories ("stdin" for "-"); date from opts.date,
 *          else from a dateline in the text, else unknown.
 *   jsonl  one JSON object per line: "id", "date", "text" and optionally
 *          "source", "url"; other fields are kept in extra_json.
 *   xml    PETRARCH XML: <Sentence date= id= category= sentence=> with <Text>,
 *          optional <Parse> and <EventCoding>; <Config> and <Environment>.
 *
 * Reading streams: JSON Lines and XML are read in pieces, one record at a
 * time, never the whole file. A record (line, element or plain file) may be
 * up to opts.max_record bytes. Every problem is reported to the dy_diag with
 * file and line, and a record that cannot be read is still delivered as a
 * DY_RECORD_ERROR record. A file that cannot be opened gives one error record.
 */
#ifndef DY_TEXT_READER_H
#define DY_TEXT_READER_H

#include <stddef.h>

#include "base/arena.h"
#include "base/diag.h"
#include "text/date.h"
#include "text/story.h"

typedef enum dy_format {
    DY_FORMAT_AUTO = 0,     /* by extension: .jsonl .ndjson .json → jsonl, .xml → xml, else text */
    DY_FORMAT_TEXT,
    DY_FORMAT_JSONL,
    DY_FORMAT_XML
} dy_format;

typedef struct dy_reader_opts {
    dy_format format;
    int date;               /* YYYYMMDD from --date, 0 if not given */
    size_t max_record;      /* largest record in bytes (0 = DY_READER_MAX_RECORD) */
} dy_reader_opts;

#define DY_READER_MAX_RECORD ((size_t)64 << 20)
#define DY_READER_OPTS_INIT {DY_FORMAT_AUTO, 0, 0}

typedef struct dy_reader dy_reader;

dy_reader *dy_reader_open(const char *path, const dy_reader_opts *opts, dy_diag *d);
dy_reader *dy_reader_open_mem(const char *name, const char *data, size_t len,
                              const dy_reader_opts *opts, dy_diag *d);
int dy_reader_next(dy_reader *r, dy_story *out, dy_arena *a);
void dy_reader_close(dy_reader *r);

dy_format dy_format_for_path(const char *path);
int dy_format_parse(const char *name, dy_format *out);
const char *dy_format_name(dy_format f);

#endif
