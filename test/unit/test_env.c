/*
 * test_env.c — the cl_env contract: long scans poll check_interrupts at least
 * once per CL_INTERRUPT_STRIDE input bytes, a hook that longjmps out cancels
 * cleanly (nothing leaks, no state survives), and errors go through on_error.
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/lsan_interface.h>
#define HAVE_LSAN 1
#endif

#include "cl_buf.h"
#include "cl_env.h"
#include "clean.h"
#include "sentences.h"
#include "text_lines.h"
#include "unit_tests.h"

#define ONE_MB ((size_t) 1 << 20)

/* ---- a host that tracks allocations, counts polls and can cancel ------- */

typedef struct alloc_node
{
	void	   *ptr;
	struct alloc_node *next;
} alloc_node;

typedef struct test_host
{
	alloc_node *allocs;			/* live allocations of the core */
	size_t		live;
	size_t		allocations;	/* alloc calls */
	size_t		resizes;		/* resize calls */
	size_t		fail_after;		/* alloc+resize calls that succeed; then NULL */
	unsigned long polls;
	unsigned long cancel_at;	/* longjmp on this poll; 0 = never */
	int			errors;
	cl_error	last_error;
	bool		armed;			/* jump is valid */
	jmp_buf		jump;
} test_host;

/* Static, so that its fields are well defined after a longjmp. */
static test_host host;
static cl_buf out;

static void *
host_alloc(void *h, size_t size)
{
	test_host  *t = h;
	alloc_node *node;

	if (t->allocations + t->resizes >= t->fail_after)
		return NULL;
	t->allocations++;
	node = malloc(sizeof(*node));
	if (node == NULL)
		return NULL;
	node->ptr = malloc(size);
	if (node->ptr == NULL)
	{
		free(node);
		return NULL;
	}
	node->next = t->allocs;
	t->allocs = node;
	t->live++;
	return node->ptr;
}

static alloc_node **
host_find(test_host *t, void *ptr)
{
	alloc_node **p = &t->allocs;

	while (*p != NULL && (*p)->ptr != ptr)
		p = &(*p)->next;
	return p;
}

static void *
host_resize(void *h, void *ptr, size_t size)
{
	test_host  *t = h;
	alloc_node **p;
	void	   *np;

	if (t->allocations + t->resizes >= t->fail_after)
		return NULL;
	t->resizes++;
	p = host_find(t, ptr);
	if (*p == NULL)
		abort();				/* resizing memory the host never gave out */
	np = realloc(ptr, size);
	if (np != NULL)
		(*p)->ptr = np;
	return np;
}

static void
host_release(void *h, void *ptr)
{
	test_host  *t = h;
	alloc_node **p = host_find(t, ptr);
	alloc_node *node = *p;

	if (node == NULL)
		abort();				/* double or foreign free */
	*p = node->next;
	free(node->ptr);
	free(node);
	t->live--;
}

static void
host_error(void *h, cl_error code, const char *message)
{
	test_host  *t = h;

	(void) message;
	t->errors++;
	t->last_error = code;
	if (!t->armed)
		abort();
	longjmp(t->jump, 2);
}

static void
host_interrupts(void *h)
{
	test_host  *t = h;

	t->polls++;
	if (t->cancel_at != 0 && t->polls >= t->cancel_at)
	{
		if (!t->armed)
			abort();
		longjmp(t->jump, 1);
	}
}

static const cl_env test_env = {
	host_alloc, host_resize, host_release, host_error, host_interrupts, &host
};

static void
host_reset(void)
{
	memset(&host, 0, sizeof(host));
	host.fail_after = (size_t) -1;
}

/* Free whatever the core still holds (after a cancellation); returns the count. */
static size_t
host_free_all(void)
{
	size_t		n = 0;

	while (host.allocs != NULL)
	{
		alloc_node *node = host.allocs;

		host.allocs = node->next;
		free(node->ptr);
		free(node);
		n++;
	}
	host.live = 0;
	return n;
}

/* No leak anywhere in the process so far (LeakSanitizer), when available. */
static bool
no_leaks(void)
{
#ifdef HAVE_LSAN
	return __lsan_do_recoverable_leak_check() == 0;
#else
	return true;
#endif
}

/* ---- 1 MB fixtures -------------------------------------------------------- */

typedef struct big_text
{
	char	   *data;
	size_t		len;
} big_text;

static big_text newswire_mb;	/* hard-wrapped, ~65-column lines */
static big_text web_mb;			/* one long paragraph per line */
static big_text oneline_mb;		/* no line break at all */
static big_text cjk_mb;			/* one line, no ASCII sentence stop */

