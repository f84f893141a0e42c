/*
 * test_claims.c — claims and their attributions (before, after and inside
 * the statement; chains outermost first; anaphors; quotations in curly and
 * straight quotes; hedges; unattributed statements; furniture skipped), and
 * claim keys and numbers.
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

#include "claim_key.h"
#include "claims.h"
#include "dates.h"
#include "entities.h"
#include "gazetteer.h"
#include "sentences.h"
#include "unit_tests.h"

static void
small_gazetteer(cl_gazetteer *g)
{
	static const char *const orgs[][2] = {
		{"KCNA", "Korean Central News Agency"}, {"Korean Central News Agency", "Korean Central News Agency"},
		{"AFP", "Agence France-Presse"}, {"Reuters", "Reuters"}, {"Yonhap", "Yonhap"},
		{"TASS", "TASS"}, {"Xinhua", "Xinhua"},
	};
	static const char *const places[][2] = {
		{"North Korea", "North Korea"}, {"DPRK", "North Korea"}, {"Russia", "Russia"},
		{"Pyongyang", "Pyongyang"}, {"Moscow", "Moscow"}, {"United States", "United States"},
		{"South Korea", "South Korea"}, {"Ukraine", "Ukraine"}, {"Soviet Union", "Soviet Union"},
		{"USSR", "Soviet Union"},
	};

	cl_gazetteer_init(g, &cl_stdlib_env);
	for (size_t i = 0; i < sizeof(orgs) / sizeof(orgs[0]); i++)
		cl_gazetteer_add(g, orgs[i][0], strlen(orgs[i][0]), CL_KIND_ORG, orgs[i][1],
						 strlen(orgs[i][1]), false);
	for (size_t i = 0; i < sizeof(places) / sizeof(places[0]); i++)
		cl_gazetteer_add(g, places[i][0], strlen(places[i][0]), CL_KIND_LOC, places[i][1],
						 strlen(places[i][1]), false);
	cl_gazetteer_add(g, "North Korean", 12, CL_KIND_LOC, "North Korea", 11, true);
	cl_gazetteer_add(g, "Russian", 7, CL_KIND_LOC, "Russia", 6, true);
	cl_gazetteer_add(g, "Sergei Naryshkin", 16, CL_KIND_PERSON, "Sergei Naryshkin", 16, false);
	cl_gazetteer_add(g, "Naryshkin", 9, CL_KIND_PERSON, "Sergei Naryshkin", 16, false);
}

/*
 * The claims of text, one line each: "claim | sources | cue | quote | h",
 * with "-" for no cue or quote, and h = hedged.
 */
static char *
describe(const char *text)
{
	cl_gazetteer g;
	cl_claim_list list;
	cl_buf		out;

	small_gazetteer(&g);
	cl_buf_init(&out, &cl_stdlib_env, 256);
	cl_claims(&cl_stdlib_env, &g, text, strlen(text), &list);
	for (size_t i = 0; i < list.count; i++)
	{
		const cl_claim *c = &list.items[i];

		assert_true(c->start + c->len <= strlen(text));
		cl_buf_append(&out, list.arena.data + c->text_off, c->text_len);
		cl_buf_append(&out, " | ", 3);
		if (c->source_count == 0)
			cl_buf_push(&out, '-');
		for (size_t k = 0; k < c->source_count; k++)
		{
			const cl_claim_source *s = &list.sources[c->source_first + k];

			if (k > 0)
				cl_buf_push(&out, ',');
			cl_buf_append(&out, list.arena.data + s->off, s->len);
		}
		cl_buf_append(&out, " | ", 3);
		cl_buf_append(&out, c->cue ? c->cue : "-", strlen(c->cue ? c->cue : "-"));
		cl_buf_append(&out, " | ", 3);
		if (c->has_quote)
			cl_buf_append(&out, list.arena.data + c->quote_off, c->quote_len);
		else
			cl_buf_push(&out, '-');
		cl_buf_append(&out, c->hedged ? " | h\n" : " | -\n", 5);
	}
	cl_claim_list_free(&cl_stdlib_env, &list);
	cl_gazetteer_free(&g);
	return out.data;
}

