/*
 * gen_corpus.c — a deterministic corpus of news-like stories for the
 * benchmarks: JSON Lines (one story per line) and plain text files.
 *
 *   gen_corpus [--sentences N] [--seed S] [--jsonl FILE] [--text-dir DIR]
 *              [--stories-per-file K]
 *
 * The same seed gives the same bytes. Stories mix what the coder meets in
 * practice: countries, leaders, ministries, organisations and armed groups
 * in many phrasings; cooperative and hostile verbs in several tenses and
 * voices; dates, quotes, abbreviations (U.S., U.N., Mr., Gen., Jan.),
 * money and numbers; long sentences with asides and short ones; headlines,
 * wire datelines, bylines; and many sentences about markets, sport or
 * weather that code nothing. Figures go to stderr.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/buf.h"

typedef struct rng {
    uint64_t s;
} rng;

/* splitmix64: small, fast and the same everywhere. */
static uint64_t next(rng *r)
{
    uint64_t z = (r->s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

static unsigned pick(rng *r, unsigned n)
{
    return (unsigned)(next(r) % n);
}

static int chance(rng *r, unsigned percent)
{
    return pick(r, 100) < percent;
}

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))
#define PICK(r, a) ((a)[pick((r), (unsigned)COUNT(a))])

typedef struct country {
    const char *name, *adj, *capital, *title, *leader, *surname;
} country;

static const country countries[] = {
    {"China", "Chinese", "Beijing", "President", "Xi Jinping", "Xi"},
    {"the United States", "American", "Washington", "President", "Donald Trump", "Trump"},
    {"Russia", "Russian", "Moscow", "President", "Vladimir Putin", "Putin"},
    {"North Korea", "North Korean", "Pyongyang", "leader", "Kim Jong Un", "Kim"},
    {"South Korea", "South Korean", "Seoul", "President", "Moon Jae-in", "Moon"},
    {"Japan", "Japanese", "Tokyo", "Prime Minister", "Shinzo Abe", "Abe"},
    {"India", "Indian", "New Delhi", "Prime Minister", "Narendra Modi", "Modi"},
    {"Pakistan", "Pakistani", "Islamabad", "Prime Minister", "Imran Khan", "Khan"},
    {"Iran", "Iranian", "Tehran", "President", "Hassan Rouhani", "Rouhani"},
    {"Israel", "Israeli", "Jerusalem", "Prime Minister", "Benjamin Netanyahu", "Netanyahu"},
    {"Turkey", "Turkish", "Ankara", "President", "Recep Tayyip Erdogan", "Erdogan"},
    {"Syria", "Syrian", "Damascus", "President", "Bashar al-Assad", "Assad"},
    {"Egypt", "Egyptian", "Cairo", "President", "Abdel Fattah el-Sisi", "Sisi"},
    {"Saudi Arabia", "Saudi", "Riyadh", "Crown Prince", "Mohammed bin Salman", "Mohammed"},
    {"Germany", "German", "Berlin", "Chancellor", "Angela Merkel", "Merkel"},
    {"France", "French", "Paris", "President", "Emmanuel Macron", "Macron"},
    {"Britain", "British", "London", "Prime Minister", "Theresa May", "May"},
    {"Ukraine", "Ukrainian", "Kyiv", "President", "Volodymyr Zelensky", "Zelensky"},
    {"Venezuela", "Venezuelan", "Caracas", "President", "Nicol\xC3\xA1s Maduro", "Maduro"},
    {"Brazil", "Brazilian", "Bras\xC3\xADlia", "President", "Jair Bolsonaro", "Bolsonaro"},
    {"Mexico", "Mexican", "Mexico City", "President", "Andr\xC3\xA9s Manuel L\xC3\xB3pez Obrador", "L\xC3\xB3pez Obrador"},
    {"Nigeria", "Nigerian", "Abuja", "President", "Muhammadu Buhari", "Buhari"},
    {"Kenya", "Kenyan", "Nairobi", "President", "Uhuru Kenyatta", "Kenyatta"},
    {"Ethiopia", "Ethiopian", "Addis Ababa", "Prime Minister", "Abiy Ahmed", "Abiy"},
    {"Afghanistan", "Afghan", "Kabul", "President", "Ashraf Ghani", "Ghani"},
    {"Iraq", "Iraqi", "Baghdad", "Prime Minister", "Adel Abdul Mahdi", "Abdul Mahdi"},
    {"Yemen", "Yemeni", "Sanaa", "President", "Abd-Rabbu Mansour Hadi", "Hadi"},
    {"Colombia", "Colombian", "Bogot\xC3\xA1", "President", "Iv\xC3\xA1n Duque", "Duque"},
    {"the Philippines", "Philippine", "Manila", "President", "Rodrigo Duterte", "Duterte"},
    {"Vietnam", "Vietnamese", "Hanoi", "Prime Minister", "Nguyen Xuan Phuc", "Phuc"},
};

