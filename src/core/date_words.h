/*
 * date_words.h — the English words the date extractor reacts to, each with a
 * class and a value (month 1..12, weekday 0..6, a number, a unit).  The table
 * in date_words.c is generated with a hash table for lookup.
 */
#ifndef CL_DATE_WORDS_H
#define CL_DATE_WORDS_H

#include <stddef.h>
#include <stdint.h>

typedef enum cl_date_word
{
	W_NONE = 0,
	W_NUMBER,
	W_ABOUT,
	W_AFTER,
	W_AFTERNOON,
	W_AGO,
	W_CUE_FUTURE,
	W_ALMOST,
	W_AND,
	W_CUE_PAST,
	W_ANNUALLY,
	W_MONTH_ABBR,
	W_MONTH,
	W_AROUND,
	W_AT,
	W_SEASON,
	W_BEFORE,
	W_BEGINNING,
	W_BETWEEN,
	W_BIWEEKLY,
	W_BY,
	W_UNIT,
	W_COMING,
	W_CURRENT,
	W_DAILY,
	W_DURING,
	W_EACH,
	W_EARLIER,
	W_EARLY,
	W_END,
	W_EVENING,
	W_EVERY,
	W_ORDINAL,
	W_FISCAL,
	W_FOR,
	W_WEEKDAY,
	W_FROM,
	W_IN,
	W_LAST,
	W_LATE,
	W_LATER,
	W_MID,
	W_MIDDLE,
	W_MONTHLY,
	W_MORNING,
	W_NEARLY,
	W_NEXT,
	W_NIGHT,
	W_NIGHTLY,
	W_OF,
	W_OLD,
	W_ON,
	W_ONCE,
	W_OVER,
	W_PAST,
	W_PER,
	W_PREVIOUS,
	W_QUARTERLY,
	W_READ,
	W_SECOND,
	W_SINCE,
	W_START,
	W_THE,
	W_THIS,
	W_THROUGH,
	W_THRU,
	W_TILL,
	W_TO,
	W_TODAY,
	W_TOMORROW,
	W_TONIGHT,
	W_TWICE,
	W_UNTIL,
	W_WEEKLY,
	W_WITHIN,
	W_YEARLY,
	W_YESTERDAY,
	W_BE,
	W_BE_PRESENT,
	W_COUNT
} cl_date_word;

/* Units of W_UNIT words; the first nine are numbered as cl_duration_unit. */
enum
{
	U_SECOND = 1, U_MINUTE, U_HOUR, U_DAY, U_WEEK, U_MONTH, U_YEAR, U_DECADE,
	U_CENTURY, U_QUARTER, U_HALF, U_WEEKEND
};

typedef struct cl_date_word_entry
{
	const char *word;			/* lowercase ASCII */
	unsigned short id;			/* cl_date_word */
	short		value;
} cl_date_word_entry;

extern const cl_date_word_entry cl_date_words[];
extern const size_t cl_date_words_count;

/* Longest word in the table. */
#define CL_DATE_WORD_MAX 12

/* FNV-1a over the lowercased bytes, one step per byte. */
#define CL_DATE_WORD_HASH_BASIS 2166136261u

static inline uint32_t
cl_date_word_hash_step(uint32_t hash, char c)
{
	unsigned char b = (unsigned char) c;

	if (b >= 'A' && b <= 'Z')
		b = (unsigned char) (b + ('a' - 'A'));
	return (hash ^ b) * 16777619u;
}

/* Look up a word (any case, ASCII); NULL when it is not in the table. */
const cl_date_word_entry *cl_date_word_lookup(const char *word, size_t len);

/* The same, with the hash already computed by the caller's scan. */
const cl_date_word_entry *cl_date_word_lookup_hashed(const char *word, size_t len,
													 uint32_t hash);

#endif
