/*
 * ptree.c — the parser's scratch tree and its copy into a dy_tree.
 *
 * Nodes live in one array reused across sentences (no allocation once it
 * has grown). Phrases are built bottom-up: a function makes its children,
 * then the phrase, then attaches them; wrapping a finished phrase in a new
 * one (NP → NP PP) never moves a node, so a failed attempt is undone by
 * cutting the array back to where it was.
 */
#include "lang/parse.h"
#include "base/mem.h"

/* Start a new sentence of n tagged tokens. */
void pt_reset(parser *p, const dy_tword *w, size_t n)
{
    p->w = w;
    p->n = n;
    p->pos = 0;
    p->nnode = 0;
    p->depth = 0;
    p->in_subject = 0;
    p->in_adverbial = 0;
    p->in_of = 0;
    p->work = 0;
    p->budget = DY_PARSE_WORK_PER_TOKEN * n + DY_PARSE_WORK_MIN;
}

static int32_t new_node(parser *p, dy_label label, int32_t leaf)
{
    if (p->nnode >= p->node_cap)
        DY_GROW(p->node, p->node_cap, p->nnode + 1);
    int32_t id = (int32_t)p->nnode++;
    p->work++;
    pnode *n = &p->node[id];
    n->label = (uint16_t)label;
    n->flags = 0;
    n->leaf = leaf;
    n->child = n->last = n->next = n->parent = -1;
    return id;
}

/* A new, empty phrase. */
int32_t pt_phrase(parser *p, dy_label label)
{
    return new_node(p, label, -1);
}

/* A preterminal for token i, labelled with its tag. */
int32_t pt_leaf(parser *p, size_t token)
{
    return new_node(p, (dy_label)p->w[token].tag, (int32_t)token);
}

/* A preterminal for the next token, which is consumed. */
int32_t pt_take(parser *p)
{
    return pt_leaf(p, p->pos++);
}

/* Append child (a root so far) to parent's children. */
void pt_add(parser *p, int32_t parent, int32_t child)
{
    if (parent < 0 || child < 0)
        return;
    pnode *par = &p->node[parent];
    if (par->last >= 0)
        p->node[par->last].next = child;
    else
        par->child = child;
    par->last = child;
    p->node[child].parent = parent;
}

/* A new phrase whose only child is child; -1 if child is -1 (no empty phrases). */
int32_t pt_wrap(parser *p, dy_label label, int32_t child)
{
    if (child < 0)
        return -1;
    int32_t id = pt_phrase(p, label);
    pt_add(p, id, child);
    return id;
}

/* A new phrase with the children a and b (either may be -1). */
int32_t pt_pair(parser *p, dy_label label, int32_t a, int32_t b)
{
    int32_t id = pt_phrase(p, label);
    pt_add(p, id, a);
    pt_add(p, id, b);
    return id;
}

/* True if node is a preterminal with the given tag. */
int pt_is_leaf_label(const parser *p, int32_t node, dy_label label)
{
    return node >= 0 && p->node[node].leaf >= 0 && p->node[node].label == label;
}

/* The number of children of node. */
int pt_child_count(const parser *p, int32_t node)
{
    int k = 0;
    for (int32_t c = p->node[node].child; c >= 0; c = p->node[c].next)
        k++;
    return k;
}

/* The first token under node (p->n if it has none). */
size_t pt_first_token(const parser *p, int32_t node)
{
    while (node >= 0 && p->node[node].leaf < 0)
        node = p->node[node].child;
    return node >= 0 ? (size_t)p->node[node].leaf : p->n;
}

/* Remove and return the last child of parent (-1 if none). */
int32_t pt_detach_last(parser *p, int32_t parent)
{
    pnode *par = &p->node[parent];
    int32_t last = par->last;
    if (last < 0)
        return -1;
    if (par->child == last) {
        par->child = par->last = -1;
    } else {
        int32_t c = par->child;
        while (p->node[c].next != last)
            c = p->node[c].next;
        p->node[c].next = -1;
        par->last = c;
    }
    p->node[last].parent = -1;
    return last;
}

/* Move the children of from to the end of to's children. */
void pt_adopt(parser *p, int32_t to, int32_t from)
{
    int32_t c = p->node[from].child;
    while (c >= 0) {
        int32_t next = p->node[c].next;
        p->node[c].next = -1;
        pt_add(p, to, c);
        c = next;
    }
    p->node[from].child = p->node[from].last = -1;
}

/* Do the preterminals under root hold tokens 0..n-1, each once, in order? */
static int leaves_in_order(const parser *p, int32_t root)
{
    size_t expect = 0;
    int32_t v = root;
    while (v >= 0) {
        const pnode *n = &p->node[v];
        if (n->leaf >= 0) {
            if ((size_t)n->leaf != expect++)
                return 0;
        } else if (n->child >= 0) {
            v = n->child;
            continue;
        }
        while (v >= 0 && v != root && p->node[v].next < 0)
            v = p->node[v].parent;
        if (v < 0 || v == root)
            break;
        v = p->node[v].next;
    }
    return expect == p->n;
}

/* Copy the tree under root into the builder, iteratively (no recursion). */
static void emit(const parser *p, int32_t root, dy_tree_builder *b, const dy_leaf *leaves)
{
    int32_t v = root;
    while (v >= 0) {
        const pnode *n = &p->node[v];
        if (n->leaf >= 0) {
            dy_tree_add_leaf(b, (dy_label)n->label, &leaves[n->leaf]);
        } else {
            int32_t id = dy_tree_open(b, (dy_label)n->label);
            b->node[id].flags = n->flags;
            if (n->child >= 0) {
                v = n->child;
                continue;
            }
            dy_tree_close(b);
        }
        /* climb until a node with a next sibling, closing phrases on the way */
        while (v != root && p->node[v].next < 0) {
            v = p->node[v].parent;
            dy_tree_close(b);
        }
        if (v == root)
            break;
        v = p->node[v].next;
    }
}

/*
 * Build *out from the scratch tree under root. If the scratch tree does
 * not hold every token exactly once in order (a parser bug), the sentence
 * is given the flat tree (ROOT (FRAG tokens...)) instead, so the caller
 * always gets a valid tree. Returns 0, or -1 if the flat fallback was used.
 */
int pt_emit(const parser *p, int32_t root, dy_tree_builder *b, const dy_leaf *leaves,
            dy_tree *out)
{
    int ok = root >= 0 && leaves_in_order(p, root);
    if (ok) {
        emit(p, root, b, leaves);
    } else {
        dy_tree_open(b, DY_ROOT);
        dy_tree_open(b, DY_FRAG);
        for (size_t i = 0; i < p->n; i++)
            dy_tree_add_leaf(b, (dy_label)p->w[i].tag, &leaves[i]);
        dy_tree_close(b);
        dy_tree_close(b);
    }
    dy_tree_finish(b, out);
    return ok ? 0 : -1;
}
