/*
 * cmd_sentences.c — `dyad sentences`: print the sentences of stories, one
 * per line: story id, sentence number, byte start, byte end, flags, text.
 */
#include <string.h>

#include "cli/cli.h"
#include "cli/textcmd.h"
#include "text/split.h"

static const char help[] =
    "usage: dyad sentences [--input text|jsonl|xml|auto] [--date YYYY-MM-DD] [FILE...]\n"
    "\n"
    "Split stories into sentences. Reads standard input when no FILE is given\n"
    "or for '-'. The format follows the file extension (.jsonl .ndjson .json:\n"
    "JSON Lines, .xml: PETRARCH XML, else plain text, one story per file)\n"
    "unless --input says otherwise. --date gives the date of stories that\n"
    "have none of their own.\n"
    "\n"
    "Output, tab-separated, one line per sentence:\n"
    "  story-id  sentence-number  byte-start  byte-end  flags  text\n"
    "flags: heading, byline, dateline, quote, para, cut (comma-separated) or '-'.\n"
    "Each story starts with a comment line '# story ID date=YYYY-MM-DD (source)'\n"
    "or 'date=unknown'; unreadable records give '# error ...' lines.\n"
    "Exit status: 0 ok, 1 some input was bad (reported on stderr), 2 usage, 3 fatal.\n";

typedef struct state {
    dy_sentences sents;
} state;

static void story(void *ctx, const dy_story *s, dy_buf *out)
{
    state *st = ctx;
    dy_split_story(s, &st->sents);
    char flags[64];
    for (size_t i = 0; i < st->sents.n; i++) {
        const dy_sentence *x = &st->sents.v[i];
        dy_sent_flags_format(x->flags, flags, sizeof flags);
        dy_textcmd_add_span(out, s, i + 1, x->start, x->end, flags);
        dy_buf_addc(out, '\n');
    }
}

static int run(int argc, char **argv)
{
    state st = {DY_SENTENCES_INIT};
    int rc = dy_textcmd_run(argc, argv, help, story, &st);
    dy_sentences_free(&st.sents);
    return rc;
}

const dy_command dy_cmd_sentences = {"sentences", "print the sentences of stories", run};
