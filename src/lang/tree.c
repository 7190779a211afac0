/*
 * tree.c — labels, construction and printing of dy_tree (see tree.h).
 */
#include "lang/tree.h"
#include "base/mem.h"

#include <string.h>

static const char *const label_names[] = {
#define DY_LABEL_NAME(name, text) text,
    DY_LABELS(DY_LABEL_NAME)
#undef DY_LABEL_NAME
};

/* The Penn Treebank spelling of a label ("NP", "PRP$", ","). */
const char *dy_label_name(dy_label l)
{
    return (unsigned)l < DY_LABEL_COUNT ? label_names[l] : "?";
}

/*
 * The label spelled s (n bytes). Function tags and indices are ignored, as
 * Treebank readers do: "NP-SBJ-1" is NP, "PP-LOC" is PP. Unknown labels
 * give DY_NONE.
 */
dy_label dy_label_parse(const char *s, size_t n)
{
    /* -LRB- and friends start with '-' and must be compared whole */
    if (n > 1 && s[0] != '-') {
        for (size_t i = 1; i < n; i++)
            if (s[i] == '-' || s[i] == '=') {
                n = i;
                break;
            }
    }
    for (int l = 1; l < DY_LABEL_COUNT; l++)
        if (strlen(label_names[l]) == n && memcmp(label_names[l], s, n) == 0)
            return (dy_label)l;
    if (n == 6 && memcmp(s, "-LCB-", 5) == 0)
        return DY_LRB;
    return DY_NONE;
}

/* True if l is a part-of-speech tag rather than a phrase label. */
int dy_label_is_tag(dy_label l)
{
    return l >= DY_FIRST_TAG && l < DY_LABEL_COUNT;
}

/* Start building a tree whose final copy will live in arena. */
void dy_tree_builder_init(dy_tree_builder *b, dy_arena *arena)
{
    memset(b, 0, sizeof *b);
    b->arena = arena;
}

/* Release the builder's scratch memory (trees already built stay valid). */
void dy_tree_builder_free(dy_tree_builder *b)
{
    dy_free(b->node);
    dy_free(b->leaf);
    dy_free(b->stack);
    dy_free(b->last_child);
    memset(b, 0, sizeof *b);
}

static int32_t new_node(dy_tree_builder *b, dy_label label)
{
    if (b->nnode >= b->node_cap || b->nnode >= b->last_cap) {
        DY_GROW(b->node, b->node_cap, b->nnode + 1);
        DY_GROW(b->last_child, b->last_cap, b->nnode + 1);
    }
    int32_t id = (int32_t)b->nnode++;
    dy_node *n = &b->node[id];
    n->label = (uint16_t)label;
    n->flags = 0;
    n->child = n->next = -1;
    n->leaf = -1;
    n->first = n->last = (int32_t)b->nleaf;
    n->parent = b->depth ? b->stack[b->depth - 1] : -1;
    b->last_child[id] = -1;
    if (n->parent >= 0) {
        int32_t prev = b->last_child[n->parent];
        if (prev >= 0)
            b->node[prev].next = id;
        else
            b->node[n->parent].child = id;
        b->last_child[n->parent] = id;
    }
    return id;
}

/* Open a phrase node under the current one; returns its index. */
int32_t dy_tree_open(dy_tree_builder *b, dy_label label)
{
    int32_t id = new_node(b, label);
    DY_GROW(b->stack, b->stack_cap, b->depth + 1);
    b->stack[b->depth++] = id;
    return id;
}

/*
 * Add a preterminal with tag and one leaf (copied) under the current node.
 * Returns the leaf index.
 */
int32_t dy_tree_add_leaf(dy_tree_builder *b, dy_label tag, const dy_leaf *leaf)
{
    int32_t id = new_node(b, tag);
    DY_GROW(b->leaf, b->leaf_cap, b->nleaf + 1);
    int32_t li = (int32_t)b->nleaf++;
    b->leaf[li] = *leaf;
    b->leaf[li].tag = (uint16_t)tag;
    b->node[id].leaf = li;
    b->node[id].last = li + 1;
    return li;
}

/* Close the innermost open node. Returns -1 if none is open. */
int dy_tree_close(dy_tree_builder *b)
{
    if (b->depth == 0)
        return -1;
    int32_t id = b->stack[--b->depth];
    b->node[id].last = (int32_t)b->nleaf;
    return 0;
}

/*
 * Copy the finished tree into the arena and reset the builder for the next
 * sentence. Returns -1 (and builds nothing) if nodes are still open.
 */
int dy_tree_finish(dy_tree_builder *b, dy_tree *out)
{
    if (b->depth) {
        b->depth = 0;
        b->nnode = b->nleaf = 0;
        return -1;
    }
    out->nnode = (int32_t)b->nnode;
    out->nleaf = (int32_t)b->nleaf;
    out->node = dy_arena_alloc(b->arena, sizeof *out->node * (b->nnode ? b->nnode : 1));
    out->leaf = dy_arena_alloc(b->arena, sizeof *out->leaf * (b->nleaf ? b->nleaf : 1));
    if (b->nnode)
        memcpy(out->node, b->node, sizeof *out->node * b->nnode);
    if (b->nleaf)
        memcpy(out->leaf, b->leaf, sizeof *out->leaf * b->nleaf);
    out->root = b->nnode ? 0 : -1;
    b->nnode = b->nleaf = 0;
    return 0;
}

/* Append the subtree at node in one-line Penn bracket form: (NP (NNP Arnor)). */
void dy_tree_to_penn(const dy_tree *t, int32_t node, dy_buf *out)
{
    if (node < 0 || node >= t->nnode)
        return;
    const dy_node *n = &t->node[node];
    dy_buf_addc(out, '(');
    dy_buf_adds(out, dy_label_name(n->label));
    if (n->leaf >= 0) {
        dy_buf_addc(out, ' ');
        dy_buf_add(out, t->leaf[n->leaf].text, t->leaf[n->leaf].len);
    }
    for (int32_t c = n->child; c >= 0; c = t->node[c].next) {
        dy_buf_addc(out, ' ');
        dy_tree_to_penn(t, c, out);
    }
    dy_buf_addc(out, ')');
}

/* The first child of node with the given label, or -1. */
int32_t dy_tree_first_child(const dy_tree *t, int32_t node, dy_label label)
{
    for (int32_t c = t->node[node].child; c >= 0; c = t->node[c].next)
        if (t->node[c].label == label)
            return c;
    return -1;
}