static const char NEWSWIRE_PARA[] =
	"    VESSMAR, March 27 (Tidewire) - The port authority of Vessmar said\n"
	"on Wednesday it would extend the opening hours of its container\n"
	"terminal after a week of delays. Dozens of ships have waited\n"
	"offshore since Friday.\n"
	"    The longer hours apply from April, the authority said. Operators\n"
	"welcomed the decision but said more cranes were needed.\n";

static const char WEB_PARA[] =
	"Officials in the coastal province of Veradia said on Wednesday that a new ferry link to "
	"the outer islands would open before the summer season. The provincial governor said "
	"talks with the neighbouring region would resume next month.\n\n";

static const char ONELINE_SENTENCE[] = "The council met again on Tuesday. ";

/* "The meeting was held again on Tuesday." with an ideographic full stop. */
static const char CJK_SENTENCE[] =
	"\xE4\xBC\x9A\xE8\xAE\xAE\xE5\x91\xA8\xE4\xBA\x8C\xE5\x86\x8D\xE6\xAC\xA1"
	"\xE4\xB8\xBE\xE8\xA1\x8C\xE3\x80\x82";

/* Repeat unit until the text holds at least ONE_MB bytes (never exactly). */
static big_text
repeat_to_mb(const char *unit)
{
	size_t		n = strlen(unit);
	size_t		copies = ONE_MB / n + 1;
	big_text	t;

	t.len = copies * n;
	t.data = malloc(t.len + 1);
	assert_non_null(t.data);
	for (size_t i = 0; i < copies; i++)
		memcpy(t.data + i * n, unit, n);
	t.data[t.len] = '\0';
	return t;
}

static int
group_setup(void **state)
{
	(void) state;
	newswire_mb = repeat_to_mb(NEWSWIRE_PARA);
	web_mb = repeat_to_mb(WEB_PARA);
	oneline_mb = repeat_to_mb(ONELINE_SENTENCE);
	cjk_mb = repeat_to_mb(CJK_SENTENCE);
	return 0;
}

static int
group_teardown(void **state)
{
	(void) state;
	free(newswire_mb.data);
	free(web_mb.data);
	free(oneline_mb.data);
	free(cjk_mb.data);
	return 0;
}

/* ---- polling on large inputs -------------------------------------------- */

static unsigned long
polls_for_clean(const big_text *t)
{
	host_reset();
	cl_buf_init(&out, &test_env, 0);
	cl_clean(&test_env, t->data, t->len, &out);
	cl_buf_free(&out);
	assert_int_equal(host.live, 0);
	return host.polls;
}

/* Polls made while iterating, after cl_sentences_begin. */
static unsigned long
polls_for_sentences(const big_text *t, size_t *count)
{
	cl_sentence_iter it;
	size_t		start,
				len;

	host_reset();
	cl_sentences_begin(&it, &test_env, t->data, t->len);
	host.polls = 0;
	*count = 0;
	while (cl_sentences_next(&it, &start, &len))
		(*count)++;
	/* The iterator holds no allocation. */
	assert_int_equal(host.allocations, 0);
	return host.polls;
}

static void
test_fixtures_are_large(void **state)
{
	(void) state;
	/* Just over 1 MB, so len / STRIDE polls are owed (16). */
	assert_true(newswire_mb.len > ONE_MB);
	assert_true(web_mb.len > ONE_MB);
	assert_true(oneline_mb.len > ONE_MB);
	assert_int_equal(newswire_mb.len / CL_INTERRUPT_STRIDE, 16);
	assert_int_equal(oneline_mb.len / CL_INTERRUPT_STRIDE, 16);
	assert_int_equal(web_mb.len / CL_INTERRUPT_STRIDE, 16);
	assert_int_equal(cjk_mb.len / CL_INTERRUPT_STRIDE, 16);
	assert_true(cl_text_hard_wrapped(&cl_stdlib_env, newswire_mb.data, newswire_mb.len));
	assert_false(cl_text_hard_wrapped(&cl_stdlib_env, web_mb.data, web_mb.len));
}

static void
test_hard_wrapped_polls(void **state)
{
	(void) state;
	host_reset();
	assert_true(cl_text_hard_wrapped(&test_env, newswire_mb.data, newswire_mb.len));
	assert_in_range(host.polls, newswire_mb.len / CL_INTERRUPT_STRIDE, ULONG_MAX);
}

