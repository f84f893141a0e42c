/*
 * core_bench.c — throughput of the pure-C core outside the server.
 *
 *   build/core_bench CORPUS.tsv [PASSES [GAZETTEER.sql]]
 *
 * Reads a corpus in PostgreSQL COPY text format with a header line (columns
 * id, published_at, title, body), unescapes the body column the way COPY does,
 * and times cl_clean, the sentence iterator, cl_published_at, dates and
 * docsig (clean() and the signature, as docsig(body) runs) over every
 * body.  After one untimed warm-up pass, each function gets PASSES passes
 * (default 10) over the whole corpus, round robin; the best pass counts, and
 * the median is printed too (their ratio shows how noisy the machine was).
 * With GAZETTEER.sql (the generated src/sql/0.2/30_entities_data.sql), the
 * entity recogniser is timed too, with the built-in gazetteer loaded in the
 * order the server reads it.  CLAIMLENS_BENCH_ONLY=NAME times one case only
 * (for profiling).
 * Output is one "core KEY VALUE [UNIT]" line per
 * figure, for scripts/bench.sh to parse.  MB means 10^6 bytes of body text.
 *
 * The work per body mirrors the server glue (src/pg/text_funcs.c) as far as
 * the core is concerned: clean() gets a fresh cl_buf sized to the input and
 * frees it afterwards; sentences() walks every sentence; published_at() runs
 * once.  What the glue adds on top (detoasting, text datums, tuplestores,
 * character offsets) is what the server-side figures show in addition.
 */
#define _POSIX_C_SOURCE 199309L

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cl_buf.h"
#include "cl_env.h"
#include "clean.h"
#include "dates.h"
#include "docsig.h"
#include "claim_key.h"
#include "claims.h"
#include "entities.h"
#include "gazetteer.h"
#include "pub_stamp.h"
#include "sentences.h"

#define BODY_COLUMN 3			/* 0-based: id, published_at, title, body */
#define PUBLISHED_COLUMN 1
#define NUM_COLUMNS 4

typedef struct corpus
{
	char	   *arena;			/* unescaped bodies, back to back */
	size_t		arena_len;
	size_t	   *start;			/* body i is arena[start[i] .. start[i] + len[i]) */
	size_t	   *len;
	int32_t    *anchor;			/* UTC day of published_at, INT32_MIN when NULL */
	size_t		count;
	size_t		cap;
	size_t		null_bodies;
	size_t		total_bytes;
	size_t		total_chars;	/* UTF-8 characters, as SQL length() counts */
} corpus;

static void
die(const char *fmt, const char *arg)
{
	fprintf(stderr, "core_bench: ");
	fprintf(stderr, fmt, arg);
	fputc('\n', stderr);
	exit(1);
}

static void *
xrealloc(void *p, size_t n)
{
	void	   *q = realloc(p, n);

	if (q == NULL)
		die("%s", "out of memory");
	return q;
}

static char *
read_file(const char *path, size_t *len)
{
	FILE	   *f = fopen(path, "rb");
	char	   *data = NULL;
	size_t		cap = 0,
				n = 0;

	if (f == NULL)
	{
		fprintf(stderr, "core_bench: cannot open %s: %s\n", path, strerror(errno));
		exit(1);
	}
	for (;;)
	{
		size_t		got;

		if (cap - n < 1 << 20)
		{
			cap = cap ? cap * 2 : 1 << 24;
			data = xrealloc(data, cap + 1);
		}
		got = fread(data + n, 1, cap - n, f);
		n += got;
		if (got == 0)
			break;
	}
	if (ferror(f))
		die("read error on %s", path);
	fclose(f);
	data[n] = '\0';
	*len = n;
	return data;
}