static const char *const organisations[] = {
    "the United Nations", "the U.N.", "the U.N. Security Council", "NATO", "the European Union",
    "the EU", "the African Union", "the World Health Organization", "the International Monetary Fund",
    "the IMF", "the World Bank", "the Red Cross", "Amnesty International", "Human Rights Watch",
    "the Arab League", "ASEAN", "the Organization of American States", "OPEC",
};

static const char *const groups[] = {
    "the Taliban", "Hamas", "Hezbollah", "Islamic State militants", "al-Shabab fighters",
    "Boko Haram", "Houthi rebels", "opposition protesters", "rebel forces", "armed men",
    "student demonstrators", "striking workers", "separatist rebels",
};

static const char *const roles[] = {
    "foreign minister", "defense minister", "prime minister", "ambassador to the U.N.",
    "trade representative", "finance minister", "interior minister", "army chief",
};

static const char *const bodies[] = {
    "Foreign Ministry", "Defense Ministry", "government", "military", "police", "parliament",
    "navy", "coast guard", "central bank", "embassy in Washington",
};

static const char *const people[] = {
    "Mr. Chen", "Gen. Lopez", "Dr. Amina Yusuf", "Sen. Mark Warner", "Lt. Col. Ahmed Salem",
    "Ms. Keller", "Gov. Andrew Cuomo", "Rep. Adam Schiff", "George W. Bush", "John F. Kerry",
};

/* One way among many to name a side of an event. */
static void actor(rng *r, dy_buf *b, int start)
{
    const country *c = &PICK(r, countries);
    int k = (int)pick(r, 16);
    char cap[64];
    switch (k) {
    case 0: case 1:
        snprintf(cap, sizeof cap, "%s", c->name);
        break;
    case 2:
        snprintf(cap, sizeof cap, "%s", c->capital);
        break;
    case 3:
        snprintf(cap, sizeof cap, "the %s government", c->adj);
        break;
    case 4:
        snprintf(cap, sizeof cap, "%s officials", c->adj);
        break;
    case 5:
        snprintf(cap, sizeof cap, "%s %s %s", c->adj, c->title, c->leader);
        break;
    case 6:
        snprintf(cap, sizeof cap, "%s", c->surname);
        break;
    case 7:
        snprintf(cap, sizeof cap, "%s's %s", c->name, PICK(r, roles));
        break;
    case 8:
        snprintf(cap, sizeof cap, "the %s %s", c->adj, PICK(r, bodies));
        break;
    case 9: case 10:
        snprintf(cap, sizeof cap, "%s", PICK(r, organisations));
        break;
    case 11:
        snprintf(cap, sizeof cap, "%s", PICK(r, groups));
        break;
    case 12:
        snprintf(cap, sizeof cap, "%s troops", c->adj);
        break;
    case 13:
        snprintf(cap, sizeof cap, "%s", PICK(r, people));
        break;
    default:
        snprintf(cap, sizeof cap, "%s %s", c->title, c->leader);
        break;
    }
    if (start && cap[0] >= 'a' && cap[0] <= 'z')
        cap[0] = (char)(cap[0] - 32);  /* "the Taliban" → "The Taliban" */
    dy_buf_adds(b, cap);
}

