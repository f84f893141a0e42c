/*
 * claims.c — statements of fact and their attributions (see claims.h).
 *
 * The article is walked sentence by sentence over the lines that clean()
 * keeps, so page furniture never yields a claim; a sentence that does not
 * end in . or ! (a headline, a caption) or that asks a question is skipped.
 * Each sentence is cut into tokens and, outside quotations, into segments at
 * commas and colons.  Attribution clauses are then peeled off:
 *
 *   leading:   "According to X, ...", "Per X, ...", "As reported by X, ...",
 *              "X said, “...”", "X said: ..."
 *   trailing:  "..., according to X.", "..., per X.", "..., as reported by X.",
 *              "..., X said (on Monday).", "..., said X.", "..., X told Y."
 *   inside:    "..., reported by X, ..." between two commas
 *   reporting: "X reported that ...", "it is believed that ...",
 *              "X told Y that ...", "In 2024, it was reported that ..."
 *   inline:    "what X described as “...”" (the claim keeps its words)
 *
 * Peeling goes from the outside in, so the sources come outermost first.
 * A source phrase names its source through the entities in it (the last
 * organisation, else person, else place); a phrase without a name ("the
 * report", "the agency", "state media") is an anaphor and resolves to the
 * most recent source named earlier with the same noun ("the KCNA report"),
 * else to the most recent named organisation source, else to the last
 * organisation mentioned just before that noun.  Generic subjects
 * ("officials", "reports", impersonal "it") attribute without a source.
 */
#include "claims.h"

#include <stdint.h>
#include <string.h>

#include "claim_words_table.h"
#include "clean.h"
#include "entities.h"
#include "entity_words.h"
#include "normalised_span.h"
#include "sentences.h"
#include "text_chars.h"
#include "text_match.h"
#include "word_slots.h"

#define WORD_MAX 24				/* folded words longer than this never match */
#define PHRASE_MAX_WORDS 12		/* a source phrase is short */
#define SUBJECT_SEARCH_WORDS 24 /* "X reported that" within the first words */
#define LOOKBACK 256			/* anaphors look this many sources or mentions back */

typedef enum tok_type
{
	T_WORD = 0,
	T_COMMA,
	T_COLON,					/* also ; */
	T_OPENQ,
	T_CLOSEQ,
	T_STOP,						/* . ! ? … */
	T_OTHER
} tok_type;

typedef struct tok
{
	size_t		s;
	size_t		e;
	uint8_t		type;
	uint8_t		depth;			/* quotation depth; quote marks themselves at the outer depth */
	char		w[WORD_MAX];	/* folded ASCII word, "" if too long or not a word */
	uint16_t	flags;			/* V_* of the word */
	const char *cue;			/* its normalised cue, if a reporting verb */
} tok;

typedef struct named_source
{
	size_t		pos;			/* where the naming phrase starts */
	size_t		name_start;		/* the name as the text writes it */
	size_t		name_len;
	const char *canonical;		/* person: the fullest name, in the entity arena */
	size_t		canonical_len;
	cl_entity_kind kind;
	char		noun[WORD_MAX]; /* "report", "agency", ... or "" */
} named_source;

typedef struct chain
{
	int			count;
	size_t		name_start[CL_CLAIM_MAX_SOURCES];	/* byte offsets into text or entity arena */
	size_t		name_len[CL_CLAIM_MAX_SOURCES];
	const char *name_base[CL_CLAIM_MAX_SOURCES];
	const char *cue;			/* innermost cue so far */
	bool		attributed;
} chain;

typedef struct span
{
	size_t		s;
	size_t		e;
} span;

typedef struct claims_state
{
	const cl_env *env;
	const char *text;
	size_t		len;
	cl_claim_list *out;
	cl_entity_list ents;
	size_t		ent_cursor;		/* first entity that may lie in the current sentence */
	span	   *kept;			/* lines of prose (clean_lines) */
	size_t		nkept;
	size_t		kept_cap;
	size_t		kept_cursor;
	tok		   *toks;
	size_t		ntoks;
	size_t		toks_cap;
	named_source *named;
	size_t		nnamed;
	size_t		named_cap;
	bool		first_sentence;
} claims_state;

/* ---- vocabulary ----------------------------------------------------------- */

enum
{
	V_CUE = 1 << 0,				/* a reporting verb; the entry has its normalised cue */
	V_ANAPHOR = 1 << 1,			/* a noun standing for a source named elsewhere: "report" */
	V_GENERIC = 1 << 2,			/* a subject that attributes without naming: "officials" */
	V_CONNECTIVE = 1 << 3,		/* opens a sentence without belonging to its claim */
	V_AFTER_CUE = 1 << 4,		/* may follow a reporting verb: "said on Monday" */
	V_HEDGE = 1 << 5,			/* reportedly, allegedly, suggested */
	V_HEDGE_TO = 1 << 6,		/* "is believed to", "is said to" */
	V_BE = 1 << 7,
	V_MODAL = 1 << 8,			/* "may have" */
	V_SEEM = 1 << 9,			/* "appears to" */
	V_DEFINITE = 1 << 10,		/* the, this, its, state: an anaphor refers back */
	V_BARE_CUE = 1 << 11,		/* takes a clause without "that": "KCNA said the talks" */
	V_NOT_CLAUSE = 1 << 12		/* after such a verb, no clause follows: "said to" */
};

typedef struct vocab_word
{
	const char *word;
	uint16_t	flags;
	const char *cue;
} vocab_word;

