/*
 * sentences.c — sentence splitting for news prose (see sentences.h).
 *
 * A candidate boundary is a run of . ! ? or an ellipsis, followed by closing
 * quotes or brackets and then white space.  It is a boundary unless the next
 * word starts in lowercase, or the full stop closes an abbreviation; an
 * abbreviation that can also end a sentence ("U.S.", "Inc.", an initial)
 * ends one only when the next word is a usual sentence opener.
 */
#include "sentences.h"

#include "text_chars.h"
#include "text_lines.h"
#include "text_match.h"

/* Titles that never end a sentence when capitalised ("Gen. Moss"). */
static const char *const titles[] = {
	"mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col",
	"capt", "cpt", "sgt", "maj", "adm", "cmdr", "cdr", "rev", "hon", "pres",
	"supt", "insp", "messrs", "mme", "mlle", "st", "mt", "ft", "amb", "atty",
	"brig", "cpl", "pvt", "treas", "asst", "assoc", "gens", "ave", "blvd",
	"rd", NULL
};

/* Abbreviations that never end a sentence, in any case ("Hale v. Dorsey"). */
static const char *const abbreviations[] = {
	"vs", "v", "approx", "dept", "fig", "figs", "vol", "vols", "art", "pp",
	"p", "para", "ch", "sec", "cf", "viz", "al", "ex", "ca", "incl", "nr",
	NULL
};

/* Abbreviations that end a sentence only before a sentence opener. */
static const char *const enders[] = {
	"inc", "ltd", "co", "corp", "plc", "llc", "bros", "jr", "sr", "etc",
	"esq", "cos", "pty", "bhd", "ag", "sa", "nv", "bv", "gmbh", NULL
};

/* Month abbreviations: no boundary when a day number follows. */
static const char *const months[] = {
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
	"nov", "dec", NULL
};

/* Number abbreviations: no boundary when a digit follows. */
static const char *const numberings[] = {"no", "nos", "nr", "tel", "ph", NULL};

/* Words that usually open a sentence. */
static const char *const openers[] = {
	"the", "a", "an", "this", "that", "these", "those", "it", "its", "he",
	"she", "they", "we", "i", "you", "his", "her", "their", "our", "in", "on",
	"at", "for", "but", "and", "or", "so", "yet", "however", "meanwhile",
	"also", "as", "after", "before", "when", "while", "if", "there", "what",
	"why", "how", "who", "one", "some", "many", "most", "all", "both",
	"such", "other", "another", "earlier", "later", "last", "next",
	"officials", "analysts", "according", "under", "since", "during",
	"despite", "although", "though", "because", "with", "without", "from",
	"still", "now", "then", "further", "separately", "moreover",
	"additionally", "critics", "experts", "shares", "net", "revenue",
	"sales", "profit", "reuters", NULL
};

void
cl_sentences_begin(cl_sentence_iter *it, const cl_env *env, const char *text, size_t len)
{
	it->env = env;
	it->text = text;
	it->len = len;
	it->hard_wrapped = cl_text_hard_wrapped(env, text, len);
	it->pos = 0;
	it->para_end = 0;
	it->scanned = 0;
}

static void
note_scanned(cl_sentence_iter *it, size_t bytes)
{
	it->scanned += bytes;
	if (it->scanned >= CL_INTERRUPT_STRIDE)
	{
		cl_poll(it->env);
		it->scanned -= CL_INTERRUPT_STRIDE;
	}
}

/* Move to the next paragraph; false when only blank lines remain. */
static bool
next_paragraph(cl_sentence_iter *it)
{
	size_t		pos = it->pos;
	cl_line		line;

	for (;;)
	{
		if (pos >= it->len)
			return false;
		cl_line_at(it->text, it->len, pos, &line);
		note_scanned(it, line.next - pos);
		if (!cl_line_blank(&line))
			break;
		pos = line.next;
	}
	it->pos = line.tstart;
	for (;;)
	{
		size_t		next = line.next;

		it->para_end = line.tend;
		if (cl_paragraph_breaks_before(it->text, it->len, next, it->hard_wrapped))
			break;
		cl_line_at(it->text, it->len, next, &line);
		note_scanned(it, line.next - next);
	}
	return true;
}

/* Skip white space, line breaks and control characters from i up to end. */
static size_t
skip_space(const char *text, size_t i, size_t end)
{
	while (i < end)
	{
		int			len;
		cl_char_class cc = cl_char_at(text + i, text + end, &len, NULL);

		if (cc != CL_CC_SPACE && cc != CL_CC_NEWLINE && cc != CL_CC_CONTROL)
			break;
		i += (size_t) len;
	}
	return i;
}

/* Ideographic full stop and full-width ! and ?: no space follows them. */
static bool
is_wide_terminator(const char *text, size_t i, size_t end)
{
	const unsigned char *u = (const unsigned char *) text + i;

	if (i + 2 >= end)
		return false;
	return (u[0] == 0xE3 && u[1] == 0x80 && u[2] == 0x82) ||
		(u[0] == 0xEF && u[1] == 0xBC && (u[2] == 0x81 || u[2] == 0x9F));
}

