/*
 * read_xml.c — PETRARCH XML input.
 *
 * The file is not handed to libxml2 whole. A small scanner finds each
 * <Sentence>, <Config> and <Environment> element (skipping comments and the
 * <Validation>/<Sentences> wrappers) and libxml2 parses that element alone
 * (xmlCtxtReadMemory). So the file streams (memory is one element, not
 * the file), a malformed record is reported with its own line and the
 * records after it still load — a whole-document parse would stop at the
 * first error.
 */
#include "text/reader_impl.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/mem.h"

/* The byte at offset i from the read position, reading more if needed; -1 past the end. */
static int byte_at(dy_reader *r, size_t i)
{
    while (dy_input_avail(&r->in) <= i)
        if (!dy_input_more(&r->in, r->opts.max_record))
            return -1;
    return (unsigned char)dy_input_data(&r->in)[i];
}

/* Does the literal s appear at offset i? */
static int at(dy_reader *r, size_t i, const char *s)
{
    for (size_t k = 0; s[k]; k++)
        if (byte_at(r, i + k) != (unsigned char)s[k])
            return 0;
    return 1;
}

/* Is the element name `name` at offset i (followed by a space, '>' or '/')? */
static int name_at(dy_reader *r, size_t i, const char *name)
{
    if (!at(r, i, name))
        return 0;
    int c = byte_at(r, i + strlen(name));
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '>' || c == '/';
}

/* Consume n bytes, keeping the line count. */
static void consume(dy_reader *r, size_t n)
{
    r->line += dy_count_lines(dy_input_data(&r->in), n);
    dy_input_skip(&r->in, n);
}

static long find(dy_reader *r, size_t from, const char *needle)
{
    return dy_input_find(&r->in, from, needle, r->opts.max_record);
}

/* Offset of the '>' closing the tag that starts at `from` (quotes respected), or -1. */
static long tag_end(dy_reader *r, size_t from)
{
    int quote = 0;
    for (size_t i = from;; i++) {
        int c = byte_at(r, i);
        if (c < 0)
            return -1;
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            return (long)i;
        }
    }
}

enum { END_MISSING = -1, END_RESTART = -2 };

/*
 * The end (one past '>') of the element `name` whose start tag ends at gt.
 * END_RESTART (with *restart) if another <name> starts before it is
 * closed; END_MISSING at the end of input or the size limit.
 */
static long element_end(dy_reader *r, const char *name, size_t gt, long *restart)
{
    if (byte_at(r, gt - 1) == '/')
        return (long)gt + 1;  /* <Config option="x" value="y"/> */
    size_t cur = gt + 1, k = strlen(name);
    for (;;) {
        long lt = find(r, cur, "<");
        if (lt < 0)
            return END_MISSING;
        if (at(r, (size_t)lt, "<!--")) {
            long e = find(r, (size_t)lt + 4, "-->");
            if (e < 0)
                return END_MISSING;
            cur = (size_t)e + 3;
            continue;
        }
        if (at(r, (size_t)lt, "</") && name_at(r, (size_t)lt + 2, name)) {
            long e = tag_end(r, (size_t)lt + 2 + k);
            return e < 0 ? END_MISSING : e + 1;
        }
        if (name_at(r, (size_t)lt + 1, name)) {
            *restart = lt;
            return END_RESTART;
        }
        cur = (size_t)lt + 1;
    }
}