/* Looked up once per token through the generated table CL_VOCABULARY (scripts/gen_claim_words.py). */
static const vocab_word vocabulary[] = {
	{"acknowledged", V_CUE, "acknowledged"},
	{"activists", V_GENERIC, NULL},
	{"added", V_CUE | V_BARE_CUE, "added"},
	{"additionally", V_CONNECTIVE, NULL},
	{"adds", V_CUE, "added"},
	{"admitted", V_CUE, "admitted"},
	{"after", V_AFTER_CUE | V_NOT_CLAUSE, NULL},
	{"again", V_CONNECTIVE, NULL},
	{"agency", V_ANAPHOR, NULL},
	{"aides", V_GENERIC, NULL},
	{"alleged", V_CUE | V_HEDGE_TO | V_BARE_CUE, "alleged"},
	{"allegedly", V_HEDGE, NULL},
	{"alleges", V_CUE, "alleged"},
	{"also", V_CONNECTIVE | V_AFTER_CUE, NULL},
	{"analysts", V_GENERIC, NULL},
	{"and", V_NOT_CLAUSE, NULL},
	{"announced", V_CUE | V_BARE_CUE, "announced"},
	{"announcement", V_ANAPHOR, NULL},
	{"announces", V_CUE, "announced"},
	{"apparently", V_HEDGE, NULL},
	{"appear", V_SEEM, NULL},
	{"appeared", V_SEEM, NULL},
	{"appears", V_SEEM, NULL},
	{"are", V_BE, NULL},
	{"argued", V_CUE | V_BARE_CUE, "argued"},
	{"argues", V_CUE, "argued"},
	{"army", V_GENERIC, NULL},
	{"article", V_ANAPHOR, NULL},
	{"as", V_NOT_CLAUSE, NULL},
	{"asserted", V_CUE, "asserted"},
	{"asserts", V_CUE, "asserted"},
	{"at", V_AFTER_CUE | V_NOT_CLAUSE, NULL},
	{"authorities", V_GENERIC, NULL},
	{"bankers", V_GENERIC, NULL},
	{"be", V_BE, NULL},
	{"been", V_BE, NULL},
	{"before", V_AFTER_CUE | V_NOT_CLAUSE, NULL},
	{"being", V_BE, NULL},
	{"believed", V_CUE | V_HEDGE_TO, "believed"},
	{"believes", V_BARE_CUE, NULL},
	{"besides", V_CONNECTIVE, NULL},
	{"broadcaster", V_ANAPHOR, NULL},
	{"bureau", V_ANAPHOR, NULL},
	{"but", V_NOT_CLAUSE, NULL},
	{"by", V_NOT_CLAUSE, NULL},
	{"channel", V_ANAPHOR, NULL},
	{"cited", V_CUE, "cited"},
	{"claimed", V_CUE | V_BARE_CUE, "claimed"},
	{"claims", V_CUE, "claimed"},
	{"communique", V_ANAPHOR, NULL},
	{"confirmed", V_CUE | V_BARE_CUE, "confirmed"},
	{"confirms", V_CUE, "confirmed"},
	{"consequently", V_CONNECTIVE, NULL},
	{"could", V_MODAL, NULL},
	{"critics", V_GENERIC, NULL},
	{"daily", V_ANAPHOR, NULL},
	{"dealers", V_GENERIC, NULL},
	{"declared", V_CUE, "declared"},
	{"declares", V_CUE, "declared"},
	{"denied", V_CUE, "denied"},
	{"denies", V_CUE, "denied"},
	{"department", V_ANAPHOR, NULL},
	{"described", V_CUE, "described"},
	{"diplomats", V_GENERIC, NULL},
	{"dispatch", V_ANAPHOR, NULL},
	{"doctors", V_GENERIC, NULL},
	{"during", V_AFTER_CUE | V_NOT_CLAUSE, NULL},
	{"earlier", V_CONNECTIVE | V_AFTER_CUE | V_NOT_CLAUSE, NULL},
	{"economists", V_GENERIC, NULL},
	{"emphasised", V_CUE, "emphasized"},
	{"emphasized", V_CUE, "emphasized"},
	{"estimated", V_CUE, "estimated"},
	{"expected", V_HEDGE_TO, NULL},
	{"experts", V_GENERIC, NULL},
	{"explained", V_CUE, "explained"},
	{"explains", V_CUE, "explained"},
	{"finally", V_CONNECTIVE, NULL},
	{"for", V_NOT_CLAUSE, NULL},
	{"friday", V_AFTER_CUE | V_NOT_CLAUSE, NULL},
	{"from", V_AFTER_CUE | V_NOT_CLAUSE, NULL},
	{"further", V_CONNECTIVE, NULL},
	{"furthermore", V_CONNECTIVE, NULL},
	{"government", V_ANAPHOR, NULL},
	{"hence", V_CONNECTIVE, NULL},
	{"her", V_DEFINITE, NULL},
	{"highlighted", V_CUE, "highlighted"},
	{"highlights", V_CUE, "highlighted"},
	{"his", V_DEFINITE, NULL},
	{"however", V_CONNECTIVE, NULL},
	{"in", V_AFTER_CUE | V_NOT_CLAUSE, NULL},
	{"indeed", V_CONNECTIVE, NULL},
	{"indicated", V_CUE, "indicated"},
	{"insiders", V_GENERIC, NULL},
	{"insisted", V_CUE | V_BARE_CUE, "insisted"},
	{"insists", V_CUE, "insisted"},
	{"instead", V_CONNECTIVE, NULL},
	{"investigators", V_GENERIC, NULL},
	{"is", V_BE, NULL},
	{"it", V_GENERIC, NULL},
	{"its", V_DEFINITE, NULL},
	{"last", V_AFTER_CUE | V_NOT_CLAUSE, NULL},
	{"late", V_AFTER_CUE | V_NOT_CLAUSE, NULL},
	{"later", V_CONNECTIVE | V_AFTER_CUE, NULL},
	{"lawmakers", V_GENERIC, NULL},
	{"likewise", V_CONNECTIVE, NULL},
	{"may", V_MODAL, NULL},
	{"meanwhile", V_CONNECTIVE, NULL},
	{"media", V_ANAPHOR | V_GENERIC, NULL},
	{"might", V_MODAL, NULL},
	{"military", V_GENERIC, NULL},
	{"ministry", V_ANAPHOR, NULL},
	{"monday", V_AFTER_CUE | V_NOT_CLAUSE, NULL},
	{"moreover", V_CONNECTIVE, NULL},
	{"network", V_ANAPHOR, NULL},
	{"nevertheless", V_CONNECTIVE, NULL},
	{"newspaper", V_ANAPHOR, NULL},
	{"nonetheless", V_CONNECTIVE, NULL},
	{"notably", V_CONNECTIVE, NULL},
	{"noted", V_CUE | V_BARE_CUE, "noted"},
	{"notes", V_CUE, "noted"},
	{"now", V_CONNECTIVE, NULL},
	{"observed", V_CUE, "observed"},
	{"observers", V_GENERIC, NULL},
	{"of", V_NOT_CLAUSE, NULL},
	{"office", V_ANAPHOR, NULL},
	{"official", V_GENERIC, NULL},
	{"officials", V_GENERIC, NULL},
	{"on", V_AFTER_CUE | V_NOT_CLAUSE, NULL},
	{"or", V_NOT_CLAUSE, NULL},
	{"organisers", V_GENERIC, NULL},
	{"organizers", V_GENERIC, NULL},
	{"ostensibly", V_HEDGE, NULL},
	{"outlet", V_ANAPHOR, NULL},
	{"outlined", V_CUE, "outlined"},
	{"paper", V_ANAPHOR, NULL},
	{"people", V_GENERIC, NULL},
	{"perhaps", V_HEDGE, NULL},
	{"police", V_GENERIC, NULL},
	{"possibly", V_HEDGE, NULL},
	{"presumably", V_HEDGE, NULL},
	{"previously", V_CONNECTIVE | V_AFTER_CUE, NULL},
	{"prosecutors", V_GENERIC, NULL},
	{"publication", V_ANAPHOR, NULL},
	{"purportedly", V_HEDGE, NULL},
	{"quoted", V_CUE, "quoted"},
	{"radio", V_ANAPHOR, NULL},
	{"readout", V_ANAPHOR, NULL},
	{"recently", V_AFTER_CUE, NULL},
	{"report", V_ANAPHOR, NULL},
	{"reported", V_CUE | V_HEDGE_TO, "reported"},
	{"reportedly", V_HEDGE, NULL},
	{"reports", V_CUE | V_ANAPHOR | V_GENERIC, "reported"},
	{"researchers", V_GENERIC, NULL},
	{"residents", V_GENERIC, NULL},
	{"revealed", V_CUE, "revealed"},
	{"reveals", V_CUE, "revealed"},
	{"rumored", V_HEDGE | V_HEDGE_TO, NULL},
	{"rumoured", V_HEDGE | V_HEDGE_TO, NULL},
	{"said", V_CUE | V_HEDGE_TO | V_BARE_CUE, "said"},
	{"saturday", V_AFTER_CUE | V_NOT_CLAUSE, NULL},
	{"say", V_CUE, "said"},
	{"says", V_CUE | V_BARE_CUE, "said"},
	{"scientists", V_GENERIC, NULL},
	{"seem", V_SEEM, NULL},
	{"seemed", V_SEEM, NULL},
	{"seemingly", V_HEDGE, NULL},
	{"seems", V_SEEM, NULL},
	{"separately", V_CONNECTIVE, NULL},
	{"service", V_ANAPHOR, NULL},
	{"showed", V_CUE, "showed"},
	{"shows", V_CUE, "showed"},
	{"similarly", V_CONNECTIVE, NULL},
	{"source", V_GENERIC, NULL},
	{"sources", V_GENERIC, NULL},
	{"spokesman", V_ANAPHOR, NULL},
	{"spokespeople", V_GENERIC, NULL},
	{"spokesperson", V_ANAPHOR, NULL},
	{"spokeswoman", V_ANAPHOR, NULL},
	{"state", V_DEFINITE, NULL},
	{"stated", V_CUE | V_BARE_CUE, "stated"},
	{"statement", V_ANAPHOR, NULL},
	{"states", V_CUE, "stated"},
	{"still", V_CONNECTIVE, NULL},
	{"stressed", V_CUE, "stressed"},
	{"subsequently", V_CONNECTIVE, NULL},
	{"suggest", V_HEDGE, NULL},
	{"suggested", V_CUE | V_HEDGE, "suggested"},
	{"suggesting", V_CUE | V_HEDGE, "suggested"},
	{"suggests", V_CUE | V_HEDGE, "suggested"},
	{"sunday", V_AFTER_CUE | V_NOT_CLAUSE, NULL},
	{"supposedly", V_HEDGE, NULL},
	{"television", V_ANAPHOR, NULL},
	{"tells", V_CUE, "told"},
	{"that", V_DEFINITE, NULL},
	{"the", V_DEFINITE, NULL},
	{"their", V_DEFINITE, NULL},
	{"then", V_CONNECTIVE, NULL},
	{"these", V_DEFINITE, NULL},
	{"they", V_GENERIC, NULL},
	{"this", V_AFTER_CUE | V_DEFINITE | V_NOT_CLAUSE, NULL},
	{"those", V_DEFINITE, NULL},
	{"thought", V_HEDGE_TO, NULL},
	{"through", V_AFTER_CUE, NULL},
	{"thursday", V_AFTER_CUE | V_NOT_CLAUSE, NULL},
	{"thus", V_CONNECTIVE, NULL},
	{"to", V_NOT_CLAUSE, NULL},
	{"today", V_AFTER_CUE | V_NOT_CLAUSE, NULL},
	{"told", V_CUE, "told"},
	{"tonight", V_AFTER_CUE, NULL},
	{"too", V_AFTER_CUE, NULL},
	{"traders", V_GENERIC, NULL},
	{"tuesday", V_AFTER_CUE | V_NOT_CLAUSE, NULL},
	{"tv", V_ANAPHOR, NULL},
	{"unconfirmed", V_HEDGE, NULL},
	{"understood", V_CUE | V_HEDGE_TO, "understood"},
	{"unverified", V_HEDGE, NULL},
	{"via", V_AFTER_CUE, NULL},
	{"warned", V_CUE | V_BARE_CUE, "warned"},
	{"warns", V_CUE, "warned"},
	{"was", V_BE, NULL},
	{"website", V_ANAPHOR, NULL},
	{"wednesday", V_AFTER_CUE | V_NOT_CLAUSE, NULL},
	{"were", V_BE, NULL},
	{"while", V_AFTER_CUE, NULL},
	{"wire", V_ANAPHOR, NULL},
	{"with", V_NOT_CLAUSE, NULL},
	{"witnesses", V_GENERIC, NULL},
	{"writes", V_CUE, "wrote"},
	{"wrote", V_CUE, "wrote"},
	{"yesterday", V_AFTER_CUE | V_NOT_CLAUSE, NULL},
};