static void
assert_claims(const char *text, const char *expected)
{
	char	   *got = describe(text);

	if (strcmp(got, expected) != 0)
		fail_msg("claims of \"%s\":\n got:\n%s expected:\n%s", text, got, expected);
	free(got);
}

static void
test_attribution_after(void **state)
{
	(void) state;
	assert_true(cl_claims_vocabulary_found());
	assert_true(cl_claim_stop_words_found());
	assert_true(cl_claim_number_words_found());
	assert_claims("The delegation visited Pyongyang from March 25 to March 28, according to KCNA.",
				  "The delegation visited Pyongyang from March 25 to March 28 | KCNA | according to | - | -\n");
	assert_claims("The talks went well, Yonhap reported on Monday.",
				  "The talks went well | Yonhap | reported | - | -\n");
	assert_claims("The talks went well, said TASS.",
				  "The talks went well | TASS | said | - | -\n");
	assert_claims("Both sides held working-level talks, per Reuters.",
				  "Both sides held working-level talks | Reuters | per | - | -\n");
	assert_claims("The officials discussed spying, as reported by North Korea's state news agency KCNA.",
				  "The officials discussed spying | KCNA | as reported by | - | -\n");
}

static void
test_attribution_before(void **state)
{
	(void) state;
	assert_claims("According to Reuters, the visit comes as Pyongyang seeks new partners.",
				  "the visit comes as Pyongyang seeks new partners | Reuters | according to | - | -\n");
	assert_claims("According to a report by the KCNA, the meeting lasted three hours.",
				  "the meeting lasted three hours | KCNA | according to | - | -\n");
	assert_claims("Reuters highlighted that the exchange follows years of isolation.",
				  "the exchange follows years of isolation | Reuters | highlighted | - | -\n");
	assert_claims("Subsequently, the United States claimed that North Korea had supplied shells.",
				  "North Korea had supplied shells | United States | claimed | - | -\n");
	assert_claims("North Korean state media KCNA reported that the agenda was counter-espionage.",
				  "the agenda was counter-espionage | KCNA | reported | - | -\n");
	assert_claims("South Korea also alleged that Pyongyang had sent 7,000 containers.",
				  "Pyongyang had sent 7,000 containers | South Korea | alleged | - | -\n");
}

static void
test_attribution_inside(void **state)
{
	(void) state;
	assert_claims("The United States and its allies have accused North Korea of supplying shells.",
				  "The United States and its allies have accused North Korea of supplying shells"
				  " | United States | accused | - | -\n");
	assert_claims("The visit, reported by TASS, marks a new phase.",
				  "The visit marks a new phase | TASS | as reported by | - | -\n");
	assert_claims("In January 2024, it was reported that Pyongyang would send missiles.",
				  "In January 2024, Pyongyang would send missiles | - | reported | - | h\n");
}

static void
test_chains_outermost_first(void **state)
{
	(void) state;
	/* "the report" is the KCNA report named before; AFP relays it. */
	assert_claims("Talks were held, the KCNA report said. "
				  "\xE2\x80\x9CThe two sides reached a complete consensus,\xE2\x80\x9D the report said, per AFP.",
				  "Talks were held | KCNA | said | - | -\n"
				  "The two sides reached a complete consensus | AFP,KCNA | said | The two sides reached a complete consensus | -\n");
	assert_claims("Talks were held, as outlined in the KCNA report. "
				  "Per AFP, the report stated, \"The two sides reached a complete consensus.\"",
				  "Talks were held | KCNA | as outlined in | - | -\n"
				  "The two sides reached a complete consensus | AFP,KCNA | stated | The two sides reached a complete consensus | -\n");
	/* A speaker who told an outlet: the outlet relays the speaker. */
	assert_claims("Sergei Naryshkin told Reuters that the visit was a success.",
				  "the visit was a success | Reuters,Sergei Naryshkin | told | - | -\n");
}