static int
hex_value(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/*
 * Unescape one COPY text field src[0..n) into dst (room for n bytes; output
 * never grows).  Returns the output length, or (size_t) -1 for \N (NULL).
 * Follows CopyReadAttributesText: \b \f \n \r \t \v, octal \ooo, hex \xhh,
 * and any other escaped character stands for itself.
 */
static size_t
unescape_field(const char *src, size_t n, char *dst)
{
	size_t		o = 0;

	if (n == 2 && src[0] == '\\' && src[1] == 'N')
		return (size_t) -1;
	for (size_t i = 0; i < n; i++)
	{
		char		c = src[i];

		if (c != '\\' || i + 1 >= n)
		{
			dst[o++] = c;
			continue;
		}
		c = src[++i];
		switch (c)
		{
			case 'b':
				dst[o++] = '\b';
				break;
			case 'f':
				dst[o++] = '\f';
				break;
			case 'n':
				dst[o++] = '\n';
				break;
			case 'r':
				dst[o++] = '\r';
				break;
			case 't':
				dst[o++] = '\t';
				break;
			case 'v':
				dst[o++] = '\v';
				break;
			case '0':
			case '1':
			case '2':
			case '3':
			case '4':
			case '5':
			case '6':
			case '7':
				{
					int			v = c - '0';

					for (int k = 0; k < 2 && i + 1 < n && src[i + 1] >= '0' && src[i + 1] <= '7'; k++)
						v = (v << 3) + (src[++i] - '0');
					dst[o++] = (char) (v & 0xFF);
					break;
				}
			case 'x':
				if (i + 1 < n && hex_value(src[i + 1]) >= 0)
				{
					int			v = hex_value(src[++i]);

					if (i + 1 < n && hex_value(src[i + 1]) >= 0)
						v = (v << 4) + hex_value(src[++i]);
					dst[o++] = (char) v;
				}
				else
					dst[o++] = 'x';
				break;
			default:
				dst[o++] = c;	/* \\ and anything else */
				break;
		}
	}
	return o;
}

/* The UTC day of an ISO 8601 published_at field, as the server anchors it. */
static int32_t
parse_anchor(const char *f, size_t n)
{
	cl_stamp	st;

	if (cl_iso_stamp_parse(f, n, &st) == 0)
		return INT32_MIN;
	return cl_stamp_utc_day(&st);
}

static void
load_corpus(const char *path, corpus *c)
{
	size_t		n;
	char	   *raw = read_file(path, &n);
	size_t		pos = 0;
	size_t		lineno = 0;

	memset(c, 0, sizeof(*c));
	c->arena = xrealloc(NULL, n + 1);
	while (pos < n)
	{
		const char *line = raw + pos;
		const char *nl = memchr(line, '\n', n - pos);
		size_t		line_len = nl ? (size_t) (nl - line) : n - pos;
		const char *field[NUM_COLUMNS];
		size_t		field_len[NUM_COLUMNS];
		int			nf = 0;
		size_t		fs = 0;
		size_t		out;

		pos += line_len + (nl != NULL);
		lineno++;
		if (line_len > 0 && line[line_len - 1] == '\r')
			line_len--;
		if (lineno == 1)
			continue;			/* HEADER */
		if (line_len == 0)
			continue;
		if (line_len == 2 && line[0] == '\\' && line[1] == '.')
			break;				/* end-of-data marker */
		for (size_t i = 0; i <= line_len; i++)
		{
			if (i == line_len || line[i] == '\t')
			{
				if (nf == NUM_COLUMNS)
				{
					fprintf(stderr, "core_bench: %s line %zu: more than %d columns\n",
							path, lineno, NUM_COLUMNS);
					exit(1);
				}
				field[nf] = line + fs;
				field_len[nf] = i - fs;
				nf++;
				fs = i + 1;
			}
		}
		if (nf != NUM_COLUMNS)
		{
			fprintf(stderr, "core_bench: %s line %zu: %d columns, expected %d\n",
					path, lineno, nf, NUM_COLUMNS);
			exit(1);
		}
		out = unescape_field(field[BODY_COLUMN], field_len[BODY_COLUMN],
							 c->arena + c->arena_len);
		if (out == (size_t) -1)
		{
			c->null_bodies++;	/* the server's STRICT functions skip these */
			continue;
		}
		if (c->count == c->cap)
		{
			c->cap = c->cap ? c->cap * 2 : 1024;
			c->start = xrealloc(c->start, c->cap * sizeof(size_t));
			c->len = xrealloc(c->len, c->cap * sizeof(size_t));
			c->anchor = xrealloc(c->anchor, c->cap * sizeof(int32_t));
		}
		c->anchor[c->count] = parse_anchor(field[PUBLISHED_COLUMN], field_len[PUBLISHED_COLUMN]);
		c->start[c->count] = c->arena_len;
		c->len[c->count] = out;
		c->count++;
		for (size_t i = 0; i < out; i++)
			c->total_chars += (((unsigned char) c->arena[c->arena_len + i]) & 0xC0) != 0x80;
		c->arena_len += out;
		c->total_bytes += out;
	}
	free(raw);
	if (c->count == 0)
		die("no rows in %s", path);
}

static double
now_seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double) ts.tv_sec + (double) ts.tv_nsec * 1e-9;
}

