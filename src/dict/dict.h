/*
 * dict.h — the dictionaries as the coder sees them: loaded, compiled, cached.
 *
 * dyad reads the TABARI/PETRARCH dictionary files unchanged (verbs in two
 * pattern dialects, actors, agents, discards, issues, PETR_config.ini) and
 * compiles them into one read-only dy_dict. Everything in it is a flat array
 * of fixed-size records that refer to each other by integer index, never by
 * pointer, so the binary cache file *is* these arrays: loading from cache is
 * one mmap plus checks (see cache.c). A dy_dict is immutable once loaded and
 * may be shared by any number of threads.
 *
 * Conventions used throughout:
 *   - Words. Every word of every dictionary is upper-cased and gets one id in
 *     a single word space (dy_word, 1..nwords-1; 0 = "not in any
 *     dictionary"). A token is looked up once with dy_dict_word(); from then
 *     on only integers are compared.
 *   - Strings. Codes, names, file names and pattern texts live in a separate
 *     string table (dy_str ids; 0 = "", 1 = "---"). Codes are passed through
 *     exactly as written inside [...] ("174K", "075A", "def", ":173",
 *     "ELR/GAL"): the coder decides what they mean.
 *   - Phrases. A phrase is a sequence of word ids with, between each pair of
 *     words, the connector written in the file: DY_CONN_ADJ for `_` (the
 *     words must be adjacent) or DY_CONN_GAP for a space (other words may
 *     come between). Actors, agents, synset members, multi-word verb forms,
 *     discards and issues are all phrases.
 *   - Provenance. Records that came from a line carry (file, line); the file
 *     index gives the path as it was named when loading (for the embedded
 *     defaults, "data/dict/<name>"), so output can say "verbs.txt:120".
 *   - Indexes by first word. For actors, agents and verb forms there is an
 *     index giving, for a word id, the records whose phrase starts with that
 *     word, longest phrase first (ties in file order): one array lookup per
 *     token (dy_dict_actors_at() etc.).
 *
 * Generation rules follow CODING-RULES.md exactly: verb forms §1 (no
 * consonant doubling, F3 every bare root stored), agent plurals §0, synset
 * plurals §1 with nested synsets expanded (F4). See docs/dict.md.
 */
#ifndef DY_DICT_DICT_H
#define DY_DICT_DICT_H

#include <stddef.h>
#include <stdint.h>

#include "base/diag.h"
#include "base/intern.h"   /* dy_word */

typedef uint32_t dy_str;   /* index into the string table; 0 = "" */

#define DY_STR_EMPTY 0u
#define DY_STR_NULLCODE 1u /* the string "---" */
#define DY_NO_INDEX 0xFFFFFFFFu /* "no record" for any index field */
/* Deprecated alias of DY_NO_INDEX: it clashes with the label DY_NONE of
 * lang/tree.h (include dict.h after tree.h while it exists). Use
 * DY_NO_INDEX; this alias goes once the coder has switched. */
#define DY_NONE DY_NO_INDEX

/* ------------------------------------------------------------------ */
/* Phrases                                                              */

enum dy_conn {
    DY_CONN_NONE = 0, /* before the first word of a phrase */
    DY_CONN_GAP = 1,  /* a space: other words may come between */
    DY_CONN_ADJ = 2   /* `_`: the words must be adjacent */
};

enum dy_phrase_flag {
    DY_PHRASE_TRAILING_ADJ = 1 /* the phrase was written ending in `_` */
};

/* Words phrase_word[first .. first+n), connectors phrase_conn[first ..). */
typedef struct dy_phrase {
    uint32_t first;
    uint16_t n;
    uint16_t flags;      /* dy_phrase_flag */
} dy_phrase;

/* ------------------------------------------------------------------ */
/* Actors (CODING-RULES §0, §2.8)                                        */

enum dy_date_kind {
    DY_DATE_ANY = 0,     /* [CODE]: unrestricted */
    DY_DATE_BEFORE = 1,  /* [CODE <D]: story date <= D (hi = D) */
    DY_DATE_AFTER = 2,   /* [CODE >D]: story date >= D (lo = D) */
    DY_DATE_RANGE = 3    /* [CODE D1-D2]: D1 <= date <= D2, inclusive */
};

/* One [CODE ...] of an actor entry. Dates are YYYYMMDD (YYMMDD in the file
 * is expanded per §2.8: YY <= 30 means 20YY, else 19YY). */
typedef struct dy_actor_code {
    dy_str code;
    uint32_t lo, hi;
    uint32_t kind;       /* dy_date_kind */
} dy_actor_code;