static bool
is_terminator(const char *text, size_t i, size_t end, int *len)
{
	char		c = text[i];

	if (c == '.' || c == '!' || c == '?')
	{
		*len = 1;
		return true;
	}
	if ((unsigned char) c == 0xE2 && i + 2 < end &&
		(unsigned char) text[i + 1] == 0x80 && (unsigned char) text[i + 2] == 0xA6)
	{
		*len = 3;
		return true;
	}
	*len = 3;
	return is_wide_terminator(text, i, end);
}

/* The word at text[k..end) is a sentence opener. */
static bool
next_word_opens(const char *text, size_t k, size_t end)
{
	size_t		e = k;

	while (e < end && cl_is_word_byte(text[e]))
		e++;
	return cl_word_index_ci(text + k, e - k, openers) >= 0;
}

/*
 * Whether the single full stop at dot ends a sentence, given that the next
 * word starts at k with class next_cc.
 */
static bool
full_stop_ends(const char *text, size_t floor, size_t dot, size_t k, size_t end,
			   cl_char_class next_cc)
{
	size_t		ws = dot;
	bool		inner_dot = false;
	size_t		letters;

	/* The token before the full stop: letters, with dots between them. */
	while (ws > floor && (cl_is_word_byte(text[ws - 1]) ||
						  (text[ws - 1] == '.' && ws - 1 > floor && cl_is_word_byte(text[ws - 2]))))
	{
		if (text[ws - 1] == '.')
			inner_dot = true;
		ws--;
	}
	letters = dot - ws;
	if (letters == 0)
		return true;
	if (inner_dot)
		return next_word_opens(text, k, end);	/* U.S., a.m., e.g. */
	if (letters == 1 && text[ws] >= 'A' && text[ws] <= 'Z')
		return next_word_opens(text, k, end);	/* an initial */
	if (cl_word_index_ci(text + ws, letters, titles) >= 0 &&
		text[ws] >= 'A' && text[ws] <= 'Z')
		return false;
	if (cl_word_index_ci(text + ws, letters, abbreviations) >= 0)
		return false;
	if (cl_word_index_ci(text + ws, letters, enders) >= 0)
		return next_word_opens(text, k, end);
	if (next_cc == CL_CC_DIGIT &&
		(cl_word_index_ci(text + ws, letters, months) >= 0 ||
		 cl_word_index_ci(text + ws, letters, numberings) >= 0))
		return false;
	return true;
}

bool
cl_sentences_next(cl_sentence_iter *it, size_t *start, size_t *len)
{
	const char *text = it->text;
	size_t		i;
	size_t		end;
	size_t		next_poll;

	for (;;)
	{
		if (it->pos >= it->para_end)
		{
			if (!next_paragraph(it))
				return false;
		}
		it->pos = skip_space(text, it->pos, it->para_end);
		if (it->pos < it->para_end)
			break;
	}
	end = it->para_end;
	*start = it->pos;
	i = it->pos;
	next_poll = i + CL_INTERRUPT_STRIDE;
	while (i < end)
	{
		int			tlen;
		size_t		j;
		size_t		k;
		bool		only_full_stop = true;
		int			terminators = 0;
		int			clen;
		uint32_t	cp;
		cl_char_class next_cc;

		if (i >= next_poll)
		{
			cl_poll(it->env);
			next_poll = i + CL_INTERRUPT_STRIDE;
		}
		if (!is_terminator(text, i, end, &tlen))
		{
			i++;
			continue;
		}
		if (tlen == 3 && is_wide_terminator(text, i, end))
		{
			j = i + 3;
			while (j < end)
			{
				cl_char_at(text + j, text + end, &clen, &cp);
				if (!cl_cp_is_closing(cp))
					break;
				j += (size_t) clen;
			}
			k = skip_space(text, j, end);
			if (j >= end || k >= end)
				break;
			*len = j - *start;
			note_scanned(it, k - it->pos);
			it->pos = k;
			return true;
		}
		j = i;
		while (j < end && is_terminator(text, j, end, &tlen))
		{
			if (text[j] != '.')
				only_full_stop = false;
			terminators++;
			j += (size_t) tlen;
		}
		while (j < end)
		{
			cl_char_at(text + j, text + end, &clen, &cp);
			if (!cl_cp_is_closing(cp))
				break;
			j += (size_t) clen;
		}
		if (j >= end)
			break;
		k = skip_space(text, j, end);
		if (k == j)
		{
			i = j;				/* "5.9", "U.S.-led", "forces.”," */
			continue;
		}
		if (k >= end)
			break;
		next_cc = cl_char_at(text + k, text + end, &clen, &cp);
		if (next_cc == CL_CC_LOWER || cp == ',' || cp == ';' || cp == ':' ||
			(only_full_stop && terminators == 1 &&
			 !full_stop_ends(text, *start, i, k, end, next_cc)))
		{
			i = k;
			continue;
		}
		*len = j - *start;
		note_scanned(it, k - it->pos);
		it->pos = k;
		return true;
	}
	*len = end - *start;
	note_scanned(it, end - it->pos);
	it->pos = end;
	return true;
}
