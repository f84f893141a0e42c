/*
 * text_lines.h — line scanning and paragraph layout shared by the cleaner and
 * the sentence splitter.
 *
 * Articles reach us in two layouts: one paragraph per line (web scrapes), or
 * newswire hard-wrapped at ~70 columns with indented paragraph starts.  The
 * layout decides whether a single line break ends a paragraph.
 */
#ifndef CL_TEXT_LINES_H
#define CL_TEXT_LINES_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "cl_env.h"
#include "text_chars.h"

typedef struct cl_line
{
	size_t		start;			/* first byte of the line */
	size_t		end;			/* byte after the line, before its break */
	size_t		next;			/* first byte of the following line */
	size_t		tstart;			/* line with surrounding white space trimmed */
	size_t		tend;
	size_t		indent;			/* bytes of leading white space */
} cl_line;

/* Scan the line starting at pos (pos < len). */
void		cl_line_at(const char *text, size_t len, size_t pos, cl_line *line);

/*
 * Offset of the first line break ('\n' or '\r') in text[pos..len), or len.
 * With SSE2 (every x86-64 CPU), 16 bytes are compared with both at a time:
 * lines are short, and one pass costs less than the two calls of memchr()
 * that the portable version makes (a carriage return can only matter before
 * the first line feed).
 */
static inline size_t
cl_find_line_break(const char *text, size_t pos, size_t len)
{
#if defined(__SSE2__)
	for (; len - pos >= 16; pos += 16)
	{
		__m128i		v = _mm_loadu_si128((const __m128i *) (text + pos));
		unsigned	m = (unsigned) _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')),
															  _mm_cmpeq_epi8(v, _mm_set1_epi8('\r'))));

		if (m != 0)
			return pos + (size_t) __builtin_ctz(m);
	}
	while (pos < len && text[pos] != '\n' && text[pos] != '\r')
		pos++;
	return pos;
#else
	const char *lf = memchr(text + pos, '\n', len - pos);
	size_t		end = lf != NULL ? (size_t) (lf - text) : len;
	const char *cr = memchr(text + pos, '\r', end - pos);

	return cr != NULL ? (size_t) (cr - text) : end;
#endif
}

/*
 * End of the horizontal white space starting at s, up to end.  With SSE2,
 * the ASCII white space of the first 16 bytes is measured at once: whether
 * a line is indented, and by how much, changes from line to line in no
 * order a branch predictor could learn.  The loop takes over at a non-ASCII
 * byte (which may be a Unicode space) or after 16 bytes of white space.
 */
static inline size_t
cl_skip_line_space(const char *text, size_t s, size_t end)
{
#if defined(__SSE2__)
	if (s < end && end - s >= 16)
	{
		__m128i		v = _mm_loadu_si128((const __m128i *) (text + s));
		__m128i		space = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')),
													  _mm_cmpeq_epi8(v, _mm_set1_epi8('\t'))),
										 _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\f')),
													  _mm_cmpeq_epi8(v, _mm_set1_epi8('\v'))));
		unsigned	other = ~(unsigned) _mm_movemask_epi8(space) & 0xFFFF;

		if (other != 0)
		{
			s += (size_t) __builtin_ctz(other);
			if ((unsigned char) text[s] < 0x80)
				return s;
		}
		else
			s += 16;
	}
#endif
	while (s < end)
	{
		unsigned char c = (unsigned char) text[s];
		size_t		w;

		if (c == ' ' || c == '\t' || c == '\f' || c == '\v')
		{
			s++;
			continue;
		}
		if (c < 0x80)
			break;
		w = cl_space_len(text + s, text + end);
		if (w == 0)
			break;
		s += w;
	}
	return s;
}

/* cl_line_at, inline for the scanners' loops (which call it once per line). */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline void
cl_line_scan(const char *text, size_t len, size_t pos, cl_line *line)
{
	size_t		i = cl_find_line_break(text, pos, len);

	line->start = pos;
	line->end = i;
	if (i < len && text[i] == '\r' && i + 1 < len && text[i + 1] == '\n')
		line->next = i + 2;
	else
		line->next = i < len ? i + 1 : len;

	line->tstart = cl_skip_line_space(text, pos, i);
	line->indent = line->tstart - pos;
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

static inline bool
cl_line_blank(const cl_line *line)
{
	return line->tstart == line->tend;
}

/*
 * True when the text is hard-wrapped: its lines are short and most of them
 * stop mid-sentence.  Polls for interrupts while scanning.
 */
bool		cl_text_hard_wrapped(const cl_env *env, const char *text, size_t len);

/*
 * The same, keeping the lines it scans: the first of them (at most cap) go
 * to lines[0..*nlines), each as cl_line_scan() gives it, from the start of
 * the text on (it stops early at a line too long for a hard wrap).
 */
bool		cl_text_hard_wrapped_lines(const cl_env *env, const char *text, size_t len,
									   cl_line *lines, size_t cap, size_t *nlines);

/*
 * Whether a paragraph ends between a non-blank line and the line after it,
 * which starts at next (next <= len).
 */
bool		cl_paragraph_breaks_before(const char *text, size_t len, size_t next,
									   bool hard_wrapped);

/* cl_paragraph_breaks_before, inline for the scanners' loops. */
static inline bool
cl_paragraph_break_at(const char *text, size_t len, size_t next, bool hard_wrapped)
{
	size_t		s;

	if (next >= len)
		return true;
	if (!hard_wrapped)
		return true;

	/*
	 * Only the start of the line matters: it is blank when its leading white
	 * space runs up to its break (a space never spans a line break, so
	 * scanning up to len finds what scanning up to the break would).
	 */
	s = cl_skip_line_space(text, next, len);
	if (s == len || text[s] == '\n' || text[s] == '\r')
		return true;
	return s - next >= 2 || (s - next == 1 && text[next] == '\t');
}

#endif
