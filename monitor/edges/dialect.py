"""The store's PostgreSQL side: a connection that speaks the store's SQLite dialect.

`PgConnection` wraps one psycopg connection in autocommit mode (the store issues BEGIN,
COMMIT and ROLLBACK itself) and translates each statement the store sends:

    ?                          → %s placeholders (a literal % is doubled)
    BEGIN IMMEDIATE            → BEGIN
    INSERT OR IGNORE INTO …    → INSERT INTO … ON CONFLICT DO NOTHING
    INTEGER PRIMARY KEY        → an identity column; an INSERT into such a table gets
                                 RETURNING id, read back as the cursor's `lastrowid`
    TEXT (in CREATE TABLE)     → TEXT COLLATE "C", so text sorts and compares bytewise
    PRAGMA user_version        → the schema_version table (read FOR UPDATE in a transaction,
                                 so two processes never apply one migration twice)
    instr, json_each, review_fold, date(…, 'weekday 0', '-6 days') → PostgreSQL's own

Rows answer by name and by position, like sqlite3.Row. `AdvisoryLocks` holds session
advisory locks on a connection of its own (the scheduler's leadership, the decide step,
one chat's deliveries). This module holds no queries of the monitor's: those live in
`store`, written once for both databases. psycopg errors pass through as they are; the
store turns them into StoreError like sqlite3's.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any, Protocol
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import pq

from monitor.errors import StoreError

# what the store catches around every statement, whichever database it holds
DB_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, psycopg.Error)

SCHEMA_VERSION_TABLE = "schema_version"


class Row(Protocol):
    """A result row: by column name or position; `dict(row)` gives the named columns."""

    def keys(self) -> list[str]: ...

    def __getitem__(self, key: int | str, /) -> Any: ...

    def __len__(self) -> int: ...


class PgRow:
    """A PostgreSQL row that behaves like sqlite3.Row."""

    __slots__ = ("_index", "_names", "_values")

    def __init__(self, names: list[str], index: dict[str, int], values: Sequence[Any]) -> None:
        self._names = names
        self._index = index
        self._values = tuple(values)

    def keys(self) -> list[str]:
        return list(self._names)

    def __getitem__(self, key: int | str, /) -> Any:
        if isinstance(key, str):
            return self._values[self._index[key]]
        return self._values[key]

    def __len__(self) -> int:
        return len(self._values)

    def __iter__(self) -> Iterator[Any]:
        return iter(self._values)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PgRow):
            return NotImplemented
        return self._names == other._names and self._values == other._values

    def __hash__(self) -> int:
        return hash(self._values)

    def __repr__(self) -> str:
        return f"PgRow({dict(zip(self._names, self._values, strict=True))!r})"


def _row_factory(cursor: Any) -> Any:
    description = cursor.description or []
    names = [c.name for c in description]
    index = {n: i for i, n in enumerate(names)}

    def make(values: Sequence[Any]) -> PgRow:
        return PgRow(names, index, values)

    return make


def redact(url: str) -> str:
    """A database URL fit for messages and logs: any password replaced by ***."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)
    user = (parts.username or "") + ":***"
    return urlunsplit(parts._replace(netloc=f"{user}@{netloc[-1]}"))


def is_postgres(url: str) -> bool:
    return url.startswith(("postgresql://", "postgres://"))


# ----------------------------------------------------------------------------- translation

_INSERT_OR_IGNORE = re.compile(r"^\s*INSERT\s+OR\s+IGNORE\s+INTO\b", re.IGNORECASE)
_INSERT_TABLE = re.compile(r"^\s*INSERT\s+(?:OR\s+\w+\s+)?INTO\s+(\w+)", re.IGNORECASE)
_INTEGER_PK = re.compile(r"\bINTEGER\s+PRIMARY\s+KEY\b", re.IGNORECASE)
_TEXT_COLUMN = re.compile(r"\bTEXT\b(?!\s+COLLATE)")
_CREATE_TABLE = re.compile(r"^\s*CREATE\s+TABLE\b", re.IGNORECASE)
_ALTER_TABLE = re.compile(r"^\s*ALTER\s+TABLE\b", re.IGNORECASE)
_PRAGMA_SET = re.compile(r"^\s*PRAGMA\s+user_version\s*=\s*(\d+)\s*$", re.IGNORECASE)
_PRAGMA_GET = re.compile(r"^\s*PRAGMA\s+user_version\s*$", re.IGNORECASE)
_BEGIN = re.compile(r"^\s*BEGIN(\s+(IMMEDIATE|DEFERRED|EXCLUSIVE))?\s*$", re.IGNORECASE)
_INSTR = re.compile(r"\binstr\(", re.IGNORECASE)
_JSON_EACH = re.compile(r"\bjson_each\(([\w.]+)\)", re.IGNORECASE)
_WEEK = re.compile(r"\bdate\((\w+),\s*'weekday 0',\s*'-6 days'\)", re.IGNORECASE)
_FOLD = "review_fold("