/* Results of one pass, also used to check that passes agree. */
typedef struct pass_result
{
	size_t		items;			/* sentences, stamps found, ... */
	size_t		bytes;			/* output bytes, sentence bytes, ... */
	size_t		chars;			/* output characters (clean) */
} pass_result;

static size_t
utf8_chars(const char *s, size_t n)
{
	size_t		k = 0;

	for (size_t i = 0; i < n; i++)
		k += (((unsigned char) s[i]) & 0xC0) != 0x80;
	return k;
}

/* As the server does: a fresh buffer per body, sized to the input. */
static void
pass_clean_fresh(const corpus *c, pass_result *r, int count_chars)
{
	const cl_env *env = &cl_stdlib_env;

	for (size_t i = 0; i < c->count; i++)
	{
		cl_buf		out;

		cl_buf_init(&out, env, c->len[i]);
		cl_clean(env, c->arena + c->start[i], c->len[i], &out);
		r->bytes += out.len;
		if (count_chars)
			r->chars += utf8_chars(out.data, out.len);
		cl_buf_free(&out);
	}
}

/* One buffer for the whole corpus: the core's cost without malloc/free. */
static void
pass_clean_reuse(const corpus *c, pass_result *r, int count_chars)
{
	const cl_env *env = &cl_stdlib_env;
	cl_buf		out;

	cl_buf_init(&out, env, 1 << 16);
	for (size_t i = 0; i < c->count; i++)
	{
		out.len = 0;
		out.data[0] = '\0';
		cl_clean(env, c->arena + c->start[i], c->len[i], &out);
		r->bytes += out.len;
		if (count_chars)
			r->chars += utf8_chars(out.data, out.len);
	}
	cl_buf_free(&out);
}

static void
pass_sentences(const corpus *c, pass_result *r, int count_chars)
{
	const cl_env *env = &cl_stdlib_env;

	(void) count_chars;
	for (size_t i = 0; i < c->count; i++)
	{
		cl_sentence_iter it;
		size_t		start,
					len;

		cl_sentences_begin(&it, env, c->arena + c->start[i], c->len[i]);
		while (cl_sentences_next(&it, &start, &len))
		{
			r->items++;
			r->bytes += len;
		}
	}
}

static void
pass_published_at(const corpus *c, pass_result *r, int count_chars)
{
	const cl_env *env = &cl_stdlib_env;

	(void) count_chars;
	for (size_t i = 0; i < c->count; i++)
	{
		cl_stamp	stamp;

		if (cl_published_at(env, c->arena + c->start[i], c->len[i], &stamp))
		{
			r->items++;
			r->bytes += (size_t) stamp.year;	/* keep the result live */
		}
	}
}

static void
count_mention(void *arg, const cl_date_mention *m)
{
	pass_result *r = arg;

	r->items++;
	r->bytes += m->len;
}

/* dates() anchored at each story's own publication date, as the server query is. */
static void
pass_dates(const corpus *c, pass_result *r, int count_chars)
{
	(void) count_chars;
	for (size_t i = 0; i < c->count; i++)
	{
		cl_date_options opt = {0};

		opt.has_anchor = c->anchor[i] != INT32_MIN;
		opt.anchor = c->anchor[i];
		cl_dates_scan(&cl_stdlib_env, c->arena + c->start[i], c->len[i], &opt, count_mention, r);
	}
}

/* docsig() as the server runs it: clean() first, then the signature. */
static void
pass_docsig(const corpus *c, pass_result *r, int count_chars)
{
	(void) count_chars;
	for (size_t i = 0; i < c->count; i++)
	{
		cl_docsig	sig;

		cl_docsig_of_article(&cl_stdlib_env, c->arena + c->start[i], c->len[i], &sig);
		r->items += cl_docsig_count(&sig);
		r->bytes += sig.bytes[CL_DOCSIG_BINS_OFFSET];	/* keep the result live */
	}
}

/* The built-in gazetteer, for the entities case. */
static cl_gazetteer bench_gazetteer;
static int	have_gazetteer;