static void
test_anaphora(void **state)
{
	(void) state;
	assert_claims("KCNA said the talks began on Monday. Security was discussed, per the report. "
				  "Cooperation will grow, the agency added.",
				  "the talks began on Monday | KCNA | said | - | -\n"
				  "Security was discussed | KCNA | per | - | -\n"
				  "Cooperation will grow | KCNA | added | - | -\n");
	/* No source named before: attributed, but to no one. */
	assert_claims("Cooperation will grow, officials said.",
				  "Cooperation will grow | - | said | - | -\n");
	/* "reports" without a determiner are not an anaphor. */
	assert_claims("The visit was hailed, according to KCNA. Reports emerged suggesting that arms were sent.",
				  "The visit was hailed | KCNA | according to | - | -\n"
				  "arms were sent | - | suggested | - | h\n");
	/* A pronoun speaks for the person named last. */
	assert_claims("Sergei Naryshkin arrived on Monday. He said that the talks were frank.",
				  "Sergei Naryshkin arrived on Monday | - | - | - | -\n"
				  "the talks were frank | Sergei Naryshkin | said | - | -\n");
}

static void
test_newswire_and_relays(void **state)
{
	(void) state;
	/* Hard-wrapped newswire with a dateline; guillemets; an inverted "said X". */
	assert_claims("PYONGYANG, Oct 3 (Reuters) - North Korea launched two missiles on Tuesday, the\n"
				  "military said in a statement. The launch came a day after\n"
				  "talks ended, according to officials.\n\n"
				  "   Analysts said the test was planned. \xC2\xABThe missiles flew 600 km,\xC2\xBB said the\n"
				  "ministry on Wednesday.\n",
				  "North Korea launched two missiles on Tuesday | - | said | - | -\n"
				  "The launch came a day after talks ended | - | according to | - | -\n"
				  "the test was planned | - | said | - | -\n"
				  "The missiles flew 600 km | - | said | The missiles flew 600 km | -\n");
	/* The outlet that cites a source relays it. */
	assert_claims("Yonhap, citing a military source, said the drills ended. "
				  "The drills ended, Yonhap said, citing KCNA.",
				  "the drills ended | Yonhap | said | - | -\n"
				  "The drills ended | Yonhap,KCNA | said | - | -\n");
	assert_claims("Citing KCNA, Yonhap said the drills ended.",
				  "the drills ended | Yonhap,KCNA | said | - | -\n");
	assert_claims("The port will reopen soon, a spokesman for the ministry told reporters.",
				  "The port will reopen soon | - | told | - | -\n");
}

static void
test_quotations(void **state)
{
	(void) state;
	assert_claims("Workers want \"a fair deal for everyone\" before the summer.",
				  "Workers want \"a fair deal for everyone\" before the summer | - | - | a fair deal for everyone | -\n");
	assert_claims("\"We will not give up,\" the union leader said.",
				  "We will not give up | - | said | We will not give up | -\n");
	assert_claims("The talks ran amid what the agency described as \xE2\x80\x9Chostile moves by the enemy.\xE2\x80\x9D",
				  "The talks ran amid what the agency described as \xE2\x80\x9Chostile moves by the enemy.\xE2\x80\x9D"
				  " | - | - | hostile moves by the enemy | -\n");
}

static void
test_hedges(void **state)
{
	(void) state;
	assert_claims("The convoy reportedly crossed the border.",
				  "The convoy reportedly crossed the border | - | - | - | h\n");
	assert_claims("It is believed that Pyongyang was seeking satellite technology.",
				  "Pyongyang was seeking satellite technology | - | believed | - | h\n");
	assert_claims("The general is said to have resigned in May.",
				  "The general is said to have resigned in May | - | - | - | h\n");
	assert_claims("The shipment may have reached the port already.",
				  "The shipment may have reached the port already | - | - | - | h\n");
	assert_claims("The port allegedly handled the cargo.",
				  "The port allegedly handled the cargo | - | - | - | h\n");
	assert_claims("The ministry said to reporters that it handled the cargo.",
				  "it handled the cargo | - | said | - | -\n");
}