def _placeholders(sql: str) -> str:
    """`?` → `%s` outside quoted strings; a literal `%` is doubled for psycopg."""
    out: list[str] = []
    quote: str | None = None
    for ch in sql:
        if quote is not None:
            out.append("%%" if ch == "%" else ch)
            if ch == quote:
                quote = None
        elif ch in ("'", '"'):
            quote = ch
            out.append(ch)
        elif ch == "?":
            out.append("%s")
        elif ch == "%":
            out.append("%%")
        else:
            out.append(ch)
    return "".join(out)


def _fold(sql: str, collation: str | None) -> str:
    """review_fold(x) → lower((x) COLLATE "…"): a Unicode-aware lower case."""
    while (start := sql.find(_FOLD)) >= 0:
        depth, i = 1, start + len(_FOLD)
        while depth and i < len(sql):
            depth += {"(": 1, ")": -1}.get(sql[i], 0)
            i += 1
        inner = sql[start + len(_FOLD) : i - 1]
        collate = f' COLLATE "{collation}"' if collation else ""
        sql = f"{sql[:start]}lower(({inner}){collate}){sql[i:]}"
    return sql


def translate(sql: str, *, fold_collation: str | None = "und-x-icu") -> str:
    """One statement of the store's SQLite dialect in PostgreSQL's (no placeholders yet)."""
    if _CREATE_TABLE.match(sql) or _ALTER_TABLE.match(sql):
        sql = _INTEGER_PK.sub("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", sql)
        sql = _TEXT_COLUMN.sub('TEXT COLLATE "C"', sql)
    if _INSERT_OR_IGNORE.match(sql):
        sql = (
            _INSERT_OR_IGNORE.sub("INSERT INTO", sql, count=1).rstrip() + " ON CONFLICT DO NOTHING"
        )
    sql = _INSTR.sub("strpos(", sql)
    sql = _JSON_EACH.sub(r"json_array_elements_text(\1::json) AS value", sql)
    sql = _WEEK.sub(
        r"to_char(date_trunc('week', (\1::timestamptz) AT TIME ZONE 'UTC'), 'YYYY-MM-DD')", sql
    )
    return _fold(sql, fold_collation)


# ----------------------------------------------------------------------------- connection


class PgCursor:
    """What one statement returned: rows, the row count and the new row's id."""

    def __init__(self, rows: list[PgRow], rowcount: int, lastrowid: int | None) -> None:
        self._rows = rows
        self.rowcount = rowcount
        self.lastrowid = lastrowid

    def fetchone(self) -> PgRow | None:
        return self._rows.pop(0) if self._rows else None

    def fetchall(self) -> list[PgRow]:
        rows, self._rows = self._rows, []
        return rows

    def __iter__(self) -> Iterator[PgRow]:
        return iter(self.fetchall())


