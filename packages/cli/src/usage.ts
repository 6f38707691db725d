/** The text of `sinmun --help`. */
export const USAGE = `sinmun — Korean NLP for business news

Usage:
  sinmun analyze FILE|- [options]      sentences, entities, amounts and quotes as JSON
  sinmun normalize EXPRESSION...       one amount expression → JSON ("380억 달러")
  sinmun normalize --jsonl FILE|-      one expression per line → one JSON value (or null) per line
  sinmun eval --corpus PATH --format klue|conll|jsonl [options]
  sinmun dict export --mecab [--dict FILE]... [--output FILE]
  sinmun dict lint FILE...

analyze options:
  --format json|jsonl|pretty   json: one document (default); jsonl: input lines {"id","text"}
                               or plain text lines, one document per line out; pretty: colours
  --encoding auto|utf-8|euc-kr|cp949|utf-16le|utf-16be   input encoding (default auto)
  --dict FILE                  add a user entity dictionary (JSONL); repeatable
  --tokenizer embedded|mecab|none   morphology for NER evidence (default embedded)
  --tokens                     include morphemes in the output
  --workers N                  worker threads for --format jsonl (default: all cores)
  --max-chars N                documents longer than this are reported and skipped (default 1000000)
  --output FILE                write to FILE atomically instead of stdout
  --progress / --no-progress   progress bar on stderr (default: on when stderr is a terminal)

eval options:
  --task ner|amounts|quotes    what to score (default ner)
  --pred FILE                  score another system's output (JSONL in the Sinmun contract, or CoNLL)
  --pred-format jsonl|conll    format of --pred (default: from the file extension)
  --json                       print the report as JSON
  --report FILE.html           write a browsable HTML report
  --skip-invalid               skip malformed corpus lines (counted) instead of stopping

General:
  -h, --help                   this help
  -v, --version                the version

Exit codes: 0 ok, 1 runtime or input error, 2 usage error.
`;
