/*
 * test_entities.c — entity keys (folding, initials, titles, possessives),
 * the gazetteer hash (first name wins, oversized and empty aliases ignored)
 * and the recogniser on news sentences: kinds from context, surnames and
 * acronyms resolved inside one text, demonyms only on request.
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "entities.h"
#include "entity_key.h"
#include "entity_words.h"
#include "gazetteer.h"
#include "unit_tests.h"

static void
assert_key(const char *name, const char *expected)
{
	cl_buf		out;

	cl_buf_init(&out, &cl_stdlib_env, 16);
	cl_normalize_name(name, strlen(name), &out);
	if (strcmp(out.data, expected) != 0)
		fail_msg("key of \"%s\": got \"%s\", expected \"%s\"", name, out.data, expected);
	cl_buf_free(&out);
}

static void
test_key_variants(void **state)
{
	(void) state;
	assert_key("Ri Chang-dae", "ri chang dae");
	assert_key("Ri Chang Dae", "ri chang dae");
	assert_key("Kim Jong-un", "kim jong un");
	assert_key("KIM JONG UN", "kim jong un");
	assert_key("Sergei E. Naryshkin", "sergei naryshkin");
	assert_key("Sergei Naryshkin", "sergei naryshkin");
	assert_key("President Vladimir Putin", "vladimir putin");
	assert_key("Mr. Putin", "putin");
	assert_key("Prime Minister Boris Johnson", "boris johnson");
	assert_key("Russia's", "russia");
	assert_key("Russia\xE2\x80\x99s", "russia");
	assert_key("U.S.", "us");
	assert_key("Jos\xC3\xA9 \xC3\x81lvarez", "jose alvarez");
	assert_key("Stra\xC3\x9F" "e", "strasse");
	assert_key("O'Brien", "obrien");
	assert_key("The Ministry of Transport", "ministry of transport");
}

static void
test_key_keeps_organisations(void **state)
{
	(void) state;
	/* A title word in front of an organisation word is part of the name. */
	assert_key("State Department", "state department");
	assert_key("General Motors", "general motors");
	assert_key("Foreign Ministry", "foreign ministry");
}

