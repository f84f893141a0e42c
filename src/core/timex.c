/*
 * timex.c — TIMEX3 values: calendar arithmetic, construction, text form,
 * parsing and comparison (see timex.h).
 */
#include "timex.h"

#include <stdio.h>
#include <string.h>

static const char *const season_codes[4] = {"SP", "SU", "FA", "WI"};
static const char *const mod_names[] = {NULL, "START", "MID", "END", "APPROX"};

bool
cl_valid_date(int year, int month, int day)
{
	return year >= CL_TIMEX_MIN_YEAR && year <= CL_TIMEX_MAX_YEAR &&
		month >= 1 && month <= 12 && day >= 1 && day <= cl_days_in_month(year, month);
}

int
cl_days_in_month(int year, int month)
{
	static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0))
		return 29;
	return days[month - 1];
}

/* Days since 1970-01-01; the era arithmetic keeps every step non-negative. */
int32_t
cl_days_from_civil(int year, int month, int day)
{
	int			y = year - (month <= 2);
	int			era = (y >= 0 ? y : y - 399) / 400;
	unsigned	yoe = (unsigned) (y - era * 400);
	unsigned	doy = (153u * (unsigned) (month + (month > 2 ? -3 : 9)) + 2) / 5 + (unsigned) day - 1;
	unsigned	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + (int32_t) doe - 719468;
}

void
cl_civil_from_days(int32_t days, int *year, int *month, int *day)
{
	int32_t		z = days + 719468;
	int32_t		era = (z >= 0 ? z : z - 146096) / 146097;
	unsigned	doe = (unsigned) (z - era * 146097);
	unsigned	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	unsigned	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	unsigned	mp = (5 * doy + 2) / 153;
	unsigned	m = mp < 10 ? mp + 3 : mp - 9;

	*day = (int) (doy - (153 * mp + 2) / 5 + 1);
	*month = (int) m;
	*year = (int) yoe + era * 400 + (m <= 2);
}

int
cl_weekday(int32_t days)
{
	/* 1970-01-01 was a Thursday. */
	return (int) (((days % 7) + 7 + 3) % 7);
}

void
cl_iso_week(int32_t days, int *week_year, int *week)
{
	int32_t		thursday = days - cl_weekday(days) + 3;
	int			y,
				m,
				d;

	cl_civil_from_days(thursday, &y, &m, &d);
	*week_year = y;
	*week = (int) ((thursday - cl_days_from_civil(y, 1, 1)) / 7) + 1;
}

int
cl_iso_weeks_in_year(int year)
{
	int			wy,
				w;

	cl_iso_week(cl_days_from_civil(year, 12, 28), &wy, &w);
	return w;
}

static void
span(cl_timex *out, int32_t lower, int32_t upper, cl_grain grain)
{
	memset(out, 0, sizeof(*out));
	out->lower = lower;
	out->upper = upper;
	out->grain = (uint8_t) grain;
}

static bool
year_ok(int year)
{
	return year >= CL_TIMEX_MIN_YEAR && year <= CL_TIMEX_MAX_YEAR;
}

bool
cl_timex_day(int year, int month, int day, cl_timex *out)
{
	int32_t		d;

	if (!cl_valid_date(year, month, day))
		return false;
	d = cl_days_from_civil(year, month, day);
	span(out, d, d, CL_GRAIN_DAY);
	return true;
}

bool
cl_timex_week(int week_year, int week, cl_timex *out)
{
	int32_t		jan4,
				monday;

	if (!year_ok(week_year) || week < 1 || week > cl_iso_weeks_in_year(week_year))
		return false;
	jan4 = cl_days_from_civil(week_year, 1, 4);
	monday = jan4 - cl_weekday(jan4) + (week - 1) * 7;
	span(out, monday, monday + 6, CL_GRAIN_WEEK);
	/* The first or last ISO week may reach outside years 1..9999. */
	return monday >= cl_days_from_civil(CL_TIMEX_MIN_YEAR, 1, 1) &&
		monday + 6 <= cl_days_from_civil(CL_TIMEX_MAX_YEAR, 12, 31);
}