static void
test_unattributed_and_furniture(void **state)
{
	(void) state;
	assert_claims("RUSSIAN SPY CHIEF VISITS PYONGYANG\n\n"
				  "Home News World Politics Business Sports\n\n"
				  "The Soviet Union recognised North Korea on October 14, 1948. "
				  "Why did it take so long?\n\n"
				  "Also read: Five Things To Know About The Summit\n\n"
				  "Share.\nExit mobile version\n",
				  "The Soviet Union recognised North Korea on October 14, 1948 | - | - | - | -\n");
	/* A dateline and a leading stamp are not part of the claim. */
	assert_claims("Seoul: The envoy arrived in Pyongyang on Tuesday.",
				  "The envoy arrived in Pyongyang on Tuesday | - | - | - | -\n");
	assert_claims(" date 2024-03-27 The envoy arrived in Pyongyang on Tuesday.",
				  "The envoy arrived in Pyongyang on Tuesday | - | - | - | -\n");
	assert_claims("", "");
	assert_claims("Short one. ...", "");
}

static char *
key_of(const char *claim, int y, int m, int d)
{
	cl_gazetteer g;
	cl_buf		out;
	cl_date_options opt = {0};

	opt.has_anchor = true;
	opt.anchor = cl_days_from_civil(y, m, d);
	small_gazetteer(&g);
	cl_buf_init(&out, &cl_stdlib_env, 64);
	cl_claim_key(&cl_stdlib_env, &g, claim, strlen(claim), &opt, &out);
	cl_gazetteer_free(&g);
	return out.data;
}

static void
assert_key(const char *claim, const char *expected)
{
	char	   *got = key_of(claim, 2024, 3, 28);

	if (strcmp(got, expected) != 0)
		fail_msg("key of \"%s\": got \"%s\", expected \"%s\"", claim, got, expected);
	free(got);
}

static void
test_claim_keys(void **state)
{
	(void) state;
	assert_key("The director, Sergei E. Naryshkin, visited Pyongyang between March 25 to March 28",
			   "naryshkin|2024-03");
	assert_key("During his March 25 to 27 visit, Naryshkin discussed regional affairs",
			   "naryshkin|2024-03");
	assert_key("Naryshkin made a notable visit to North Korea this week", "naryshkin|2024-03");
	assert_key("the former USSR became the first nation to recognise North Korea on October 14, 1948",
			   "soviet union|1948-10");
	assert_key("In 2022, North Korea recognised the breakaway states", "north korea|2022");
	assert_key("The two sides reached a complete consensus of views",
			   "|complet consensus reach side view");
	assert_key("the two sides reached a complete consensus of views.",
			   "|complet consensus reach side view");
	assert_key("Pyongyang sent 7,000 containers of arms to Russia",
			   "pyongyang|arm container pyongyang russia sent");
	assert_key("Pyongyang had sent around seven thousand containers of arms to Russia",
			   "pyongyang|arm container pyongyang russia sent");
	assert_key("", "|");
	assert_key("In the 1980s the port grew", "|198X|grew port");
	/* A folded word keeps at most 31 characters; a possessive's "'s" does not count. */
	assert_key("the supercalifragilisticexpialidocious's effect was felt", "|effect felt");
	assert_key("zebras ran past abcdefghijklmnopqrstuvwxyzabcde's gate",
			   "|abcdefghijklmnopqrstuvwxyzabcd gate past ran zebra");
	assert_key("zebras ran past abcdefghijklmnopqrstuvwxyzabcdef gate", "|gate past ran zebra");
	assert_key("the envoy\u2019s allies\u2019 reports", "|ally envoy report");
	/* The first 24 distinct words, sorted. */
	assert_key("alpha beta gamma delta alpha epsilon zeta eta theta iota kappa lambda mu nu xi "
			   "omicron pi rho sigma tau upsilon phi chi psi omega beta amber",
			   "|alpha beta chi delta epsilon eta gamma iota kappa lambda mu nu omega omicron phi "
			   "pi psi rho sigma tau theta upsilon xi zeta");
	/* Number words go, their plurals are words; digits that are not a number stay. */
	assert_key("the fleet lost fortyfour ships and hundreds of planes", "|fleet hundr lost plan ship");
	assert_key("model -16 flew", "|16 flew model");
	assert_key("version 1.2.3 shipped", "|123 shipp version");
}