static const char *const days[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                   "Saturday", "Sunday"};
static const char *const months[] = {"January", "February", "March", "April", "May", "June",
                                     "July", "August", "September", "October", "November",
                                     "December"};
static const char *const month_abbr[] = {"Jan.", "Feb.", "March", "April", "May", "June",
                                         "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."};

static void when(rng *r, dy_buf *b)
{
    switch (pick(r, 8)) {
    case 0: case 1: case 2: dy_buf_addf(b, " on %s", PICK(r, days)); break;
    case 3: dy_buf_adds(b, " last week"); break;
    case 4: dy_buf_addf(b, " on %s %u", PICK(r, month_abbr), 1 + pick(r, 28)); break;
    case 5: dy_buf_addf(b, " at %u %s local time", 1 + pick(r, 12), chance(r, 50) ? "a.m." : "p.m."); break;
    case 6: dy_buf_adds(b, " earlier this month"); break;
    default: break;
    }
}

static const char *const topics[] = {
    "the disputed border", "trade tariffs", "the nuclear program", "refugees", "oil exports",
    "the ceasefire", "human rights", "fishing rights", "the election results", "water rights",
    "arms sales", "the detained journalists", "counterterrorism", "climate policy",
};

static const char *const deeds[] = {
    "withdraw its troops", "release the prisoners", "return to the negotiating table",
    "halt missile tests", "lift the sanctions", "open the border crossing",
    "hold new elections", "stop the attacks", "allow aid convoys through", "respect the truce",
};

static const char *const crimes[] = {
    "violating the ceasefire", "spying", "interfering in the election", "human rights abuses",
    "supporting terrorism", "cyberattacks on state agencies", "smuggling weapons",
};

/* A verb phrase with its target; the story's political core. */
static void event(rng *r, dy_buf *b)
{
    switch (pick(r, 26)) {
    case 0: dy_buf_adds(b, " met with "); actor(r, b, 0); break;
    case 1: dy_buf_adds(b, " accused "); actor(r, b, 0); dy_buf_addf(b, " of %s", PICK(r, crimes)); break;
    case 2: dy_buf_adds(b, " condemned "); actor(r, b, 0); break;
    case 3: dy_buf_adds(b, " praised "); actor(r, b, 0); break;
    case 4: dy_buf_adds(b, " signed an agreement with "); actor(r, b, 0); break;
    case 5: dy_buf_adds(b, " threatened to impose sanctions on "); actor(r, b, 0); break;
    case 6: dy_buf_adds(b, " attacked "); actor(r, b, 0); break;
    case 7: dy_buf_adds(b, " called on "); actor(r, b, 0); dy_buf_addf(b, " to %s", PICK(r, deeds)); break;
    case 8: dy_buf_adds(b, " rejected a proposal from "); actor(r, b, 0); break;
    case 9: dy_buf_adds(b, " urged "); actor(r, b, 0); dy_buf_addf(b, " to %s", PICK(r, deeds)); break;
    case 10: dy_buf_addf(b, " visited %s", PICK(r, countries).capital); break;
    case 11: dy_buf_adds(b, " hosted "); actor(r, b, 0); break;
    case 12: dy_buf_adds(b, " criticized "); actor(r, b, 0); dy_buf_addf(b, " over %s", PICK(r, topics)); break;
    case 13: dy_buf_adds(b, " expelled the ambassador of "); dy_buf_adds(b, PICK(r, countries).name); break;
    case 14: dy_buf_adds(b, " denied claims by "); actor(r, b, 0); break;
    case 15: dy_buf_addf(b, " pledged $%u million in aid to ", 5 + pick(r, 500)); actor(r, b, 0); break;
    case 16: dy_buf_addf(b, " deployed %u,%03u troops near the border with %s", 1 + pick(r, 9),
                         pick(r, 1000), PICK(r, countries).name); break;
    case 17: dy_buf_adds(b, " negotiated with "); actor(r, b, 0); dy_buf_addf(b, " over %s", PICK(r, topics)); break;
    case 18: dy_buf_adds(b, " fired rockets at "); actor(r, b, 0); break;
    case 19: dy_buf_adds(b, " agreed to resume talks with "); actor(r, b, 0); break;
    case 20: dy_buf_adds(b, " cut diplomatic ties with "); dy_buf_adds(b, PICK(r, countries).name); break;
    case 21: dy_buf_adds(b, " has warned "); actor(r, b, 0); dy_buf_adds(b, " against escalating the conflict"); break;
    case 22: dy_buf_adds(b, " will meet "); actor(r, b, 0); dy_buf_adds(b, " next month"); break;
    case 23: dy_buf_adds(b, " is expected to visit "); dy_buf_adds(b, PICK(r, countries).name); break;
    case 24: dy_buf_adds(b, " was accused by "); actor(r, b, 0); dy_buf_addf(b, " of %s", PICK(r, crimes)); break;
    default: dy_buf_adds(b, " imposed new sanctions on "); actor(r, b, 0); break;
    }
}