static bool
months_span(int year, int first_month, int count, cl_grain grain, cl_timex *out)
{
	int			last_month = first_month + count - 1;
	int			last_year = year + (last_month - 1) / 12;

	last_month = (last_month - 1) % 12 + 1;
	if (!year_ok(year) || !year_ok(last_year))
		return false;
	span(out, cl_days_from_civil(year, first_month, 1),
		 cl_days_from_civil(last_year, last_month, cl_days_in_month(last_year, last_month)),
		 grain);
	return true;
}

bool
cl_timex_month(int year, int month, cl_timex *out)
{
	return month >= 1 && month <= 12 && months_span(year, month, 1, CL_GRAIN_MONTH, out);
}

/* Northern seasons by meteorological months; winter Y runs Dec Y to Feb Y+1. */
bool
cl_timex_season(int year, int season, cl_timex *out)
{
	return season >= 0 && season <= 3 &&
		months_span(year, 3 + 3 * season, 3, CL_GRAIN_SEASON, out);
}

bool
cl_timex_quarter(int year, int quarter, cl_timex *out)
{
	return quarter >= 1 && quarter <= 4 &&
		months_span(year, 3 * quarter - 2, 3, CL_GRAIN_QUARTER, out);
}

bool
cl_timex_half(int year, int half, cl_timex *out)
{
	return half >= 1 && half <= 2 && months_span(year, 6 * half - 5, 6, CL_GRAIN_HALF, out);
}

bool
cl_timex_year(int year, cl_timex *out)
{
	return months_span(year, 1, 12, CL_GRAIN_YEAR, out);
}

bool
cl_timex_decade(int decade_start, cl_timex *out)
{
	int			first = decade_start < CL_TIMEX_MIN_YEAR ? CL_TIMEX_MIN_YEAR : decade_start;

	if (decade_start % 10 != 0 || decade_start < 0 || decade_start + 9 > CL_TIMEX_MAX_YEAR)
		return false;
	span(out, cl_days_from_civil(first, 1, 1),
		 cl_days_from_civil(decade_start + 9, 12, 31), CL_GRAIN_DECADE);
	return true;
}

bool
cl_timex_century(int century_start, cl_timex *out)
{
	int			first = century_start < CL_TIMEX_MIN_YEAR ? CL_TIMEX_MIN_YEAR : century_start;

	if (century_start % 100 != 0 || century_start < 0 || century_start + 99 > CL_TIMEX_MAX_YEAR)
		return false;
	span(out, cl_days_from_civil(first, 1, 1),
		 cl_days_from_civil(century_start + 99, 12, 31), CL_GRAIN_CENTURY);
	return true;
}

bool
cl_timex_instant(int year, int month, int day, int64_t micros, bool has_zone,
				 int32_t zone, cl_timex *out)
{
	if (!cl_timex_day(year, month, day, out) || micros < 0 ||
		micros >= (int64_t) 86400 * 1000000 || zone < -16 * 3600 || zone > 16 * 3600)
		return false;
	out->grain = CL_GRAIN_INSTANT;
	out->micros = micros;
	out->has_zone = has_zone;
	out->zone = has_zone ? zone : 0;
	return true;
}

#define DURATION_MAX_AMOUNT 1000000

bool
cl_timex_duration(int64_t amount, cl_duration_unit unit, cl_timex *out)
{
	if (unit < CL_DUR_SECOND || unit > CL_DUR_CENTURY || amount < -1 ||
		amount > DURATION_MAX_AMOUNT)
		return false;
	memset(out, 0, sizeof(*out));
	out->grain = CL_GRAIN_DURATION;
	out->zone = (int32_t) unit;
	out->micros = amount;
	return true;
}

/* Approximate seconds of one unit, to order durations. */
static int64_t
unit_seconds(int unit)
{
	static const int64_t secs[] = {0, 1, 60, 3600, 86400, 604800, 2629746, 31556952,
	315569520, 3155695200};

	return unit >= CL_DUR_SECOND && unit <= CL_DUR_CENTURY ? secs[unit] : 0;
}

