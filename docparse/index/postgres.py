"""The PostgreSQL backend: the same tables and the same terms as SQLite, for archives that outgrow a file.

The terms normalised in Python (terms.py) go into tsvector columns through the 'simple'
configuration (lower-casing only, no stemming or accent folding of its own): the terms with
weight A (phrases match on their positions), the compound parts with weight B. GIN indexes over
them; B-tree indexes over the identifier keys. Needs psycopg 3 (pip install docparse[postgres]).
PostgreSQL keeps word positions only up to 16,383 and at most 256 positions of a word per
tsvector, so a long document's phrases are matched in overlapping chunks of its terms
(phrase_chunks) instead: the same documents as SQLite, whose FTS5 has no such limits.
"""

from __future__ import annotations

from docparse.errors import MissingDependencyError
from docparse.index.backend import DOC_COLUMNS, IndexMissing, Query, SQLBackend

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS documents (
    doc BIGSERIAL PRIMARY KEY, id TEXT NOT NULL UNIQUE, fingerprint TEXT, stat TEXT,
    title TEXT, date TEXT, date_min TEXT, date_max TEXT, year INTEGER,
    municipality TEXT, board TEXT, doc_type TEXT, dnr TEXT, has_original BOOLEAN,
    tsv TSVECTOR, otsv TSVECTOR, chunked BOOLEAN, ochunked BOOLEAN);
CREATE TABLE IF NOT EXISTS phrase_chunks (
    doc BIGINT NOT NULL REFERENCES documents (doc) ON DELETE CASCADE, original BOOLEAN NOT NULL, tsv TSVECTOR);
CREATE INDEX IF NOT EXISTS phrase_chunks_doc ON phrase_chunks (doc);
CREATE TABLE IF NOT EXISTS texts (
    doc BIGINT PRIMARY KEY REFERENCES documents (doc) ON DELETE CASCADE, pages TEXT, text TEXT, original_text TEXT);
CREATE INDEX IF NOT EXISTS documents_year ON documents (year);
CREATE INDEX IF NOT EXISTS documents_date ON documents (date_min, date_max);
CREATE INDEX IF NOT EXISTS documents_tsv ON documents USING GIN (tsv);
CREATE INDEX IF NOT EXISTS documents_otsv ON documents USING GIN (coalesce(otsv, tsv));
CREATE TABLE IF NOT EXISTS identifiers (
    doc BIGINT NOT NULL REFERENCES documents (doc) ON DELETE CASCADE, kind TEXT, value TEXT,
    key TEXT, number_key TEXT, span_start INTEGER, span_end INTEGER, page INTEGER);
