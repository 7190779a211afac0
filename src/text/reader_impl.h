/*
 * reader_impl.h — the reader's state, shared by reader.c and the format
 * readers read_text.c, read_jsonl.c and read_xml.c (internal to src/text/).
 */
#ifndef DY_TEXT_READER_IMPL_H
#define DY_TEXT_READER_IMPL_H

#include "base/buf.h"
#include "text/input.h"
#include "text/reader.h"

/* A <Config> nested in <Environment>, waiting to be delivered. */
typedef struct dy_pending_config {
    char *option;
    char *value;
    long line;
} dy_pending_config;

struct dy_reader {
    char *path;             /* as given: "-" for stdin */
    char *name;             /* file name without directories; "stdin" */
    dy_format format;
    dy_reader_opts opts;
    dy_diag *diag;
    dy_input in;
    long line;              /* line number of the byte at in.pos */
    int done;
    int records;            /* records delivered so far */
    char *open_error;       /* set if the file could not be opened */
    dy_buf scratch;         /* for UTF-8 repair of a record */
    void *xml;              /* libxml2 parser context (xml format) */
    dy_pending_config *pending;
    size_t npending, cappending;
};

int dy_read_text_next(dy_reader *r, dy_story *s, dy_arena *a);
int dy_read_jsonl_next(dy_reader *r, dy_story *s, dy_arena *a);
int dy_read_xml_next(dy_reader *r, dy_story *s, dy_arena *a);
void dy_read_xml_close(dy_reader *r);

void dy_reader_error(dy_reader *r, dy_story *s, dy_arena *a, long line, const char *id,
                     const char *fmt, ...) __attribute__((format(printf, 6, 7)));
void dy_story_init(dy_story *s, dy_reader *r, dy_arena *a, long line);
size_t dy_reader_fix_nuls(dy_reader *r, char *text, size_t n, long line, const char *id);
void dy_reader_set_date(dy_reader *r, dy_story *s);
long dy_count_lines(const char *p, size_t n);
char *dy_reader_repair_utf8(dy_reader *r, const char *p, size_t *n, long line, const char *what);

#endif
