/*
 * pub_stamp.c — ISO 8601 stamp parsing and publication-stamp discovery.
 */
#include "pub_stamp.h"

#include <string.h>

#include "text_chars.h"
#include "timex.h"
#include "text_match.h"
#include "text_lines.h"

/* A label may only start this far into the text. */
#define LEADING_WINDOW 64
/* A machine token after a trailing stamp is at most this long. */
#define MAX_STAMP_TOKEN 64

static int
digits(const char *p, size_t avail, int n, int *value)
{
	int			v = 0;

	if (avail < (size_t) n)
		return 0;
	for (int i = 0; i < n; i++)
	{
		if (!cl_is_ascii_digit(p[i]))
			return 0;
		v = v * 10 + (p[i] - '0');
	}
	*value = v;
	return n;
}

static int
days_in_month(int year, int month)
{
	static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	bool		leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;

	if (month == 2 && leap)
		return 29;
	return days[month - 1];
}

size_t
cl_iso_stamp_parse(const char *text, size_t len, cl_stamp *out)
{
	cl_stamp	s;
	size_t		i = 0;

	memset(&s, 0, sizeof(s));
	if (!digits(text, len, 4, &s.year) || len < 10 || text[4] != '-' ||
		!digits(text + 5, len - 5, 2, &s.month) || text[7] != '-' ||
		!digits(text + 8, len - 8, 2, &s.day))
		return 0;
	if (s.year < 1000 || s.month < 1 || s.month > 12 || s.day < 1 ||
		s.day > days_in_month(s.year, s.month))
		return 0;
	i = 10;

	if (i + 5 < len && (text[i] == 'T' || text[i] == ' ') && cl_is_ascii_digit(text[i + 1]))
	{
		size_t		j = i + 1;

		int			hour,
					minute;

		if (digits(text + j, len - j, 2, &hour) && j + 2 < len && text[j + 2] == ':' &&
			digits(text + j + 3, len - j - 3, 2, &minute))
		{
			s.hour = hour;
			s.minute = minute;
			j += 5;
			if (j + 2 < len && text[j] == ':' && digits(text + j + 1, len - j - 1, 2, &s.second))
			{
				j += 3;
				if (j + 1 < len && (text[j] == '.' || text[j] == ',') && cl_is_ascii_digit(text[j + 1]))
				{
					int			scale = 100000;

					j++;
					while (j < len && cl_is_ascii_digit(text[j]))
					{
						s.microsecond += (text[j] - '0') * scale;
						scale /= 10;
						j++;
					}
				}
			}
			if (s.hour > 23 || s.minute > 59 || s.second > 60)
				return 0;
			if (s.second == 60)
				s.second = 59;	/* a leap second reads as the second before */
			s.has_time = true;
			i = j;
			if (i < len && (text[i] == 'Z' || text[i] == 'z'))
			{
				s.has_zone = true;
				i++;
			}
			else if (i < len && (text[i] == '+' || text[i] == '-'))
			{
				int			oh = 0,
							om = 0;
				size_t		k = i + 1;

				if (digits(text + k, len - k, 2, &oh))
				{
					k += 2;
					if (k < len && text[k] == ':')
						k++;
					if (digits(text + k, len - k, 2, &om))
						k += 2;
					if (oh > 15 || om > 59)
						return 0;
					s.utc_offset = (oh * 3600 + om * 60) * (text[i] == '-' ? -1 : 1);
					s.has_zone = true;
					i = k;
				}
			}
		}
	}
	if (i < len && (cl_is_word_byte(text[i]) || text[i] == '-'))
		return 0;
	*out = s;
	return i;
}

static size_t
skip_spaces(const char *text, size_t len, size_t i)
{
	while (i < len)
	{
		size_t		w = cl_space_len(text + i, text + len);

		if (w == 0)
			break;
		i += w;
	}
	return i;
}