static void
test_key_empty_and_junk(void **state)
{
	char		big[10000];

	(void) state;
	assert_key("", "");
	assert_key("  -- ; ", "");
	assert_key("\xFF\xFE\x80", "");
	/* U+037A decomposes to a space and a mark: neither may reach the key. */
	assert_key("*\xCD\xBA\xC5\x86", "n");
	assert_key("no *\xCD\xBA x", "no x");
	memset(big, 'a', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	{
		cl_buf		out;

		cl_buf_init(&out, &cl_stdlib_env, 16);
		cl_normalize_name(big, strlen(big), &out);
		assert_true(out.len <= CL_NAME_MAX_BYTES);
		cl_buf_free(&out);
	}
}

static void
test_gazetteer(void **state)
{
	cl_gazetteer g;
	cl_gaz_hit	hit;
	char		big[10000];

	(void) state;
	cl_gazetteer_init(&g, &cl_stdlib_env);
	assert_true(cl_gazetteer_add(&g, "North Korea", 11, CL_KIND_LOC, "North Korea", 11, false));
	assert_true(cl_gazetteer_add(&g, "DPRK", 4, CL_KIND_LOC, "North Korea", 11, false));
	assert_true(cl_gazetteer_add(&g, "North Korean", 12, CL_KIND_LOC, "North Korea", 11, true));
	/* The first entry wins a key. */
	assert_false(cl_gazetteer_add(&g, "D.P.R.K.", 8, CL_KIND_ORG, "Other", 5, false));
	/* Empty, letterless and oversized aliases are ignored. */
	assert_false(cl_gazetteer_add(&g, "", 0, CL_KIND_LOC, "X", 1, false));
	assert_false(cl_gazetteer_add(&g, "---", 3, CL_KIND_LOC, "X", 1, false));
	memset(big, 'b', sizeof(big));
	assert_false(cl_gazetteer_add(&g, big, sizeof(big), CL_KIND_LOC, "X", 1, false));
	for (int i = 0; i < 1000; i++)
	{
		char		name[32];

		snprintf(name, sizeof(name), "Place Number %d", i);
		cl_gazetteer_add(&g, name, strlen(name), CL_KIND_LOC, name, strlen(name), false);
	}
	assert_true(cl_gazetteer_find(&g, "dprk", 4, &hit));
	assert_int_equal(hit.kind, CL_KIND_LOC);
	assert_false(hit.demonym);
	assert_int_equal(hit.key_len, 11);
	assert_memory_equal(hit.key, "north korea", 11);
	assert_true(cl_gazetteer_find(&g, "north korean", 12, &hit));
	assert_true(hit.demonym);
	assert_true(cl_gazetteer_find(&g, "place number 999", 16, &hit));
	assert_false(cl_gazetteer_find(&g, "south korea", 11, &hit));
	cl_gazetteer_free(&g);
}

/* The recogniser's output as "surface|kind|canonical|key" lines. */
static char *
run(const cl_gazetteer *g, const char *text, bool demonyms)
{
	cl_entity_list list;
	cl_buf		out;

	cl_entities(&cl_stdlib_env, g, text, strlen(text), demonyms, &list);
	cl_buf_init(&out, &cl_stdlib_env, 256);
	for (size_t i = 0; i < list.count; i++)
	{
		const cl_entity *e = &list.items[i];
		const char *kind = cl_entity_kind_name(e->kind);

		assert_true(e->start + e->len <= strlen(text));
		if (i > 0)
			assert_true(list.items[i - 1].start + list.items[i - 1].len <= e->start);
		cl_buf_append(&out, text + e->start, e->len);
		cl_buf_push(&out, '|');
		cl_buf_append(&out, kind, strlen(kind));
		cl_buf_push(&out, '|');
		cl_buf_append(&out, list.arena.data + e->canonical_off, e->canonical_len);
		cl_buf_push(&out, '|');
		cl_buf_append(&out, list.arena.data + e->key_off, e->key_len);
		cl_buf_push(&out, '\n');
	}
	cl_entity_list_free(&cl_stdlib_env, &list);
	return out.data;
}

static void
assert_entities(const cl_gazetteer *g, const char *text, bool demonyms, const char *expected)
{
	char	   *got = run(g, text, demonyms);

	if (strcmp(got, expected) != 0)
		fail_msg("entities of \"%s\":\n--- got\n%s--- expected\n%s", text, got, expected);
	free(got);
}

static void
small_gazetteer(cl_gazetteer *g)
{
	static const struct
	{
		const char *alias;
		cl_entity_kind kind;
		const char *canonical;
		bool		demonym;
	}			rows[] = {
		{"North Korea", CL_KIND_LOC, "North Korea", false},
		{"DPRK", CL_KIND_LOC, "North Korea", false},
		{"North Korean", CL_KIND_LOC, "North Korea", true},
		{"Russia", CL_KIND_LOC, "Russia", false},
		{"Russian", CL_KIND_LOC, "Russia", true},
		{"Pyongyang", CL_KIND_LOC, "Pyongyang", false},
		{"Moscow", CL_KIND_LOC, "Moscow", false},
		{"Reuters", CL_KIND_ORG, "Reuters", false},
		{"KCNA", CL_KIND_ORG, "Korean Central News Agency", false},
		{"Korean Central News Agency", CL_KIND_ORG, "Korean Central News Agency", false},
	};

	cl_gazetteer_init(g, &cl_stdlib_env);
	for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++)
		cl_gazetteer_add(g, rows[i].alias, strlen(rows[i].alias), rows[i].kind,
						 rows[i].canonical, strlen(rows[i].canonical), rows[i].demonym);
}