/* An actor: a primary name, its synonyms (+ lines), its codes in file order. */
typedef struct dy_actor {
    uint32_t codes, ncodes; /* actor_code[codes .. codes+ncodes) */
    uint32_t name;          /* actor_name index of the primary phrase */
    uint32_t line;
    uint16_t file;
    uint16_t pad;
} dy_actor;

enum dy_actor_name_flag { DY_ACTOR_SYNONYM = 1 };

/* One name of an actor (the primary phrase or a + synonym). */
typedef struct dy_actor_name {
    uint32_t phrase;
    uint32_t actor;      /* dy_actor index */
    uint32_t line;
    uint16_t file;
    uint16_t flags;      /* dy_actor_name_flag */
} dy_actor_name;

/* ------------------------------------------------------------------ */
/* Agents (§0)                                                          */

enum dy_agent_kind {
    DY_AGENT_SUFFIX = 0, /* [~GOV]: appended after the actor's code */
    DY_AGENT_PREFIX = 1  /* [NGO~]: put before it */
};

enum dy_agent_flag {
    DY_AGENT_PLURAL = 1,      /* a generated (Y->IES, +ES, +S) or {listed} plural */
    DY_AGENT_SUBSTITUTED = 2  /* produced from a !SET! substitution */
};

/* One agent phrase. Each form (singular, plural, each !SET! member) is its
 * own record; records of one file line share line and code. */
typedef struct dy_agent {
    uint32_t phrase;
    dy_str code;         /* the code without the ~ ("GOV") */
    uint32_t line;
    uint16_t file;
    uint8_t kind;        /* dy_agent_kind */
    uint8_t flags;       /* dy_agent_flag */
} dy_agent;

/* ------------------------------------------------------------------ */
/* Verbs: blocks, verb entries and their forms, synsets, patterns       */

enum dy_dialect {
    DY_DIALECT_AUTO = 0,     /* decide from the file (see docs/dict.md) */
    DY_DIALECT_TABARI = 1,   /* linear UPPER * LOWER patterns (validation file) */
    DY_DIALECT_PETRARCH2 = 2 /* phrase-structure patterns and ~ lines (CAMEO.2.0.txt) */
};

/* A `--- NAME [CODE] ---` block: its verbs share its pattern list. */
typedef struct dy_block {
    dy_str name;         /* "ABANDON", "LASH OUT" */
    dy_str code;         /* first [..] on the line; DY_STR_NULLCODE if none */
    uint32_t patterns, npatterns; /* pattern[patterns .. +npatterns), file order */
    uint32_t verbs, nverbs;       /* verb[verbs .. +nverbs) */
    uint32_t line;
    uint16_t file;
    uint16_t pad;
} dy_block;

enum dy_verb_flag {
    DY_VERB_OWN_CODE = 1,  /* the verb line had its own [code] */
    DY_VERB_MULTIWORD = 2  /* +W_X or W_+X */
};

/* A verb line of a block. For a multi-word verb, `root` holds all its words
 * and root_pos is the index of the word that inflects (the one marked +). */
typedef struct dy_verb {
    uint32_t block;
    dy_str code;         /* own code if DY_VERB_OWN_CODE, else the block's */
    uint32_t root;       /* phrase */
    uint32_t line;
    uint16_t file;
    uint8_t root_pos;
    uint8_t flags;       /* dy_verb_flag */
} dy_verb;

enum dy_form_flag {
    DY_FORM_ROOT = 1,      /* the bare root as written */
    DY_FORM_GENERATED = 2, /* generated by the §1 rules (not listed in {..}) */
    DY_FORM_LISTED = 4     /* listed in {..} */
};

/* One form of a verb: its words (a multi-word form keeps its neighbour
 * words: BROKEN_DOWN is [BROKEN, DOWN] with pos 0), the verb word at pos. */
typedef struct dy_verb_form {
    uint32_t verb;       /* dy_verb index */
    uint32_t phrase;
    dy_word word;        /* phrase word at pos: the token that triggers it */
    uint8_t pos;
    uint8_t flags;       /* dy_form_flag */
    uint16_t pad;
} dy_verb_form;

enum dy_synset_flag {
    DY_SYNSET_NO_PLURAL = 1, /* the label ended in `_` */
    DY_SYNSET_ANONYMOUS = 2  /* made from a slash alternative A/B in a pattern */
};

/* A synset &NAME. Members are phrases, in file order, each followed by its
 * generated plural (unless label or member ends in `_`); nested +&SET
 * members are expanded in place (F4). */
