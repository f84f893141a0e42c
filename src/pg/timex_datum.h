/*
 * timex_datum.h — how a claimlens.timex value is stored: a fixed 32 bytes,
 * format version first, so that later versions can read (or refuse) it.
 */
#ifndef CLAIMLENS_TIMEX_DATUM_H
#define CLAIMLENS_TIMEX_DATUM_H

#include "postgres.h"

#include "timex.h"

#define TIMEX_DATUM_VERSION 1

typedef struct TimexDatum
{
	uint8		version;		/* TIMEX_DATUM_VERSION */
	uint8		grain;
	uint8		upper_grain;
	uint8		mod;
	uint8		has_zone;
	uint8		reserved[3];	/* zero */
	int32		lower;			/* days since 1970-01-01 */
	int32		upper;
	int32		zone;
	int32		reserved2;		/* zero */
	int64		micros;
} TimexDatum;

StaticAssertDecl(sizeof(TimexDatum) == 32, "timex is stored in 32 bytes");

TimexDatum *timex_datum_from_core(const cl_timex *t);
void		timex_datum_to_core(const TimexDatum *d, cl_timex *t);

#endif