/*
 * Reads one SQL string literal at *p ('...', '' for a quote) into dst;
 * returns its length and moves *p past it, or (size_t) -1.
 */
static size_t
sql_literal(const char **p, char *dst, size_t cap)
{
	const char *s = *p;
	size_t		n = 0;

	while (*s == ' ' || *s == ',' || *s == '(')
		s++;
	if (*s != '\'')
		return (size_t) -1;
	s++;
	for (;;)
	{
		if (*s == '\0' || *s == '\n')
			return (size_t) -1;
		if (*s == '\'')
		{
			if (s[1] != '\'')
				break;
			s++;
		}
		if (n + 1 >= cap)
			return (size_t) -1;
		dst[n++] = *s++;
	}
	*p = s + 1;
	return n;
}

static cl_entity_kind
kind_of(const char *k, size_t n)
{
	if (n == 6 && memcmp(k, "person", 6) == 0)
		return CL_KIND_PERSON;
	if (n == 12 && memcmp(k, "organization", 12) == 0)
		return CL_KIND_ORG;
	if (n == 8 && memcmp(k, "location", 8) == 0)
		return CL_KIND_LOC;
	return CL_KIND_NONE;
}

/*
 * Loads the generated gazetteer SQL: its entity rows (id, 'kind',
 * 'canonical', ...) and alias rows ('alias', id, demonym, ...).  Added as the
 * server's query orders them: each entity's preferred name, then its aliases.
 */
static void
load_gazetteer(const char *path)
{
	size_t		n;
	char	   *raw = read_file(path, &n);
	char	  **canon = NULL;
	cl_entity_kind *kinds = NULL;
	size_t		nent = 0;
	char	  **alias = NULL;
	long	   *alias_ent = NULL;
	int		   *alias_dem = NULL;
	size_t		nalias = 0,
				cap_alias = 0;
	int			section = 0;
	char		buf[2048],
				kbuf[32];

	for (char *line = raw; line < raw + n;)
	{
		char	   *nl = strchr(line, '\n');
		const char *p = line;

		if (nl)
			*nl = '\0';
		if (strncmp(line, "INSERT INTO claimlens.gazetteer_entities", 40) == 0)
			section = 1;
		else if (strncmp(line, "INSERT INTO claimlens.gazetteer_aliases", 39) == 0)
			section = 2;
		else if (section == 1 && line[0] == '(')
		{
			long		id = strtol(line + 1, (char **) &p, 10);
			size_t		kl = sql_literal(&p, kbuf, sizeof(kbuf));
			size_t		cl = kl == (size_t) -1 ? kl : sql_literal(&p, buf, sizeof(buf));

			if (cl == (size_t) -1 || id != (long) nent + 1)
				die("cannot read gazetteer entity line: %s", line);
			canon = xrealloc(canon, (nent + 1) * sizeof(char *));
			kinds = xrealloc(kinds, (nent + 1) * sizeof(cl_entity_kind));
			canon[nent] = xrealloc(NULL, cl + 1);
			memcpy(canon[nent], buf, cl);
			canon[nent][cl] = '\0';
			kinds[nent] = kind_of(kbuf, kl);
			nent++;
		}
		else if (section == 2 && line[0] == '(')
		{
			size_t		al = sql_literal(&p, buf, sizeof(buf));
			long		id;

			if (al == (size_t) -1)
				die("cannot read gazetteer alias line: %s", line);
			while (*p == ',' || *p == ' ')
				p++;
			id = strtol(p, (char **) &p, 10);
			if (id < 1 || id > (long) nent)
				die("gazetteer alias of an unknown entity: %s", line);
			if (nalias == cap_alias)
			{
				cap_alias = cap_alias ? cap_alias * 2 : 1024;
				alias = xrealloc(alias, cap_alias * sizeof(char *));
				alias_ent = xrealloc(alias_ent, cap_alias * sizeof(long));
				alias_dem = xrealloc(alias_dem, cap_alias * sizeof(int));
			}
			alias[nalias] = xrealloc(NULL, al + 1);
			memcpy(alias[nalias], buf, al);
			alias[nalias][al] = '\0';
			alias_ent[nalias] = id;
			alias_dem[nalias] = strstr(p, "true, true") != NULL;
			nalias++;
		}
		line = nl ? nl + 1 : raw + n;
	}
	free(raw);
	if (nent == 0)
		die("no gazetteer entities in %s", path);
	cl_gazetteer_init(&bench_gazetteer, &cl_stdlib_env);
	for (size_t e = 0; e < nent; e++)
	{
		cl_gazetteer_add(&bench_gazetteer, canon[e], strlen(canon[e]), kinds[e],
						 canon[e], strlen(canon[e]), false);
		for (size_t a = 0; a < nalias; a++)
			if (alias_ent[a] == (long) e + 1)
				cl_gazetteer_add(&bench_gazetteer, alias[a], strlen(alias[a]), kinds[e],
								 canon[e], strlen(canon[e]), alias_dem[a]);
	}
	for (size_t e = 0; e < nent; e++)
		free(canon[e]);
	for (size_t a = 0; a < nalias; a++)
		free(alias[a]);
	free(canon);
	free(kinds);
	free(alias);
	free(alias_ent);
	free(alias_dem);
	have_gazetteer = 1;
	printf("core gazetteer_entities %zu\n", nent);
	printf("core gazetteer_aliases %zu\n", nalias);
}

