"""What the SQLite and PostgreSQL backends share: the tables, the query plan and its SQL.

Both keep the same tables (documents, identifiers, meta) and differ only in the full-text part:
an FTS5 table in SQLite, tsvector columns with GIN indexes in PostgreSQL. A search fills a
temporary table of matching documents with their scores, then counts, facets and the top hits
come from it by the same SQL on both.
"""

from __future__ import annotations

from dataclasses import dataclass, field

FACETS = ("municipality", "board", "year", "doc_type")
DOC_COLUMNS = ("id", "fingerprint", "stat", "title", "date", "date_min", "date_max", "year", "municipality",
               "board", "doc_type", "dnr", "has_original")
# The texts live apart from the fields, so that counting and faceting never read them.
TEXT_COLUMNS = ("pages", "text", "original_text")
ID_COLUMNS = ("doc", "kind", "value", "key", "number_key", "span_start", "span_end", "page")
# Identifier-only searches rank a document's own number above an item's, above a mention.
ID_SCORE = "CASE kind WHEN 'dnr' THEN 3 WHEN 'item dnr' THEN 2 ELSE 1 END"


class IndexMissing(Exception):
    """There is no index where the command looked."""


@dataclass
class Query:
    words: list[str] = field(default_factory=list)  # terms: each must occur (as a word or a compound's part)
    phrases: list[list[str]] = field(default_factory=list)  # terms in this order
    identifiers: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, key, number key)
    original: bool = False  # search the OCR text as read instead of the repaired text
    municipality: str | None = None
    board: str | None = None
    year: int | None = None
    date_from: str | None = None
    date_to: str | None = None
    doc_type: str | None = None
    limit: int = 10

    @property
    def empty(self) -> bool:
        return not (self.words or self.phrases or self.identifiers)


@dataclass
class Result:
    """A search's answer: how many documents match, the best of them, and the facets' counts.
    A backend's hits are its rows (doc, id, title, date, board, municipality, score, text, pages,
    id_spans); docparse.index.search.search gives each a snippet instead of its text."""

    total: int
    hits: list[dict]
    facets: dict[str, dict]

    def as_json(self) -> dict:
        return {"total": self.total, "hits": self.hits, "facets": self.facets}


