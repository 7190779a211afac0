/*
 * test_defaults.c — dyad's own default data: the verbs, discards and issues
 * dictionaries load cleanly and use only CAMEO codes, hand-parsed news
 * sentences code as the patterns intend, and the gold set is well formed.
 *
 * The parses below are written for these tests (Penn Treebank style, as
 * `dyad code --parse` reads them), so the patterns are tested without
 * depending on dyad's own tagger and chunker.
 */
#include "testutil.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/diag.h"
#include "code/cameo.h"
#include "dict/dict.h"

/* ---- loading ------------------------------------------------------------ */

typedef struct first_msg { int n; char text[512]; } first_msg;

static void keep_first(void *ctx, dy_severity sev, const char *where, const char *msg)
{
    first_msg *m = ctx;
    if (m->n++ == 0)
        snprintf(m->text, sizeof m->text, "%s: %s: %s", where, dy_severity_name(sev), msg);
}

/* The three files this test is about, without anyone's actors. */
static dy_dict *load_own(first_msg *m, dy_diag *d)
{
    dy_dict_sources src;
    memset(&src, 0, sizeof src);
    src.verbs = "data/dict/verbs.txt";
    src.discards = "data/dict/discards.txt";
    src.issues = "data/dict/issues.txt";
    dy_dict_load_opts opt;
    memset(&opt, 0, sizeof opt);
    opt.no_cache = 1;
    dy_diag_init(d, keep_first, m);
    return dy_dict_load(&src, &opt, d);
}

static void own_dictionaries_load_cleanly(void **state)
{
    (void)state;
    first_msg m = {0};
    dy_diag d;
    dy_dict *dict = load_own(&m, &d);
    assert_non_null(dict);
    if (m.n)
        fprintf(stderr, "first message: %s\n", m.text);
    assert_int_equal(d.errors, 0);
    assert_int_equal(d.warnings, 0);
    assert_true(dict->nblocks >= 100);
    assert_true(dict->npatterns >= 1000);
    assert_true(dict->nsynsets >= 15);
    assert_true(dict->ndiscards >= 150);
    assert_true(dict->nissue_categories >= 10);
    dy_dict_free(dict);
}

/* "---", or a CAMEO code; a pair "A:B" is checked half by half. */
static int code_ok(const char *code, int roots[21])
{
    if (strcmp(code, "---") == 0)
        return 1;
    const dy_cameo_code *c = dy_cameo_find(dy_cameo_default(), code, strlen(code));
    if (c)
        roots[atoi(c->root)] = 1;
    return c != NULL;
}

/* A block or verb code may be a pair "A:B"; each half must be valid. */
static void check_code(const dy_dict *dict, dy_str s, int roots[21], int line)
{
    char code[32];
    snprintf(code, sizeof code, "%s", dy_dict_str(dict, s));
    char *colon = strchr(code, ':');
    if (colon)
        *colon = 0;
    if (!code_ok(code, roots) || (colon && !code_ok(colon + 1, roots)))
        fail_msg("verbs.txt:%d: [%s] is not a CAMEO code", line, dy_dict_str(dict, s));
}

/* Every block, verb and pattern code is CAMEO, and every root is used. */
static void verb_codes_are_cameo(void **state)
{
    (void)state;
    first_msg m = {0};
    dy_diag d;
    dy_dict *dict = load_own(&m, &d);
    assert_non_null(dict);
    int roots[21] = {0};
    for (uint32_t i = 0; i < dict->nblocks; i++)
        check_code(dict, dict->block[i].code, roots, (int)dict->block[i].line);
    for (uint32_t i = 0; i < dict->nverbs; i++)
        check_code(dict, dict->verb[i].code, roots, (int)dict->verb[i].line);
    for (uint32_t i = 0; i < dict->npatterns; i++) {
        const dy_pattern *p = &dict->pattern[i];
        check_code(dict, p->code_a, roots, (int)p->line);
        if (p->flags & DY_PATTERN_PAIRED)
            check_code(dict, p->code_b, roots, (int)p->line);
    }
    for (int r = 1; r <= 20; r++)
        if (!roots[r])
            fail_msg("no verb or pattern codes CAMEO root %02d", r);
    dy_dict_free(dict);
}

/* ---- coding hand-parsed sentences ------------------------------------- */

