/*
 * textcmd.h — what `dyad sentences` and `dyad tokens` share: options,
 * the loop over input files and records, and the TSV output.
 */
#ifndef DY_CLI_TEXTCMD_H
#define DY_CLI_TEXTCMD_H

#include "base/buf.h"
#include "text/story.h"

/* Called for every story record; appends its output lines to out. */
typedef void (*dy_textcmd_story_fn)(void *ctx, const dy_story *s, dy_buf *out);

int dy_textcmd_run(int argc, char **argv, const char *help, dy_textcmd_story_fn fn, void *ctx);
void dy_textcmd_add_text(dy_buf *out, const char *s, size_t n);
void dy_textcmd_add_span(dy_buf *out, const dy_story *s, size_t sentence, size_t start,
                         size_t end, const char *flags);

#endif