static const char *const duration_codes[] = {NULL, "S", "M", "H", "D", "W", "M", "Y", "DE", "CE"};

bool
cl_timex_range(const cl_timex *a, const cl_timex *b, cl_timex *out)
{
	if (a->grain == CL_GRAIN_DURATION || b->grain == CL_GRAIN_DURATION ||
		a->grain == CL_GRAIN_INSTANT || b->grain == CL_GRAIN_INSTANT ||
		a->upper_grain != CL_GRAIN_NONE || b->upper_grain != CL_GRAIN_NONE ||
		b->upper < a->lower)
		return false;
	span(out, a->lower, b->upper, (cl_grain) a->grain);
	out->upper_grain = b->grain;
	return true;
}

/* Text of one endpoint: the unit of the given grain that starts or ends at day. */
static size_t
format_unit(int32_t day, cl_grain grain, char *buf)
{
	int			y,
				m,
				d,
				wy,
				w;

	cl_civil_from_days(day, &y, &m, &d);
	switch (grain)
	{
		case CL_GRAIN_DAY:
			return (size_t) sprintf(buf, "%04d-%02d-%02d", y, m, d);
		case CL_GRAIN_WEEK:
			cl_iso_week(day, &wy, &w);
			return (size_t) sprintf(buf, "%04d-W%02d", wy, w);
		case CL_GRAIN_MONTH:
			return (size_t) sprintf(buf, "%04d-%02d", y, m);
		case CL_GRAIN_SEASON:
			/* Winter's end falls in the next year's February. */
			if (m <= 2)
				return (size_t) sprintf(buf, "%04d-WI", y - 1);
			return (size_t) sprintf(buf, "%04d-%s", y, season_codes[(m - 3) / 3]);
		case CL_GRAIN_QUARTER:
			return (size_t) sprintf(buf, "%04d-Q%d", y, (m - 1) / 3 + 1);
		case CL_GRAIN_HALF:
			return (size_t) sprintf(buf, "%04d-H%d", y, (m - 1) / 6 + 1);
		case CL_GRAIN_YEAR:
			return (size_t) sprintf(buf, "%04d", y);
		case CL_GRAIN_DECADE:
			return (size_t) sprintf(buf, "%03dX", y / 10);
		case CL_GRAIN_CENTURY:
			return (size_t) sprintf(buf, "%02dXX", y / 100);
		default:
			return (size_t) sprintf(buf, "%04d-%02d-%02d", y, m, d);
	}
}

size_t
cl_timex_format(const cl_timex *t, char *buf)
{
	size_t		n;

	if (t->grain == CL_GRAIN_DURATION)
	{
		bool		time_unit = t->zone <= CL_DUR_HOUR;

		n = (size_t) sprintf(buf, time_unit ? "PT" : "P");
		if (t->micros < 0)
			buf[n++] = 'X';
		else
			n += (size_t) sprintf(buf + n, "%lld", (long long) t->micros);
		n += (size_t) sprintf(buf + n, "%s",
							  t->zone >= CL_DUR_SECOND && t->zone <= CL_DUR_CENTURY ?
							  duration_codes[t->zone] : "D");
	}
	else if (t->grain == CL_GRAIN_INSTANT)
	{
		int			y,
					m,
					d;
		int64_t		secs = t->micros / 1000000;
		int			frac = (int) (t->micros % 1000000);

		cl_civil_from_days(t->lower, &y, &m, &d);
		n = (size_t) sprintf(buf, "%04d-%02d-%02dT%02d:%02d:%02d", y, m, d,
							 (int) (secs / 3600), (int) (secs / 60 % 60), (int) (secs % 60));
		if (frac != 0)
		{
			n += (size_t) sprintf(buf + n, ".%06d", frac);
			while (buf[n - 1] == '0')
				buf[--n] = '\0';
		}
		if (t->has_zone && t->zone == 0)
			n += (size_t) sprintf(buf + n, "Z");
		else if (t->has_zone)
		{
			int			z = t->zone < 0 ? -t->zone : t->zone;

			n += (size_t) sprintf(buf + n, "%c%02d:%02d", t->zone < 0 ? '-' : '+',
								  z / 3600, z / 60 % 60);
		}
	}
	else if (t->upper_grain != CL_GRAIN_NONE)
	{
		n = format_unit(t->lower, (cl_grain) t->grain, buf);
		buf[n++] = '/';
		n += format_unit(t->upper, (cl_grain) t->upper_grain, buf + n);
	}
	else
		n = format_unit(t->lower, (cl_grain) t->grain, buf);
	if (t->mod != CL_MOD_NONE && t->mod < sizeof(mod_names) / sizeof(mod_names[0]))
		n += (size_t) sprintf(buf + n, ";%s", mod_names[t->mod]);
	return n;
}

