/*
 * dates_eval.c — scores the date extractor against data/dates_gold.tsv
 * (id, anchor, sentence, surface, value, kind) outside the server, and lists
 * every row it gets wrong.  Usage: dates_eval GOLD.tsv [-v]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dates.h"

typedef struct found
{
	char		surface[512];
	char		value[CL_TIMEX_TEXT_MAX];
	const char *kind;
	int			used;
} found;

typedef struct sink_state
{
	const char *text;
	found		f[32];
	int			n;
} sink_state;

static void
sink(void *arg, const cl_date_mention *m)
{
	sink_state *s = arg;
	found	   *f;

	if (s->n >= 32)
		return;
	f = &s->f[s->n++];
	snprintf(f->surface, sizeof(f->surface), "%.*s", (int) m->len, s->text + m->start);
	f->value[0] = '\0';
	if (m->has_value)
		cl_timex_format(&m->value, f->value);
	f->kind = cl_date_kind_name(m->kind);
	f->used = 0;
}

static char *
field(char **p)
{
	char	   *s = *p,
			   *tab = strchr(s, '\t');

	if (tab)
	{
		*tab = '\0';
		*p = tab + 1;
	}
	else
	{
		s[strcspn(s, "\n")] = '\0';
		*p = s + strlen(s);
	}
	return s;
}

int
main(int argc, char **argv)
{
	FILE	   *in = fopen(argv[1], "r");
	char		line[4096];
	int			positives = 0,
				correct = 0,
				found_surface = 0,
				negatives = 0,
				false_alarms = 0;
	int			verbose = argc > 2;

	if (!in)
	{
		perror(argv[1]);
		return 2;
	}
	if (!fgets(line, sizeof(line), in))
		return 2;
	while (fgets(line, sizeof(line), in))
	{
		char	   *p = line;
		char	   *id = field(&p),
				   *anchor = field(&p),
				   *sentence = field(&p),
				   *surface = field(&p),
				   *value = field(&p),
				   *kind = field(&p);
		int			y,
					m,
					d;
		cl_date_options opt = {0};
		sink_state	st = {0};
		int			hit = -1;

		if (sscanf(anchor, "%d-%d-%d", &y, &m, &d) == 3)
		{
			opt.has_anchor = true;
			opt.anchor = cl_days_from_civil(y, m, d);
		}
		st.text = sentence;
		cl_dates_scan(&cl_stdlib_env, sentence, strlen(sentence), &opt, sink, &st);
		if (surface[0] == '\0')
		{
			negatives++;
			if (st.n > 0)
			{
				false_alarms++;
				printf("FALSE  %s: \"%s\" -> \"%s\" %s %s\n", id, sentence, st.f[0].surface,
					   st.f[0].value, st.f[0].kind);
			}
			continue;
		}
		positives++;
		for (int i = 0; i < st.n; i++)
		{
			if (strcmp(st.f[i].surface, surface) == 0)
				hit = i;
		}
		if (hit >= 0)
			found_surface++;
		if (hit >= 0 && strcmp(st.f[hit].value, value) == 0 && strcmp(st.f[hit].kind, kind) == 0)
		{
			correct++;
			if (verbose)
				printf("ok     %s: %s = %s %s\n", id, surface, value, kind);
			continue;
		}
		printf("WRONG  %s [%s] \"%s\"\n       want \"%s\" %s %s\n", id, anchor, sentence,
			   surface, value, kind);
		for (int i = 0; i < st.n; i++)
			printf("       got  \"%s\" %s %s\n", st.f[i].surface, st.f[i].value, st.f[i].kind);
	}
	printf("\ndates gold: %d expressions, %d found with the right extent, %d fully right (%.1f%%); "
		   "%d negative sentences, %d false alarms\n",
		   positives, found_surface, correct, positives ? 100.0 * correct / positives : 0.0,
		   negatives, false_alarms);
	return 0;
}