typedef struct dy_synset {
    dy_str name;         /* without & and trailing _ ("TIETYPES") */
    uint32_t members, nmembers; /* synset_member[members .. +nmembers): phrase ids */
    uint32_t line;
    uint16_t file;
    uint16_t flags;      /* dy_synset_flag */
} dy_synset;

/* Pattern element kinds. */
enum dy_pe_kind {
    DY_PE_WORD = 1,      /* id: a word */
    DY_PE_SYNSET = 2,    /* id: a synset; any member phrase matches */
    DY_PE_SOURCE = 3,    /* $ */
    DY_PE_TARGET = 4,    /* + */
    DY_PE_COMPOUND = 5,  /* % */
    DY_PE_SKIP = 6,      /* ^ */
    DY_PE_NP = 7,        /* PETRARCH-2 {A B H}: the next `span` elements; the last is the head */
    DY_PE_PP = 8         /* PETRARCH-2 (P X): the next `span` elements: the
                          * preposition (a WORD or SYNSET) then the object's
                          * elements (none, one, or several: last is the head) */
};

/* One element of a pattern side.
 *
 * TABARI dialect: a flat list of WORD/SYNSET/token elements. `conn` is the
 * connector on the element's verb side (§1 "Pattern line"): in UPPER, the
 * connector between the element and the next one toward `*` (for the last
 * UPPER element, the character before `*`); in LOWER, the connector between
 * the previous element (or `*`) and this one.
 *
 * PETRARCH-2 dialect: top-level elements are bare words (head nouns),
 * tokens, NP or PP groups; `span` counts all elements nested below a group
 * (so the next sibling is at i + 1 + span). Top-level elements carry their
 * connector by the same verb-side rule; an element inside a group carries
 * the separator written before it (DY_CONN_NONE for a group's first). A
 * word written A/B (PETRARCH-2 only) is an anonymous synset {A, B}. */
typedef struct dy_pelem {
    uint32_t id;         /* word or synset id; 0 for tokens and groups */
    uint8_t kind;        /* dy_pe_kind */
    uint8_t conn;        /* dy_conn */
    uint16_t span;       /* NP/PP: number of nested elements that follow */
} dy_pelem;

enum dy_pattern_flag {
    DY_PATTERN_PAIRED = 1 /* the code was [A:B] */
};

/* One `- ... * ... [CODE]` line. UPPER elements (before `*`) are stored in
 * file order, left to right: a TABARI matcher walks them from the last one
 * (nearest the verb) backward. LOWER elements (after `*`) left to right. */
typedef struct dy_pattern {
    uint32_t block;
    dy_str code;         /* the text inside [] as written: "032:033", "---", ":173" */
    dy_str code_a;       /* before ':' (the whole code if not paired) */
    dy_str code_b;       /* after ':' (DY_STR_EMPTY if not paired) */
    uint32_t upper, nupper; /* pelem[upper .. +nupper) */
    uint32_t lower, nlower; /* pelem[lower .. +nlower) */
    dy_str text;         /* the pattern as written between '-' and '[', trimmed */
    uint32_t line;
    uint16_t file;
    uint8_t dialect;     /* dy_dialect of its file */
    uint8_t flags;       /* dy_pattern_flag */
} dy_pattern;

/* A PETRARCH-2 transformation `~ a (b c V2) V1 = x y CODE` (§3).
 * Variables are a lower-case letter, '.' (unspecified) or '_' (absent). */
typedef struct dy_transform {
    dy_word v2;          /* inner verb (a verb root word); 0 = Q, any verb */
    dy_word v1;          /* outer verb; 0 = Q */
    dy_str code;         /* resulting code; DY_STR_EMPTY when it is Q (the inner code) */
    uint32_t line;
    uint16_t file;
    char a, b, c;        /* outer source, inner source, inner target */
    char x, y;           /* resulting source and target */
    char pad[3];
} dy_transform;

/* ------------------------------------------------------------------ */
/* Discards (§2.10) and issues                                           */

/* A discard phrase. Matching is a stem match on upper-cased sentence text
 * starting at a word start; `text` is upper-cased with `_` turned into a
 * space and the trailing `_` removed. */
typedef struct dy_discard {
    dy_str text;
    uint32_t phrase;     /* the same as words */
    uint32_t line;
    uint16_t file;
    uint8_t story;       /* 1: a leading + — discard the whole story */
    uint8_t boundary;    /* 1: trailing `_` — a space or one of .!? must follow */
} dy_discard;

/* An <ISSUE CATEGORY=".." TYPE=".."> block. */
typedef struct dy_issue_category {
    dy_str name;
    dy_str type;
    uint32_t line;
    uint16_t file;
    uint16_t pad;
} dy_issue_category;