static void
test_clean_polls_newswire(void **state)
{
	(void) state;
	assert_in_range(polls_for_clean(&newswire_mb), newswire_mb.len / CL_INTERRUPT_STRIDE,
					ULONG_MAX);
}

static void
test_clean_polls_web(void **state)
{
	(void) state;
	/* Long lines make the layout check stop early: these polls are the cleaner's. */
	assert_in_range(polls_for_clean(&web_mb), web_mb.len / CL_INTERRUPT_STRIDE, ULONG_MAX);
}

static void
test_clean_polls_single_line(void **state)
{
	(void) state;
	/* A scrape without line breaks: 1 MB in one line must still be polled. */
	assert_in_range(polls_for_clean(&oneline_mb), oneline_mb.len / CL_INTERRUPT_STRIDE,
					ULONG_MAX);
}

static void
test_sentences_polls(void **state)
{
	size_t		count;

	(void) state;
	assert_in_range(polls_for_sentences(&newswire_mb, &count),
					newswire_mb.len / CL_INTERRUPT_STRIDE, ULONG_MAX);
	assert_true(count > 5000);
	assert_in_range(polls_for_sentences(&web_mb, &count),
					web_mb.len / CL_INTERRUPT_STRIDE, ULONG_MAX);
	assert_true(count > 5000);
	assert_in_range(polls_for_sentences(&oneline_mb, &count),
					oneline_mb.len / CL_INTERRUPT_STRIDE, ULONG_MAX);
	assert_int_equal(count, oneline_mb.len / strlen(ONELINE_SENTENCE));
}

static void
test_sentences_polls_long_sentence(void **state)
{
	size_t		count;

	(void) state;
	/* Chinese prose on one line: no sentence stop the splitter knows, yet
	 * the 1 MB scan for one must still be polled. */
	assert_in_range(polls_for_sentences(&cjk_mb, &count),
					cjk_mb.len / CL_INTERRUPT_STRIDE, ULONG_MAX);
}

/* ---- cancellation by longjmp --------------------------------------------- */

static void
test_cancel_clean(void **state)
{
	volatile bool returned = false;
	bool		only_buffer_held,
				buffer_consistent;
	size_t		freed;

	(void) state;
	host_reset();
	host.cancel_at = 3;
	host.armed = true;
	if (setjmp(host.jump) == 0)
	{
		cl_buf_init(&out, &test_env, 0);
		cl_clean(&test_env, web_mb.data, web_mb.len, &out);
		returned = true;
	}
	host.armed = false;
	/* Only the output buffer is still held, and it is consistent. */
	only_buffer_held = host.live == 1 && host.allocs != NULL && host.allocs->ptr == out.data;
	buffer_consistent = out.len <= out.cap && out.data[out.len] == '\0';
	/* Free before asserting, so that a failure leaks nothing. */
	freed = host_free_all();
	assert_false(returned);
	assert_int_equal(host.polls, 3);	/* stopped at the third poll */
	assert_true(only_buffer_held);
	assert_true(buffer_consistent);
	assert_int_equal(freed, 1);
	assert_true(no_leaks());
}

static void
test_cancel_clean_newswire_then_rerun(void **state)
{
	volatile bool returned = false;
	cl_buf		ref;
	bool		same;

	(void) state;
	host_reset();
	host.cancel_at = 20;		/* past the layout check, inside the cleaning */
	host.armed = true;
	if (setjmp(host.jump) == 0)
	{
		cl_buf_init(&out, &test_env, 0);
		cl_clean(&test_env, newswire_mb.data, newswire_mb.len, &out);
		returned = true;
	}
	host.armed = false;
	host_free_all();
	assert_false(returned);
	assert_int_equal(host.polls, 20);

	/* No state survives: a full run gives what a fresh environment gives. */
	host_reset();
	cl_buf_init(&out, &test_env, 0);
	cl_clean(&test_env, newswire_mb.data, newswire_mb.len, &out);
	cl_buf_init(&ref, &cl_stdlib_env, 0);
	cl_clean(&cl_stdlib_env, newswire_mb.data, newswire_mb.len, &ref);
	same = out.len == ref.len && memcmp(out.data, ref.data, out.len) == 0;
	cl_buf_free(&ref);
	cl_buf_free(&out);
	assert_true(same);
	assert_int_equal(host.live, 0);
	assert_true(no_leaks());
}