static void
assert_numbers(const char *claim, const char *expected)
{
	cl_buf		out,
				joined;
	cl_date_options opt = {0};
	size_t		n;
	const char *p;

	cl_buf_init(&out, &cl_stdlib_env, 32);
	cl_buf_init(&joined, &cl_stdlib_env, 32);
	n = cl_claim_numbers(&cl_stdlib_env, claim, strlen(claim), &opt, &out);
	p = out.data;
	for (size_t k = 0; k < n; k++)
	{
		if (k > 0)
			cl_buf_push(&joined, ' ');
		cl_buf_append(&joined, p, strlen(p));
		p += strlen(p) + 1;
	}
	if (strcmp(joined.data, expected) != 0)
		fail_msg("numbers of \"%s\": got \"%s\", expected \"%s\"", claim, joined.data, expected);
	cl_buf_free(&out);
	cl_buf_free(&joined);
}

static void
test_claim_numbers(void **state)
{
	(void) state;
	assert_numbers("around 7,000 containers", "7000");
	assert_numbers("seven thousand containers", "7000");
	assert_numbers("twenty-five tanks and two hundred and fifty shells", "25 250");
	assert_numbers("1.5 million rounds, 3.50 percent, 0.25 points", "1500000 3.5 0.25");
	assert_numbers("2.75 billion dollars", "2750000000");
	assert_numbers("on March 25, 2024 and in 1998", "");
	assert_numbers("COVID-19, F-16 jets, the 3rd fleet", "");
	assert_numbers("007 agents", "7");
	assert_numbers("0.000 trillion, 0.05 million, 0,0.5", "0 50000 0.5");
	assert_numbers("fortyfour ships, ninety-nine planes and one hundred and five tanks", "44 99 105");
	assert_numbers("", "");
	/* Times of day are not quantities: with a colon, a.m./p.m., o'clock, or a 24-hour time and zone. */
	assert_numbers("opened at 9 a.m., closed at 10:30 p.m. and again at 21:00:05", "");
	assert_numbers("at 0900 GMT, 1430 local time, 7 pm, nine o'clock", "");
	/* ... but scores, counts beside zone-like words and impossible times are. */
	assert_numbers("a 2:1 win, 2000 troops, 2500 GMT, 25:30 and 9:5", "2 1 2000 2500 25 30 9 5");
	/* Numbered labels are not quantities; "no 5" in lower case without a dot is. */
	assert_numbers("Checkpoint No. 5, No 10, Nos. 3, #4, Number 12, no. 7", "");
	assert_numbers("no 5 arrests, number 6, piano. 8 keys", "5 6 8");
}

/* Collects an article's date expressions, as the tracking glue does. */
typedef struct found_dates
{
	cl_date_mention items[32];
	size_t		count;
} found_dates;

static void
keep_date(void *arg, const cl_date_mention *m)
{
	found_dates *f = arg;

	assert_true(f->count < 32);
	f->items[f->count++] = *m;
}

