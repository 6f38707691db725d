/** The text of `sinmun --help`. */
export const USAGE = `sinmun — Korean NLP for business news

Usage:
  sinmun analyze [FILE|FOLDER|-]... [options]   sentences, entities, amounts, quotes, dates, facts
  sinmun normalize EXPRESSION...       each argument → one JSON line: the amount, or null ("380억 달러")
  sinmun normalize --jsonl FILE|-      one expression per line → one JSON value (or null) per line
  sinmun normalize --find FILE|-       every amount in running text → JSONL (or --format csv|tsv)
  sinmun eval --corpus PATH [--format klue|conll|jsonl] [options]
  sinmun dict export --mecab [--dict FILE]... [--output FILE]
  sinmun dict lint FILE...
  sinmun keywords CORPUS.jsonl [--top 10] [--format jsonl|csv]   each document's top TF-IDF terms
  sinmun dedupe CORPUS.jsonl [--threshold 0.4] [--format jsonl|csv]   near-duplicate cluster ids
  sinmun graph CORPUS.jsonl [--format graphml|csv] [--nodes FILE]   entity co-occurrence graph
  sinmun serve [--host 127.0.0.1] [--port 8080] [--workers N]   the HTTP API (POST /v1/analyze …)
  sinmun worker --redis redis://HOST:PORT [--queue sinmun] [--concurrency N]   consume queued analyses
  sinmun submit CORPUS.jsonl --redis redis://HOST:PORT [--queue sinmun] --output out.jsonl

analyze inputs:
  FILE                         a text file is one document, its id the path as given; a .jsonl file
                               is one document per line ({"id","text",…} or plain text)
  FOLDER                       every *.txt and *.jsonl below it, in name order; ids are paths
                               relative to FOLDER
  - (or nothing, when piped)   stdin: one document, or one per line with --format jsonl
  --glob PATTERN               files to take from folders instead (*.md, 2025/**/*.txt); repeatable
  --input-format text|jsonl    read every file as text or as JSONL, whatever its extension
  --text-field NAME            JSONL field holding the text (default text); other fields go to meta
  --id-field NAME              JSONL field holding the id (default id)
  --encoding auto|utf-8|euc-kr|cp949|utf-16le|utf-16be   input encoding (default auto)
  --force                      analyse files that look binary instead of refusing them
  --max-chars N                documents longer than this are reported and skipped (default 1000000)

analyze output:
  --format json|jsonl|pretty|csv|tsv|html   json: one document, or an array for several (default);
                               jsonl: one document per line; pretty: colours for a terminal;
                               csv/tsv: one row per span of --layer, with a header row;
                               html: one self-contained page (entities, amounts, quotes, dates and
                               facts marked, a facts table under each text)
  --layer entities|amounts|quotes|dates|facts|sentences   the table for csv/tsv (default
                               entities), or one JSON line per span with --format jsonl
  --group                      with --layer entities: one row per distinct entity per document,
                               with its number of mentions
  --excel                      csv/tsv starting with a UTF-8 BOM, so spreadsheets read Korean right
  --tokens                     include morphemes (json/jsonl; listed per sentence with pretty)
  --output FILE                write to FILE atomically instead of stdout
  --dict FILE                  add a user entity dictionary (JSONL); repeatable
  --date YYYY-MM-DD            the articles' date, for 지난해, 이날, 3분기 … (default: each JSONL
                               line's "date" field, else a dateline in the text, else unresolved)
  --tokenizer embedded|mecab|none   morphology for NER evidence (default embedded; none is faster)
  --workers N                  worker threads (default: all cores, at most one per text file)
  --progress / --no-progress   progress bar on stderr (default: on when stderr is a terminal)

serve / worker / submit options (see packages/server/README.md):
  --host H --port P            serve: where to listen (default 127.0.0.1:8080; --port 0 picks one)
  --workers N                  serve, worker: analysis threads (default 1)
  --body-limit BYTES           serve: largest document, a JSON body or one NDJSON line (default 1048576)
  --redis redis://HOST:PORT    worker, submit: the Redis holding the queue
  --queue NAME                 worker, submit: the queue (default sinmun)
  --concurrency N              worker: jobs at once (default 2 per thread)
  --lock-ms MS                 worker: a dead worker's jobs are retried after about this long (default 30000)
  --disable LAYERS --tokens    submit: the analysis options (as analyze's; --tokenizer none = --disable tokens)
  --batch N                    submit: documents per job (default 20)

eval options:
  --format klue|conll|jsonl    corpus format (default from the extension: .tsv klue,
                               .conll/.bio conll, .jsonl jsonl)
  --task ner|amounts|quotes|dates   what to score (default ner); dates resolve against each
                               document's "date" (or "reference") field, else --date
  --task morphs --format conllu   the tokenizer's morphemes against a CoNLL-U treebank (UD Korean GSD)
  --domain NAME                score only documents of one domain (KLUE: wikitree = news, nsmc)
  --label-map GOLD=PRED,...    map predicted labels onto the corpus's (PS=PERSON, DT=DT to score
                               KLUE's dates, QT=amounts, TI=amounts:duration); added to the default
                               map (KLUE: PS=PERSON,OG=ORG,LC=LOC,QT=amounts); labels not named
                               are not scored
  --pred FILE                  score another system's output (JSONL in the Sinmun contract, or CoNLL)
  --pred-format jsonl|conll    format of --pred (default: from the file extension)
  --allow-mismatch             exit 0 even when predictions do not line up with the corpus
  --json                       print the report as JSON
  --report FILE.html           write a browsable HTML report (every error, paged)
  --skip-invalid               skip malformed corpus lines (counted) instead of stopping

keywords, dedupe, graph (CORPUS.jsonl: {"id","text"} or plain-text lines, analysed with only the
layers needed; or the output of sinmun analyze --format jsonl [--tokens], taken as it is):
  --top N                      keywords per document (default 10)
  --stopwords WORD             one more keyword stopword; repeatable
  --threshold J                dedupe: shingle Jaccard from which two stories are one (default 0.4)
  --nodes FILE                 graph --format csv: also write the node table (Id,Label,…) to FILE
  --min-docs N                 graph: only pairs together in at least N documents (default 1)
  --labels PERSON,ORG          graph: only these entity labels
  --output FILE, --dict FILE, --tokenizer, --workers, --text-field, --id-field   as for analyze

General:
  -h, --help                   this help
  -v, --version                the version

Exit codes: 0 ok; 1 an input failed (reported with its path; the others still come out), or eval
predictions that do not line up; 2 usage error.
`;
