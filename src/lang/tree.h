/*
 * tree.h — the phrase-structure tree the coder reads.
 *
 * One type serves both inputs: a Penn Treebank parse given with the input
 * (--parse, read by treebank.c) and dyad's own analysis of raw text (the
 * tagger and chunker in this folder). The coder only ever sees a dy_tree,
 * so both modes share every coding rule.
 *
 * Nodes live in one array; links are indices (-1 = none). Leaves are the
 * words in order; a preterminal node (a POS tag) owns exactly one leaf.
 * All memory comes from the arena given to the builder.
 */
#ifndef DY_LANG_TREE_H
#define DY_LANG_TREE_H

#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "base/buf.h"

/*
 * Phrase labels first, then part-of-speech tags (Penn Treebank sets). The
 * macro parameter is L, not X, because the label X would expand to it.
 */
#define DY_LABELS(L) \
    L(NONE, "?") \
    L(ROOT, "ROOT") L(S, "S") L(SBAR, "SBAR") L(SBARQ, "SBARQ") L(SINV, "SINV") \
    L(SQ, "SQ") L(NP, "NP") L(VP, "VP") L(PP, "PP") L(ADJP, "ADJP") L(ADVP, "ADVP") \
    L(PRT, "PRT") L(QP, "QP") L(WHNP, "WHNP") L(WHADVP, "WHADVP") L(WHADJP, "WHADJP") \
    L(WHPP, "WHPP") L(CONJP, "CONJP") L(FRAG, "FRAG") L(INTJ, "INTJ") L(LST, "LST") \
    L(NAC, "NAC") L(NX, "NX") L(PRN, "PRN") L(RRC, "RRC") L(UCP, "UCP") L(X, "X") \
    L(NE, "NE") L(NEC, "NEC") \
    L(CC, "CC") L(CD, "CD") L(DT, "DT") L(EX, "EX") L(FW, "FW") L(IN, "IN") \
    L(JJ, "JJ") L(JJR, "JJR") L(JJS, "JJS") L(LS, "LS") L(MD, "MD") L(NN, "NN") \
    L(NNS, "NNS") L(NNP, "NNP") L(NNPS, "NNPS") L(PDT, "PDT") L(POS, "POS") \
    L(PRP, "PRP") L(PRPS, "PRP$") L(RB, "RB") L(RBR, "RBR") L(RBS, "RBS") \
    L(RP, "RP") L(SYM, "SYM") L(TO, "TO") L(UH, "UH") L(VB, "VB") L(VBD, "VBD") \
    L(VBG, "VBG") L(VBN, "VBN") L(VBP, "VBP") L(VBZ, "VBZ") L(WDT, "WDT") \
    L(WP, "WP") L(WPS, "WP$") L(WRB, "WRB") \
    L(COMMA, ",") L(PERIOD, ".") L(COLON, ":") L(LQUOTE, "``") L(RQUOTE, "''") \
    L(LRB, "-LRB-") L(RRB, "-RRB-") L(HASH, "#") L(DOLLAR, "$") L(NFP, "NFP") \
    L(HYPH, "HYPH") L(ADD, "ADD") L(AFX, "AFX") L(GW, "GW") L(XX, "XX")

typedef enum dy_label {
#define DY_LABEL_ENUM(name, text) DY_##name,
    DY_LABELS(DY_LABEL_ENUM)
#undef DY_LABEL_ENUM
    DY_LABEL_COUNT
} dy_label;

#define DY_FIRST_TAG DY_CC

/* A word of the sentence. */
typedef struct dy_leaf {
    const char *text;    /* the word as written (source text or parse leaf) */
    const char *upper;   /* upper-cased, quotes and dashes normalised */
    const char *lemma;   /* upper-cased lemma, or NULL if not known */
    uint32_t len;        /* strlen(text) */
    uint32_t ulen;       /* strlen(upper) */
    int32_t start, end;  /* byte span in the story text; -1 if not known */
    uint16_t tag;        /* a dy_label >= DY_FIRST_TAG */
    uint16_t flags;
} dy_leaf;

/* dy_node.flags */
enum {
    DY_NODE_TMP = 1 << 0   /* a time phrase: Treebank's NP-TMP; "next week", "on Monday" NPs */
};

/* A node: a phrase, or a preterminal (POS tag) holding one leaf. */
typedef struct dy_node {
    uint16_t label;      /* dy_label */
    uint16_t flags;      /* DY_NODE_* */
    int32_t parent;      /* -1 for the root */
    int32_t child;       /* first child, -1 if none */
    int32_t next;        /* next sibling, -1 if none */
    int32_t leaf;        /* preterminal: its leaf; phrase: -1 */
    int32_t first;       /* leaves [first, last) below this node */
    int32_t last;
} dy_node;

typedef struct dy_tree {
    dy_node *node;
    int32_t nnode;
    dy_leaf *leaf;
    int32_t nleaf;
    int32_t root;        /* index of the root node, -1 if empty */
} dy_tree;

/* Incremental construction: open, add leaves, close, in reading order. */
typedef struct dy_tree_builder {
    dy_arena *arena;
    dy_node *node;
    size_t nnode, node_cap;
    dy_leaf *leaf;
    size_t nleaf, leaf_cap;
    int32_t *stack;      /* open nodes */
    size_t depth, stack_cap;
    int32_t *last_child; /* last_child[node] while building */
    size_t last_cap;
} dy_tree_builder;

const char *dy_label_name(dy_label l);
dy_label dy_label_parse(const char *s, size_t n);
int dy_label_is_tag(dy_label l);

void dy_tree_builder_init(dy_tree_builder *b, dy_arena *arena);
void dy_tree_builder_free(dy_tree_builder *b);
int32_t dy_tree_open(dy_tree_builder *b, dy_label label);
int32_t dy_tree_add_leaf(dy_tree_builder *b, dy_label tag, const dy_leaf *leaf);
int dy_tree_close(dy_tree_builder *b);
int dy_tree_finish(dy_tree_builder *b, dy_tree *out);

void dy_tree_to_penn(const dy_tree *t, int32_t node, dy_buf *out);
int32_t dy_tree_first_child(const dy_tree *t, int32_t node, dy_label label);


#endif
