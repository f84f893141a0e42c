/*
 * article_analysis.h — the analysis of one tracked article into the side
 * tables (article_analysis.c), shared by store_analysis() and the tracking
 * trigger.
 */
#ifndef CLAIMLENS_ARTICLE_ANALYSIS_H
#define CLAIMLENS_ARTICLE_ANALYSIS_H

#include "postgres.h"

#include "datatype/timestamp.h"

/*
 * Analyses an article of table source and stores the rows.  body and outlet
 * may be NULL (a NULL body is analysed as ''); without has_published the
 * stamp in the body anchors the dates.  With if_absent, an article already
 * stored is left alone and false is returned; otherwise true.
 */
bool		claimlens_store_article(Oid source, text *article, text *body, bool has_published,
									TimestampTz published, text *outlet, bool if_absent);

#endif
