"""The SQLite backend: one file that stock sqlite3, sqlite-utils and Datasette open as it is.

The terms are normalised in Python (terms.py) and stored space-separated in an FTS5 table whose
tokenizer only splits on spaces and keeps å/ä/ö (unicode61 with remove_diacritics 0), so no
custom tokenizer is needed to read or query the file.
"""

from __future__ import annotations

import os
import sqlite3

from docparse.index.backend import DOC_COLUMNS, IndexMissing, Query, SQLBackend

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS documents (
    doc INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, fingerprint TEXT, stat TEXT,
    title TEXT, date TEXT, date_min TEXT, date_max TEXT, year INTEGER,
    municipality TEXT, board TEXT, doc_type TEXT, dnr TEXT, has_original INTEGER);
CREATE TABLE IF NOT EXISTS texts (
    doc INTEGER PRIMARY KEY REFERENCES documents (doc) ON DELETE CASCADE, pages TEXT, text TEXT, original_text TEXT);
CREATE INDEX IF NOT EXISTS documents_year ON documents (year);
CREATE INDEX IF NOT EXISTS documents_date ON documents (date_min, date_max);
CREATE TABLE IF NOT EXISTS identifiers (
    doc INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE, kind TEXT, value TEXT,
    key TEXT, number_key TEXT, span_start INTEGER, span_end INTEGER, page INTEGER);
CREATE INDEX IF NOT EXISTS identifiers_key ON identifiers (key);
CREATE INDEX IF NOT EXISTS identifiers_number_key ON identifiers (number_key);
CREATE INDEX IF NOT EXISTS identifiers_doc ON identifiers (doc);
CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5 (
    terms, parts, original_terms, original_parts, tokenize = 'unicode61 remove_diacritics 0');
"""


def _phrase(terms: list[str]) -> str:
    return '"' + " ".join(t.replace('"', '""') for t in terms) + '"'


class SQLiteBackend(SQLBackend):
    name = "sqlite"
    join_first = "CROSS JOIN"  # SQLite's way to keep the matches as the outer loop

    def __init__(self, path: str, *, create: bool = False):
        self.path = path
        if not create and not os.path.isfile(path):
            raise IndexMissing(f"{path}: no search index here (build one with docparse index OUT)")
        try:
            self.conn = sqlite3.connect(path)
            if create:
                self.conn.executescript(SCHEMA)
            else:
                self.conn.execute("SELECT 1 FROM documents_fts, texts, identifiers LIMIT 1")
        except sqlite3.DatabaseError as err:
            problem = "cannot be created" if create else "is not a docparse search index"
            raise IndexMissing(f"{path}: {problem} ({err})") from None
        self.conn.execute("PRAGMA foreign_keys = ON")
        self.writing = create
        if create:
            # Write-ahead logging while building (about half the cost of a commit); close() turns
            # the file back into one plain file, as stock tools expect it.
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
        else:
            self.conn.execute("PRAGMA temp_store = MEMORY")

    def version(self) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'index_version'").fetchone()
        return row[0] if row else None

    def reset(self, version: str) -> None:
        """Empty the index (its terms or fields changed) and note the version it is built for."""
        # Dropped, not emptied: another version's tables may have other columns.
        self.conn.executescript("DROP TABLE IF EXISTS identifiers; DROP TABLE IF EXISTS texts; "
                                "DROP TABLE IF EXISTS documents_fts; DROP TABLE IF EXISTS documents; "
                                "DROP TABLE IF EXISTS meta;" + SCHEMA)
        self.conn.execute("INSERT OR REPLACE INTO meta VALUES ('index_version', ?)", (version,))
        self.conn.commit()

    def put(self, d) -> None:
        cur = self.conn.cursor()
        row = cur.execute("SELECT doc FROM documents WHERE id = ?", (d.id,)).fetchone()
        if row:
            self._delete_docs(cur, [row[0]])
        cur.execute(f"INSERT INTO documents ({', '.join(DOC_COLUMNS)}) VALUES ({', '.join('?' * len(DOC_COLUMNS))})",
                    [getattr(d, c) for c in DOC_COLUMNS])
        doc = cur.lastrowid
        self._insert_texts(cur, doc, d)
        cur.execute("INSERT INTO documents_fts (rowid, terms, parts, original_terms, original_parts) "
                    "VALUES (?, ?, ?, ?, ?)", (doc, d.terms, d.parts, d.original_terms or "", d.original_parts or ""))
        self._insert_identifiers(cur, doc, d.identifiers)

    def _delete_docs(self, cur, docs: list[int]) -> None:
        for doc in docs:
            # Its texts and identifiers go with it (ON DELETE CASCADE, foreign keys on since
            # connecting); an FTS5 table has no foreign keys.
            cur.execute("DELETE FROM documents_fts WHERE rowid = ?", (doc,))
            cur.execute("DELETE FROM documents WHERE doc = ?", (doc,))

    def delete(self, ids: list[str]) -> None:
        cur = self.conn.cursor()
        for doc_id in ids:
            row = cur.execute("SELECT doc FROM documents WHERE id = ?", (doc_id,)).fetchone()
            if row:
                self._delete_docs(cur, [row[0]])

    def close(self) -> None:
        if self.writing:
            self.conn.commit()
            try:
                self.conn.execute("PRAGMA journal_mode = DELETE")
            except sqlite3.OperationalError:
                pass  # someone is reading it: it stays in WAL mode, which every SQLite reads too
        self.conn.close()

    # -- searching ------------------------------------------------------------------------
    def _temp_table(self, cur) -> None:
        cur.execute("CREATE TEMP TABLE IF NOT EXISTS matched (doc INTEGER PRIMARY KEY, score REAL, id TEXT, "
                    "municipality TEXT, board TEXT, year INTEGER, doc_type TEXT)")
        cur.execute("DELETE FROM matched")

    def _end_search(self, cur) -> None:
        self.conn.rollback()

    @staticmethod
    def _fts_expr(q: Query, terms_col: str, parts_col: str) -> str:
        # Every term quoted: nothing a user types reaches FTS5 as syntax.
        parts = [f"{{{terms_col} {parts_col}}} : {_phrase([w])}" for w in q.words]
        parts += [f"{terms_col} : {_phrase(p)}" for p in q.phrases]
        return " AND ".join(parts)

    def _text_match(self, q: Query) -> tuple[str, list]:
        if not q.original:
            return ("SELECT rowid AS doc, -bm25(documents_fts, 1.0, 0.5, 0.0, 0.0) AS score "
                    "FROM documents_fts WHERE documents_fts MATCH ?", [self._fts_expr(q, "terms", "parts")])
        # The OCR text as read where the record kept one, else its text (nothing was repaired).
        return ("SELECT rowid AS doc, -bm25(documents_fts, 0.0, 0.0, 1.0, 0.5) AS score "
                "FROM documents_fts WHERE documents_fts MATCH ? "
                "UNION ALL SELECT rowid AS doc, -bm25(documents_fts, 1.0, 0.5, 0.0, 0.0) AS score "
                "FROM documents_fts WHERE documents_fts MATCH ? "
                "AND rowid IN (SELECT doc FROM documents WHERE NOT has_original)",
                [self._fts_expr(q, "original_terms", "original_parts"), self._fts_expr(q, "terms", "parts")])