static const char *const asides[] = {
    ", after weeks of rising tension", ", according to state media", ", officials said",
    ", a move that analysts said could deepen the crisis", " despite objections from the opposition",
    " for the first time since 2014", ", the latest sign of a thaw", " amid growing pressure at home",
};

/* End a sentence with a period, unless it already ends with one ("the U.N."). */
static void full_stop(dy_buf *b)
{
    if (!b->len || b->data[b->len - 1] != '.')
        dy_buf_addc(b, '.');
}

/* A sentence that reports an event (maybe with an aside, a reporting frame or a quote). */
static void event_sentence(rng *r, dy_buf *b)
{
    unsigned form = pick(r, 10);
    if (form == 0) {
        dy_buf_adds(b, "\xE2\x80\x9CWe will not accept this,\xE2\x80\x9D ");
        actor(r, b, 0);
        dy_buf_adds(b, " said, adding that talks would continue.");
        return;
    }
    if (form == 1) {
        actor(r, b, 1);
        dy_buf_adds(b, " said");
        when(r, b);
        dy_buf_adds(b, " that ");
        actor(r, b, 0);
        event(r, b);
        full_stop(b);
        return;
    }
    actor(r, b, 1);
    event(r, b);
    when(r, b);
    if (chance(r, 35))
        dy_buf_adds(b, PICK(r, asides));
    if (chance(r, 15)) {
        dy_buf_adds(b, " -- the ");
        dy_buf_adds(b, chance(r, 50) ? "second" : "third");
        dy_buf_adds(b, " such step this year --");
        dy_buf_adds(b, " and said it would ");
        dy_buf_adds(b, PICK(r, deeds));
    }
    full_stop(b);
}

static const char *const companies[] = {"Acme Inc.", "Globex Corp.", "Initech", "Umbrella Co.",
                                        "Hooli", "Stark Industries", "Wayne Enterprises"};
static const char *const teams[] = {"Lions", "Tigers", "Eagles", "Rovers", "United", "City"};

