/*
 * config.h — PETR_config.ini: which dictionary files a folder uses
 * ([Dictionaries]) and the coding options ([Options]).
 */
#ifndef DY_DICT_CONFIG_H
#define DY_DICT_CONFIG_H

#include <stddef.h>

#include "dict/build.h"

typedef struct dy_config {
    char *verbs;
    char **actors;
    size_t nactors, cap_actors;
    char *agents;
    char *discards;
    char *issues;
} dy_config;

void dy_config_parse(const char *text, size_t len, dy_config *cfg, dy_dict_options *opt,
                     dy_builder *b);
void dy_config_free(dy_config *cfg);

#endif
