/*
 * test_writer.c — JSON Lines and TSV event records: keys, order, escaping.
 */
#include "testutil.h"

#include <string.h>

#include "out/writer.h"

static dy_event sample(void)
{
    dy_event e;
    memset(&e, 0, sizeof e);
    e.story = "s\"1";
    e.sentence = 2;
    e.date = 20190619;
    e.source = "CHN";
    e.target = "PRK";
    e.code = "042";
    e.root = "04";
    e.quad = 1;
    e.has_goldstein = 1;
    e.goldstein = 1.9;
    e.source_text = "Xi Jinping";
    e.source_span = (dyad_span){0, 10};
    e.target_text = "North Korea";
    e.target_span = (dyad_span){25, 36};
    e.verb_text = "visited";
    e.verb_span = (dyad_span){11, 18};
    e.pattern_file = "CAMEO.2.0.txt";
    e.pattern_line = 120;
    e.issues = "";
    return e;
}

static void jsonl_keys_in_order(void **state)
{
    (void)state;
    dy_event e = sample();
    dy_writer_opts o = {DY_OUT_JSONL, 0};
    dy_buf b = DY_BUF_INIT;
    dy_write_event(&o, &e, &b);
    assert_string_equal(b.data,
        "{\"story\":\"s\\\"1\",\"sentence\":2,\"date\":\"2019-06-19\",\"source\":\"CHN\","
        "\"target\":\"PRK\",\"code\":\"042\",\"root\":\"04\",\"quad\":1,\"goldstein\":1.9,"
        "\"source_text\":\"Xi Jinping\",\"source_span\":[0,10],\"target_text\":\"North Korea\","
        "\"target_span\":[25,36],\"verb_text\":\"visited\",\"verb_span\":[11,18],"
        "\"pattern\":\"CAMEO.2.0.txt:120\",\"issues\":\"\"}\n");
    dy_buf_free(&b);
}

static void jsonl_non_cameo_code_has_nulls(void **state)
{
    (void)state;
    dy_event e = sample();
    e.code = "174K";
    e.root = "17";
    e.quad = 0;
    e.has_goldstein = 0;
    e.date = 0;
    e.target_span = (dyad_span){-1, -1};
    dy_writer_opts o = {DY_OUT_JSONL, 0};
    dy_buf b = DY_BUF_INIT;
    dy_write_event(&o, &e, &b);
    assert_non_null(strstr(b.data, "\"date\":null"));
    assert_non_null(strstr(b.data, "\"code\":\"174K\""));
    assert_non_null(strstr(b.data, "\"quad\":null,\"goldstein\":null"));
    assert_non_null(strstr(b.data, "\"target_span\":null"));
    dy_buf_free(&b);
}

static void negative_goldstein_is_exact(void **state)
{
    (void)state;
    dy_event e = sample();
    e.goldstein = -9.5;
    e.code = "190";
    dy_writer_opts o = {DY_OUT_JSONL, 0};
    dy_buf b = DY_BUF_INIT;
    dy_write_event(&o, &e, &b);
    assert_non_null(strstr(b.data, "\"goldstein\":-9.5,"));
    dy_buf_free(&b);
}

static int count_char(const char *s, char c)
{
    int n = 0;
    for (; *s; s++)
        n += *s == c;
    return n;
}

static void tsv_header_matches_rows(void **state)
{
    (void)state;
    dy_event e = sample();
    e.source_text = "Xi\tJinping";
    dy_writer_opts o = {DY_OUT_TSV, 1};
    dy_buf h = DY_BUF_INIT, b = DY_BUF_INIT, m = DY_BUF_INIT;
    dy_write_header(&o, &h);
    dy_write_event(&o, &e, &b);
    dy_write_empty(&o, "s9", 3, "no events", &m);
    assert_true(strncmp(h.data, "story\tsentence\tdate\tsource\ttarget\tcode\t", 38) == 0);
    assert_int_equal(count_char(h.data, '\t'), count_char(b.data, '\t'));
    assert_int_equal(count_char(h.data, '\t'), count_char(m.data, '\t'));
    assert_non_null(strstr(b.data, "Xi Jinping\t0\t10\t"));
    assert_non_null(strstr(b.data, "\tCONSULT\tvisit\n") ? b.data : NULL);
    dy_buf_free(&h);
    dy_buf_free(&b);
    dy_buf_free(&m);
}

static void empty_story_record(void **state)
{
    (void)state;
    dy_writer_opts o = {DY_OUT_JSONL, 0};
    dy_buf b = DY_BUF_INIT;
    dy_write_empty(&o, "s9", 3, "no events", &b);
    assert_string_equal(b.data, "{\"story\":\"s9\",\"sentences\":3,\"events\":0,\"status\":\"no events\"}\n");
    dy_buf_free(&b);
}

DYAD_TEST_GROUP(out_writer,
    cmocka_unit_test(jsonl_keys_in_order),
    cmocka_unit_test(jsonl_non_cameo_code_has_nulls),
    cmocka_unit_test(negative_goldstein_is_exact),
    cmocka_unit_test(tsv_header_matches_rows),
    cmocka_unit_test(empty_story_record))