#define VOCABULARY_SIZE (sizeof(vocabulary) / sizeof(vocabulary[0]))

static const uint32_t vocabulary_slots[] = {
	CL_VOCABULARY_SLOTS_INIT
};

/* The entry of the folded word w[0..n), whose hash is h, or NULL. */
static const vocab_word *
vocab_find(const char *w, size_t n, uint32_t h)
{
	int			r;

	if (n == 0)
		return NULL;
	r = cl_word_slots_find(vocabulary_slots, CL_VOCABULARY_SLOT_BITS, vocabulary,
						   sizeof(vocab_word), w, n, h);
	return r < 0 ? NULL : &vocabulary[r];
}

bool
cl_claims_vocabulary_found(void)
{
	for (size_t i = 0; i < VOCABULARY_SIZE; i++)
	{
		const char *w = vocabulary[i].word;
		size_t		n = strlen(w);

		if (vocab_find(w, n, cl_word_slots_hash(w, n)) != &vocabulary[i])
			return false;
	}
	return vocab_find("sai", 3, cl_word_slots_hash("sai", 3)) == NULL &&
		vocab_find("saids", 5, cl_word_slots_hash("saids", 5)) == NULL &&
		vocab_find("", 0, 0) == NULL;
}

/* ---- growable arrays ------------------------------------------------------ */

static void *
grow(const cl_env *env, void *items, size_t *cap, size_t need, size_t size)
{
	size_t		n = *cap ? *cap : 16;

	if (need <= *cap)
		return items;
	while (n < need)
	{
		if (n > ((size_t) -1) / 2 / size)
			cl_fail(env, CL_ERR_TOO_LARGE, "claims: too many items");
		n *= 2;
	}
	items = items ? cl_resize(env, items, n * size) : cl_alloc(env, n * size);
	*cap = n;
	return items;
}

/* ---- furniture: the lines clean() keeps ------------------------------------ */

static void
keep_line(void *arg, size_t start, size_t end, bool new_paragraph)
{
	claims_state *st = arg;

	st->kept = grow(st->env, st->kept, &st->kept_cap, st->nkept + 1, sizeof(span));
	st->kept[st->nkept].s = start;
	st->kept[st->nkept].e = end;
	st->nkept++;
}

/*
 * Clip the sentence [*s, *e) to the prose that clean() keeps: false when
 * none of it is kept.  Sentences come in order, so a cursor suffices.
 */
static bool
clip_to_prose(claims_state *st, size_t *s, size_t *e)
{
	while (st->kept_cursor < st->nkept && st->kept[st->kept_cursor].e <= *s)
		st->kept_cursor++;
	if (st->kept_cursor >= st->nkept)
		return false;
	if (st->kept[st->kept_cursor].s >= *e)
		return false;
	if (*s < st->kept[st->kept_cursor].s)
		*s = st->kept[st->kept_cursor].s;
	return true;
}

/* ---- tokens ----------------------------------------------------------------- */

static bool
is_open_quote(uint32_t cp)
{
	return cp == 0x201C || cp == 0x00AB || cp == 0x201E;
}

static bool
is_close_quote(uint32_t cp)
{
	return cp == 0x201D || cp == 0x00BB;
}

static bool
is_apostrophe(uint32_t cp)
{
	return cp == '\'' || cp == 0x2019;
}

static void
push_tok(claims_state *st, size_t s, size_t e, tok_type type, int depth)
{
	tok		   *t;

	if (st->ntoks == st->toks_cap)
		st->toks = grow(st->env, st->toks, &st->toks_cap, st->ntoks + 1, sizeof(tok));
	t = &st->toks[st->ntoks++];
	t->s = s;
	t->e = e;
	t->type = (uint8_t) type;
	t->depth = (uint8_t) (depth > 255 ? 255 : depth);
	t->w[0] = '\0';
	t->flags = 0;
	t->cue = NULL;
	if (type == T_WORD)
	{
		size_t		n = 0;
		bool		ascii = true;
		uint32_t	h = 0;

		for (size_t i = s; i < e; i++)
		{
			unsigned char c = (unsigned char) st->text[i];

			if (c >= 0x80)
			{
				/* The right single quote as an apostrophe: "Russia’s". */
				if (c == 0xE2 && i + 2 < e && (unsigned char) st->text[i + 1] == 0x80 &&
					(unsigned char) st->text[i + 2] == 0x99)
				{
					c = '\'';
					i += 2;
				}
				else
				{
					ascii = false;
					break;
				}
			}
			if (n + 1 >= WORD_MAX)
			{
				ascii = false;
				break;
			}
			t->w[n] = cl_ascii_lower((char) c);
			h = CL_WORD_SLOTS_STEP(h, t->w[n]);
			n++;
		}
		t->w[ascii ? n : 0] = '\0';
		if (ascii && n > 0)
		{
			const vocab_word *v = vocab_find(t->w, n, h);

			if (v)
			{
				t->flags = v->flags;
				t->cue = v->cue;
			}
		}
	}
}

/* ASCII letters and digits, which make up most of a word. */
static inline bool
ascii_alnum_at(const char *p)
{
	unsigned char c = (unsigned char) *p;

	return c < 0x80 && (cl_ascii_class[c] == CL_CC_LOWER || cl_ascii_class[c] == CL_CC_UPPER ||
						cl_ascii_class[c] == CL_CC_DIGIT);
}