/* Copy of s with white space trimmed at both ends, in the arena. */
static char *trimmed(dy_arena *a, const char *s)
{
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n' || s[n - 1] == '\r'))
        n--;
    while (n && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r'))
        s++, n--;
    return dy_arena_strndup(a, s, n);
}

/* An attribute's value, trimmed, in the arena; NULL if absent. */
static char *attr(xmlNode *n, const char *name, dy_arena *a)
{
    xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
    if (!v)
        return NULL;
    char *copy = trimmed(a, (const char *)v);
    xmlFree(v);
    return copy;
}

/* An element's text content, trimmed, in the arena. */
static char *content(xmlNode *n, dy_arena *a)
{
    xmlChar *v = xmlNodeGetContent(n);
    char *copy = trimmed(a, v ? (const char *)v : "");
    xmlFree(v);
    return copy;
}

static int is_true(const char *v)
{
    return v && (v[0] == 't' || v[0] == 'T' || v[0] == '1' || v[0] == 'y' || v[0] == 'Y');
}

static int is_element(xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && !strcmp((const char *)n->name, name);
}

/* One <EventCoding>: the expected event, or the noevents marker. */
static void read_coding(dy_reader *r, dy_story *s, xmlNode *n, dy_arena *a, size_t *cap,
                        dy_coding **v)
{
    char *none = attr(n, "noevents", a), *error = attr(n, "error", a);
    if (none) {
        s->noevents = is_true(none);
        return;
    }
    if (error) {
        s->expected_error = error;
        return;
    }
    dy_coding c = {attr(n, "sourcecode", a), attr(n, "targetcode", a), attr(n, "eventcode", a)};
    if (!c.source || !c.target || !c.event) {
        dy_diagf(r->diag, DY_WARNING, r->path, s->line + xmlGetLineNo(n) - 1,
                 "story %s: <EventCoding> without sourcecode, targetcode and eventcode (or noevents=, error=) ignored",
                 s->id);
        return;
    }
    if (s->ncodings == *cap) {
        size_t ncap = *cap ? *cap * 2 : 4;
        dy_coding *nv = dy_arena_alloc(a, ncap * sizeof *nv);
        if (s->ncodings)
            memcpy(nv, *v, s->ncodings * sizeof *nv);
        *v = nv;
        *cap = ncap;
    }
    (*v)[s->ncodings++] = c;
}

/* The id and date of a <Sentence>; a missing id is made from file and line. */
static void sentence_head(dy_reader *r, dy_story *s, xmlNode *root, dy_arena *a)
{
    s->id = attr(root, "id", a);
    if (!s->id || !*s->id) {
        size_t k = strlen(r->name) + 24;
        char *id = dy_arena_alloc(a, k);
        snprintf(id, k, "%s:%ld", r->name, s->line);
        s->id = id;
        dy_diagf(r->diag, DY_WARNING, r->path, s->line, "<Sentence> without id; using \"%s\"", id);
    }
    s->category = attr(root, "category", a);
    char *flag = attr(root, "sentence", a);
    s->sentence_flag = flag ? is_true(flag) : -1;
    char *date = attr(root, "date", a);
    if (date) {
        s->date = dy_date_parse(date, strlen(date));
        if (s->date)
            s->date_source = DY_DATE_XML;
        else
            dy_diagf(r->diag, DY_ERROR, r->path, s->line,
                     "story %s: date=\"%s\" is not a date (YYYYMMDD); date unknown", s->id, date);
    }
}

/* A <Sentence> element into a story (or an error record if it has no text). */
static void read_sentence(dy_reader *r, dy_story *s, xmlNode *root, dy_arena *a, long line)
{
    dy_story_init(s, r, a, line);
    sentence_head(r, s, root, a);
    size_t cap = 0;
    dy_coding *codings = NULL;
    int has_text = 0;
    for (xmlNode *n = root->children; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (is_element(n, "Text")) {
            s->text = content(n, a);
            s->text_len = strlen(s->text);
            has_text = 1;
        } else if (is_element(n, "Parse")) {
            s->parse = content(n, a);
        } else if (is_element(n, "EventCoding")) {
            read_coding(r, s, n, a, &cap, &codings);
        } else {
            dy_diagf(r->diag, DY_WARNING, r->path, line + xmlGetLineNo(n) - 1,
                     "story %s: unknown element <%s> in <Sentence> ignored", s->id, (const char *)n->name);
        }
    }
    s->codings = codings;
    const char *id = s->id;
    if (!has_text || !s->text_len) {
        dy_reader_error(r, s, a, line, id, has_text ? "empty <Text>" : "<Sentence> has no <Text>");
        return;
    }
    dy_reader_set_date(r, s);
}

static void read_config(dy_reader *r, dy_story *s, xmlNode *root, dy_arena *a, long line)
{
    dy_story_init(s, r, a, line);
    s->kind = DY_RECORD_CONFIG;
    s->option = attr(root, "option", a);
    s->value = attr(root, "value", a);
    if (!s->option || !s->value)
        dy_reader_error(r, s, a, line, NULL, "<Config> needs both option= and value=");
}

/* Queue a <Config> nested in <Environment>, to be delivered after it. */
static void queue_config(dy_reader *r, xmlNode *n, long line, dy_arena *a)
{
    char *opt = attr(n, "option", a), *val = attr(n, "value", a);
    if (!opt || !val) {
        dy_diagf(r->diag, DY_ERROR, r->path, line, "<Config> needs both option= and value=");
        return;
    }
    DY_GROW(r->pending, r->cappending, r->npending + 1);
    dy_pending_config *p = &r->pending[r->npending++];
    p->option = dy_xstrdup(opt);
    p->value = dy_xstrdup(val);
    p->line = line;
}

static void read_environment(dy_reader *r, dy_story *s, xmlNode *root, dy_arena *a, long line)
{
    dy_story_init(s, r, a, line);
    s->kind = DY_RECORD_ENVIRONMENT;
    size_t count = 0;
    for (xmlNode *n = root->children; n; n = n->next)
        count += n->type == XML_ELEMENT_NODE;
    dy_env_entry *env = DY_ARENA_NEW(a, dy_env_entry, count ? count : 1);
    for (xmlNode *n = root->children; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (is_element(n, "Config")) {
            queue_config(r, n, line + xmlGetLineNo(n) - 1, a);
            continue;
        }
        env[s->nenv].name = dy_arena_strdup(a, (const char *)n->name);
        env[s->nenv].value = content(n, a);
        s->nenv++;
    }
    s->env = env;
}

/* Prepare the element's bytes for libxml2: valid UTF-8 and no NUL bytes. */
static const char *clean_element(dy_reader *r, size_t *n, long line)
{
    const char *p = dy_reader_repair_utf8(r, dy_input_data(&r->in), n, line, "XML record");
    const char *nul = memchr(p, 0, *n);
    if (!nul)
        return p;
    size_t first = (size_t)(nul - p);
    if (p != r->scratch.data) {
        dy_buf_clear(&r->scratch);
        dy_buf_add(&r->scratch, p, *n);
        p = r->scratch.data;
    }
    char *w = r->scratch.data;
    dy_diagf(r->diag, DY_ERROR, r->path, line + dy_count_lines(p, first),
             "NUL byte in XML record replaced by a space");
    for (size_t i = 0; i < *n; i++)
        if (!w[i])
            w[i] = ' ';
    return p;
}

/*
 * libxml2 numbers lines from the start of the element it was given
 * ("... tag Sentence line 1"): add `offset` to every " line N" in msg so
 * that they are lines of the file.
 */
static void relative_lines(char *msg, size_t size, long offset)
{
    char out[300];
    size_t o = 0;
    for (const char *p = msg; *p && o + 24 < sizeof out;) {
        if (!strncmp(p, " line ", 6) && p[6] >= '0' && p[6] <= '9') {
            char *end;
            long n = strtol(p + 6, &end, 10);
            o += (size_t)snprintf(out + o, sizeof out - o, " line %ld", n + offset);
            p = end;
        } else {
            out[o++] = *p++;
        }
    }
    out[o] = 0;
    snprintf(msg, size, "%s", out);
}

/* Parse the element of n bytes at the read position with libxml2 and fill s. */
static void parse_element(dy_reader *r, dy_story *s, dy_arena *a, const char *name, size_t n)
{
    long line = r->line;
    if (!r->xml) {
        xmlInitParser();
        r->xml = xmlNewParserCtxt();
    }
    size_t len = n;
    const char *p = clean_element(r, &len, line);
    int opts = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA |
               XML_PARSE_HUGE;
    xmlDocPtr doc = xmlCtxtReadMemory(r->xml, p, (int)len, r->path, "UTF-8", opts);
    consume(r, n);
    if (!doc) {
        const xmlError *e = xmlCtxtGetLastError(r->xml);
        char msg[300];
        snprintf(msg, sizeof msg, "%s", e && e->message ? e->message : "unknown error");
        size_t k = strlen(msg);
        while (k && (msg[k - 1] == '\n' || msg[k - 1] == ' '))
            msg[--k] = 0;
        relative_lines(msg, sizeof msg, line - 1);
        dy_reader_error(r, s, a, e && e->line > 0 ? line + e->line - 1 : line, NULL,
                        "malformed <%s> element: %s", name, msg);
        s->line = line;  /* the record starts where the element does */
        return;
    }
    xmlNode *root = xmlDocGetRootElement(doc);
    if (!strcmp(name, "Sentence"))
        read_sentence(r, s, root, a, line);
    else if (!strcmp(name, "Config"))
        read_config(r, s, root, a, line);
    else
        read_environment(r, s, root, a, line);
    xmlFreeDoc(doc);
}

/*
 * Discard input up to and including the next `needle` (or to the end of
 * the input), in pieces, so that an oversized record costs no memory.
 * Returns 1 if the needle was found.
 */
static int skip_past(dy_reader *r, const char *needle)
{
    size_t k = strlen(needle);
    for (;;) {
        const char *d = dy_input_data(&r->in);
        size_t n = dy_input_avail(&r->in);
        for (size_t i = 0; i + k <= n; i++)
            if (d[i] == needle[0] && !memcmp(d + i, needle, k)) {
                consume(r, i + k);
                return 1;
            }
        if (n >= k)
            consume(r, n - k + 1);
        if (!dy_input_more(&r->in, r->opts.max_record)) {
            consume(r, dy_input_avail(&r->in));
            return 0;
        }
    }
}

/* The element `name` starts at the read position: deliver it as a record. */
static void read_element(dy_reader *r, dy_story *s, dy_arena *a, const char *name)
{
    long line = r->line, restart = 0;
    long gt = tag_end(r, 1);
    long end = gt < 0 ? END_MISSING : element_end(r, name, (size_t)gt, &restart);
    if (end == END_RESTART) {
        consume(r, (size_t)restart);
        dy_reader_error(r, s, a, line, NULL, "<%s> is not closed before the next <%s> on line %ld",
                        name, name, r->line);
        return;
    }
    if (end == END_MISSING) {
        int too_big = dy_input_avail(&r->in) >= r->opts.max_record;
        char close[80];
        snprintf(close, sizeof close, "</%s>", name);
        int found = skip_past(r, close);
        if (too_big && found)
            dy_reader_error(r, s, a, line, NULL, "<%s> is larger than the limit of %zu bytes: skipped",
                            name, r->opts.max_record);
        else
            dy_reader_error(r, s, a, line, NULL, "<%s> is not closed before the end of the input",
                            name);
        return;
    }
    parse_element(r, s, a, name, (size_t)end);
}

/* Skip to the next '<', warning once about any text found outside elements. */
static int next_tag(dy_reader *r)
{
    int warned = 0;
    for (;;) {
        const char *d = dy_input_data(&r->in);
        size_t n = dy_input_avail(&r->in), i = 0;
        while (i < n && d[i] != '<') {
            if (!warned && d[i] != ' ' && d[i] != '\t' && d[i] != '\n' && d[i] != '\r') {
                dy_diagf(r->diag, DY_WARNING, r->path, r->line + dy_count_lines(d, i),
                         "text outside any <Sentence> ignored");
                warned = 1;
            }
            i++;
        }
        consume(r, i);
        if (i < n)
            return 1;
        if (!dy_input_more(&r->in, r->opts.max_record))
            return 0;
    }
}

/* Skip a comment, declaration or end tag at the read position. Returns 0 if unterminated. */
static int skip_markup(dy_reader *r)
{
    const char *close = at(r, 0, "<!--") ? "-->" : at(r, 0, "<?") ? "?>" : ">";
    long e = find(r, 1, close);
    if (e < 0)
        return 0;
    consume(r, (size_t)e + strlen(close));
    return 1;
}

/* The name of the element starting at the read position, into buf. */
static void element_name(dy_reader *r, char *buf, size_t size)
{
    size_t k = 0;
    for (int c; k + 1 < size && (c = byte_at(r, k + 1)) > 0; k++) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '>' || c == '/')
            break;
        buf[k] = (char)c;
    }
    buf[k] = 0;
}

