/*
 * story.c — small helpers around dy_story: names for its enums, lookup in a
 * PETRARCH <Environment>, and resolving the files it names.
 */
#include "text/story.h"

#include <string.h>

/* "story", "config", "environment" or "error". */
const char *dy_record_kind_name(dy_record_kind k)
{
    switch (k) {
    case DY_RECORD_STORY: return "story";
    case DY_RECORD_CONFIG: return "config";
    case DY_RECORD_ENVIRONMENT: return "environment";
    default: return "error";
    }
}

/* "none", "option", "json", "dateline" or "xml": where a date came from. */
const char *dy_date_source_name(dy_date_source s)
{
    switch (s) {
    case DY_DATE_OPTION: return "option";
    case DY_DATE_JSON: return "json";
    case DY_DATE_DATELINE: return "dateline";
    case DY_DATE_XML: return "xml";
    default: return "none";
    }
}

/*
 * The value of the <Environment> child `name` ("Verbfile") of an environment
 * record, or NULL. Element names compare exactly, as XML does.
 */
const char *dy_story_env(const dy_story *s, const char *name)
{
    for (size_t i = 0; i < s->nenv; i++)
        if (!strcmp(s->env[i].name, name))
            return s->env[i].value;
    return NULL;
}

/*
 * The path of `rel` taken relative to the folder of the file the record came
 * from (an <Environment> names its dictionaries that way). Absolute paths
 * stay as they are. The result is in arena a.
 */
char *dy_story_resolve(const dy_story *s, const char *rel, dy_arena *a)
{
    const char *file = s->file ? s->file : "";
    const char *slash = strrchr(file, '/');
    if (rel[0] == '/' || !slash)
        return dy_arena_strdup(a, rel);
    size_t dir = (size_t)(slash - file) + 1, n = strlen(rel);
    char *p = dy_arena_alloc(a, dir + n + 1);
    memcpy(p, file, dir);
    memcpy(p + dir, rel, n + 1);
    return p;
}
