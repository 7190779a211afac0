/*
 * diag.h — diagnostics: how the library reports problems without printing.
 *
 * Every layer that reads input takes a dy_diag*. A message names where the
 * problem is (file and line, or story id and byte offset) and what it is.
 * The CLI installs a sink that prints "file:line: severity: message" to
 * stderr; tests install one that records messages. The counters let the
 * caller choose the exit status.
 */
#ifndef DY_BASE_DIAG_H
#define DY_BASE_DIAG_H

#include <stddef.h>

typedef enum dy_severity {
    DY_NOTE = 0,     /* information (e.g. counts) */
    DY_WARNING = 1,  /* input was odd but handled; nothing lost */
    DY_ERROR = 2     /* input was bad: something was skipped or replaced */
} dy_severity;

/* where: "file:line" or "story ID" etc.; msg: the text, no trailing newline */
typedef void (*dy_diag_fn)(void *ctx, dy_severity sev, const char *where, const char *msg);

typedef struct dy_diag {
    dy_diag_fn fn;       /* NULL: messages are only counted */
    void *ctx;
    size_t warnings;
    size_t errors;
} dy_diag;

void dy_diag_init(dy_diag *d, dy_diag_fn fn, void *ctx);
void dy_diagf(dy_diag *d, dy_severity sev, const char *file, long line, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
void dy_diag_where(dy_diag *d, dy_severity sev, const char *where, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
const char *dy_severity_name(dy_severity sev);

#endif