static const char parsed_news[] =
    "<Sentences>\n"
    "<Sentence date=\"20190620\" id=\"visit\" sentence=\"true\">\n"
    "<Text>Chinese President Xi Jinping arrived in Pyongyang on Thursday for a two-day state visit.</Text>\n"
    "<Parse>(ROOT (S (NP (JJ Chinese) (NNP President) (NNP Xi) (NNP Jinping)) (VP (VBD arrived)"
    " (PP (IN in) (NP (NNP Pyongyang))) (PP (IN on) (NP (NNP Thursday))) (PP (IN for) (NP (DT a)"
    " (JJ two-day) (NN state) (NN visit)))) (. .)))</Parse>\n</Sentence>\n"
    "<Sentence date=\"20190620\" id=\"delay\" sentence=\"true\">\n"
    "<Text>China and Russia delayed a US request at the UN sanctions committee.</Text>\n"
    "<Parse>(ROOT (S (NP (NNP China) (CC and) (NNP Russia)) (VP (VBD delayed) (NP (NP (DT a)"
    " (NNP US) (NN request)) (PP (IN at) (NP (DT the) (NNP UN) (NNS sanctions) (NN committee)))))"
    " (. .)))</Parse>\n</Sentence>\n"
    "<Sentence date=\"20190530\" id=\"tariff-threat\" sentence=\"true\">\n"
    "<Text>Trump threatened to impose tariffs on all Mexican imports.</Text>\n"
    "<Parse>(ROOT (S (NP (NNP Trump)) (VP (VBD threatened) (S (VP (TO to) (VP (VB impose)"
    " (NP (NNS tariffs)) (PP (IN on) (NP (DT all) (JJ Mexican) (NNS imports))))))) (. .)))</Parse>\n"
    "</Sentence>\n"
    "<Sentence date=\"20190228\" id=\"negated\" sentence=\"true\">\n"
    "<Text>Trump did not meet Kim on the second day of the trip.</Text>\n"
    "<Parse>(ROOT (S (NP (NNP Trump)) (VP (VBD did) (RB not) (VP (VB meet) (NP (NNP Kim))"
    " (PP (IN on) (NP (NP (DT the) (JJ second) (NN day)) (PP (IN of) (NP (DT the) (NN trip)))))))"
    " (. .)))</Parse>\n</Sentence>\n"
    "<Sentence date=\"20190301\" id=\"willing\" sentence=\"true\">\n"
    "<Text>Trump said he was willing to meet Kim Jong Un again.</Text>\n"
    "<Parse>(ROOT (S (NP (NNP Trump)) (VP (VBD said) (SBAR (S (NP (PRP he)) (VP (VBD was)"
    " (ADJP (JJ willing) (S (VP (TO to) (VP (VB meet) (NP (NNP Kim) (NNP Jong) (NNP Un))"
    " (ADVP (RB again)))))))))) (. .)))</Parse>\n</Sentence>\n"
    "<Sentence date=\"20190510\" id=\"raise\" sentence=\"true\">\n"
    "<Text>The United States raised tariffs on Chinese goods.</Text>\n"
    "<Parse>(ROOT (S (NP (DT The) (NNP United) (NNPS States)) (VP (VBD raised) (NP (NNS tariffs))"
    " (PP (IN on) (NP (JJ Chinese) (NNS goods)))) (. .)))</Parse>\n</Sentence>\n"
    "<Sentence date=\"20190620\" id=\"host\" sentence=\"true\">\n"
    "<Text>Kim Jong Un hosted Xi Jinping at a state banquet.</Text>\n"
    "<Parse>(ROOT (S (NP (NNP Kim) (NNP Jong) (NNP Un)) (VP (VBD hosted) (NP (NNP Xi) (NNP Jinping))"
    " (PP (IN at) (NP (DT a) (NN state) (NN banquet)))) (. .)))</Parse>\n</Sentence>\n"
    "<Sentence date=\"20190620\" id=\"reasonable\" sentence=\"true\">\n"
    "<Text>China called the US proposal reasonable.</Text>\n"
    "<Parse>(ROOT (S (NP (NNP China)) (VP (VBD called) (S (NP (DT the) (NNP US) (NN proposal))"
    " (ADJP (JJ reasonable)))) (. .)))</Parse>\n</Sentence>\n"
    "<Sentence date=\"20190613\" id=\"accuse\" sentence=\"true\">\n"
    "<Text>Washington accused Tehran of attacking two oil tankers.</Text>\n"
    "<Parse>(ROOT (S (NP (NNP Washington)) (VP (VBD accused) (NP (NNP Tehran)) (PP (IN of)"
    " (S (VP (VBG attacking) (NP (CD two) (NN oil) (NNS tankers)))))) (. .)))</Parse>\n</Sentence>\n"
    "<Sentence date=\"20190620\" id=\"hedged\" sentence=\"true\">\n"
    "<Text>If the talks fail, the United States could impose new sanctions on North Korea.</Text>\n"
    "<Parse>(ROOT (S (SBAR (IN If) (S (NP (DT the) (NNS talks)) (VP (VBP fail)))) (, ,)"
    " (NP (DT the) (NNP United) (NNPS States)) (VP (MD could) (VP (VB impose) (NP (JJ new)"
    " (NNS sanctions)) (PP (IN on) (NP (NNP North) (NNP Korea))))) (. .)))</Parse>\n</Sentence>\n"
    "<Sentence date=\"20190620\" id=\"urge\" sentence=\"true\">\n"
    "<Text>Beijing has urged Washington to ease sanctions on Pyongyang.</Text>\n"
    "<Parse>(ROOT (S (NP (NNP Beijing)) (VP (VBZ has) (VP (VBN urged) (S (NP (NNP Washington))"
    " (VP (TO to) (VP (VB ease) (NP (NP (NNS sanctions)) (PP (IN on) (NP (NNP Pyongyang)))))))))"
    " (. .)))</Parse>\n</Sentence>\n"
    "<Sentence date=\"20190620\" id=\"expect\" sentence=\"true\">\n"
    "<Text>Pakistan expects more aid from China.</Text>\n"
    "<Parse>(ROOT (S (NP (NNP Pakistan)) (VP (VBZ expects) (NP (JJR more) (NN aid)) (PP (IN from)"
    " (NP (NNP China)))) (. .)))</Parse>\n</Sentence>\n"
    "<Sentence date=\"20190703\" id=\"football\" sentence=\"true\">\n"
    "<Text>Brazil beat Argentina 2-0 in the Copa America semifinal.</Text>\n"
    "<Parse>(ROOT (S (NP (NNP Brazil)) (VP (VBD beat) (NP (NNP Argentina)) (NP (CD 2-0)) (PP (IN in)"
    " (NP (DT the) (NNP Copa) (NNP America) (NN semifinal)))) (. .)))</Parse>\n</Sentence>\n"
    "<Sentence date=\"20190923\" id=\"release\" sentence=\"true\">\n"
    "<Text>Iran released the British tanker.</Text>\n"
    "<Parse>(ROOT (S (NP (NNP Iran)) (VP (VBD released) (NP (DT the) (JJ British) (NN tanker))) (. .)))"
    "</Parse>\n</Sentence>\n"
    "<Sentence date=\"20190613\" id=\"future\" sentence=\"true\">\n"
    "<Text>Xi Jinping will visit Pyongyang next week.</Text>\n"
    "<Parse>(ROOT (S (NP (NNP Xi) (NNP Jinping)) (VP (MD will) (VP (VB visit) (NP (NNP Pyongyang))"
    " (NP (JJ next) (NN week)))) (. .)))</Parse>\n</Sentence>\n"
    "<Sentence date=\"20190620\" id=\"background\" sentence=\"true\">\n"
    "<Text>Xi last visited North Korea in 2005.</Text>\n"
    "<Parse>(ROOT (S (NP (NNP Xi)) (ADVP (RB last)) (VP (VBD visited) (NP (NNP North) (NNP Korea))"
    " (PP (IN in) (NP (CD 2005)))) (. .)))</Parse>\n</Sentence>\n"
    "<Sentence date=\"20190620\" id=\"mutual\" sentence=\"true\">\n"
    "<Text>The United States and China have imposed tariffs on each other's goods.</Text>\n"
    "<Parse>(ROOT (S (NP (NP (DT The) (NNP United) (NNPS States)) (CC and) (NP (NNP China)))"
    " (VP (VBP have) (VP (VBN imposed) (NP (NNS tariffs)) (PP (IN on) (NP (NP (DT each) (JJ other)"
    " (POS 's)) (NNS goods))))) (. .)))</Parse>\n</Sentence>\n"
    "</Sentences>\n";