class PgConnection:
    """One PostgreSQL session that runs the store's statements, translated."""

    def __init__(self, url: str, readonly: bool = False) -> None:
        self.url = url
        self.readonly = readonly
        self._conn = self._connect()
        self._identity: set[str] | None = None
        self._collation = self._fold_collation()
        if not readonly:
            self._ensure_version_table()

    def _connect(self) -> psycopg.Connection[Any]:
        conn: psycopg.Connection[Any] = psycopg.connect(
            self.url,
            autocommit=True,
            row_factory=_row_factory,
            connect_timeout=10,
            # a peer that vanished is noticed, and its locks released, within a minute
            keepalives=1,
            keepalives_idle=20,
            keepalives_interval=5,
            keepalives_count=3,
            application_name="kuril-monitor",
        )
        if self.readonly:
            conn.execute("SET default_transaction_read_only = on")
        return conn

    def _fold_collation(self) -> str | None:
        names = {
            r[0]
            for r in self._conn.execute(
                "SELECT collname FROM pg_collation WHERE collname IN ('und-x-icu', 'C.utf8')"
            )
        }
        return next((n for n in ("und-x-icu", "C.utf8") if n in names), None)

    def _ensure_version_table(self) -> None:
        """schema_version (one row), created once even when several processes start."""
        with self._conn.transaction():
            self._conn.execute(
                "SELECT pg_advisory_xact_lock(hashtextextended(current_schema() || %s, 0))",
                (":schema_version",),
            )
            self._conn.execute(
                f"CREATE TABLE IF NOT EXISTS {SCHEMA_VERSION_TABLE} "
                "(version INTEGER NOT NULL, one BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (one))"
            )
            self._conn.execute(
                f"INSERT INTO {SCHEMA_VERSION_TABLE} (version) VALUES (0) ON CONFLICT DO NOTHING"
            )

    @property
    def in_transaction(self) -> bool:
        status = self._conn.info.transaction_status
        return status in (pq.TransactionStatus.INTRANS, pq.TransactionStatus.INERROR)

    def _identity_tables(self) -> set[str]:
        if self._identity is None:
            self._identity = {
                str(r[0])
                for r in self._conn.execute(
                    "SELECT table_name FROM information_schema.columns WHERE column_name = 'id' "
                    "AND is_identity = 'YES' AND table_schema = current_schema()"
                )
            }
        return self._identity

    def execute(self, sql: str, args: Sequence[Any] = ()) -> PgCursor:
        """Run one statement of the store's dialect."""
        if self._conn.broken and not self.in_transaction:
            self._conn = self._connect()  # the server restarted: a new session
        if _BEGIN.match(sql):
            sql = "BEGIN"
        elif _PRAGMA_GET.match(sql):
            lock = " FOR UPDATE" if self.in_transaction and not self.readonly else ""
            sql = f"SELECT version FROM {SCHEMA_VERSION_TABLE}{lock}"
        elif m := _PRAGMA_SET.match(sql):
            sql = f"UPDATE {SCHEMA_VERSION_TABLE} SET version = {int(m.group(1))}"
        insert = _INSERT_TABLE.match(sql)
        returning = insert is not None and insert.group(1) in self._identity_tables()
        pg = translate(sql, fold_collation=self._collation)
        if returning:
            pg = pg.rstrip().rstrip(";") + " RETURNING id"
        cur = self._conn.execute(_placeholders(pg), tuple(args))
        rows: list[PgRow] = cur.fetchall() if cur.description is not None else []
        if _CREATE_TABLE.match(sql) or _ALTER_TABLE.match(sql):
            self._identity = None
        lastrowid = int(rows[0][0]) if returning and rows else None
        if returning:
            rows = []
        return PgCursor(rows, cur.rowcount, lastrowid)

    def create_function(self, *args: Any, **kwargs: Any) -> None:
        """SQLite's user functions are translated to PostgreSQL's built-ins instead."""

    def close(self) -> None:
        self._conn.close()


# ----------------------------------------------------------------------------- locks


class AdvisoryLocks:
    """Session advisory locks on a connection of their own, named by text.

    A lock is released when its holder releases it or when its session ends, which is
    what makes it fit for leadership: a process that dies lets go of what it held.
    """

    def __init__(self, url: str) -> None:
        self._url = url
        try:
            self._conn: psycopg.Connection[Any] = psycopg.connect(
                url,
                autocommit=True,
                connect_timeout=10,
                keepalives=1,
                keepalives_idle=10,
                keepalives_interval=3,
                keepalives_count=3,
                application_name="kuril-monitor locks",
            )
        except psycopg.Error as exc:
            raise StoreError(f"cannot open database {redact(url)}: {exc}") from exc

    def _call(self, function: str, name: str) -> bool:
        try:
            row = self._conn.execute(
                f"SELECT {function}(hashtextextended(current_schema() || ':' || %s, 0))",
                (name,),
            ).fetchone()
        except psycopg.Error as exc:
            raise StoreError(f"advisory lock {name!r}: {exc}") from exc
        return bool(row and row[0])

    def try_acquire(self, name: str) -> bool:
        """Take the lock unless another session holds it (re-entrant within this one)."""
        return self._call("pg_try_advisory_lock", name)

    def release(self, name: str) -> None:
        self._call("pg_advisory_unlock", name)

    def alive(self) -> bool:
        """Whether the session (and so every lock it holds) is still there."""
        try:
            self._conn.execute("SELECT 1")
        except psycopg.Error:
            return False
        return True

    def close(self) -> None:
        self._conn.close()


def connect(url: str, readonly: bool = False) -> PgConnection:
    """A translated session to the PostgreSQL database at `url`; raises StoreError."""
    try:
        return PgConnection(url, readonly=readonly)
    except psycopg.Error as exc:
        raise StoreError(f"cannot open database {redact(url)}: {exc}") from exc