/* ---- parsing ------------------------------------------------------------ */

typedef struct parser
{
	const char *s;
	size_t		len;
	size_t		pos;
	char	   *message;
	size_t		message_size;
} parser;

static cl_timex_parse_status
fail(parser *p, cl_timex_parse_status status, const char *what)
{
	if (p->message_size > 0)
	{
		size_t		rest = p->len - (p->pos < p->len ? p->pos : p->len);

		if (rest == 0)
			snprintf(p->message, p->message_size, "%s at end of input", what);
		else
			snprintf(p->message, p->message_size, "%s at \"%.*s\"", what,
					 (int) (rest > 20 ? 20 : rest), p->s + p->pos);
	}
	return status;
}

static bool
at(parser *p, char c)
{
	return p->pos < p->len && p->s[p->pos] == c;
}

static bool
is_digit_at(parser *p, size_t off)
{
	return p->pos + off < p->len && p->s[p->pos + off] >= '0' && p->s[p->pos + off] <= '9';
}

/* Exactly n digits, and no digit after them. */
static int
fixed_digits(parser *p, int n, int *value, cl_timex_parse_status *status, const char *field)
{
	int			v = 0;

	for (int i = 0; i < n; i++)
	{
		if (!is_digit_at(p, (size_t) i))
		{
			*status = fail(p, CL_TIMEX_SYNTAX, field);
			return 0;
		}
		v = v * 10 + (p->s[p->pos + i] - '0');
	}
	if (is_digit_at(p, (size_t) n))
	{
		*status = fail(p, CL_TIMEX_SYNTAX, field);
		return 0;
	}
	p->pos += (size_t) n;
	*value = v;
	return 1;
}

static cl_timex_parse_status
parse_time(parser *p, int year, int month, int day, cl_timex *out)
{
	cl_timex_parse_status st = CL_TIMEX_OK;
	int			hh,
				mi,
				ss = 0;
	int64_t		frac = 0;
	bool		has_zone = false;
	int32_t		zone = 0;

	p->pos++;					/* 'T' */
	if (!fixed_digits(p, 2, &hh, &st, "expected two-digit hour") || !at(p, ':'))
		return st ? st : fail(p, CL_TIMEX_SYNTAX, "expected \":\" after the hour");
	p->pos++;
	if (!fixed_digits(p, 2, &mi, &st, "expected two-digit minute"))
		return st;
	if (at(p, ':'))
	{
		p->pos++;
		if (!fixed_digits(p, 2, &ss, &st, "expected two-digit second"))
			return st;
		if (at(p, '.'))
		{
			int64_t		scale = 100000;

			p->pos++;
			if (!is_digit_at(p, 0))
				return fail(p, CL_TIMEX_SYNTAX, "expected digits after \".\"");
			while (is_digit_at(p, 0))
			{
				frac += (p->s[p->pos] - '0') * scale;
				scale /= 10;
				p->pos++;
			}
		}
	}
	if (hh > 23 || mi > 59 || ss > 59)
		return fail(p, CL_TIMEX_RANGE, "time of day out of range");
	if (at(p, 'Z'))
	{
		p->pos++;
		has_zone = true;
	}
	else if (at(p, '+') || at(p, '-'))
	{
		int			sign = at(p, '-') ? -1 : 1;
		int			zh,
					zm;

		p->pos++;
		if (!fixed_digits(p, 2, &zh, &st, "expected two-digit zone hour") || !at(p, ':'))
			return st ? st : fail(p, CL_TIMEX_SYNTAX, "expected \":\" in the zone offset");
		p->pos++;
		if (!fixed_digits(p, 2, &zm, &st, "expected two-digit zone minute"))
			return st;
		if (zh > 15 || zm > 59)
			return fail(p, CL_TIMEX_RANGE, "zone offset out of range");
		has_zone = true;
		zone = sign * (zh * 3600 + zm * 60);
	}
	if (!cl_timex_instant(year, month, day,
						  ((int64_t) hh * 3600 + mi * 60 + ss) * 1000000 + frac,
						  has_zone, zone, out))
		return fail(p, CL_TIMEX_RANGE, "date out of range");
	return CL_TIMEX_OK;
}