/* Cut text[s..e) into tokens; quotation depth follows the quote marks. */
static void
tokenise(claims_state *st, size_t s, size_t e)
{
	const char *text = st->text;
	size_t		i = s;
	int			depth = 0;
	size_t		since_poll = 0;

	st->ntoks = 0;
	while (i < e)
	{
		int			clen;
		uint32_t	cp;
		cl_char_class cc = cl_char_at(text + i, text + e, &clen, &cp);

		if (++since_poll >= 4096)
		{
			cl_poll(st->env);
			since_poll = 0;
		}
		if (cl_is_letter_class(cc) || cc == CL_CC_DIGIT)
		{
			size_t		j = i + (size_t) clen;

			for (;;)
			{
				int			l2,
							l3;
				uint32_t	c2,
							c3;
				cl_char_class k2,
							k3;

				while (j < e && ascii_alnum_at(text + j))
					j++;
				if (j >= e)
					break;
				k2 = cl_char_at(text + j, text + e, &l2, &c2);
				if (cl_is_letter_class(k2) || k2 == CL_CC_DIGIT)
				{
					j += (size_t) l2;
					continue;
				}
				/* Apostrophes, hyphens, dots and digit groups inside a word. */
				if (j + (size_t) l2 >= e)
					break;
				k3 = cl_char_at(text + j + l2, text + e, &l3, &c3);
				if (!(cl_is_letter_class(k3) || k3 == CL_CC_DIGIT))
					break;
				if (is_apostrophe(c2) || c2 == '-' || c2 == '.' || c2 == 0x2010 ||
					c2 == 0x2011 || (c2 == ',' && k3 == CL_CC_DIGIT &&
									 cl_is_word_byte(text[j - 1]) && text[j - 1] >= '0' &&
									 text[j - 1] <= '9'))
				{
					j += (size_t) l2;
					continue;
				}
				break;
			}
			/* An initialism's final dot: "U.S." */
			if (j < e && text[j] == '.' && j - i >= 3 && text[j - 2] == '.')
				j++;
			push_tok(st, i, j, T_WORD, depth);
			i = j;
			continue;
		}
		if (cp == '"')
		{
			if (depth > 0)
			{
				depth--;
				push_tok(st, i, i + 1, T_CLOSEQ, depth);
			}
			else
			{
				push_tok(st, i, i + 1, T_OPENQ, depth);
				depth++;
			}
		}
		else if (is_open_quote(cp))
		{
			push_tok(st, i, i + (size_t) clen, T_OPENQ, depth);
			if (depth < 64)
				depth++;
		}
		else if (is_close_quote(cp))
		{
			if (depth > 0)
				depth--;
			push_tok(st, i, i + (size_t) clen, T_CLOSEQ, depth);
		}
		else if (cp == ',')
			push_tok(st, i, i + 1, T_COMMA, depth);
		else if (cp == ':' || cp == ';')
			push_tok(st, i, i + 1, T_COLON, depth);
		else if (cp == '.' || cp == '!' || cp == '?' || cp == 0x2026)
			push_tok(st, i, i + (size_t) clen, T_STOP, depth);
		else if (cc != CL_CC_SPACE && cc != CL_CC_NEWLINE && cc != CL_CC_CONTROL)
			push_tok(st, i, i + (size_t) clen, T_OTHER, depth);
		i += (size_t) clen;
	}
}

static size_t
count_words(const claims_state *st, size_t a, size_t b)
{
	size_t		n = 0;

	for (size_t i = a; i < b; i++)
		n += st->toks[i].type == T_WORD;
	return n;
}

/* strcmp(a, b) == 0 for the short words of tokens, inline. */
static inline bool
same_word(const char *a, const char *b)
{
	while (*a == *b && *a != '\0')
	{
		a++;
		b++;
	}
	return *a == *b;
}

/* Tokens a.. spell the words (NULL-terminated), all at the top level. */
static bool
words_at(const claims_state *st, size_t a, size_t b, const char *const *words)
{
	for (int k = 0; words[k]; k++, a++)
	{
		if (a >= b || st->toks[a].type != T_WORD || !same_word(st->toks[a].w, words[k]))
			return false;
	}
	return true;
}

static bool
word_is(const claims_state *st, size_t i, size_t b, const char *word)
{
	return i < b && st->toks[i].type == T_WORD && same_word(st->toks[i].w, word);
}

/* ---- sources ------------------------------------------------------------------ */

/* The entities whose surface lies inside [s, e). */
static void
entities_in(claims_state *st, size_t s, size_t e, size_t *first, size_t *last)
{
	size_t		i = st->ent_cursor;

	while (i < st->ents.count && st->ents.items[i].start < s)
		i++;
	*first = i;
	while (i < st->ents.count && st->ents.items[i].start + st->ents.items[i].len <= e)
		i++;
	*last = i;
}

static void
chain_add(chain *c, const char *base, size_t start, size_t len)
{
	if (c->count >= CL_CLAIM_MAX_SOURCES || len == 0)
		return;
	/* The same source twice in a row ("the KCNA report said, citing KCNA") once. */
	if (c->count > 0 && c->name_len[c->count - 1] == len &&
		memcmp(c->name_base[c->count - 1] + c->name_start[c->count - 1], base + start, len) == 0)
		return;
	c->name_base[c->count] = base;
	c->name_start[c->count] = start;
	c->name_len[c->count] = len;
	c->count++;
}

static void
remember(claims_state *st, size_t pos, const named_source *src)
{
	st->named = grow(st->env, st->named, &st->named_cap, st->nnamed + 1, sizeof(named_source));
	st->named[st->nnamed] = *src;
	st->named[st->nnamed].pos = pos;
	st->nnamed++;
}

/* The anaphor noun of the phrase tokens [a, b), or NULL. */
static const char *
anaphor_noun(const claims_state *st, size_t a, size_t b)
{
	for (size_t i = b; i > a; i--)
	{
		const tok  *t = &st->toks[i - 1];

		if (t->flags & V_ANAPHOR)
			return t->w;
	}
	return NULL;
}

static bool
definite(const claims_state *st, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++)
	{
		const tok  *t = &st->toks[i];

		if (t->type == T_WORD && ((t->flags & V_DEFINITE) ||
								  (strlen(t->w) > 2 && strcmp(t->w + strlen(t->w) - 2, "'s") == 0)))
			return true;
	}
	return false;
}

static bool
same_noun(const char *a, const char *b)
{
	size_t		la = strlen(a),
				lb = strlen(b);

	/* report = reports */
	if (la == lb + 1 && a[la - 1] == 's')
		la--;
	else if (lb == la + 1 && b[lb - 1] == 's')
		lb--;
	return la == lb && strncmp(a, b, la) == 0;
}

/* Resolve an anaphor noun at pos to a source named earlier; NULL if none. */
static const named_source *
resolve_anaphor(claims_state *st, const char *noun, size_t pos, named_source *tmp)
{
	/* The most recent source named earlier with the same noun. */
	for (size_t k = st->nnamed, seen = 0; k > 0 && seen < LOOKBACK; k--, seen++)
	{
		const named_source *n = &st->named[k - 1];

		if (n->pos < pos && n->noun[0] && same_noun(n->noun, noun))
			return n;
	}
	/* The most recent organisation named as a source earlier. */
	for (size_t k = st->nnamed, seen = 0; k > 0 && seen < LOOKBACK; k--, seen++)
	{
		const named_source *n = &st->named[k - 1];

		if (n->pos < pos && n->kind == CL_KIND_ORG)
			return n;
	}
	/* An organisation mentioned just before that noun earlier ("the KCNA report"). */
	for (size_t k = st->ent_cursor, seen = 0; k > 0 && seen < LOOKBACK; k--, seen++)
	{
		const cl_entity *e = &st->ents.items[k - 1];
		size_t		after = e->start + e->len;

		if (e->kind != CL_KIND_ORG || e->start >= pos)
			continue;
		while (after < pos && st->text[after] == ' ')
			after++;
		if (after < pos && cl_starts_with_ci(st->text + after, pos - after, noun))
		{
			memset(tmp, 0, sizeof(*tmp));
			tmp->name_start = e->start;
			tmp->name_len = e->len;
			tmp->kind = e->kind;
			tmp->pos = e->start;
			break;
		}
	}
	return tmp->name_len ? tmp : NULL;
}

