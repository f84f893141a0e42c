/*
 * gen_articles.c — N realistic news articles made from the Reuters-21578
 * stories, in families of near-duplicates with known rewrite strength, for
 * the similarity benchmark:  gen_articles CORPUS.tsv N [SEED] > articles.tsv
 *
 * Each family has a root (an original story, or once the stories run out, a
 * remix: a story with 40% of its words replaced and sentences of another
 * story spliced in) and 0 to 4 rewrites of it.  A rewrite of strength r
 * deletes a sentence with probability r/2, inserts a sentence from another
 * story after a sentence with probability r/2, replaces a word with
 * probability r/3, swaps a word with its neighbour with probability r/3, and
 * moves a block of sentences with probability 2r.  Strengths: light 0.05,
 * medium 0.15, heavy 0.30.  Output: COPY text format, columns
 * id, family, strength (0 for roots), body.
 */
#define _POSIX_C_SOURCE 200809L

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct story
{
	char	  **sent;			/* sentences, each with its trailing space/newline removed */
	int			nsent;
} story;

static uint64_t rng_state;

static uint64_t
rnd(void)
{
	uint64_t	z = (rng_state += UINT64_C(0x9e3779b97f4a7c15));

	z = (z ^ (z >> 30)) * UINT64_C(0xbf58476d1ce4e5b9);
	z = (z ^ (z >> 27)) * UINT64_C(0x94d049bb133111eb);
	return z ^ (z >> 31);
}

static double
unit(void)
{
	return (double) (rnd() >> 11) / 9007199254740992.0;
}

static story *stories;
static int	nstories;
static char **vocab;
static size_t nvocab;

/* Split a story into sentences at ". ", "? ", "! " and paragraph breaks. */
static void
add_story(char *body)
{
	story		s = {NULL, 0};
	char	   *start = body;

	for (char *p = body;; p++)
	{
		int			end = *p == '\0' ||
			((p[0] == '.' || p[0] == '?' || p[0] == '!') && (p[1] == ' ' || p[1] == '\n'));

		if (!end)
			continue;
		if (*p != '\0')
			p++;
		while (*start == ' ' || *start == '\n')
			start++;
		if (p > start)
		{
			s.sent = realloc(s.sent, (s.nsent + 1) * sizeof(char *));
			s.sent[s.nsent++] = strndup(start, p - start);
		}
		if (*p == '\0')
			break;
		start = p;
	}
	if (s.nsent >= 3)
	{
		stories = realloc(stories, (nstories + 1) * sizeof(story));
		stories[nstories++] = s;
	}
}

static void
load(const char *path)
{
	FILE	   *f = fopen(path, "r");
	char	   *line = NULL;
	size_t		cap = 0;

	if (f == NULL)
	{
		perror(path);
		exit(1);
	}
	while (getline(&line, &cap, f) > 0)
	{
		char	   *body = strrchr(line, '\t');
		char	   *d;

		if (body == NULL || strncmp(line, "id\t", 3) == 0)
			continue;
		body++;
		d = body;
		for (char *s = body; *s && *s != '\n'; s++)
		{
			if (s[0] == '\\' && s[1] == 'n')
				*d++ = '\n', s++;
			else if (s[0] == '\\' && s[1] != '\0')
				*d++ = s[1], s++;
			else
				*d++ = *s;
		}
		*d = '\0';
		add_story(body);
	}
	free(line);
	fclose(f);
	/* vocabulary: words of the corpus, with their frequencies */
	for (int i = 0; i < nstories; i++)
		for (int j = 0; j < stories[i].nsent; j++)
		{
			char	   *copy = strdup(stories[i].sent[j]);
			char	   *save = NULL;

			for (char *w = strtok_r(copy, " \n", &save); w; w = strtok_r(NULL, " \n", &save))
			{
				vocab = (nvocab & (nvocab - 1)) == 0 ? realloc(vocab, (nvocab ? 2 * nvocab : 1) * sizeof(char *)) : vocab;
				vocab[nvocab++] = strdup(w);
			}
			free(copy);
		}
}

typedef struct buf
{
	char	   *d;
	size_t		n,
				cap;
} buf;

static void
put(buf *b, const char *s, size_t n)
{
	if (b->n + n + 1 > b->cap)
	{
		b->cap = 2 * (b->n + n + 1);
		b->d = realloc(b->d, b->cap);
	}
	memcpy(b->d + b->n, s, n);
	b->n += n;
	b->d[b->n] = '\0';
}