static cl_timex_parse_status
parse_base(parser *p, cl_timex *out, bool allow_instant)
{
	cl_timex_parse_status st = CL_TIMEX_OK;
	int			year,
				n;
	size_t		start = p->pos;

	/* Decades (198X) and centuries (19XX). */
	(void) start;
	if (is_digit_at(p, 0) && is_digit_at(p, 1) && p->pos + 3 < p->len &&
		p->s[p->pos + 3] == 'X')
	{
		int			c = (p->s[p->pos] - '0') * 10 + (p->s[p->pos + 1] - '0');

		if (p->s[p->pos + 2] == 'X')
		{
			p->pos += 4;
			if (!cl_timex_century(c * 100, out))
				return fail(p, CL_TIMEX_RANGE, "century out of range");
			return CL_TIMEX_OK;
		}
		if (p->s[p->pos + 2] >= '0' && p->s[p->pos + 2] <= '9')
		{
			int			dec = c * 100 + (p->s[p->pos + 2] - '0') * 10;

			p->pos += 4;
			if (!cl_timex_decade(dec, out))
				return fail(p, CL_TIMEX_RANGE, "decade out of range");
			return CL_TIMEX_OK;
		}
	}
	if (is_digit_at(p, 0) && is_digit_at(p, 1) && is_digit_at(p, 2) && is_digit_at(p, 3) &&
		is_digit_at(p, 4))
		return fail(p, CL_TIMEX_RANGE, "year out of range 0001..9999");
	if (!fixed_digits(p, 4, &year, &st, "expected a four-digit year"))
		return st;
	if (year < CL_TIMEX_MIN_YEAR)
	{
		p->pos = start;
		return fail(p, CL_TIMEX_RANGE, "year out of range 0001..9999");
	}
	if (!at(p, '-'))
	{
		cl_timex_year(year, out);
		return CL_TIMEX_OK;
	}
	p->pos++;
	for (int s = 0; s < 4; s++)
	{
		if (p->pos + 1 < p->len && p->s[p->pos] == season_codes[s][0] &&
			p->s[p->pos + 1] == season_codes[s][1])
		{
			p->pos += 2;
			if (!cl_timex_season(year, s, out))
				return fail(p, CL_TIMEX_RANGE, "season out of range");
			return CL_TIMEX_OK;
		}
	}
	if (at(p, 'W'))
	{
		p->pos++;
		if (!fixed_digits(p, 2, &n, &st, "expected a two-digit ISO week"))
			return st;
		if (!cl_timex_week(year, n, out))
			return fail(p, CL_TIMEX_RANGE, "ISO week out of range for its year");
		return CL_TIMEX_OK;
	}
	if (at(p, 'Q') || at(p, 'H'))
	{
		char		unit = p->s[p->pos];

		p->pos++;
		if (!fixed_digits(p, 1, &n, &st, unit == 'Q' ? "expected quarter 1..4" : "expected half 1 or 2"))
			return st;
		if (unit == 'Q' ? !cl_timex_quarter(year, n, out) : !cl_timex_half(year, n, out))
			return fail(p, CL_TIMEX_RANGE, unit == 'Q' ? "quarter out of range 1..4" : "half out of range 1..2");
		return CL_TIMEX_OK;
	}
	{
		int			month,
					day;

		if (!fixed_digits(p, 2, &month, &st, "expected a two-digit month, W, Q, H or a season"))
			return st;
		if (month < 1 || month > 12)
		{
			p->pos -= 2;
			return fail(p, CL_TIMEX_RANGE, "month out of range 01..12");
		}
		if (!at(p, '-'))
		{
			cl_timex_month(year, month, out);
			return CL_TIMEX_OK;
		}
		p->pos++;
		if (!fixed_digits(p, 2, &day, &st, "expected a two-digit day"))
			return st;
		if (!cl_valid_date(year, month, day))
		{
			p->pos -= 2;
			return fail(p, CL_TIMEX_RANGE, "day does not exist in its month");
		}
		if (at(p, 'T'))
		{
			if (!allow_instant)
				return fail(p, CL_TIMEX_SYNTAX, "a range cannot have a time of day");
			return parse_time(p, year, month, day, out);
		}
		cl_timex_day(year, month, day, out);
		return CL_TIMEX_OK;
	}
}