/* What a CAMEO coder wants from each sentence above ("none" ones absent). */
static const char *const expected_events[] = {
    "accuse USAGOV IRNGOV 1123",
    "delay CHN USA 120",
    "delay RUS USA 120",
    "expect PAK CHN 023",
    "future CHNGOV PRKGOV 036",
    "host CHNGOV PRKGOV 042",
    "host PRKGOV CHNGOV 043",
    "mutual CHN USA 163",
    "mutual USA CHN 163",
    "raise USA CHN 163",
    "reasonable CHN USA 051",
    "release IRN GBR 0842",
    "tariff-threat USAGOV MEX 1312",
    "urge CHNGOV USAGOV 0254",
    "visit CHNGOV PRKGOV 042",
    "visit PRKGOV CHNGOV 043",
    "willing USAGOV PRKGOV 036",
};

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* "story source target code" for each JSON line of out, sorted. */
static size_t collect_events(const char *out, char **keys, size_t cap)
{
    size_t n = 0;
    const char *line = out;
    while (*line && n < cap) {
        const char *nl = strchr(line, '\n');
        size_t len = nl ? (size_t)(nl - line) : strlen(line);
        json_error_t err;
        json_t *ev = json_loadb(line, len, 0, &err);
        assert_non_null(ev);
        char key[128];
        snprintf(key, sizeof key, "%s %s %s %s",
                 json_string_value(json_object_get(ev, "story")),
                 json_string_value(json_object_get(ev, "source")),
                 json_string_value(json_object_get(ev, "target")),
                 json_string_value(json_object_get(ev, "code")));
        keys[n++] = strdup(key);
        json_decref(ev);
        line = nl ? nl + 1 : line + len;
    }
    qsort(keys, n, sizeof *keys, cmp_str);
    return n;
}