/* A sentence that codes nothing: markets, sport, weather, background. */
static void filler_sentence(rng *r, dy_buf *b)
{
    switch (pick(r, 12)) {
    case 0: dy_buf_addf(b, "Shares of %s rose %u.%u%% in early trading.", PICK(r, companies),
                        pick(r, 9), pick(r, 10)); break;
    case 1: dy_buf_addf(b, "The weather in %s is expected to stay hot through %s.",
                        PICK(r, countries).capital, PICK(r, days)); break;
    case 2: dy_buf_addf(b, "The %s beat the %s %u-%u on %s.", PICK(r, teams), PICK(r, teams),
                        pick(r, 5) + 1, pick(r, 2), PICK(r, days)); break;
    case 3: dy_buf_adds(b, "Analysts said the figures were in line with expectations."); break;
    case 4: dy_buf_addf(b, "Oil prices fell %u.%u percent to $%u.%02u a barrel.", pick(r, 4),
                        pick(r, 10), 40 + pick(r, 40), pick(r, 100)); break;
    case 5: dy_buf_adds(b, "It was not immediately clear how many people were affected."); break;
    case 6: dy_buf_addf(b, "The museum will reopen in %s after a $%u million renovation.",
                        PICK(r, month_abbr), 2 + pick(r, 50)); break;
    case 7: dy_buf_addf(b, "%s, which employs %u,%03u people, declined to comment.",
                        PICK(r, companies), 1 + pick(r, 90), pick(r, 1000)); break;
    case 8: dy_buf_adds(b, "Officials did not respond to requests for comment."); break;
    case 9: dy_buf_addf(b, "The report, published in %s, runs to %u pages.", PICK(r, months),
                        40 + pick(r, 400)); break;
    case 10: dy_buf_adds(b, "Traffic was heavy... but the city stayed calm."); break;
    default: dy_buf_addf(b, "Inflation reached %u.%u%% in %s, the highest level in a decade.",
                         1 + pick(r, 9), pick(r, 10), PICK(r, months)); break;
    }
}

typedef struct counts {
    uint64_t stories, sentences, bytes;
} counts;

/* One story's text (paragraphs separated by blank lines); returns its sentence count. */
static unsigned story_text(rng *r, dy_buf *b, int date)
{
    unsigned n = 0, want = 3 + pick(r, 30);
    if (chance(r, 25)) {
        const country *c = &PICK(r, countries);
        dy_buf_addf(b, "%s Talks With %s Stall Over %s\n\n", c->adj, PICK(r, countries).name,
                    chance(r, 50) ? "Sanctions" : "Border Dispute");
        n++;
    }
    if (chance(r, 10)) {
        dy_buf_adds(b, "By Jane Doe and Ahmed Salem\n\n");
        n++;
    }
    if (chance(r, 30)) {
        const country *c = &PICK(r, countries);
        for (const char *p = c->capital; *p; p++)
            dy_buf_addc(b, (*p >= 'a' && *p <= 'z') ? (char)(*p - 32) : *p);
        dy_buf_adds(b, chance(r, 50) ? " (Reuters) - " : " (AP) \xE2\x80\x94 ");
        n++;
    }
    while (n < want) {
        unsigned para = 1 + pick(r, 3);
        for (unsigned i = 0; i < para; i++, n++) {
            if (i)
                dy_buf_addc(b, ' ');
            if (chance(r, 55))
                event_sentence(r, b);
            else
                filler_sentence(r, b);
        }
        dy_buf_adds(b, "\n\n");
    }
    if (chance(r, 10)) {
        dy_buf_adds(b, "Choe Sang-Hun contributed reporting from Seoul.\n\n");
        n++;
    }
    if (chance(r, 10)) {
        dy_buf_addf(b, "(%s %d, %d)\n", months[date / 100 % 100 - 1], date % 100, date / 10000);
        n++;
    }
    return n;
}

static int random_date(rng *r)
{
    return (2000 + (int)pick(r, 24)) * 10000 + (1 + (int)pick(r, 12)) * 100 + 1 + (int)pick(r, 28);
}

typedef struct options {
    uint64_t sentences, seed;
    const char *jsonl, *text_dir;
    unsigned per_file;
} options;