/* P3D, P2W, P6M, P1Y, P1DE, P1CE, PT5M, PT2H, PT30S; X for an unspecified amount. */
static cl_timex_parse_status
parse_duration(parser *p, cl_timex *out)
{
	bool		time_part;
	int64_t		amount = 0;
	int			unit = 0;
	int			digits = 0;

	p->pos++;					/* 'P' */
	time_part = at(p, 'T');
	if (time_part)
		p->pos++;
	if (at(p, 'X'))
	{
		amount = -1;
		p->pos++;
	}
	else
	{
		while (is_digit_at(p, 0))
		{
			if (++digits > 7)
				return fail(p, CL_TIMEX_RANGE, "duration amount out of range");
			amount = amount * 10 + (p->s[p->pos] - '0');
			p->pos++;
		}
		if (digits == 0)
			return fail(p, CL_TIMEX_SYNTAX, "expected the duration's amount or X");
	}
	if (time_part)
		unit = at(p, 'H') ? CL_DUR_HOUR : at(p, 'M') ? CL_DUR_MINUTE : at(p, 'S') ? CL_DUR_SECOND : 0;
	else if (p->pos + 1 < p->len && p->s[p->pos] == 'D' && p->s[p->pos + 1] == 'E')
	{
		unit = CL_DUR_DECADE;
		p->pos++;
	}
	else if (p->pos + 1 < p->len && p->s[p->pos] == 'C' && p->s[p->pos + 1] == 'E')
	{
		unit = CL_DUR_CENTURY;
		p->pos++;
	}
	else
		unit = at(p, 'D') ? CL_DUR_DAY : at(p, 'W') ? CL_DUR_WEEK : at(p, 'M') ? CL_DUR_MONTH :
			at(p, 'Y') ? CL_DUR_YEAR : 0;
	if (unit == 0)
		return fail(p, CL_TIMEX_SYNTAX, time_part ? "expected duration unit H, M or S" :
					"expected duration unit D, W, M, Y, DE or CE");
	p->pos++;
	if (!cl_timex_duration(amount, (cl_duration_unit) unit, out))
		return fail(p, CL_TIMEX_RANGE, "duration amount out of range");
	return CL_TIMEX_OK;
}