static void defaults_code_parsed_news(void **state)
{
    (void)state;
    char *path = dyad_temp_file(".xml", parsed_news, sizeof parsed_news - 1);
    const char *const args[] = {"code", "--no-cache", "--parse", path, NULL};
    dyad_run r = dyad_run_cli(NULL, 0, args);
    if (r.status != 0)
        fprintf(stderr, "%s", r.err);
    assert_int_equal(r.status, 0);
    char *got[64];
    size_t n = collect_events(r.out, got, 64);
    size_t want = sizeof expected_events / sizeof expected_events[0];
    for (size_t i = 0; i < n && i < want; i++)
        if (strcmp(got[i], expected_events[i]) != 0)
            fail_msg("event %zu: got \"%s\", expected \"%s\"", i, got[i], expected_events[i]);
    assert_int_equal(n, want);
    /* the football sentence is discarded, not merely uncoded */
    assert_non_null(strstr(r.err, "1 discarded"));
    for (size_t i = 0; i < n; i++)
        free(got[i]);
    dyad_run_free(&r);
    remove(path);
    free(path);
}

/* ---- the gold set ------------------------------------------------------- */

/* An actor code: 3 to 15 capitals in whole 3-letter units, not "---". */
static int actor_code_ok(const char *s)
{
    size_t n = s ? strlen(s) : 0;
    if (n < 3 || n > 15 || n % 3)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] < 'A' || s[i] > 'Z')
            return 0;
    return 1;
}

static void check_gold_record(json_t *rec, int roots[21], size_t *empty)
{
    const char *id = json_string_value(json_object_get(rec, "id"));
    const char *date = json_string_value(json_object_get(rec, "date"));
    const char *text = json_string_value(json_object_get(rec, "text"));
    const char *note = json_string_value(json_object_get(rec, "note"));
    json_t *events = json_object_get(rec, "events");
    assert_non_null(id);
    if (!date || strlen(date) != 10 || date[4] != '-' || date[7] != '-')
        fail_msg("%s: bad date", id);
    if (!text || !*text || !note || !*note || !json_is_array(events))
        fail_msg("%s: text, note and events are required", id);
    if (json_array_size(events) == 0)
        ++*empty;
    size_t i;
    json_t *ev;
    json_array_foreach(events, i, ev) {
        const char *src = json_string_value(json_object_get(ev, "source"));
        const char *tgt = json_string_value(json_object_get(ev, "target"));
        const char *code = json_string_value(json_object_get(ev, "code"));
        if (!actor_code_ok(src) || !actor_code_ok(tgt))
            fail_msg("%s: bad actor code", id);
        if (!code || strcmp(code, "---") == 0 || !code_ok(code, roots))
            fail_msg("%s: %s is not a CAMEO code", id, code ? code : "(none)");
    }
}

static void gold_set_is_well_formed(void **state)
{
    (void)state;
    FILE *f = fopen("tests/data/gold/news-gold.jsonl", "r");
    assert_non_null(f);
    int roots[21] = {0};
    size_t n = 0, empty = 0;
    char line[4096];
    char *ids[512];
    while (fgets(line, sizeof line, f)) {
        json_error_t err;
        json_t *rec = json_loads(line, 0, &err);
        if (!rec)
            fail_msg("news-gold.jsonl:%zu: %s", n + 1, err.text);
        check_gold_record(rec, roots, &empty);
        assert_true(n < 512);
        ids[n++] = strdup(json_string_value(json_object_get(rec, "id")));
        json_decref(rec);
    }
    fclose(f);
    assert_true(n >= 100);
    assert_true(empty >= 15);
    for (int r = 1; r <= 20; r++)
        if (!roots[r])
            fail_msg("the gold set has no event of root %02d", r);
    qsort(ids, n, sizeof *ids, cmp_str);
    for (size_t i = 1; i < n; i++)
        if (strcmp(ids[i - 1], ids[i]) == 0)
            fail_msg("duplicate id %s", ids[i]);
    for (size_t i = 0; i < n; i++)
        free(ids[i]);
}

DYAD_TEST_GROUP(default_dicts,
    cmocka_unit_test(own_dictionaries_load_cleanly),
    cmocka_unit_test(verb_codes_are_cameo),
    cmocka_unit_test(defaults_code_parsed_news),
    cmocka_unit_test(gold_set_is_well_formed))
