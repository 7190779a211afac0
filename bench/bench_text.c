/*
 * bench_text.c — throughput of the text layer on one core.
 *
 *   bench_text CORPUS.jsonl [ROUNDS]
 *
 * 1. reads every story with the JSON Lines reader (timed: reader MB/s);
 * 2. splits every story into sentences (timed, best of ROUNDS);
 * 3. splits and tokenizes every story (timed, best of ROUNDS).
 * The stories are held in memory so that steps 2 and 3 measure the
 * splitter and tokenizer, not the disk. MB are 10^6 bytes of story text.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "base/diag.h"
#include "base/mem.h"
#include "text/reader.h"
#include "text/split.h"
#include "text/token.h"
#include "benchutil.h"

typedef struct corpus {
    const char **text;
    size_t *len;
    size_t n, cap, bytes;
    dy_arena arena;
} corpus;

/* Read all stories; returns the seconds it took. */
static double load(const char *path, corpus *c, dy_diag *d)
{
    dy_arena tmp;
    dy_arena_init(&tmp, 1 << 20);
    dy_arena_init(&c->arena, 16 << 20);
    double t0 = bench_now();
    dy_reader *r = dy_reader_open(path, NULL, d);
    dy_story s;
    while (dy_reader_next(r, &s, &tmp)) {
        if (s.kind == DY_RECORD_STORY) {
            DY_GROW(c->text, c->cap, c->n + 1);
            c->len = dy_xrealloc(c->len, c->cap * sizeof *c->len);
            c->text[c->n] = dy_arena_strndup(&c->arena, s.text, s.text_len);
            c->len[c->n++] = s.text_len;
            c->bytes += s.text_len;
        }
        dy_arena_reset(&tmp);
    }
    dy_reader_close(r);
    double t = bench_now() - t0;
    dy_arena_free(&tmp);
    return t;
}

typedef struct result {
    double seconds;
    size_t sentences, tokens;
} result;

static result run_split(const corpus *c, int tokenize)
{
    dy_sentences sv = DY_SENTENCES_INIT;
    dy_tokens tv = DY_TOKENS_INIT;
    result res = {0, 0, 0};
    double t0 = bench_now();
    for (size_t i = 0; i < c->n; i++) {
        res.sentences += dy_split(c->text[i], c->len[i], &sv);
        if (!tokenize)
            continue;
        for (size_t k = 0; k < sv.n; k++)
            res.tokens += dy_tokenize(c->text[i], sv.v[k].start, sv.v[k].end, &tv);
    }
    res.seconds = bench_now() - t0;
    dy_sentences_free(&sv);
    dy_tokens_free(&tv);
    return res;
}

static result best_of(const corpus *c, int tokenize, int rounds)
{
    result best = run_split(c, tokenize);
    for (int i = 1; i < rounds; i++) {
        result r = run_split(c, tokenize);
        if (r.seconds < best.seconds)
            best = r;
    }
    return best;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: bench_text CORPUS.jsonl [ROUNDS]\n");
        return 2;
    }
    int rounds = bench_count_arg(argc, argv, 2, 3);
    dy_diag d;
    dy_diag_init(&d, NULL, NULL);
    corpus c;
    memset(&c, 0, sizeof c);
    double tread = load(argv[1], &c, &d);
    if (!c.n || d.errors) {
        fprintf(stderr, "bench_text: %s: %zu stories, %zu errors\n", argv[1], c.n, d.errors);
        return 1;
    }
    double mb = c.bytes / 1e6;
    printf("corpus        %zu stories, %.1f MB of text\n", c.n, mb);
    printf("read jsonl    %8.1f MB/s  %10.0f stories/s\n", mb / tread, c.n / tread);
    result s = best_of(&c, 0, rounds);
    printf("split         %8.1f MB/s  %10.0f sentences/s  (%zu sentences)\n", mb / s.seconds,
           s.sentences / s.seconds, s.sentences);
    result t = best_of(&c, 1, rounds);
    printf("split+tokens  %8.1f MB/s  %10.0f sentences/s  %10.0f tokens/s  (%zu tokens)\n",
           mb / t.seconds, t.sentences / t.seconds, t.tokens / t.seconds, t.tokens);
    printf("target 200 MB/s for split+tokenize: %s\n", mb / t.seconds >= 200 ? "met" : "NOT met");
    dy_arena_free(&c.arena);
    dy_free(c.text);
    dy_free(c.len);
    return 0;
}
