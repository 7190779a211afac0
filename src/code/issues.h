/*
 * issues.h — issue annotation ("CODE count, ...") of a sentence's events.
 */
#ifndef DY_CODE_ISSUES_H
#define DY_CODE_ISSUES_H

#include "code/sent.h"
#include "dict/dict.h"

const char *dy_code_issues(const dy_dict *d, const dy_sent *s);

#endif
