/*
 * cmd_tokens.c — `dyad tokens`: print the tokens of stories, one per line:
 * story id, sentence number, byte start, byte end, flags, text, normalised form.
 */
#include <string.h>

#include "cli/cli.h"
#include "cli/textcmd.h"
#include "text/split.h"
#include "text/token.h"

static const char help[] =
    "usage: dyad tokens [--input text|jsonl|xml|auto] [--date YYYY-MM-DD] [FILE...]\n"
    "\n"
    "Split stories into sentences and sentences into tokens. Input as for\n"
    "`dyad sentences` (see its --help).\n"
    "\n"
    "Output, tab-separated, one line per token:\n"
    "  story-id  sentence-number  byte-start  byte-end  flags  text  normalised\n"
    "flags: the kind (word, number, punct, symbol) then shape flags: cap,\n"
    "allcaps, digit, hyphen, abbrev, currency, split. Byte offsets are into the\n"
    "story text. Each story starts with a '# story ...' comment line.\n"
    "Exit status: 0 ok, 1 some input was bad (reported on stderr), 2 usage, 3 fatal.\n";

typedef struct state {
    dy_sentences sents;
    dy_tokens toks;
} state;

static void story(void *ctx, const dy_story *s, dy_buf *out)
{
    state *st = ctx;
    dy_split_story(s, &st->sents);
    char flags[96];
    for (size_t i = 0; i < st->sents.n; i++) {
        dy_tokenize(s->text, st->sents.v[i].start, st->sents.v[i].end, &st->toks);
        for (size_t k = 0; k < st->toks.n; k++) {
            const dy_token *t = &st->toks.v[k];
            dy_token_flags_format(t, flags, sizeof flags);
            dy_textcmd_add_span(out, s, i + 1, t->start, t->end, flags);
            dy_buf_addc(out, '\t');
            dy_textcmd_add_text(out, dy_token_norm(&st->toks, k), t->norm_len);
            dy_buf_addc(out, '\n');
        }
    }
}

static int run(int argc, char **argv)
{
    state st = {DY_SENTENCES_INIT, DY_TOKENS_INIT};
    int rc = dy_textcmd_run(argc, argv, help, story, &st);
    dy_sentences_free(&st.sents);
    dy_tokens_free(&st.toks);
    return rc;
}

const dy_command dy_cmd_tokens = {"tokens", "print the tokens of stories", run};