/* Deliver the first queued <Config> from an <Environment>. */
static void pop_pending(dy_reader *r, dy_story *s, dy_arena *a)
{
    dy_pending_config p = r->pending[0];
    memmove(r->pending, r->pending + 1, (r->npending - 1) * sizeof *r->pending);
    r->npending--;
    dy_story_init(s, r, a, p.line);
    s->kind = DY_RECORD_CONFIG;
    s->option = dy_arena_strdup(a, p.option);
    s->value = dy_arena_strdup(a, p.value);
    dy_free(p.option);
    dy_free(p.value);
}

/* Handle the markup at the read position; 1 if it made a record. */
static int at_markup(dy_reader *r, dy_story *s, dy_arena *a)
{
    if (at(r, 0, "<!") || at(r, 0, "<?") || at(r, 0, "</")) {
        if (skip_markup(r))
            return 0;
        long line = r->line;
        consume(r, dy_input_avail(&r->in));
        dy_reader_error(r, s, a, line, NULL, "unterminated comment or tag");
        return 1;
    }
    char name[64];
    element_name(r, name, sizeof name);
    if (!strcmp(name, "Sentence") || !strcmp(name, "Config") || !strcmp(name, "Environment")) {
        read_element(r, s, a, name);
        return 1;
    }
    if (strcmp(name, "Validation") && strcmp(name, "Sentences"))
        dy_diagf(r->diag, DY_WARNING, r->path, r->line, "element <%s> ignored", name);
    long gt = tag_end(r, 1);
    if (gt < 0) {
        long line = r->line;
        consume(r, dy_input_avail(&r->in));
        dy_reader_error(r, s, a, line, NULL, "unterminated tag <%s", name);
        return 1;
    }
    consume(r, (size_t)gt + 1);
    return 0;
}

/*
 * Deliver the next PETRARCH XML record: a <Sentence> story, a <Config>,
 * an <Environment> (its nested <Config>s follow it), or an error record.
 */
int dy_read_xml_next(dy_reader *r, dy_story *s, dy_arena *a)
{
    if (r->npending) {
        pop_pending(r, s, a);
        return 1;
    }
    for (;;) {
        if (!next_tag(r)) {
            if (r->records || r->in.error)
                return 0;
            dy_reader_error(r, s, a, 0, NULL, "no <Sentence>, <Config> or <Environment> records");
            return 1;
        }
        if (at_markup(r, s, a))
            return 1;
    }
}

/* Release the libxml2 parser context. */
void dy_read_xml_close(dy_reader *r)
{
    if (r->xml)
        xmlFreeParserCtxt(r->xml);
    r->xml = NULL;
}