/* One issue phrase variant: n:, v: and + expansions give one record each. */
typedef struct dy_issue {
    uint32_t category;   /* dy_issue_category index */
    dy_str code;         /* the [CODE]; the category name if the line had none */
    dy_str text;         /* upper-cased variant text, words separated by one space */
    uint32_t phrase;
    uint32_t line;
    uint16_t file;
    uint8_t cancel;      /* 1: a `~` line: cancels issue coding for the sentence */
    uint8_t pad;
} dy_issue;

/* ------------------------------------------------------------------ */
/* Options (PETR_config.ini [Options], CODING-RULES §2.3, §2.9)           */

typedef struct dy_dict_options {
    int32_t require_dyad;       /* 1 */
    int32_t new_actor_length;   /* 0 */
    int32_t comma_min, comma_max;   /* 2, 8 */
    int32_t comma_bmin, comma_bmax; /* 0, 0 */
    int32_t comma_emin, comma_emax; /* 2, 8 */
} dy_dict_options;

void dy_dict_options_default(dy_dict_options *o);

/* ------------------------------------------------------------------ */
/* Counts, as `dyad dict check` prints them                             */

typedef struct dy_dict_stats {
    uint32_t verb_blocks, verbs, verb_forms, patterns, synsets, transforms;
    uint32_t actor_entries, actor_names, actor_codes;
    uint32_t agent_lines, agents;   /* lines read; phrases incl. plurals and !SET! */
    uint32_t discards, issue_categories, issue_lines, issues;
    uint32_t words, skipped_lines, errors, warnings;
} dy_dict_stats;

/* A message reported while the dictionaries were read. It is kept in the
 * compiled form so that a load from the cache reports exactly what a fresh
 * parse would (dy_dict_load replays them). */
typedef struct dy_dict_diag {
    uint32_t severity;   /* dy_severity */
    uint32_t file;       /* file index, DY_NO_INDEX if none */
    uint32_t line;
    dy_str msg;
} dy_dict_diag;

/* ------------------------------------------------------------------ */
/* The compiled dictionary                                              */

/* Index by first word: items[start[w] .. start[w+1]) for word w. */
typedef struct dy_word_index {
    const uint32_t *start;   /* nwords + 1 entries */
    const uint32_t *items;
} dy_word_index;

typedef struct dy_dict {
    /* words: chars + word_off[w] (NUL-terminated), hash slots for lookup */
    uint32_t nwords;             /* ids 0..nwords-1; 0 is "" */
    const char *word_chars;
    const uint32_t *word_off;
    const uint32_t *word_slot;   /* open addressing, power of two, 0 = empty */
    uint32_t nword_slots;
    /* strings */
    uint32_t nstrs;
    const char *str_chars;
    const uint32_t *str_off;
    /* phrases */
    uint32_t nphrases;
    const dy_phrase *phrase;
    const dy_word *phrase_word;
    const uint8_t *phrase_conn;
    /* files: file[i] is the string id of the i-th source file's name */
    uint32_t nfiles;
    const dy_str *file;
    /* actors */
    uint32_t nactors, nactor_names, nactor_codes;
    const dy_actor *actor;
    const dy_actor_name *actor_name;
    const dy_actor_code *actor_code;
    dy_word_index actor_index;   /* items: actor_name indexes */
    /* agents */
    uint32_t nagents;
    const dy_agent *agent;
    dy_word_index agent_index;   /* items: agent indexes */
    /* verbs */
    uint32_t nblocks, nverbs, nforms, npatterns, npelems, nsynsets, nsynset_members, ntransforms;
    const dy_block *block;
    const dy_verb *verb;
    const dy_verb_form *form;
    dy_word_index form_index;    /* items: form indexes; multi-word forms first */
    const dy_pattern *pattern;
    const dy_pelem *pelem;
    const dy_synset *synset;
    const uint32_t *synset_member;   /* phrase ids */
    dy_word_index synset_index;  /* items: synset ids having a member that starts with w */
    const dy_transform *transform;
    /* discards, issues */
    uint32_t ndiscards, nissue_categories, nissues;
    const dy_discard *discard;
    const dy_issue_category *issue_category;
    const dy_issue *issue;
    dy_word_index discard_index; /* items: discard indexes, by first word */
    dy_word_index issue_index;   /* items: issue indexes, by first word */
    /* messages of the load, in order */
    uint32_t ndiags;
    const dy_dict_diag *diag;
    /* options and counts */
    dy_dict_options options;
    dy_dict_stats stats;
    /* storage: either one heap image or a mapped cache file (private) */
    void *image;
    size_t image_size;
    int mapped;
} dy_dict;