/* Words of a sentence, with replacements and neighbour swaps. */
static void
put_sentence(buf *out, const char *sentence, double replace, double swap)
{
	char	   *copy = strdup(sentence);
	char	   *save = NULL;
	char	   *words[512];
	int			n = 0;

	for (char *w = strtok_r(copy, " \n", &save); w && n < 512; w = strtok_r(NULL, " \n", &save))
		words[n++] = w;
	for (int i = 0; i < n; i++)
	{
		if (i + 1 < n && unit() < swap)
		{
			char	   *t = words[i];

			words[i] = words[i + 1];
			words[i + 1] = t;
		}
		if (unit() < replace)
			words[i] = vocab[rnd() % nvocab];
	}
	for (int i = 0; i < n; i++)
	{
		put(out, words[i], strlen(words[i]));
		put(out, " ", 1);
	}
	free(copy);
}

/* A list of sentences (pointers into stories) to render. */
typedef struct plan
{
	const char **s;
	int			n;
} plan;

static void
plan_add(plan *p, const char *s)
{
	p->s = realloc(p->s, (p->n + 1) * sizeof(char *));
	p->s[p->n++] = s;
}

static void
render(const plan *p, double replace, double swap, buf *out)
{
	out->n = 0;
	for (int i = 0; i < p->n; i++)
	{
		put_sentence(out, p->s[i], replace, swap);
		if (i % 4 == 3)
			put(out, "\n\n", 2);
	}
	while (out->n > 0 && (out->d[out->n - 1] == ' ' || out->d[out->n - 1] == '\n'))
		out->d[--out->n] = '\0';
}

static void
emit(long id, long family, double strength, const buf *b)
{
	printf("%ld\t%ld\t%.2f\t", id, family, strength);
	for (size_t i = 0; i < b->n; i++)
	{
		char		c = b->d[i];

		if (c == '\n')
			fputs("\\n", stdout);
		else if (c == '\t')
			fputs("\\t", stdout);
		else if (c == '\\')
			fputs("\\\\", stdout);
		else
			putchar(c);
	}
	putchar('\n');
}

int
main(int argc, char **argv)
{
	long		n,
				id = 0,
				family = 0;
	static const double strengths[] = {0.05, 0.15, 0.30};
	buf			text = {0};

	if (argc < 3)
	{
		fprintf(stderr, "usage: %s CORPUS.tsv N [SEED]\n", argv[0]);
		return 2;
	}
	n = atol(argv[2]);
	rng_state = argc > 3 ? strtoull(argv[3], NULL, 10) : 1;
	load(argv[1]);
	if (nstories == 0 || nvocab == 0)
	{
		fprintf(stderr, "no stories in %s\n", argv[1]);
		return 1;
	}

	while (id < n)
	{
		const story *s = &stories[family % nstories];
		plan		root = {0};
		double		u = unit();
		int			members = u < 0.55 ? 0 : u < 0.75 ? 1 : u < 0.90 ? 2 : 4;
		int			remix = family >= nstories;

		for (int i = 0; i < s->nsent; i++)
			plan_add(&root, s->sent[i]);
		if (remix)
		{
			const story *o = &stories[rnd() % nstories];

			for (int i = 0; i < 2 && i < o->nsent; i++)
				plan_add(&root, o->sent[rnd() % o->nsent]);
		}
		/* The root's words are fixed once, so that rewrites share them. */
		render(&root, remix ? 0.4 : 0.0, 0.0, &text);
		emit(id++, family, 0.0, &text);
		{
			char	   *root_text = strdup(text.d);
			plan		base = {0};

			add_story(root_text);	/* its sentences become the rewrites' material */
			for (int i = 0; i < stories[nstories - 1].nsent; i++)
				plan_add(&base, stories[nstories - 1].sent[i]);
			nstories--;			/* not a source for later families */

			for (int m = 0; m < members && id < n; m++)
			{
				double		r = strengths[rnd() % 3];
				plan		p = {0};

				for (int i = 0; i < base.n; i++)
				{
					if (unit() >= r / 2)
						plan_add(&p, base.s[i]);
					if (unit() < r / 2)
					{
						const story *o = &stories[rnd() % nstories];

						plan_add(&p, o->sent[rnd() % o->nsent]);
					}
				}
				if (p.n > 3 && unit() < 2 * r)
				{
					/* move a block of sentences elsewhere (reordered paragraphs) */
					int			from = (int) (rnd() % (p.n - 2)),
								len = 1 + (int) (rnd() % 2),
								to = (int) (rnd() % (p.n - len));
					const char *tmp[2];

					memcpy(tmp, p.s + from, len * sizeof(char *));
					memmove(p.s + from, p.s + from + len, (p.n - from - len) * sizeof(char *));
					memmove(p.s + to + len, p.s + to, (p.n - len - to) * sizeof(char *));
					memcpy(p.s + to, tmp, len * sizeof(char *));
				}
				if (p.n == 0)
					plan_add(&p, base.s[0]);
				render(&p, r / 3, r / 3, &text);
				emit(id++, family, r, &text);
				free(p.s);
			}
			free(base.s);
			/* the root's sentence copies stay allocated: rewrites are done */
		}
		free(root.s);
		family++;
	}
	free(text.d);
	return 0;
}