typedef enum phrase_kind
{
	PH_NONE = 0,				/* not a source phrase */
	PH_NAMED,					/* names a source (or resolves to one) */
	PH_GENERIC					/* attributes without naming: "officials" */
} phrase_kind;

/*
 * Read the source phrase of tokens [a, b): add its source to the chain and
 * remember it for later anaphors.
 */
static phrase_kind
source_phrase(claims_state *st, size_t a, size_t b, chain *c)
{
	size_t		first,
				last,
				pick = (size_t) -1;
	size_t		words;
	const char *noun;
	bool		had_noun;
	named_source ns,
				tmp;
	const named_source *resolved = NULL;

	if (a >= b)
		return PH_NONE;
	words = count_words(st, a, b);
	if (words == 0 || words > PHRASE_MAX_WORDS)
		return PH_NONE;
	for (size_t i = a; i < b; i++)
	{
		/* A quotation or a clause is not a source phrase. */
		if (st->toks[i].type == T_OPENQ || st->toks[i].type == T_CLOSEQ ||
			st->toks[i].type == T_STOP || st->toks[i].depth > 0)
			return PH_NONE;
	}
	entities_in(st, st->toks[a].s, st->toks[b - 1].e, &first, &last);
	/* A person speaks for himself ("Kim Jong Un, the leader of X, said"). */
	for (size_t k = first; k < last; k++)
	{
		if (st->ents.items[k].kind == CL_KIND_PERSON)
		{
			pick = k;
			break;
		}
	}
	/* Else the organisation named last ("a report by the KCNA"). */
	for (size_t k = last; pick == (size_t) -1 && k > first; k--)
	{
		if (st->ents.items[k - 1].kind == CL_KIND_ORG)
			pick = k - 1;
	}
	/* An acronym after its name ("Baltic Maritime Authority (BMA)"): the name. */
	while (pick != (size_t) -1 && pick > first &&
		   st->ents.items[pick - 1].kind == CL_KIND_ORG &&
		   st->ents.items[pick - 1].key_len == st->ents.items[pick].key_len &&
		   memcmp(st->ents.arena.data + st->ents.items[pick - 1].key_off,
				  st->ents.arena.data + st->ents.items[pick].key_off,
				  st->ents.items[pick].key_len) == 0)
		pick--;
	noun = anaphor_noun(st, a, b);
	had_noun = noun != NULL;
	memset(&tmp, 0, sizeof(tmp));
	/* Only a definite noun refers back: "the report", not "reports emerged". */
	if (noun && !definite(st, a, b))
		noun = NULL;
	if (pick == (size_t) -1 && noun)
		resolved = resolve_anaphor(st, noun, st->toks[a].s, &tmp);
	if (pick == (size_t) -1 && resolved == NULL)
	{
		for (size_t k = last; k > first; k--)
		{
			if (st->ents.items[k - 1].kind == CL_KIND_LOC)
			{
				pick = k - 1;
				break;
			}
		}
	}
	if (pick == (size_t) -1 && resolved == NULL)
	{
		/* "he said": the person mentioned last. */
		if (words == 1 && (word_is(st, a, b, "he") || word_is(st, a, b, "she")))
		{
			for (size_t k = first, seen = 0; k > 0 && seen < LOOKBACK; k--, seen++)
			{
				if (st->ents.items[k - 1].kind == CL_KIND_PERSON)
				{
					pick = k - 1;
					break;
				}
			}
		}
	}
	if (pick == (size_t) -1 && resolved == NULL)
	{
		for (size_t i = a; i < b; i++)
		{
			const char *w = st->toks[i].w;

			/* "officials", "the union leader", "a ministry spokesman" */
			if (st->toks[i].type == T_WORD &&
				((st->toks[i].flags & V_GENERIC) ||
				 (cl_entity_word_flags(w, strlen(w)) & (CL_W_ROLE | CL_W_TITLE | CL_W_ORG_TAIL))))
				return PH_GENERIC;
		}
		return had_noun ? PH_GENERIC : PH_NONE;
	}
	memset(&ns, 0, sizeof(ns));
	if (resolved)
	{
		ns = *resolved;
		ns.noun[0] = '\0';
	}
	else
	{
		const cl_entity *e = &st->ents.items[pick];

		ns.name_start = e->start;
		ns.name_len = e->len;
		ns.kind = e->kind;
		if (e->kind == CL_KIND_PERSON)
		{
			ns.canonical = st->ents.arena.data + e->canonical_off;
			ns.canonical_len = e->canonical_len;
		}
	}
	if (noun && strlen(noun) < WORD_MAX)
		strcpy(ns.noun, noun);
	remember(st, st->toks[a].s, &ns);
	if (ns.canonical)
		chain_add(c, ns.canonical, 0, ns.canonical_len);
	else
		chain_add(c, st->text, ns.name_start, ns.name_len);
	return PH_NAMED;
}

/* ---- attribution patterns ------------------------------------------------------ */

static const char *const w_according_to[] = {"according", "to", NULL};
static const char *const w_per[] = {"per", NULL};
static const char *const w_as_reported_by[] = {"as", "reported", "by", NULL};
static const char *const w_as_reported_in[] = {"as", "reported", "in", NULL};
static const char *const w_reported_by[] = {"reported", "by", NULL};
static const char *const w_as_outlined_in[] = {"as", "outlined", "in", NULL};
static const char *const w_as_stated_in[] = {"as", "stated", "in", NULL};
static const char *const w_as_stated_by[] = {"as", "stated", "by", NULL};
static const char *const w_as_described_in[] = {"as", "described", "in", NULL};
static const char *const w_as_quoted_by[] = {"as", "quoted", "by", NULL};
static const char *const w_quoted_by[] = {"quoted", "by", NULL};
static const char *const w_citing[] = {"citing", NULL};

typedef struct prep_pattern
{
	const char *const *words;
	int			nwords;
	const char *cue;
} prep_pattern;

static const prep_pattern prep_patterns[] = {
	{w_according_to, 2, "according to"},
	{w_per, 1, "per"},
	{w_as_reported_by, 3, "as reported by"},
	{w_as_reported_in, 3, "as reported by"},
	{w_reported_by, 2, "as reported by"},
	{w_as_outlined_in, 3, "as outlined in"},
	{w_as_stated_in, 3, "stated"},
	{w_as_stated_by, 3, "stated"},
	{w_as_described_in, 3, "described"},
	{w_as_quoted_by, 3, "quoted"},
	{w_quoted_by, 2, "quoted"},
	{w_citing, 1, "citing"},
	{NULL, 0, NULL}
};

/* "according to X", "per X", "as reported by X" filling the segment [a, b). */
static bool
prep_segment(claims_state *st, size_t a, size_t b, chain *c)
{
	for (int k = 0; prep_patterns[k].words; k++)
	{
		const prep_pattern *p = &prep_patterns[k];

		if (words_at(st, a, b, p->words))
		{
			chain tmp = *c;

			if (source_phrase(st, a + (size_t) p->nwords, b, &tmp) == PH_NONE)
				return false;
			tmp.attributed = true;
			tmp.cue = p->cue;
			*c = tmp;
			return true;
		}
	}
	return false;
}

/* End of the reporting verb's tail ("said on Monday") at v, or b. */
static bool
cue_tail_ok(const claims_state *st, size_t v, size_t b)
{
	size_t		i = v + 1;

	if (i >= b)
		return true;
	if (!(st->toks[i].flags & V_AFTER_CUE))
		return false;
	return count_words(st, i, b) <= 6;
}