/* entities() as the server query runs it: every mention, no demonyms. */
static void
pass_entities(const corpus *c, pass_result *r, int count_chars)
{
	(void) count_chars;
	for (size_t i = 0; i < c->count; i++)
	{
		cl_entity_list list;

		cl_entities(&cl_stdlib_env, &bench_gazetteer, c->arena + c->start[i], c->len[i],
					false, &list);
		r->items += list.count;
		r->bytes += list.arena.len;
		cl_entity_list_free(&cl_stdlib_env, &list);
	}
}

/* claims() as the server query runs it, with the built-in gazetteer. */
static void
pass_claims(const corpus *c, pass_result *r, int count_chars)
{
	(void) count_chars;
	for (size_t i = 0; i < c->count; i++)
	{
		cl_claim_list list;

		cl_claims(&cl_stdlib_env, &bench_gazetteer, c->arena + c->start[i], c->len[i], &list);
		r->items += list.count;
		r->bytes += list.arena.len;
		cl_claim_list_free(&cl_stdlib_env, &list);
	}
}

/* claims() and then claim_key() of every claim, anchored at the story's date. */
static void
pass_claim_key(const corpus *c, pass_result *r, int count_chars)
{
	cl_buf		key;

	(void) count_chars;
	cl_buf_init(&key, &cl_stdlib_env, 64);
	for (size_t i = 0; i < c->count; i++)
	{
		cl_claim_list list;
		cl_date_options opt = {0};

		opt.has_anchor = c->anchor[i] != INT32_MIN;
		opt.anchor = c->anchor[i];
		cl_claims(&cl_stdlib_env, &bench_gazetteer, c->arena + c->start[i], c->len[i], &list);
		for (size_t k = 0; k < list.count; k++)
		{
			key.len = 0;
			cl_claim_key(&cl_stdlib_env, &bench_gazetteer,
						 list.arena.data + list.items[k].text_off, list.items[k].text_len,
						 &opt, &key);
			r->items++;
			r->bytes += key.len;
		}
		cl_claim_list_free(&cl_stdlib_env, &list);
	}
	cl_buf_free(&key);
}

typedef void (*pass_fn) (const corpus *c, pass_result *r, int count_chars);

typedef struct bench_case
{
	const char *name;
	pass_fn		fn;
	pass_result first;			/* figures from the untimed warm-up pass */
	double		best;			/* seconds */
	double		median;
	double	   *times;			/* every timed pass */
} bench_case;

static int
cmp_double(const void *a, const void *b)
{
	double		x = *(const double *) a,
				y = *(const double *) b;

	return (x > y) - (x < y);
}

static void
report(const bench_case *b, const corpus *c)
{
	printf("core %s %.1f MB/s\n", b->name, (double) c->total_bytes / b->best / 1e6);
	printf("core %s_us %.3f us/article\n", b->name, b->best * 1e6 / (double) c->count);
	printf("core %s_ms %.3f ms\n", b->name, b->best * 1e3);
	printf("core %s_median_ms %.3f ms\n", b->name, b->median * 1e3);
	if (b->fn == pass_clean_fresh)
		printf("core clean_out_chars %zu chars\n", b->first.chars);
	else if (b->fn == pass_sentences)
		printf("core sentences_count %zu sentences\n", b->first.items);
	else if (b->fn == pass_published_at)
		printf("core published_at_found %zu articles\n", b->first.items);
	else if (b->fn == pass_dates)
		printf("core dates_found %zu mentions\n", b->first.items);
	else if (b->fn == pass_docsig)
		printf("core docsig_shingles %zu shingles\n", b->first.items);
	else if (b->fn == pass_entities)
		printf("core entities_found %zu mentions\n", b->first.items);
	else if (b->fn == pass_claims)
		printf("core claims_found %zu claims\n", b->first.items);
}