size_t
cl_leading_stamp_len(const char *text, size_t len, cl_stamp *out)
{
	static const char *const labels[] = {
		"published on", "published", "posted on", "posted", "updated on",
		"updated", "last updated", "date", "dated"
	};
	size_t		i = 0;

	/* Leading white space, including blank lines. */
	while (i < len && i < LEADING_WINDOW)
	{
		unsigned char c = (unsigned char) text[i];
		size_t		w;

		if (c < 0x80)
			w = (c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\n' || c == '\r');
		else
			w = cl_space_len(text + i, text + len);
		if (w == 0)
			break;
		i += w;
	}
	/* Every label starts with one of these letters. */
	if (i >= len)
		return 0;
	switch (cl_ascii_lower(text[i]))
	{
		case 'p':
		case 'u':
		case 'l':
		case 'd':
			break;
		default:
			return 0;
	}
	for (size_t k = 0; k < sizeof(labels) / sizeof(labels[0]); k++)
	{
		size_t		j;
		size_t		used;

		/* (the first letter rules out most labels without a call) */
		if (labels[k][0] != cl_ascii_lower(text[i]) ||
			!cl_starts_with_ci(text + i, len - i, labels[k]))
			continue;
		j = i + strlen(labels[k]);
		if (j < len && text[j] == ':')
			j++;
		j = skip_spaces(text, len, j);
		used = cl_iso_stamp_parse(text + j, len - j, out);
		if (used == 0)
			return 0;
		j += used;
		return skip_spaces(text, len, j);
	}
	return 0;
}

bool
cl_line_is_machine_stamp(const char *text, size_t len, cl_stamp *out)
{
	size_t		used;
	size_t		i;
	size_t		token_start;

	/* What cl_iso_stamp_parse rejects first, without its set-up. */
	if (len < 10 || !cl_is_ascii_digit(text[0]))
		return false;
	used = cl_iso_stamp_parse(text, len, out);
	if (used == 0)
		return false;
	i = skip_spaces(text, len, used);
	token_start = i;
	while (i < len && cl_is_word_byte(text[i]) && (unsigned char) text[i] < 0x80)
		i++;
	if (i - token_start > MAX_STAMP_TOKEN)
		return false;
	return skip_spaces(text, len, i) == len;
}

bool
cl_published_at(const cl_env *env, const char *text, size_t len, cl_stamp *out)
{
	size_t		pos;
	size_t		last_start = len,
				last_end = len;
	size_t		blank_lines = 0;

	size_t		head = 0;

	for (pos = 0; pos < len && head < CL_STAMP_HEAD_LINES;)
	{
		cl_line		line;

		cl_line_at(text, len, pos, &line);
		pos = line.next;
		if (cl_line_blank(&line))
			continue;
		if (cl_leading_stamp_len(text + line.tstart, line.tend - line.tstart, out) > 0)
			return true;
		head++;
	}

	/* The last non-blank line: walk back over trailing blank lines. */
	pos = len;
	while (pos > 0)
	{
		size_t		b = pos;
		cl_line		line;

		while (b > 0 && text[b - 1] != '\n' && text[b - 1] != '\r')
			b--;
		cl_line_at(text, len, b, &line);
		if (!cl_line_blank(&line))
		{
			last_start = line.tstart;
			last_end = line.tend;
			break;
		}
		if (b == 0)
			break;
		pos = b - 1;
		if (++blank_lines % CL_INTERRUPT_STRIDE == 0)
			cl_poll(env);
	}
	if (last_start < last_end &&
		cl_line_is_machine_stamp(text + last_start, last_end - last_start, out))
		return true;
	return false;
}

int32_t
cl_stamp_utc_day(const cl_stamp *stamp)
{
	int32_t		day = cl_days_from_civil(stamp->year, stamp->month, stamp->day);
	int64_t		secs = (int64_t) stamp->hour * 3600 + stamp->minute * 60 + stamp->second -
		stamp->utc_offset;

	/* A zone offset moves a time across midnight by at most one day. */
	if (secs < 0)
		day--;
	else if (secs >= 86400)
		day++;
	return day;
}