/* Each claim's key and numbers, alone and with the article's dates, as "alone / in context" lines. */
static char *
keys_in_article(const char *text, int y, int m, int d)
{
	cl_gazetteer g;
	cl_date_options opt = {0};
	cl_entity_list ents;
	cl_claim_list claims;
	found_dates found = {0};
	cl_buf		lines,
				alone,
				ctx;

	opt.has_anchor = true;
	opt.anchor = cl_days_from_civil(y, m, d);
	small_gazetteer(&g);
	cl_buf_init(&lines, &cl_stdlib_env, 256);
	cl_buf_init(&alone, &cl_stdlib_env, 64);
	cl_buf_init(&ctx, &cl_stdlib_env, 64);
	cl_entities(&cl_stdlib_env, &g, text, strlen(text), false, &ents);
	cl_dates_scan(&cl_stdlib_env, text, strlen(text), &opt, keep_date, &found);
	cl_claims_with_entities(&cl_stdlib_env, text, strlen(text), &ents, &claims);
	for (size_t i = 0; i < claims.count; i++)
	{
		const cl_claim *c = &claims.items[i];
		const char *claim = claims.arena.data + c->text_off;
		char		num[64];
		size_t		n;

		/* Only claims that are their span of the article exactly are read in context. */
		assert_int_equal(c->text_len, c->len);
		assert_memory_equal(claim, text + c->start, c->len);
		alone.len = ctx.len = 0;
		cl_claim_key(&cl_stdlib_env, &g, claim, c->text_len, &opt, &alone);
		cl_claim_key_in_context(&cl_stdlib_env, text, c->start, c->len,
								found.items, found.count, &ents, &ctx);
		cl_buf_append(&lines, alone.data, alone.len);
		cl_buf_append(&lines, " / ", 3);
		cl_buf_append(&lines, ctx.data, ctx.len);
		alone.len = ctx.len = 0;
		n = cl_claim_numbers(&cl_stdlib_env, claim, c->text_len, &opt, &alone);
		snprintf(num, sizeof(num), " ; %zu numbers / ", n);
		cl_buf_append(&lines, num, strlen(num));
		n = cl_claim_numbers_in_context(&cl_stdlib_env, text, c->start, c->len,
										found.items, found.count, &ctx);
		snprintf(num, sizeof(num), "%zu numbers", n);
		cl_buf_append(&lines, num, strlen(num));
		if (alone.len != ctx.len || memcmp(alone.data, ctx.data, alone.len) != 0)
			cl_buf_append(&lines, " (differ)", 9);
		cl_buf_push(&lines, '\n');
	}
	cl_buf_free(&alone);
	cl_buf_free(&ctx);
	cl_claim_list_free(&cl_stdlib_env, &claims);
	cl_entity_list_free(&cl_stdlib_env, &ents);
	cl_gazetteer_free(&g);
	return lines.data;
}

static void
assert_keys_in_article(const char *text, const char *expected)
{
	char	   *got = keys_in_article(text, 2024, 4, 20);

	if (strcmp(got, expected) != 0)
		fail_msg("keys in \"%s\":\ngot\n%sexpected\n%s", text, got, expected);
	free(got);
}

static void
test_claim_keys_in_context(void **state)
{
	(void) state;
	/* The claims hold all their dates: the same keys and numbers either way. */
	assert_keys_in_article("Naryshkin visited Pyongyang from March 25 to 27. "
						   "The delegation brought 7,000 containers on March 26, officials said. "
						   "The two sides reached a complete consensus of views.",
						   "naryshkin|2024-03 / naryshkin|2024-03 ; 0 numbers / 0 numbers\n"
						   "|2024-03|brought container delegation / |2024-03|brought container delegation ; 1 numbers / 1 numbers\n"
						   "|complet consensus reach side view / |complet consensus reach side view ; 1 numbers / 1 numbers\n");
	/*
	 * The article reads "April 30" after "said" as past (its date mention is
	 * 2023-04-30); the claim alone reads it under "will" as 2024-04-30.  In
	 * context the key follows the article's reading, as the claim's dates do.
	 */
	assert_keys_in_article("Harbor Trust said its coupon payable April 30 will be sent to holders of record on April 12.",
						   "|2024-04|coupon holder payabl record sent / |2023-04|coupon holder payabl record sent ; 0 numbers / 0 numbers\n");
	/* Another claim's date counts for neither key; "3 days" is a date expression, not a number. */
	assert_keys_in_article("On March 5 the summit drew 40 delegations. They stayed 3 days.",
						   "|2024-03|delegation drew summit / |2024-03|delegation drew summit ; 1 numbers / 1 numbers\n"
						   "|stay / |stay ; 0 numbers / 0 numbers\n");
	/*
	 * A family name the article introduced is that person in context: the
	 * second claim's words hold her whole key, as those of an outlet that
	 * names her in full would; alone they hold only the family name.
	 */
	assert_keys_in_article("Trade minister Alina Vorontsova arrived in Oslo. "
						   "Vorontsova told reporters the tariff talks had stalled.",
						   "vorontsova|alina_vorontsova arriv minister oslo trad / "
						   "vorontsova|alina_vorontsova arriv minister oslo trad ; 0 numbers / 0 numbers\n"
						   "vorontsova|reporter stall talk tariff vorontsova / "
						   "vorontsova|alina_vorontsova reporter stall talk tariff ; 0 numbers / 0 numbers\n");
	assert_keys_in_article("", "");
}