/*
 * One untimed pass of every case (warm-up, and the figures to report), then
 * the timed passes round robin, so that a burst of noise from other processes
 * on the machine costs one pass of several cases rather than every pass of
 * one.  The best pass of each case counts.
 */
static void
run_all(bench_case *cases, int ncases, const corpus *c, int passes)
{
	for (int k = 0; k < ncases; k++)
	{
		cases[k].fn(c, &cases[k].first, 1);
		cases[k].times = xrealloc(NULL, sizeof(double) * (size_t) passes);
	}
	for (int p = 0; p < passes; p++)
	{
		for (int k = 0; k < ncases; k++)
		{
			bench_case *b = &cases[k];
			pass_result r = {0};
			double		t0 = now_seconds();
			double		dt;

			b->fn(c, &r, 0);
			dt = now_seconds() - t0;
			if (r.items != b->first.items || r.bytes != b->first.bytes)
			{
				fprintf(stderr, "core_bench: %s gave different results on pass %d\n",
						b->name, p + 1);
				exit(1);
			}
			b->times[p] = dt;
		}
	}
	for (int k = 0; k < ncases; k++)
	{
		bench_case *b = &cases[k];

		qsort(b->times, (size_t) passes, sizeof(double), cmp_double);
		b->best = b->times[0];
		b->median = passes % 2 ? b->times[passes / 2] :
			(b->times[passes / 2 - 1] + b->times[passes / 2]) / 2;
		report(b, c);
		free(b->times);
	}
	fflush(stdout);
}

int
main(int argc, char **argv)
{
	corpus		c;
	int			passes = 10;
	double		t0;

	if (argc < 2 || argc > 4)
	{
		fprintf(stderr, "usage: %s CORPUS.tsv [PASSES [GAZETTEER.sql]]\n", argv[0]);
		return 2;
	}
	if (argc >= 3)
	{
		passes = atoi(argv[2]);
		if (passes < 1 || passes > 1000)
			die("bad pass count %s", argv[2]);
	}
	t0 = now_seconds();
	load_corpus(argv[1], &c);
	printf("core articles %zu\n", c.count);
	printf("core null_bodies %zu\n", c.null_bodies);
	printf("core bytes %zu bytes\n", c.total_bytes);
	printf("core chars %zu chars\n", c.total_chars);
	printf("core passes %d\n", passes);
	if (argc == 4)
		load_gazetteer(argv[3]);
	printf("core load_ms %.1f ms\n", (now_seconds() - t0) * 1e3);
	fflush(stdout);

	{
		bench_case	cases[] = {
			{.name = "clean", .fn = pass_clean_fresh},
			{.name = "clean_reuse", .fn = pass_clean_reuse},
			{.name = "sentences", .fn = pass_sentences},
			{.name = "published_at", .fn = pass_published_at},
			{.name = "dates", .fn = pass_dates},
			{.name = "docsig", .fn = pass_docsig},
			{.name = "entities", .fn = pass_entities},
			{.name = "claims", .fn = pass_claims},
			{.name = "claim_key", .fn = pass_claim_key},
		};
		int			ncases = (int) (sizeof(cases) / sizeof(cases[0]));
		const char *only = getenv("CLAIMLENS_BENCH_ONLY");
		int			kept = 0;

		if (!have_gazetteer)
			ncases -= 3;		/* entities, claims and claim_key need it: last */
		for (int k = 0; k < ncases; k++)
			if (only == NULL || *only == '\0' || strcmp(only, cases[k].name) == 0)
				cases[kept++] = cases[k];
		if (kept == 0)
			die("no benchmark case named %s", only);
		run_all(cases, kept, &c, passes);
	}
	if (have_gazetteer)
		cl_gazetteer_free(&bench_gazetteer);

	free(c.arena);
	free(c.start);
	free(c.len);
	free(c.anchor);
	return 0;
}