/*
 * "X said", "X said on Monday", "said X", "X told Y" filling the segment
 * [a, b).  Sources go to the chain outermost first ("X told Reuters":
 * Reuters, then X).
 */
static bool
verb_segment(claims_state *st, size_t a, size_t b, chain *c)
{
	chain		tmp = *c;
	const char *cue;

	if (a >= b || count_words(st, a, b) > PHRASE_MAX_WORDS + 4)
		return false;
	/* "said X" */
	cue = st->toks[a].cue;
	if (cue && a + 1 < b && strcmp(cue, "told") != 0 &&
		source_phrase(st, a + 1, b, &tmp) != PH_NONE)
	{
		tmp.attributed = true;
		tmp.cue = cue;
		*c = tmp;
		return true;
	}
	for (size_t v = a + 1; v < b; v++)
	{
		cue = st->toks[v].cue;
		if (cue == NULL)
			continue;
		if (strcmp(cue, "told") == 0)
		{
			/* "X told Reuters (on Monday)": the listener relays. */
			size_t		o = v + 1,
						oe = o;

			while (oe < b && st->toks[oe].type == T_WORD && !(st->toks[oe].flags & V_AFTER_CUE))
				oe++;
			if (o >= oe || !cue_tail_ok(st, oe - 1, b))
				return false;
			(void) source_phrase(st, o, oe, &tmp);
		}
		else if (!cue_tail_ok(st, v, b))
			return false;
		if (source_phrase(st, a, v, &tmp) == PH_NONE)
			return false;
		tmp.attributed = true;
		tmp.cue = cue;
		*c = tmp;
		return true;
	}
	return false;
}

/* Leading connective word with its comma ("However,"); returns the token after. */
static size_t
skip_connective(const claims_state *st, size_t a, size_t b)
{
	if (a + 1 < b && (st->toks[a].flags & V_CONNECTIVE) &&
		st->toks[a + 1].type == T_COMMA)
		return a + 2;
	return a;
}

/* The next top-level comma or colon in [a, b), or b. */
static size_t
next_boundary(const claims_state *st, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++)
	{
		const tok  *t = &st->toks[i];

		if (t->depth == 0 && (t->type == T_COMMA || t->type == T_COLON))
			return i;
	}
	return b;
}

/*
 * The last top-level boundary in [a, b): a comma or colon, or a closing
 * quote whose quotation ended in a comma ("atmosphere,” the report said").
 * *content_end receives where the content before it ends.
 */
static bool
last_boundary(const claims_state *st, size_t a, size_t b, size_t *seg_start, size_t *content_end)
{
	for (size_t i = b; i > a; i--)
	{
		const tok  *t = &st->toks[i - 1];

		if (t->depth != 0)
			continue;
		if (t->type == T_COMMA || t->type == T_COLON)
		{
			*seg_start = i;
			*content_end = i - 1;
			return true;
		}
		if (t->type == T_CLOSEQ && i - 1 > a && st->toks[i - 2].type == T_COMMA)
		{
			*seg_start = i;
			*content_end = i;
			return true;
		}
	}
	return false;
}

/* ---- claims ------------------------------------------------------------------------ */

typedef struct claim_parts
{
	int			n;
	size_t		s[3];
	size_t		e[3];
} claim_parts;

/* Drop trailing separators and a final full stop (not an initialism's). */
static void
trim_end(cl_buf *out, size_t from)
{
	while (out->len > from)
	{
		char		c = out->data[out->len - 1];

		if (c == ' ' || c == ',' || c == ';' || c == ':')
			out->len--;
		else if (c == '.' && !(out->len - from >= 3 && out->data[out->len - 3] == '.'))
			out->len--;
		else
			break;
	}
	out->data[out->len] = '\0';
}

/* Whether the tokens [a, b) are one quotation and nothing else. */
static bool
whole_quotation(const claims_state *st, size_t a, size_t b)
{
	size_t		e = b;

	while (e > a && (st->toks[e - 1].type == T_COMMA || st->toks[e - 1].type == T_STOP))
		e--;
	if (e - a < 3 || st->toks[a].type != T_OPENQ || st->toks[e - 1].type != T_CLOSEQ)
		return false;
	for (size_t i = a + 1; i + 1 < e; i++)
	{
		if (st->toks[i].depth == 0)
			return false;
	}
	return true;
}

/* The first quotation inside [a, b): the tokens between its marks. */
static bool
find_quotation(const claims_state *st, size_t a, size_t b, size_t *qa, size_t *qb)
{
	for (size_t i = a; i < b; i++)
	{
		if (st->toks[i].type == T_OPENQ && st->toks[i].depth == 0)
		{
			size_t		j = i + 1;

			while (j < b && !(st->toks[j].type == T_CLOSEQ && st->toks[j].depth == 0))
				j++;
			if (count_words(st, i + 1, j) == 0)
				continue;
			*qa = i + 1;
			*qb = j;
			return true;
		}
	}
	return false;
}

static bool
sentence_hedged(const claims_state *st)
{
	for (size_t i = 0; i < st->ntoks; i++)
	{
		const tok  *t = &st->toks[i];
		const tok  *next = i + 1 < st->ntoks ? &st->toks[i + 1] : NULL;

		if (t->type != T_WORD || t->flags == 0)
			continue;
		if (t->flags & V_HEDGE)
			return true;
		if (next == NULL)
			break;
		if ((t->flags & V_MODAL) && strcmp(next->w, "have") == 0)
			return true;
		/* "appears to", "is believed to", "is said to" */
		if ((t->flags & (V_SEEM | V_HEDGE_TO)) && strcmp(next->w, "to") == 0 &&
			((t->flags & V_SEEM) || (i > 0 && (st->toks[i - 1].flags & V_BE))))
			return true;
		/* "it is believed", "it was reported" */
		if (strcmp(t->w, "it") == 0 && (next->flags & V_BE) && i + 2 < st->ntoks &&
			(st->toks[i + 2].flags & V_HEDGE_TO))
			return true;
	}
	return false;
}

static void
emit(claims_state *st, const claim_parts *parts, const chain *c, bool hedged,
	 size_t qa, size_t qb, bool has_quote, bool strip_quote)
{
	cl_claim_list *out = st->out;
	cl_claim   *cl;
	size_t		from = out->arena.len;

	for (int k = 0; k < parts->n; k++)
	{
		size_t		s = parts->s[k],
					e = parts->e[k];

		if (strip_quote && k == 0)
		{
			s = st->toks[qa].s;
			e = st->toks[qb - 1].e;
		}
		if (out->arena.len > from)
			cl_buf_push(&out->arena, ' ');
		cl_append_normalised(&out->arena, "", 0, st->text + s, e - s);
	}
	trim_end(&out->arena, from);
	if (out->arena.len == from)
		return;
	out->items = grow(st->env, out->items, &out->cap, out->count + 1, sizeof(cl_claim));
	cl = &out->items[out->count++];
	memset(cl, 0, sizeof(*cl));
	cl->start = parts->s[0];
	cl->len = parts->e[parts->n - 1] - parts->s[0];
	cl->text_off = from;
	cl->text_len = out->arena.len - from;
	cl->cue = c->attributed ? c->cue : NULL;
	cl->hedged = hedged;
	cl->source_first = out->nsources;
	for (int k = 0; k < c->count; k++)
	{
		size_t		off;

		out->sources = grow(st->env, out->sources, &out->sources_cap, out->nsources + 1,
							sizeof(cl_claim_source));
		off = out->arena.len;
		cl_append_normalised(&out->arena, "", 0, c->name_base[k] + c->name_start[k],
							 c->name_len[k]);
		out->sources[out->nsources].off = off;
		out->sources[out->nsources].len = out->arena.len - off;
		out->nsources++;
	}
	cl->source_count = out->nsources - cl->source_first;
	if (has_quote)
	{
		size_t		off = out->arena.len;

		cl_append_normalised(&out->arena, "", 0, st->text + st->toks[qa].s,
							 st->toks[qb - 1].e - st->toks[qa].s);
		trim_end(&out->arena, off);
		if (out->arena.len > off)
		{
			cl->has_quote = true;
			cl->quote_off = off;
			cl->quote_len = out->arena.len - off;
		}
	}
}

