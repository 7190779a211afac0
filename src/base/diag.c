/*
 * diag.c — formatting and counting of diagnostics (see diag.h).
 */
#include "base/diag.h"

#include <stdarg.h>
#include <stdio.h>

/* Set up a diagnostics sink; fn may be NULL to only count. */
void dy_diag_init(dy_diag *d, dy_diag_fn fn, void *ctx)
{
    d->fn = fn;
    d->ctx = ctx;
    d->warnings = d->errors = 0;
}

static void deliver(dy_diag *d, dy_severity sev, const char *where, const char *fmt, va_list ap)
{
    if (!d)
        return;
    if (sev == DY_WARNING)
        d->warnings++;
    else if (sev == DY_ERROR)
        d->errors++;
    if (!d->fn)
        return;
    char msg[1024];
    vsnprintf(msg, sizeof msg, fmt, ap);
    d->fn(d->ctx, sev, where, msg);
}

/*
 * Report a problem at file:line (line <= 0 leaves the line out, file NULL
 * leaves the place out). d may be NULL, in which case nothing happens.
 */
void dy_diagf(dy_diag *d, dy_severity sev, const char *file, long line, const char *fmt, ...)
{
    char where[512];
    if (!file)
        where[0] = 0;
    else if (line > 0)
        snprintf(where, sizeof where, "%s:%ld", file, line);
    else
        snprintf(where, sizeof where, "%s", file);
    va_list ap;
    va_start(ap, fmt);
    deliver(d, sev, where, fmt, ap);
    va_end(ap);
}

/* Report a problem at a place described freely ("story X, byte 120"). */
void dy_diag_where(dy_diag *d, dy_severity sev, const char *where, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    deliver(d, sev, where ? where : "", fmt, ap);
    va_end(ap);
}

/* "note", "warning" or "error". */
const char *dy_severity_name(dy_severity sev)
{
    switch (sev) {
    case DY_NOTE: return "note";
    case DY_WARNING: return "warning";
    default: return "error";
    }
}