CREATE INDEX IF NOT EXISTS identifiers_key ON identifiers (key);
CREATE INDEX IF NOT EXISTS identifiers_number_key ON identifiers (number_key);
CREATE INDEX IF NOT EXISTS identifiers_doc ON identifiers (doc);
"""
_TSV = "setweight(to_tsvector('simple', %s), 'A') || setweight(to_tsvector('simple', %s), 'B')"
# Chunks short enough that no word has more than 256 positions in one (PostgreSQL keeps no more),
# overlapping so that a phrase across a chunk's end is whole in the next one.
CHUNK_TERMS = 2000
CHUNK_OVERLAP = 32


def chunks(terms: str) -> list[str] | None:
    """A long text's terms in overlapping chunks; None when the document's own tsvector will do."""
    words = terms.split()
    if len(words) <= CHUNK_TERMS:
        return None
    step = CHUNK_TERMS - CHUNK_OVERLAP
    return [" ".join(words[i:i + CHUNK_TERMS]) for i in range(0, len(words) - CHUNK_OVERLAP, step)]


def _lexeme(term: str, weight: str = "") -> str:
    # Quoted, its quotes doubled: a term is a lexeme, never tsquery syntax.
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'" + (":" + weight if weight else "")


class PostgresBackend(SQLBackend):
    name = "postgres"
    ph = "%s"

    def __init__(self, dsn: str, *, create: bool = False):
        try:
            import psycopg
        except ImportError:
            raise MissingDependencyError("the PostgreSQL backend needs psycopg 3",
                                         hint="pip install 'docparse[postgres]'") from None
        self.dsn = dsn
        try:
            self.conn = psycopg.connect(dsn)
        except psycopg.Error as err:
            raise IndexMissing(f"PostgreSQL: cannot connect ({str(err).strip().splitlines()[0]})") from None
        with self.conn.cursor() as cur:
            if create:
                cur.execute(SCHEMA)
                self.conn.commit()
            else:
                cur.execute("SELECT to_regclass('documents') IS NOT NULL AND to_regclass('texts') IS NOT NULL")
                if not cur.fetchone()[0]:
                    self.conn.close()
                    raise IndexMissing("PostgreSQL: no docparse search index in this database "
                                       "(build one with docparse index OUT --postgres DSN)")

    def version(self) -> str | None:
        with self.conn.cursor() as cur:
            cur.execute("SELECT value FROM meta WHERE key = 'index_version'")
            row = cur.fetchone()
        return row[0] if row else None

    def reset(self, version: str) -> None:
        with self.conn.cursor() as cur:
            # Dropped, not emptied: another version's tables may have other columns.
            cur.execute("DROP TABLE IF EXISTS identifiers, texts, phrase_chunks, documents, meta CASCADE")
            cur.execute(SCHEMA)
            cur.execute("INSERT INTO meta VALUES ('index_version', %s) "
                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (version,))
        self.conn.commit()

    def put(self, d) -> None:
        cur = self.conn.cursor()
        cur.execute("DELETE FROM documents WHERE id = %s", (d.id,))  # its identifiers go with it
        cols = ", ".join(DOC_COLUMNS)
        values = ", ".join(["%s"] * len(DOC_COLUMNS))
        otsv = _TSV if d.original_terms is not None else "NULL"
        text_chunks = chunks(d.terms)
        original_chunks = chunks(d.original_terms) if d.original_terms is not None else None
        cur.execute(f"INSERT INTO documents ({cols}, tsv, otsv, chunked, ochunked) "
                    f"VALUES ({values}, {_TSV}, {otsv}, %s, %s) RETURNING doc",
                    [getattr(d, c) for c in DOC_COLUMNS] + [d.terms, d.parts]
                    + ([d.original_terms, d.original_parts] if d.original_terms is not None else [])
                    + [text_chunks is not None, original_chunks is not None])
        doc = cur.fetchone()[0]
        for original, parts in ((False, text_chunks), (True, original_chunks)):
            if parts:
                cur.executemany("INSERT INTO phrase_chunks (doc, original, tsv) "
                                "VALUES (%s, %s, setweight(to_tsvector('simple', %s), 'A'))",
                                [(doc, original, part) for part in parts])
        self._insert_texts(cur, doc, d)
        self._insert_identifiers(cur, doc, d.identifiers)

    def delete(self, ids: list[str]) -> None:
        with self.conn.cursor() as cur:
            cur.execute("DELETE FROM documents WHERE id = ANY(%s)", (list(ids),))

    def close(self) -> None:
        self.conn.close()

    # -- searching ------------------------------------------------------------------------
    def _temp_table(self, cur) -> None:
        # Created once per connection and committed; each search's rows go with its rollback.
        if not getattr(self, "_temp_ready", False):
            cur.execute("CREATE TEMP TABLE IF NOT EXISTS matched (doc BIGINT PRIMARY KEY, score DOUBLE PRECISION, "
                        "id TEXT, municipality TEXT, board TEXT, year INTEGER, doc_type TEXT)")
            self.conn.commit()
            self._temp_ready = True
        # Emptied in the search's own transaction: its rows then go with a new file that the
        # rollback drops (a rolled-back insert alone would leave dead rows for every later search).
        cur.execute("TRUNCATE matched")

    def _before_match(self, cur) -> None:
        # For a common word the planner prefers reading every row; the GIN index answers which
        # documents match without reading their tsvectors, which only ranking then reads once
        # (measured at 10,000 records: 64 ms instead of 98).
        cur.execute("SET LOCAL enable_seqscan = off")

    def _after_match(self, cur) -> None:
        cur.execute("SET LOCAL enable_seqscan = on")

    def _end_search(self, cur) -> None:
        self.conn.rollback()

    @staticmethod
    def tsquery(q: Query) -> str:
        parts = [_lexeme(w) for w in q.words]
        parts += [_phrase(p) for p in q.phrases]
        return " & ".join(parts)

    def _text_match(self, q: Query) -> tuple[str, list]:
        col = "coalesce(otsv, tsv)" if q.original else "tsv"
        # Every word, the phrases' too, must be in the document: the GIN index answers that.
        every = list(dict.fromkeys(q.words + [t for p in q.phrases for t in p]))
        # The queries parsed once, in FROM (in WHERE they would be parsed again for every row).
        sources = ["to_tsquery('simple', %s) rank_q", "to_tsquery('simple', %s) words_q"]
        args = [self.tsquery(q), " & ".join(_lexeme(t) for t in every)]
        where = [f"{col} @@ words_q"]
        if q.original:
            chunked, which = "(CASE WHEN has_original THEN ochunked ELSE chunked END)", "documents.has_original"
        else:
            chunked, which = "chunked", "FALSE"
        for i, p in enumerate(q.phrases):
            sources.append(f"to_tsquery('simple', %s) phrase_{i}")
            args.append(_phrase(p))
            # A long document's phrases are looked for in its chunks (positions beyond PostgreSQL's limits).
            where.append(f"(CASE WHEN {chunked} THEN EXISTS (SELECT 1 FROM phrase_chunks c WHERE c.doc = documents.doc "
                         f"AND c.original = {which} AND c.tsv @@ phrase_{i}) ELSE {col} @@ phrase_{i} END)")
        return (f"SELECT doc, ts_rank({col}, rank_q) AS score FROM documents, {', '.join(sources)} "
                f"WHERE {' AND '.join(where)}", args)


def _phrase(terms: list[str]) -> str:
    return "(" + " <-> ".join(_lexeme(t, "A") for t in terms) + ")"
