-- clean(): page furniture goes, prose stays, white space is normalised.
SET search_path = claimlens, public;

-- Social widgets and the mobile-theme link at the end of an article.
SELECT clean(E'The council approved the budget on Tuesday.\n\nShare.\nExit mobile version');

-- "Also read" lines and a "Related News" block between paragraphs.
SELECT clean(E'The river rose two metres overnight.\n\nAlso read: Storm Season Starts Early In The North\n\nRelated News |\n\nCity Opens Three New Libraries\n\nFerry Fares To Rise In Autumn\n\n\u201cWe evacuated the lower town,\u201d the mayor said.');

-- A navigation menu, an author avatar, a byline with read time, a photo credit.
SELECT clean(E'Home World Politics Business Tech Sports Culture Opinion Travel & Food\n\nWhy the Ferry Strike Matters\n\nAuthor Avatar\nBy Tomas Greer - - 4 Mins Read\nMarta Kovacs | HARBOR/TV\n\nThe strike entered its third day.');

-- A photo caption printed alone and again with its credit.
SELECT clean(E'Ferries idle in the harbour.\n\nDock workers at the east gate\nDock workers at the east gate | Lena Ortiz - COASTAL / Stockphoto\n\nTalks resume on Friday.');

-- A leading publication stamp glued to the first paragraph, a trailing machine stamp.
SELECT clean(E' date 2024-03-27 Officials confirmed the visit.\n\nIt lasted two days.\n\n2024-03-28T01:27:19Z k3j4h5g6');

-- Prose that looks like furniture is kept: a headline in capitals, a Title
-- Case subheading, a dateline, "By the ..." and "Share prices ...".
SELECT clean(E'PORT STRIKE ENTERS THIRD DAY: UNION\n\nTalks on the Border\n\nLINDHAVEN: By the end of the week, stocks had fallen.\nShare prices rose 5 percent on Monday.');

-- Hard-wrapped newswire: lines re-joined, indented paragraph starts kept,
-- and a wrapped line that reads "share." is prose, not a widget.
SELECT clean(E'Acme Corp said first quarter profit rose to 12 cts a\nshare.\n    The company said sales rose 8.5 pct to 4.1 mln dlrs\nfrom 3.8 mln dlrs a year earlier, helped by exports.\n    It expects a stronger second quarter, it said.');

-- White space: tabs, no-break spaces and runs of blanks become one space.
SELECT clean(E'  Several\t\tspaces\u00a0and   tabs.  \n\n\n\n  A second   paragraph.  ');

-- The sample corpus: furniture lines are gone from every article...
SELECT count(*) FILTER (WHERE c ~ '(^|\n)(Share\.|Exit mobile version|Also read:|Related News|Author Avatar)(\n|$)') AS furniture_left,
       count(*) FILTER (WHERE c ~ 'Mins? Read') AS read_times_left,
       count(*) FILTER (WHERE c ~ '\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ') AS stamps_left,
       count(*) FILTER (WHERE c ~ '^ |  | $|\n\n\n') AS bad_spacing
FROM (SELECT clean(body) AS c FROM sample_articles) s;

-- ...while every sentence-final prose line of the body survives cleaning.
SELECT a.id, l.line
FROM sample_articles a,
     LATERAL regexp_split_to_table(a.body, E'\n') AS l(line)
WHERE l.line ~ '[a-z]{3,}[.!?]["\u201d]?\s*$'
  AND length(l.line) > 80
  AND position(regexp_replace(regexp_replace(btrim(l.line), '^date \d{4}-\d\d-\d\d ', ''), '\s+', ' ', 'g')
               IN clean(a.body)) = 0
  AND a.id NOT IN (SELECT id FROM sample_articles WHERE body ~ E'\n    ');

-- Cleaning only removes: no article gains a visible character, none loses
-- more than a third of them.
SELECT id, length(regexp_replace(body, '\s', '', 'g')) AS body_visible,
       length(regexp_replace(clean(body), '\s', '', 'g')) AS clean_visible
FROM sample_articles
WHERE length(regexp_replace(clean(body), '\s', '', 'g')) > length(regexp_replace(body, '\s', '', 'g'))
   OR length(clean(body)) < 0.67 * length(body);

-- Photo credits and menus of the sample corpus are gone too.
SELECT count(*) FILTER (WHERE clean(body) ~ ' \| ') AS credit_lines_left,
       count(*) FILTER (WHERE clean(body) ~ '^Home ') AS menus_left,
       count(*) FILTER (WHERE body ~ ' \| ') AS bodies_with_credits,
       count(*) FILTER (WHERE body ~ '^Home ') AS bodies_with_menus
FROM sample_articles;
