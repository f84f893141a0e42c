#!/usr/bin/env python3
"""Regenerate the lookup table of src/core/date_words.c after editing its word list.

The word list (cl_date_words[]) is the source of truth: edit it, then run
    python3 scripts/gen_date_words.py
which sorts the list and rewrites the open-addressing table of FNV-1a hashes
that cl_date_word_lookup() probes.  The unit test test_vocabulary_table fails
when the table and the list disagree.  A developer tool; the build does not
run it.
"""
import re
import sys

PATH = "src/core/date_words.c"
SLOTS = 1024


def fnv1a(word):
    h = 2166136261
    for b in word.encode():
        h = ((h ^ b) * 16777619) & 0xFFFFFFFF
    return h


src = open(PATH).read()
list_start = src.index("const cl_date_word_entry cl_date_words[] = {\n")
list_body_start = list_start + len("const cl_date_word_entry cl_date_words[] = {\n")
list_end = src.index("};", list_body_start)
entries = re.findall(r'\t\{"([^"]+)", (\w+), (-?\d+)\},\n', src[list_body_start:list_end])
entries = sorted(dict((w, (i, v)) for w, i, v in entries).items())
if len(entries) >= SLOTS // 2:
    sys.exit("too many words for %d slots" % SLOTS)

slots = [0] * SLOTS
for index, (word, _) in enumerate(entries):
    k = fnv1a(word) & (SLOTS - 1)
    while slots[k]:
        k = (k + 1) & (SLOTS - 1)
    slots[k] = index + 1

body = "".join('\t{"%s", %s, %s},\n' % (w, i, v) for w, (i, v) in entries)
src = src[:list_body_start] + body + src[list_end:]
table_start = src.index("static const unsigned short slots[SLOTS] = {\n")
table_body_start = table_start + len("static const unsigned short slots[SLOTS] = {\n")
table_end = src.index("};", table_body_start)
rows = "".join("\t" + ", ".join(str(x) for x in slots[k:k + 16]) + ",\n" for k in range(0, SLOTS, 16))
src = src[:table_body_start] + rows + src[table_end:]
open(PATH, "w").write(src)
print("%d words, %d slots" % (len(entries), SLOTS))