/* ------------------------------------------------------------------ */
/* Loading                                                              */

/* Which files to load. With nothing set, the default (embedded)
 * dictionaries data/dict/ are loaded. `dir` loads a folder: the files its
 * PETR_config.ini names, else every recognised file in it (see
 * docs/dict.md); the explicit files override the folder's. */
typedef struct dy_dict_sources {
    const char *dir;
    const char *verbs;
    const char *const *actors;   /* nactors files */
    size_t nactors;
    const char *agents;
    const char *discards;
    const char *issues;
    int dialect;                 /* dy_dialect for the verbs file; AUTO by default */
} dy_dict_sources;

typedef struct dy_dict_load_opts {
    const char *cache_dir;  /* NULL: $XDG_CACHE_HOME/dyad, else ~/.cache/dyad */
    int no_cache;           /* never read or write a cache */
    int strict;             /* the first error makes loading fail */
} dy_dict_load_opts;

/* Load (from cache if it is current, else parse and write the cache).
 * Problems go to d as "file:line: ..." (replayed from the cache too).
 * Returns NULL if loading failed (a file unreadable, or --strict and an
 * error). src or opt may be NULL for the defaults. */
dy_dict *dy_dict_load(const dy_dict_sources *src, const dy_dict_load_opts *opt, dy_diag *d);
void dy_dict_free(dy_dict *dict);

/* ------------------------------------------------------------------ */
/* Lookups                                                              */

/* The word id of an upper-cased token (n bytes), 0 if no dictionary has it. */
dy_word dy_dict_word(const dy_dict *d, const char *upper, size_t n);

/* The code of actor `actor` on date YYYYMMDD (§2.8): restrictions in file
 * order, the first that holds wins; else the last unrestricted code; else
 * "---" (DY_STR_NULLCODE). A date of 0 (unknown) satisfies no restriction. */
dy_str dy_dict_actor_code_at(const dy_dict *d, uint32_t actor, uint32_t date);

/* Is `w` a one-word member of synset s? Are words[0..n) (in reading
 * order) a member? */
int dy_dict_synset_has_word(const dy_dict *d, uint32_t s, dy_word w);
int dy_dict_synset_has_words(const dy_dict *d, uint32_t s, const dy_word *words, size_t n);

/* Expand a YYMMDD or YYYYMMDD date as §2.8 does; 0 if malformed. */
uint32_t dy_dict_expand_date(const char *digits, size_t n);

static inline const char *dy_dict_word_str(const dy_dict *d, dy_word w)
{
    return w < d->nwords ? d->word_chars + d->word_off[w] : "";
}

static inline const char *dy_dict_str(const dy_dict *d, dy_str s)
{
    return s < d->nstrs ? d->str_chars + d->str_off[s] : "";
}

static inline const char *dy_dict_file_name(const dy_dict *d, uint32_t file)
{
    return file < d->nfiles ? dy_dict_str(d, d->file[file]) : "";
}

/* The items of index ix for word w: *n of them ([0] is the longest). */
static inline const uint32_t *dy_dict_index_at(const dy_dict *d, const dy_word_index *ix,
                                               dy_word w, size_t *n)
{
    if (w == 0 || w >= d->nwords) {
        *n = 0;
        return NULL;
    }
    *n = ix->start[w + 1] - ix->start[w];
    return ix->items + ix->start[w];
}

/* Actor names starting with w, longest first. */
static inline const uint32_t *dy_dict_actors_at(const dy_dict *d, dy_word w, size_t *n)
{
    return dy_dict_index_at(d, &d->actor_index, w, n);
}

/* Agents starting with w, longest first. */
static inline const uint32_t *dy_dict_agents_at(const dy_dict *d, dy_word w, size_t *n)
{
    return dy_dict_index_at(d, &d->agent_index, w, n);
}

/* Verb forms whose verb word (not first word!) is w: multi-word forms first
 * (longest first), then single-word forms; file order within. */
static inline const uint32_t *dy_dict_forms_of(const dy_dict *d, dy_word w, size_t *n)
{
    return dy_dict_index_at(d, &d->form_index, w, n);
}

static inline const dy_word *dy_dict_phrase_words(const dy_dict *d, uint32_t phrase, size_t *n)
{
    *n = d->phrase[phrase].n;
    return d->phrase_word + d->phrase[phrase].first;
}

/* The connector before word i of a phrase (DY_CONN_NONE for i == 0). */
static inline int dy_dict_phrase_conn(const dy_dict *d, uint32_t phrase, size_t i)
{
    return d->phrase_conn[d->phrase[phrase].first + i];
}

#endif