class SQLBackend:
    """The shared SQL; subclasses give the connection, the placeholder and the full-text match."""

    ph = "?"
    join_first = "JOIN"  # a join that reads its left side first (SQLite: CROSS JOIN)

    def _q(self, sql: str) -> str:
        return sql.replace("?", self.ph)

    # -- writing --------------------------------------------------------------------------
    def known(self) -> dict[str, tuple[str, str]]:
        cur = self.conn.cursor()
        cur.execute("SELECT id, fingerprint, stat FROM documents")
        return {row[0]: (row[1], row[2]) for row in cur.fetchall()}

    def set_stat(self, doc_id: str, stat: str) -> None:
        self.conn.cursor().execute(self._q("UPDATE documents SET stat = ? WHERE id = ?"), (stat, doc_id))

    def _insert_identifiers(self, cur, doc: int, idents) -> None:
        if idents:
            cur.executemany(
                self._q(f"INSERT INTO identifiers ({', '.join(ID_COLUMNS)}) VALUES ({', '.join('?' * len(ID_COLUMNS))})"),
                [(doc, i.kind, i.value, i.key, i.number_key, i.start, i.end, i.page) for i in idents])

    def _before_match(self, cur) -> None:
        pass

    def _after_match(self, cur) -> None:
        pass

    def _insert_texts(self, cur, doc: int, d) -> None:
        cur.execute(self._q(f"INSERT INTO texts (doc, {', '.join(TEXT_COLUMNS)}) VALUES (?, ?, ?, ?)"),
                    [doc] + [getattr(d, c) for c in TEXT_COLUMNS])

    def commit(self) -> None:
        self.conn.commit()

    # -- searching --------------------------------------------------------------------------
    def _filters(self, q: Query) -> tuple[list[str], list]:
        where, args = [], []
        for col in ("municipality", "board", "doc_type"):
            value = getattr(q, col)
            if value is not None:
                where.append(f"lower(d.{col}) = lower(?)")
                args.append(value)
        if q.year is not None:
            where.append("d.year = ?")
            args.append(q.year)
        if q.date_from is not None:
            where.append("d.date_max >= ?")
            args.append(q.date_from)
        if q.date_to is not None:
            where.append("d.date_min <= ?")
            args.append(q.date_to)
        return where, args

    @staticmethod
    def _ident_cond(ident: tuple[str, str, str]) -> tuple[str, str]:
        kind, key, number_key = ident
        if kind == "orgnr":
            return "kind = 'orgnr' AND key = ?", key
        if key:
            return "kind <> 'orgnr' AND key = ?", key
        return "kind <> 'orgnr' AND number_key = ?", number_key

    def _matches(self, q: Query) -> tuple[str, list]:
        """SQL giving (doc, score) of every document the query matches, before the filters."""
        if q.words or q.phrases:
            sql, args = self._text_match(q)
            for ident in q.identifiers:
                cond, arg = self._ident_cond(ident)
                sql = f"SELECT t.doc, t.score FROM ({sql}) t WHERE t.doc IN (SELECT doc FROM identifiers WHERE {cond})"
                args.append(arg)
            return sql, args
        cond, arg = self._ident_cond(q.identifiers[0])
        sql = f"SELECT doc, max({ID_SCORE}) AS score FROM identifiers WHERE {cond}"
        args = [arg]
        for ident in q.identifiers[1:]:
            cond, arg = self._ident_cond(ident)
            sql += f" AND doc IN (SELECT doc FROM identifiers WHERE {cond})"
            args.append(arg)
        return sql + " GROUP BY doc", args

    def search(self, q: Query) -> Result:
        cur = self.conn.cursor()
        self._temp_table(cur)
        match_sql, args = self._matches(q)
        where, fargs = self._filters(q)
        # The facet columns are copied into the small temporary table once, so that counting,
        # faceting and ranking never go back to the documents.
        cols = ", ".join(("id",) + FACETS)
        sql = (f"INSERT INTO matched (doc, score, {cols}) "
               f"SELECT x.doc, x.score, {', '.join('d.' + c for c in ('id',) + FACETS)} FROM ({match_sql}) x "
               f"{self.join_first} documents d ON d.doc = x.doc" + (" WHERE " + " AND ".join(where) if where else ""))
        self._before_match(cur)
        cur.execute(self._q(sql), args + fargs)
        self._after_match(cur)
        # The count and the four facets in one statement: one round trip to a server.
        cur.execute(" UNION ALL ".join(
            ["SELECT '' AS facet, NULL AS value, count(*) FROM matched"]
            + [f"SELECT '{col}', CAST({col} AS TEXT), count(*) FROM matched WHERE {col} IS NOT NULL GROUP BY {col}"
               for col in FACETS]))
        rows = cur.fetchall()
        total = next(n for facet, _v, n in rows if facet == "")
        facets: dict[str, dict] = {}
        for col in FACETS:
            counts = sorted(((v, n) for facet, v, n in rows if facet == col), key=lambda vn: (-vn[1], vn[0]))
            facets[col] = dict(counts)
        text_col = "coalesce(t.original_text, t.text)" if q.original else "t.text"
        cur.execute(self._q(
            f"SELECT h.doc, h.id, d.title, d.date, d.board, d.municipality, h.score, {text_col}, t.pages "
            f"FROM (SELECT doc, id, score FROM matched ORDER BY score DESC, id LIMIT ?) h "
            f"JOIN documents d ON d.doc = h.doc JOIN texts t ON t.doc = h.doc ORDER BY h.score DESC, h.id"), (q.limit,))
        keys = ("doc", "id", "title", "date", "board", "municipality", "score", "text", "pages")
        hits = [dict(zip(keys, row)) for row in cur.fetchall()]
        by_doc = {hit["doc"]: hit for hit in hits}
        for hit in hits:
            hit["id_spans"] = []
        for ident in q.identifiers if hits else ():
            cond, arg = self._ident_cond(ident)
            cur.execute(self._q(f"SELECT doc, span_start, span_end, page FROM identifiers "
                                f"WHERE doc IN ({', '.join('?' * len(hits))}) AND {cond} "
                                f"AND span_start IS NOT NULL ORDER BY doc, span_start"), [*by_doc, arg])
            for doc, start, end, page in cur.fetchall():
                by_doc[doc]["id_spans"].append((start, end, page))
        self._end_search(cur)
        return Result(total, hits, facets)