static int parse_args(int argc, char **argv, options *o)
{
    o->sentences = 1000000;
    o->seed = 42;
    o->jsonl = o->text_dir = NULL;
    o->per_file = 100;
    for (int i = 1; i < argc; i += 2) {  /* every option takes a value */
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!v)
            return 0;
        if (!strcmp(a, "--sentences")) o->sentences = strtoull(v, NULL, 10);
        else if (!strcmp(a, "--seed")) o->seed = strtoull(v, NULL, 10);
        else if (!strcmp(a, "--jsonl")) o->jsonl = v;
        else if (!strcmp(a, "--text-dir")) o->text_dir = v;
        else if (!strcmp(a, "--stories-per-file")) o->per_file = (unsigned)strtoul(v, NULL, 10);
        else return 0;
    }
    return (o->jsonl || o->text_dir) && o->per_file > 0;
}

/* Write b to f; exit on failure (this is a tool, not the library). */
static void put(FILE *f, const dy_buf *b, const char *name)
{
    if (b->len && fwrite(b->data, 1, b->len, f) != b->len) {
        fprintf(stderr, "gen_corpus: cannot write %s: %s\n", name, strerror(errno));
        exit(1);
    }
}

static FILE *open_or_die(const char *path)
{
    FILE *f = fopen(path, "wb");
    if (!f) {
        fprintf(stderr, "gen_corpus: cannot create %s: %s\n", path, strerror(errno));
        exit(1);
    }
    return f;
}

/* The next plain text part file, if a new one is due. */
static FILE *text_part(const options *o, FILE *cur, uint64_t story)
{
    if (!o->text_dir || story % o->per_file)
        return cur;
    if (cur)
        fclose(cur);
    char path[4096];
    snprintf(path, sizeof path, "%s/part-%05llu.txt", o->text_dir,
             (unsigned long long)(story / o->per_file));
    return open_or_die(path);
}

int main(int argc, char **argv)
{
    options o;
    if (!parse_args(argc, argv, &o)) {
        fprintf(stderr, "usage: gen_corpus [--sentences N] [--seed S] [--jsonl FILE] "
                        "[--text-dir DIR] [--stories-per-file K]\n");
        return 2;
    }
    if (o.text_dir)
        mkdir(o.text_dir, 0777);
    FILE *js = o.jsonl ? open_or_die(o.jsonl) : NULL, *tx = NULL;
    rng r = {o.seed};
    dy_buf text = DY_BUF_INIT, line = DY_BUF_INIT;
    counts c = {0, 0, 0};
    while (c.sentences < o.sentences) {
        int date = random_date(&r);
        dy_buf_clear(&text);
        c.sentences += story_text(&r, &text, date);
        c.bytes += text.len;
        if (js) {
            dy_buf_clear(&line);
            dy_buf_addf(&line, "{\"id\":\"bench-%07llu\",\"date\":\"%04d-%02d-%02d\",\"source\":\"%s\","
                        "\"url\":\"https://news.example/%llu\",\"text\":", (unsigned long long)c.stories,
                        date / 10000, date / 100 % 100, date % 100, chance(&r, 50) ? "wire" : "daily",
                        (unsigned long long)c.stories);
            dy_buf_add_json_str(&line, text.data, text.len);
            dy_buf_adds(&line, "}\n");
            put(js, &line, o.jsonl);
        }
        if ((tx = text_part(&o, tx, c.stories)) != NULL) {
            put(tx, &text, o.text_dir);
            fputc('\n', tx);
        }
        c.stories++;
    }
    if (js && fclose(js) != 0)
        return 1;
    if (tx && fclose(tx) != 0)
        return 1;
    fprintf(stderr, "gen_corpus: %llu stories, %llu sentences, %.1f MB of text (seed %llu)\n",
            (unsigned long long)c.stories, (unsigned long long)c.sentences, c.bytes / 1e6,
            (unsigned long long)o.seed);
    dy_buf_free(&text);
    dy_buf_free(&line);
    return 0;
}
