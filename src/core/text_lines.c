/*
 * text_lines.c — line scanning and layout detection (see text_lines.h).
 */
#include "text_lines.h"

#include "text_chars.h"

/* Lines longer than this are never hard wraps. */
#define WRAP_MAX_LINE 100
/* A wrapped line is at least this wide: the line width minus one long word. */
#define WRAP_MIN_LINE 35

void
cl_line_at(const char *text, size_t len, size_t pos, cl_line *line)
{
	size_t		i = pos;
	size_t		s;

	line->start = pos;
	while (i < len && text[i] != '\n' && text[i] != '\r')
		i++;
	line->end = i;
	if (i < len && text[i] == '\r' && i + 1 < len && text[i + 1] == '\n')
		line->next = i + 2;
	else
		line->next = i < len ? i + 1 : len;

	s = pos;
	while (s < line->end)
	{
		size_t		w = cl_space_len(text + s, text + line->end);

		if (w == 0)
			break;
		s += w;
	}
	line->indent = s - pos;
	line->tstart = s;
	line->tend = line->end;
	/* Trailing white space: step back over ASCII and common Unicode spaces. */
	while (line->tend > line->tstart)
	{
		size_t		e = line->tend;
		unsigned char c = (unsigned char) text[e - 1];

		if (c == ' ' || c == '\t' || c == '\f' || c == '\v')
			line->tend = e - 1;
		else if (c >= 0x80)
		{
			size_t		b = e - 1;

			while (b > line->tstart && ((unsigned char) text[b] & 0xC0) == 0x80 && e - b < 4)
				b--;
			if (cl_space_len(text + b, text + e) == e - b)
				line->tend = b;
			else
				break;
		}
		else
			break;
	}
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

/* Most words capitalised: a headline or a link, which no line width cut. */
static bool
title_case(const char *text, const cl_line *line)
{
	size_t		upper = 0,
				lower = 0;
	bool		word_start = true;

	for (size_t i = line->tstart; i < line->tend; i++)
	{
		char		c = text[i];

		if (c == ' ')
			word_start = true;
		else if (word_start)
		{
			if (c >= 'A' && c <= 'Z')
				upper++;
			else if (c >= 'a' && c <= 'z')
				lower++;
			word_start = false;
		}
	}
	return upper >= 3 && lower * 4 <= upper;
}

bool
cl_text_hard_wrapped(const cl_env *env, const char *text, size_t len)
{
	size_t		pos = 0;
	size_t		pairs = 0;		/* a non-blank line followed by an unindented one */
	size_t		wrapped = 0;	/* ... where the first looks cut by a line width */
	size_t		since_poll = 0;
	cl_line		prev = {0};
	bool		have_prev = false;

	while (pos < len)
	{
		cl_line		line;

		cl_line_at(text, len, pos, &line);
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
	cl_line		line;

	if (next >= len)
		return true;
	if (!hard_wrapped)
		return true;
	cl_line_at(text, len, next, &line);
	return cl_line_blank(&line) || line.indent >= 2 ||
		(line.indent == 1 && text[line.start] == '\t');
}
