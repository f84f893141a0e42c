/*
 * text_lines.c — line scanning and layout detection (see text_lines.h).
 */
#include "text_lines.h"

/* Lines longer than this are never hard wraps. */
#define WRAP_MAX_LINE 100
/* A wrapped line is at least this wide: the line width minus one long word. */
#define WRAP_MIN_LINE 35

void
cl_line_at(const char *text, size_t len, size_t pos, cl_line *line)
{
	cl_line_scan(text, len, pos, line);
}

static bool
ends_sentence(const char *text, const cl_line *line)
{
	size_t		e = line->tend;

	/* Step back over closing quotes and brackets. */
	while (e > line->tstart)
	{
		unsigned char c = (unsigned char) text[e - 1];

		if (c == '"' || c == '\'' || c == ')')
			e--;
		else if (e - line->tstart >= 3 && (unsigned char) text[e - 3] == 0xE2 &&
				 (unsigned char) text[e - 2] == 0x80 &&
				 ((unsigned char) text[e - 1] == 0x9D || (unsigned char) text[e - 1] == 0x99))
			e -= 3;
		else
			break;
	}
	if (e == line->tstart)
		return false;
	return text[e - 1] == '.' || text[e - 1] == '!' || text[e - 1] == '?' || text[e - 1] == ':';
}

/* The high bit of every byte of w within [lo, hi] (both below 0x80), exactly. */
static inline uint64_t
bytes_between(uint64_t w, unsigned lo, unsigned hi)
{
	const uint64_t ones = 0x0101010101010101u;
	const uint64_t highs = 0x8080808080808080u;
	uint64_t	low7 = w & ~highs;	/* no carry leaves a byte below */

	return (low7 + ones * (0x80 - lo)) & ~(low7 + ones * (0x7F - hi)) & ~w & highs;
}

/* How many bytes have their high bit set in a mask of high bits. */
static inline size_t
count_flags(uint64_t flags)
{
	return (size_t) ((((flags >> 7) * 0x0101010101010101u) >> 56) & 0xFF);
}

/* Most words capitalised: a headline or a link, which no line width cut. */
static bool
title_case(const char *text, const cl_line *line)
{
	size_t		upper = 0,
				lower = 0;
	size_t		i = line->tstart;
	char		c;

	if (i >= line->tend)
		return false;
	/* A word starts at the first byte and after every space. */
	c = text[i];
	if (c >= 'A' && c <= 'Z')
		upper++;
	else if (c >= 'a' && c <= 'z')
		lower++;
	/* Eight at a time: each byte beside the byte before it. */
	for (i++; line->tend - i >= 8; i += 8)
	{
		uint64_t	cur,
					prev,
					after_space;

		memcpy(&cur, text + i, 8);
		memcpy(&prev, text + i - 1, 8);
		after_space = bytes_between(prev, ' ', ' ');
		if (after_space == 0)
			continue;
		upper += count_flags(after_space & bytes_between(cur, 'A', 'Z'));
		lower += count_flags(after_space & bytes_between(cur, 'a', 'z'));
	}
	for (; i < line->tend; i++)
	{
		c = text[i];
		if (text[i - 1] != ' ')
			continue;
		if (c >= 'A' && c <= 'Z')
			upper++;
		else if (c >= 'a' && c <= 'z')
			lower++;
	}
	return upper >= 3 && lower * 4 <= upper;
}

bool
cl_text_hard_wrapped(const cl_env *env, const char *text, size_t len)
{
	size_t		nlines;

	return cl_text_hard_wrapped_lines(env, text, len, NULL, 0, &nlines);
}

bool
cl_text_hard_wrapped_lines(const cl_env *env, const char *text, size_t len,
						   cl_line *lines, size_t cap, size_t *nlines)
{
	size_t		pos = 0;
	size_t		pairs = 0;		/* a non-blank line followed by an unindented one */
	size_t		wrapped = 0;	/* ... where the first looks cut by a line width */
	size_t		since_poll = 0;
	cl_line		prev = {0};
	bool		have_prev = false;

	*nlines = 0;

	while (pos < len)
	{
		cl_line		line;

		cl_line_scan(text, len, pos, &line);
		if (*nlines < cap)
			lines[(*nlines)++] = line;
		since_poll += line.next - pos;
		if (since_poll >= CL_INTERRUPT_STRIDE)
		{
			cl_poll(env);
			since_poll -= CL_INTERRUPT_STRIDE;
		}
		pos = line.next;
		if (cl_line_blank(&line))
		{
			have_prev = false;
			continue;
		}
		if (line.tend - line.tstart > WRAP_MAX_LINE)
			return false;
		if (have_prev && line.indent == 0)
		{
			size_t		width = prev.tend - prev.tstart;
			char		first = text[line.tstart];

			pairs++;
			if ((first >= 'a' && first <= 'z') ||
				(width >= WRAP_MIN_LINE && !ends_sentence(text, &prev) &&
				 !title_case(text, &prev)))
				wrapped++;
		}
		prev = line;
		have_prev = true;
	}
	return pairs >= 2 && wrapped * 2 >= pairs;
}

bool
cl_paragraph_breaks_before(const char *text, size_t len, size_t next, bool hard_wrapped)
{
	return cl_paragraph_break_at(text, len, next, hard_wrapped);
}