static void
test_kinds_from_context(void **state)
{
	cl_gazetteer g;

	(void) state;
	small_gazetteer(&g);
	assert_entities(&g, "Pyongyang said the talks failed, Reuters reported.", false,
					"Pyongyang|location|Pyongyang|pyongyang\n"
					"Reuters|organization|Reuters|reuters\n");
	assert_entities(&g, "The Minister of State Security Ri Chang Dae met President Putin.", false,
					"Ri Chang Dae|person|Ri Chang Dae|ri chang dae\n"
					"Putin|person|Putin|putin\n");
	assert_entities(&g, "Talks with the Baltic Maritime Authority (BMA) collapsed, the BMA said.", false,
					"Baltic Maritime Authority|organization|Baltic Maritime Authority|baltic maritime authority\n"
					"BMA|organization|Baltic Maritime Authority|baltic maritime authority\n"
					"BMA|organization|Baltic Maritime Authority|baltic maritime authority\n");
	assert_entities(&g, "Workers in Lindhaven joined Norrsund Shipping Corp. on Monday.", false,
					"Lindhaven|location|Lindhaven|lindhaven\n"
					"Norrsund Shipping Corp.|organization|Norrsund Shipping Corp.|norrsund shipping corp\n");
	cl_gazetteer_free(&g);
}

/* Capitalised runs that name no person: regions, plurals, events, headings. */
static void
test_not_people(void **state)
{
	(void) state;
	assert_entities(NULL, "Trade with the Far East grew.", false,
					"Far East|location|Far East|far east\n");
	/* A plural place word names the places that follow, one by one. */
	assert_entities(NULL, "Trade envoys of the Breton Republics of Arvor and Kerne signed a pact.", false,
					"Breton Republics|location|Breton Republics|breton republics\n"
					"Arvor|location|Arvor|arvor\n"
					"Kerne|location|Kerne|kerne\n");
	assert_entities(NULL, "The Joint Chiefs of Staff met on Monday.", false,
					"Joint Chiefs of Staff|organization|Joint Chiefs of Staff|joint chiefs of staff\n");
	/* A title with no name after it, an event, a heading line. */
	assert_entities(NULL, "Talks with the Norland Minister ended.", false, "");
	assert_entities(NULL, "Memories of the Cold War faded.", false, "");
	assert_entities(NULL, "Lessons for the Future\n\nThe ferry left.", false, "");
	/* Particles of names still join them; a lone surname with "West" is a name. */
	assert_entities(NULL, "Luis de Guindos met Kanye West.", false,
					"Luis de Guindos|person|Luis de Guindos|luis de guindos\n"
					"Kanye West|person|Kanye West|kanye west\n");
}

static void
test_coreference(void **state)
{
	(void) state;
	assert_entities(NULL, "Sergei E. Naryshkin arrived on Monday. Naryshkin said little. "
					"Mr. Naryshkin left.", false,
					"Sergei E. Naryshkin|person|Sergei E. Naryshkin|sergei naryshkin\n"
					"Naryshkin|person|Sergei E. Naryshkin|sergei naryshkin\n"
					"Naryshkin|person|Sergei E. Naryshkin|sergei naryshkin\n");
	/* East Asian order: the surname comes first. */
	assert_entities(NULL, "Kim Jong-un spoke. Later Kim Jong Un smiled and Kim said so.", false,
					"Kim Jong-un|person|Kim Jong-un|kim jong un\n"
					"Kim Jong Un|person|Kim Jong-un|kim jong un\n"
					"Kim|person|Kim Jong-un|kim jong un\n");
}

static void
test_demonyms(void **state)
{
	cl_gazetteer g;

	(void) state;
	small_gazetteer(&g);
	assert_entities(&g, "Russian President Vladimir Putin met North Korean officials.", false,
					"Vladimir Putin|person|Vladimir Putin|vladimir putin\n");
	assert_entities(&g, "Russian President Vladimir Putin met North Korean officials.", true,
					"Russian|location|Russia|russia\n"
					"Vladimir Putin|person|Vladimir Putin|vladimir putin\n"
					"North Korean|location|North Korea|north korea\n");
	cl_gazetteer_free(&g);
}

