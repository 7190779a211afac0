/*
 * writer.h — event output: JSON Lines and TSV.
 *
 * One event per line. The keys and their order are part of dyad's
 * interface (docs/coder.md "Output"); other tools read them, so they only
 * ever grow at the end. Same events in → same bytes out: numbers are
 * printed with fixed formats and nothing depends on the locale or time.
 *
 * The writer only formats into a dy_buf; the caller decides where the
 * bytes go (the library never writes to a file or stream itself).
 */
#ifndef DY_OUT_WRITER_H
#define DY_OUT_WRITER_H

#include "base/buf.h"
#include "code/event.h"

typedef enum dy_out_format {
    DY_OUT_JSONL = 0,
    DY_OUT_TSV = 1
} dy_out_format;

typedef struct dy_writer_opts {
    dy_out_format format;
    int plover;          /* add plover_event, plover_mode (--ontology plover) */
} dy_writer_opts;

void dy_write_header(const dy_writer_opts *o, dy_buf *out);
void dy_write_event(const dy_writer_opts *o, const dy_event *e, dy_buf *out);
void dy_write_empty(const dy_writer_opts *o, const char *story, int sentences,
                    const char *status, dy_buf *out);
void dy_format_date(int yyyymmdd, char out[11]);

#endif