/* Verbs that attribute a charge to their subject: "X accused Y of Z". */
static const char *const charge_verbs[] = {
	"accused", "accuses", "blamed", "blames", "charged", "charges", NULL
};

/*
 * "what the report described as “...”", "X has accused Y of ...":
 * attributed, and the claim keeps its words.
 */
static void
inline_attribution(claims_state *st, size_t a, size_t b, chain *c)
{
	size_t		words = 0;

	/* "The United States and its allies have accused North Korea of ..." */
	for (size_t v = a; v < b && words < SUBJECT_SEARCH_WORDS; v++)
	{
		size_t		subj = a,
					end = v;

		if (st->toks[v].depth != 0)
			break;
		if (st->toks[v].type != T_WORD)
			continue;
		words++;
		if (v == a)
			continue;
		/* Each charge verb starts with a, b or c. */
		if (st->toks[v].w[0] < 'a' || st->toks[v].w[0] > 'c')
			continue;
		for (int k = 0; charge_verbs[k]; k++)
		{
			if (!same_word(st->toks[v].w, charge_verbs[k]))
				continue;
			for (size_t i = a; i < v; i++)
			{
				if (st->toks[i].type == T_COMMA && st->toks[i].depth == 0)
					subj = i + 1;
			}
			subj = skip_connective(st, subj, v);
			/* "have accused", "also accused" */
			while (end > subj && st->toks[end - 1].type == T_WORD &&
				   (st->toks[end - 1].flags & (V_BE | V_MODAL) ||
					strcmp(st->toks[end - 1].w, "have") == 0 ||
					strcmp(st->toks[end - 1].w, "has") == 0 ||
					strcmp(st->toks[end - 1].w, "had") == 0 ||
					strcmp(st->toks[end - 1].w, "also") == 0))
				end--;
			if (end > subj)
			{
				chain		tmp = *c;

				if (source_phrase(st, subj, end, &tmp) == PH_NAMED)
				{
					tmp.attributed = true;
					tmp.cue = "accused";
					*c = tmp;
					return;
				}
			}
			break;
		}
	}
	for (size_t i = a; i + 2 < b; i++)
	{
		if (st->toks[i].depth != 0 || !word_is(st, i, b, "what"))
			continue;
		for (size_t v = i + 2; v < b && v <= i + 6; v++)
		{
			const char *w = st->toks[v].w;

			if ((strcmp(w, "described") == 0 && word_is(st, v + 1, b, "as")) ||
				strcmp(w, "called") == 0 || strcmp(w, "termed") == 0)
			{
				chain		tmp = *c;

				if (source_phrase(st, i + 1, v, &tmp) == PH_NAMED)
				{
					tmp.attributed = true;
					tmp.cue = strcmp(w, "described") == 0 ? "described" : "called";
					*c = tmp;
				}
				return;
			}
		}
	}
}

/*
 * "X reported that ...", "it is believed that ...", "X said: ..." at the
 * start of the content [a, b).  On success the claim is the part after the
 * verb, preceded by an adverbial that opened the sentence ("In 2024, it was
 * reported that X" claims "In 2024, X").
 */
static bool
reporting_clause(claims_state *st, size_t a, size_t b, chain *c, claim_parts *parts)
{
	size_t		words = 0;

	for (size_t v = a; v < b && words < SUBJECT_SEARCH_WORDS; v++)
	{
		const tok  *t = &st->toks[v];
		const char *cue;
		size_t		subj,
					after,
					obj_end = v + 1;
		chain		tmp = *c;
		phrase_kind k;

		if (t->depth != 0)
			break;
		if (t->type != T_WORD)
			continue;
		words++;
		cue = t->cue;
		if (cue == NULL || v == a)
			continue;
		if (strcmp(cue, "told") == 0 || word_is(st, v + 1, b, "to"))
		{
			/* "X told Reuters that", "X said to reporters that" */
			while (obj_end < b && obj_end < v + 5 && st->toks[obj_end].type == T_WORD &&
				   strcmp(st->toks[obj_end].w, "that") != 0)
				obj_end++;
		}
		after = obj_end;
		if (word_is(st, after, b, "that"))
			after++;
		else if (after < b && st->toks[after].type == T_COLON)
			after++;
		else if (after < b && st->toks[after].type == T_OPENQ)
			;
		else if (after + 1 < b && st->toks[after].type == T_COMMA &&
				 st->toks[after + 1].type == T_OPENQ)
			after++;
		else if (obj_end == v + 1 && (t->flags & V_BARE_CUE) && after < b &&
				 st->toks[after].type == T_WORD && !(st->toks[after].flags & V_NOT_CLAUSE))
			;					/* "KCNA said the talks began" */
		else
			continue;
		if (after >= b || count_words(st, after, b) == 0)
			return false;
		/* The subject runs from the last comma before the verb. */
		subj = a;
		for (size_t i = a; i < v; i++)
		{
			if (st->toks[i].type == T_COMMA && st->toks[i].depth == 0)
				subj = i + 1;
		}
		subj = skip_connective(st, subj, v);
		if (subj >= v)
			return false;
		if (obj_end > v + 1)
			(void) source_phrase(st, v + 1, obj_end, &tmp);
		k = source_phrase(st, subj, v, &tmp);
		if (k == PH_NONE)
			return false;
		tmp.attributed = true;
		tmp.cue = cue;
		*c = tmp;
		parts->n = 0;
		if (subj > a)
		{
			size_t		pa = skip_connective(st, a, subj);

			if (pa < subj)
			{
				parts->s[parts->n] = st->toks[pa].s;
				parts->e[parts->n] = st->toks[subj - 1].e;
				parts->n++;
			}
		}
		parts->s[parts->n] = st->toks[after].s;
		parts->e[parts->n] = st->toks[b - 1].e;
		parts->n++;
		return true;
	}
	return false;
}

/* A sentence that may carry a claim: ends in . or ! and has some words. */
static bool
is_statement(const claims_state *st)
{
	size_t		i = st->ntoks;

	while (i > 0 && (st->toks[i - 1].type == T_CLOSEQ || (st->toks[i - 1].type == T_OTHER &&
														  (st->text[st->toks[i - 1].s] == ')' ||
														   st->text[st->toks[i - 1].s] == ']'))))
		i--;
	if (i == 0 || st->toks[i - 1].type != T_STOP)
		return false;
	for (size_t k = i; k > 0 && st->toks[k - 1].type == T_STOP; k--)
	{
		if (st->text[st->toks[k - 1].s] == '?')
			return false;
	}
	return count_words(st, 0, st->ntoks) >= 4;
}

/* A dateline opening the article: "Seoul:", "PYONGYANG, Oct 3 (Reuters) -". */
static size_t
skip_dateline(const claims_state *st, size_t a, size_t b)
{
	for (size_t i = a; i < b && i < a + 12; i++)
	{
		const tok  *t = &st->toks[i];

		if (t->type == T_COLON && st->text[t->s] == ':' && i > a && i <= a + 3)
		{
			for (size_t k = a; k < i; k++)
			{
				unsigned char c0 = (unsigned char) st->text[st->toks[k].s];

				if (st->toks[k].type != T_WORD || !(c0 >= 'A' && c0 <= 'Z'))
					return a;
			}
			return i + 1;
		}
		if (t->type == T_OTHER && (st->text[t->s] == '-' || (unsigned char) st->text[t->s] == 0xE2) &&
			i > a + 1 && st->text[st->toks[i - 1].s] == ')')
			return i + 1;
	}
	return a;
}