static void
test_cancel_sentences(void **state)
{
	static cl_sentence_iter it;
	static size_t count;
	size_t		start,
				len;

	(void) state;
	host_reset();
	cl_sentences_begin(&it, &test_env, web_mb.data, web_mb.len);
	host.polls = 0;
	count = 0;
	host.cancel_at = 2;
	host.armed = true;
	if (setjmp(host.jump) == 0)
	{
		while (cl_sentences_next(&it, &start, &len))
			count++;
		host.armed = false;
		fail_msg("sentence iteration finished without being cancelled");
	}
	host.armed = false;
	assert_int_equal(host.polls, 2);
	assert_true(count > 0);
	assert_true(count < 10000);
	/* Nothing to free: the iterator allocates nothing. */
	assert_int_equal(host.allocations, 0);
	assert_int_equal(host.live, 0);
	assert_true(no_leaks());
}

static void
test_cancel_hard_wrapped(void **state)
{
	volatile bool returned = false;

	(void) state;
	host_reset();
	host.cancel_at = 1;
	host.armed = true;
	if (setjmp(host.jump) == 0)
	{
		(void) cl_text_hard_wrapped(&test_env, newswire_mb.data, newswire_mb.len);
		returned = true;
	}
	host.armed = false;
	assert_false(returned);
	assert_int_equal(host.polls, 1);
	assert_int_equal(host.allocations, 0);
}

/* ---- errors through on_error --------------------------------------------- */

static void
test_out_of_memory_reported(void **state)
{
	volatile bool returned = false;
	size_t		freed;

	(void) state;
	host_reset();
	host.fail_after = 1;		/* the buffer itself, then nothing more */
	host.armed = true;
	if (setjmp(host.jump) == 0)
	{
		cl_buf_init(&out, &test_env, 0);
		cl_clean(&test_env, web_mb.data, web_mb.len, &out);
		returned = true;
	}
	host.armed = false;
	freed = host_free_all();
	assert_false(returned);
	assert_int_equal(host.errors, 1);
	assert_int_equal(host.last_error, CL_ERR_OUT_OF_MEMORY);
	assert_int_equal(freed, 1);
	assert_true(no_leaks());
}

static void
test_buffer_too_large_reported(void **state)
{
	volatile bool returned = false;
	bool		untouched;

	(void) state;
	host_reset();
	host.armed = true;
	if (setjmp(host.jump) == 0)
	{
		cl_buf_init(&out, &test_env, 0);
		cl_buf_append(&out, "abc", 3);
		cl_buf_reserve(&out, (size_t) -1 / 2);
		returned = true;
	}
	host.armed = false;
	/* The buffer is untouched and can be freed normally. */
	untouched = out.len == 3 && strcmp(out.data, "abc") == 0;
	cl_buf_free(&out);
	assert_false(returned);
	assert_int_equal(host.errors, 1);
	assert_int_equal(host.last_error, CL_ERR_TOO_LARGE);
	assert_true(untouched);
	assert_int_equal(host.live, 0);
}

static void
test_buffer_growth_uses_host(void **state)
{
	bool		content_ok;
	size_t		live_before;

	(void) state;
	host_reset();
	cl_buf_init(&out, &test_env, 0);
	for (int i = 0; i < 1000; i++)
		cl_buf_append(&out, "0123456789", 10);
	cl_buf_push(&out, '!');
	content_ok = out.len == 10001 && out.data[9999] == '9' && out.data[10000] == '!' &&
		out.data[10001] == '\0';
	live_before = host.live;
	cl_buf_free(&out);
	assert_true(content_ok);
	/* One allocation, grown through the host's resize, released to it. */
	assert_int_equal(host.allocations, 1);
	assert_true(host.resizes > 0);
	assert_int_equal(live_before, 1);
	assert_int_equal(host.live, 0);
	assert_null(out.data);
}

int
run_env_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fixtures_are_large),
		cmocka_unit_test(test_hard_wrapped_polls),
		cmocka_unit_test(test_clean_polls_newswire),
		cmocka_unit_test(test_clean_polls_web),
		cmocka_unit_test(test_clean_polls_single_line),
		cmocka_unit_test(test_sentences_polls),
		cmocka_unit_test(test_sentences_polls_long_sentence),
		cmocka_unit_test(test_cancel_clean),
		cmocka_unit_test(test_cancel_clean_newswire_then_rerun),
		cmocka_unit_test(test_cancel_sentences),
		cmocka_unit_test(test_cancel_hard_wrapped),
		cmocka_unit_test(test_out_of_memory_reported),
		cmocka_unit_test(test_buffer_too_large_reported),
		cmocka_unit_test(test_buffer_growth_uses_host),
	};

	return cmocka_run_group_tests_name("env", tests, group_setup, group_teardown);
}
