/*
 * date.h — dates as int YYYYMMDD: parsing field values and finding a
 * dateline in a story's text.
 */
#ifndef DY_TEXT_DATE_H
#define DY_TEXT_DATE_H

#include <stddef.h>

int dy_date_valid(int yyyymmdd);
int dy_date_parse(const char *s, size_t n);
int dy_dateline_parse(const char *s, size_t n);
int dy_text_dateline(const char *text, size_t len);

#endif