static void
test_nothing_found(void **state)
{
	(void) state;
	assert_entities(NULL, "", false, "");
	assert_entities(NULL, "   \n\n  ", false, "");
	assert_entities(NULL, "the strike entered its third day.", false, "");
	assert_entities(NULL, "FERRY STRIKE ENDS\n\nIn March, prices rose.", false, "");
	assert_entities(NULL, "\xFF\xFE junk \x01\x02 (((", false, "");
}

/*
 * The hashed vocabulary: every word of data/entity_words.txt is found with
 * the classes of its lines; mixed-case ASCII finds its lowercase form; words
 * not listed, prefixes and longer words are in no class.
 */
static void
test_vocabulary_table(void **state)
{
	FILE	   *f = fopen("data/entity_words.txt", "r");
	char		line[16384];
	size_t		checked = 0;

	(void) state;
	if (f == NULL)
		skip();
	while (fgets(line, sizeof(line), f))
	{
		char	   *colon = strchr(line, ':');
		uint32_t	classes = 0;

		if (line[0] == '#' || colon == NULL)
			continue;
		*colon = '\0';
		for (char *c = strtok(line, " "); c; c = strtok(NULL, " "))
		{
			static const char *const names[] = {
				"TITLE", "HONORIFIC", "ORG_TAIL", "ORG_HEAD", "LOC_WORD", "CONNECTOR",
				"STARTER", "CALENDAR", "REPORT", "ROLE", "GIVEN", "SURNAME_FIRST",
				"LOC_PREP", "DOMAIN", "ORG_PREP", "PLACE_NOUN", "EVENT"
			};

			for (size_t k = 0; k < sizeof(names) / sizeof(names[0]); k++)
				if (strcmp(c, names[k]) == 0)
					classes |= (uint32_t) 1 << k;
		}
		assert_true(classes != 0);
		for (char *w = strtok(colon + 1, " \n"); w; w = strtok(NULL, " \n"))
		{
			size_t		n = strlen(w);
			char		upper[64];

			if (n > 0 && w[n - 1] == '.')
				n--;			/* "mr." is listed as "mr" */
			if (n == 0)
				continue;
			if ((cl_entity_word_flags(w, n) & classes) != classes)
				fail_msg("vocabulary word \"%.*s\" lacks a class of its line", (int) n, w);
			if (n < sizeof(upper) && strspn(w, "abcdefghijklmnopqrstuvwxyz0123456789") >= n)
			{
				for (size_t i = 0; i < n; i++)
					upper[i] = (char) (i % 2 ? w[i] : w[i] - 32 * (w[i] >= 'a'));
				assert_int_equal(cl_entity_word_flags_ascii(upper, n), cl_entity_word_flags(w, n));
			}
			checked++;
		}
	}
	fclose(f);
	assert_true(checked > 1000);
	assert_int_equal(cl_entity_word_flags("xyzzy", 5), 0);
	assert_int_equal(cl_entity_word_flags("presiden", 8), 0);
	assert_int_equal(cl_entity_word_flags("presidents", 10), 0);
	assert_int_equal(cl_entity_word_flags("", 0), 0);
	assert_int_equal(cl_entity_word_flags_ascii("PRESIDENTXXXXXXXXXXXXXXXXXXXX", 29), 0);
	assert_true(cl_entity_word_flags_ascii("President", 9) & CL_W_TITLE);
}

int
run_entities_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_key_variants),
		cmocka_unit_test(test_key_keeps_organisations),
		cmocka_unit_test(test_key_empty_and_junk),
		cmocka_unit_test(test_gazetteer),
		cmocka_unit_test(test_kinds_from_context),
		cmocka_unit_test(test_not_people),
		cmocka_unit_test(test_coreference),
		cmocka_unit_test(test_demonyms),
		cmocka_unit_test(test_nothing_found),
		cmocka_unit_test(test_vocabulary_table),
	};

	return cmocka_run_group_tests_name("entities", tests, NULL, NULL);
}