static void
sentence_claims(claims_state *st, size_t s, size_t e)
{
	size_t		a = 0,
				b;
	chain		lead = {0},
				trail = {0},
				cited = {0},
				inner = {0},
				all = {0};
	claim_parts parts = {0};
	size_t		qa = 0,
				qb = 0;
	bool		has_quote,
				strip_quote = false;
	bool		hedged;

	tokenise(st, s, e);
	if (!is_statement(st))
		return;
	while (st->ent_cursor < st->ents.count && st->ents.items[st->ent_cursor].start < s)
		st->ent_cursor++;
	b = st->ntoks;
	while (b > 0 && st->toks[b - 1].type == T_STOP)
		b--;
	if (st->first_sentence)
		a = skip_dateline(st, a, b);
	a = skip_connective(st, a, b);
	hedged = sentence_hedged(st);

	/* Leading attributions, outermost first. */
	for (;;)
	{
		size_t		sa = skip_connective(st, a, b);
		size_t		k = next_boundary(st, sa, b);

		if (k >= b || k == sa)
			break;
		/* "Citing X, Y said": X is inner to Y, whatever the order. */
		if (words_at(st, sa, k, w_citing) && prep_segment(st, sa, k, &cited))
		{
			a = k + 1;
			continue;
		}
		if (prep_segment(st, sa, k, &lead))
		{
			a = k + 1;
			continue;
		}
		/* "X said, “...”" and "X said: ..." */
		if ((st->toks[k].type == T_COLON ||
			 (k + 1 < b && st->toks[k + 1].type == T_OPENQ)) &&
			verb_segment(st, sa, k, &lead))
		{
			a = k + 1;
			continue;
		}
		break;
	}
	/* Trailing attributions, outermost first. */
	for (;;)
	{
		size_t		seg,
					cend;

		if (!last_boundary(st, a, b, &seg, &cend) || seg >= b || cend <= a)
			break;
		if ((words_at(st, seg, b, w_citing) && prep_segment(st, seg, b, &cited)) ||
			prep_segment(st, seg, b, &trail) || verb_segment(st, seg, b, &trail))
		{
			b = cend;
			continue;
		}
		break;
	}
	if (a >= b || count_words(st, a, b) == 0)
		return;
	/* Inside: "..., reported by X, ..." */
	parts.n = 1;
	parts.s[0] = st->toks[a].s;
	parts.e[0] = st->toks[b - 1].e;
	for (size_t i = a; i < b; i++)
	{
		size_t		k;

		if (!(st->toks[i].type == T_COMMA && st->toks[i].depth == 0))
			continue;
		k = next_boundary(st, i + 1, b);
		if (i > a && k + 1 < b && k > i + 1 && st->toks[k].type == T_COMMA &&
			prep_segment(st, i + 1, k, &inner))
		{
			size_t		v = k + 1,
						after = v + 1;
			chain		speaker = {0};

			if (word_is(st, after, b, "that"))
				after++;
			/* "Yonhap, citing a military source, said (that) ...": Yonhap relays. */
			if (st->toks[v].cue && after < b &&
				(after > v + 1 || (st->toks[v].flags & V_BARE_CUE)) &&
				source_phrase(st, a, i, &speaker) != PH_NONE)
			{
				for (int n = 0; n < inner.count; n++)
					chain_add(&speaker, inner.name_base[n], inner.name_start[n], inner.name_len[n]);
				speaker.attributed = true;
				speaker.cue = st->toks[v].cue;
				inner = speaker;
				parts.s[0] = st->toks[after].s;
				break;
			}
			parts.n = 2;
			parts.e[0] = st->toks[i - 1].e;
			parts.s[1] = st->toks[k + 1].s;
			parts.e[1] = st->toks[b - 1].e;
			break;
		}
	}
	if (!inner.attributed)
	{
		if (!reporting_clause(st, a, b, &inner, &parts))
			inline_attribution(st, a, b, &inner);
	}
	/* The chain: leading, trailing, inner, then cited: outermost first. */
	all = lead;
	for (int k = 0; k < trail.count; k++)
		chain_add(&all, trail.name_base[k], trail.name_start[k], trail.name_len[k]);
	for (int k = 0; k < inner.count; k++)
		chain_add(&all, inner.name_base[k], inner.name_start[k], inner.name_len[k]);
	/* A cited source ("citing KCNA") is relayed by the one that cites it: innermost. */
	for (int k = 0; k < cited.count; k++)
		chain_add(&all, cited.name_base[k], cited.name_start[k], cited.name_len[k]);
	all.attributed = lead.attributed || trail.attributed || cited.attributed || inner.attributed;
	/* The cue of the innermost attribution: the one that introduces the claim. */
	all.cue = inner.attributed ? inner.cue : trail.attributed ? trail.cue :
		lead.attributed ? lead.cue : cited.cue;
	if (inner.attributed && inner.cue == NULL)
		all.cue = trail.cue ? trail.cue : lead.cue;

	{
		size_t		ca = a;

		/* The quotation of the claim's own words. */
		while (ca < b && st->toks[ca].s < parts.s[0])
			ca++;
		has_quote = find_quotation(st, ca, b, &qa, &qb);
		if (has_quote && parts.n == 1 && whole_quotation(st, ca, b))
			strip_quote = true;
	}
	emit(st, &parts, &all, hedged, qa, qb, has_quote, strip_quote);
}

static void
claims_begin(claims_state *st, const cl_env *env, const char *text, size_t len,
			 const cl_entity_list *ents, cl_claim_list *out)
{
	memset(out, 0, sizeof(*out));
	cl_buf_init(&out->arena, env, 256);
	memset(st, 0, sizeof(*st));
	st->env = env;
	st->text = text;
	st->len = len;
	st->out = out;
	st->first_sentence = true;
	st->ents = *ents;			/* read only: the caller keeps and frees the list */
	cl_clean_lines(env, text, len, keep_line, st);
}

static void
claims_of_sentence(claims_state *st, size_t s, size_t n)
{
	size_t		e = s + n;

	if (!clip_to_prose(st, &s, &e))
		return;
	sentence_claims(st, s, e);
	st->first_sentence = false;
}

static void
claims_end(claims_state *st)
{
	if (st->kept)
		cl_release(st->env, st->kept);
	if (st->toks)
		cl_release(st->env, st->toks);
	if (st->named)
		cl_release(st->env, st->named);
}

void
cl_claims_with_entities(const cl_env *env, const char *text, size_t len,
						const cl_entity_list *ents, cl_claim_list *out)
{
	claims_state st;
	cl_sentence_iter it;
	size_t		s,
				n;

	claims_begin(&st, env, text, len, ents, out);
	cl_sentences_begin(&it, env, text, len);
	while (cl_sentences_next(&it, &s, &n))
		claims_of_sentence(&st, s, n);
	claims_end(&st);
}

void
cl_claims_in_sentences(const cl_env *env, const char *text, size_t len,
					   const cl_entity_list *ents, const cl_text_span *sentences,
					   size_t nsentences, cl_claim_list *out)
{
	claims_state st;

	claims_begin(&st, env, text, len, ents, out);
	for (size_t i = 0; i < nsentences; i++)
		claims_of_sentence(&st, sentences[i].start, sentences[i].len);
	claims_end(&st);
}

void
cl_claims(const cl_env *env, const cl_gazetteer *gaz, const char *text, size_t len,
		  cl_claim_list *out)
{
	cl_entity_list ents;

	cl_entities(env, gaz, text, len, false, &ents);
	cl_claims_with_entities(env, text, len, &ents, out);
	cl_entity_list_free(env, &ents);
}

void
cl_claim_list_free(const cl_env *env, cl_claim_list *list)
{
	if (list->items)
		cl_release(env, list->items);
	if (list->sources)
		cl_release(env, list->sources);
	list->items = NULL;
	list->sources = NULL;
	list->count = list->cap = list->nsources = list->sources_cap = 0;
	cl_buf_free(&list->arena);
}