/* claims() given the sentences the iterator finds: the same claims as finding them itself. */
static void
test_claims_in_given_sentences(void **state)
{
	static const char *const texts[] = {
		"Naryshkin visited Pyongyang from March 25 to 27, KCNA said. The two sides reached "
		"a \"complete consensus\" of views, according to AFP.\n\nShare.\n\nOfficials "
		"reportedly expect more talks.",
		"BAHIA REVIEW\n\nShowers continued, the agency said in its weekly review.\n"
		"Arrivals were 155,221 bags, traders said.",
		"",
		"no sentence end at all, the minister said",
	};

	(void) state;
	for (size_t t = 0; t < sizeof(texts) / sizeof(texts[0]); t++)
	{
		const char *text = texts[t];
		size_t		len = strlen(text);
		cl_gazetteer g;
		cl_entity_list ents;
		cl_claim_list a,
					b;
		cl_sentence_iter it;
		cl_text_span spans[32];
		size_t		n = 0,
					s,
					l;

		small_gazetteer(&g);
		cl_entities(&cl_stdlib_env, &g, text, len, false, &ents);
		cl_sentences_begin(&it, &cl_stdlib_env, text, len);
		while (cl_sentences_next(&it, &s, &l))
		{
			assert_true(n < 32);
			spans[n].start = s;
			spans[n++].len = l;
		}
		cl_claims_with_entities(&cl_stdlib_env, text, len, &ents, &a);
		cl_claims_in_sentences(&cl_stdlib_env, text, len, &ents, spans, n, &b);
		assert_int_equal(a.count, b.count);
		assert_int_equal(a.nsources, b.nsources);
		assert_int_equal(a.arena.len, b.arena.len);
		if (a.arena.len > 0)
			assert_memory_equal(a.arena.data, b.arena.data, a.arena.len);
		for (size_t i = 0; i < a.count; i++)
		{
			const cl_claim *x = &a.items[i],
					   *y = &b.items[i];

			assert_true(x->start == y->start && x->len == y->len && x->text_off == y->text_off &&
						x->text_len == y->text_len && x->source_first == y->source_first &&
						x->source_count == y->source_count && x->cue == y->cue &&
						x->has_quote == y->has_quote && x->hedged == y->hedged &&
						(!x->has_quote || (x->quote_off == y->quote_off && x->quote_len == y->quote_len)));
		}
		if (a.nsources > 0)
			assert_memory_equal(a.sources, b.sources, a.nsources * sizeof(cl_claim_source));
		if (t == 0)
			assert_true(a.count >= 3);
		cl_claim_list_free(&cl_stdlib_env, &a);
		cl_claim_list_free(&cl_stdlib_env, &b);
		cl_entity_list_free(&cl_stdlib_env, &ents);
		cl_gazetteer_free(&g);
	}
}

int
run_claims_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_attribution_after),
		cmocka_unit_test(test_attribution_before),
		cmocka_unit_test(test_attribution_inside),
		cmocka_unit_test(test_chains_outermost_first),
		cmocka_unit_test(test_anaphora),
		cmocka_unit_test(test_newswire_and_relays),
		cmocka_unit_test(test_quotations),
		cmocka_unit_test(test_hedges),
		cmocka_unit_test(test_unattributed_and_furniture),
		cmocka_unit_test(test_claim_keys),
		cmocka_unit_test(test_claim_numbers),
		cmocka_unit_test(test_claim_keys_in_context),
		cmocka_unit_test(test_claims_in_given_sentences),
	};

	return cmocka_run_group_tests_name("claims", tests, NULL, NULL);
}
