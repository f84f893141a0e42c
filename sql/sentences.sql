-- sentences(): boundaries in news prose; offsets are 0-based characters.
SET search_path = claimlens, public;

SELECT * FROM sentences('The U.S. envoy, Dr. Anna K. Berg, arrived on Oct. 14 with Gen. Moss. Growth was 3.5 percent. Talks ended in the U.S. The next round is in No. 5 Hall at Acme Inc. headquarters.');

-- Quotations close after the full stop; a question inside quotes followed by
-- a lowercase word does not end the sentence; an ellipsis does when a capital follows.
SELECT n, sentence FROM sentences(E'\u201cWe agreed,\u201d the minister said. She added: \u201cIt is final.\u201d Then she left. \u201cWhy now?\u201d a reporter asked. Prices rose... Then they fell!');

-- A headline without final punctuation is a sentence of its own.
SELECT n, start, len, sentence FROM sentences(E'FLOODS CLOSE THE NORTH ROAD\n\nRain fell all night. Roads closed.');

-- Hard-wrapped text: a sentence runs across lines; indents start paragraphs.
SELECT n, replace(sentence, E'\n', '|') AS sentence FROM sentences(E'Acme Corp said first quarter profit rose to 12 cts a\nshare. Sales rose 8.5 pct to 4.1 mln dlrs from 3.8 mln\ndlrs a year earlier.\n    It expects a stronger second quarter.');

-- Offsets are characters, not bytes: substr() gives back each sentence.
SELECT bool_and(substr(body, start + 1, len) = sentence) AS substr_matches,
       bool_and(len > 0) AS non_empty,
       count(*) > 300 AS many
FROM sample_articles, LATERAL sentences(body);
SELECT n, start, len, sentence FROM sentences(E'Caf\u00e9 owners in Z\u00fcrich met. \u201cFine,\u201d they said.');

-- Sentences of the cleaned corpus, per article (report figures).
SELECT count(*) AS sentences, count(DISTINCT id) AS articles
FROM sample_articles, LATERAL sentences(clean(body));

-- Empty and blank texts have no sentences.
SELECT count(*) FROM sentences('');
SELECT count(*) FROM sentences(E' \n\t\n ');
