/*
 * yaml-events.h — a text's libyaml events, one by one, for the readers
 * that build nothing from them but a view or a verdict (record-stream.c,
 * the read-back of yamlio.c).
 */
#ifndef OCOP_YAML_EVENTS_H
#define OCOP_YAML_EVENTS_H

#include <stddef.h>

#include <yaml.h>

/*
 * Parse buf[0..len) and hand each event to fn(ev, ctx), up to and with
 * the stream's end.  0 when every event was handed and fn said 0 to each;
 * fn's first other answer, which stops the parse; -1 when libyaml refuses
 * the text.  Out of memory ends the program, as everywhere.
 */
int yaml_each_event(const char *buf, size_t len,
		    int (*fn)(const yaml_event_t *ev, void *ctx), void *ctx);

#endif