cl_timex_parse_status
cl_timex_parse(const char *text, size_t len, cl_timex *out, char *message, size_t message_size)
{
	parser		p = {text, len, 0, message, message_size};
	cl_timex_parse_status st;
	cl_timex	lo;

	/* Surrounding white space is allowed, as in PostgreSQL's own types. */
	while (p.len > 0 && (text[p.len - 1] == ' ' || text[p.len - 1] == '\t' || text[p.len - 1] == '\n'))
		p.len--;
	while (p.pos < p.len && (text[p.pos] == ' ' || text[p.pos] == '\t' || text[p.pos] == '\n'))
		p.pos++;
	if (p.pos >= p.len)
		return fail(&p, CL_TIMEX_SYNTAX, "empty timex value");

	if (at(&p, 'P'))
		st = parse_duration(&p, &lo);
	else
		st = parse_base(&p, &lo, true);
	if (st != CL_TIMEX_OK)
		return st;
	if (lo.grain == CL_GRAIN_DURATION && at(&p, '/'))
		return fail(&p, CL_TIMEX_SYNTAX, "a duration cannot start a range");
	if (at(&p, '/'))
	{
		cl_timex	hi;

		if (lo.grain == CL_GRAIN_INSTANT)
			return fail(&p, CL_TIMEX_SYNTAX, "a range cannot have a time of day");
		p.pos++;
		st = parse_base(&p, &hi, false);
		if (st != CL_TIMEX_OK)
			return st;
		if (!cl_timex_range(&lo, &hi, out))
			return fail(&p, CL_TIMEX_RANGE, "range ends before it starts");
	}
	else
		*out = lo;
	if (at(&p, ';'))
	{
		bool		found = false;

		p.pos++;
		for (int m = CL_MOD_START; m <= CL_MOD_APPROX; m++)
		{
			size_t		n = strlen(mod_names[m]);

			if (p.len - p.pos == n && memcmp(p.s + p.pos, mod_names[m], n) == 0)
			{
				out->mod = (uint8_t) m;
				p.pos += n;
				found = true;
				break;
			}
		}
		if (!found)
			return fail(&p, CL_TIMEX_SYNTAX, "expected modifier START, MID, END or APPROX");
	}
	if (p.pos != p.len)
		return fail(&p, CL_TIMEX_SYNTAX, "unexpected text");
	return CL_TIMEX_OK;
}

/* ---- comparison ----------------------------------------------------------- */

#define CMP(a, b) do { if ((a) != (b)) return (a) < (b) ? -1 : 1; } while (0)

int
cl_timex_cmp(const cl_timex *a, const cl_timex *b)
{
	bool		da = cl_timex_is_duration(a),
				db = cl_timex_is_duration(b);

	CMP(da, db);
	if (da)
	{
		/* Unspecified amounts (PXD) before the specified ones of a unit. */
		int64_t		la = a->micros < 0 ? -1 : a->micros * unit_seconds(a->zone);
		int64_t		lb = b->micros < 0 ? -1 : b->micros * unit_seconds(b->zone);

		CMP(la, lb);
		CMP(a->zone, b->zone);
		CMP(a->micros, b->micros);
		CMP(a->mod, b->mod);
		return 0;
	}
	CMP(a->lower, b->lower);
	CMP(a->upper, b->upper);
	CMP(a->grain, b->grain);
	CMP(a->upper_grain, b->upper_grain);
	CMP(a->mod, b->mod);
	CMP(a->micros, b->micros);
	CMP(a->has_zone, b->has_zone);
	CMP(a->zone, b->zone);
	return 0;
}

bool
cl_timex_overlaps(const cl_timex *a, const cl_timex *b)
{
	return !cl_timex_is_duration(a) && !cl_timex_is_duration(b) &&
		a->lower <= b->upper && b->lower <= a->upper;
}

bool
cl_timex_contains(const cl_timex *a, const cl_timex *b)
{
	return !cl_timex_is_duration(a) && !cl_timex_is_duration(b) &&
		a->lower <= b->lower && b->upper <= a->upper;
}

const char *
cl_grain_name(const cl_timex *t)
{
	static const char *const names[] = {
		"none", "instant", "day", "week", "month", "season", "quarter", "half",
		"year", "decade", "century", "duration"
	};

	if (t->upper_grain != CL_GRAIN_NONE)
		return "range";
	return t->grain < sizeof(names) / sizeof(names[0]) ? names[t->grain] : "none";
}

const char *
cl_mod_name(int mod)
{
	if (mod <= CL_MOD_NONE || mod > CL_MOD_APPROX)
		return NULL;
	return mod_names[mod];
}
