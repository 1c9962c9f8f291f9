"""The machine's PostgreSQL for tests: a fresh schema (or database) each, dropped after.

    with fresh_schema() as url:     # postgresql://…/test?options=-csearch_path%3Dt_…
        store = Store.open_url(url)

The server is KURIL_TEST_POSTGRES (default: 127.0.0.1:5432, database `test`, trust auth).
It is part of the test environment like the loopback HTTP servers: a test that needs it
fails, never skips, when it is not there.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import quote

import psycopg
from psycopg import sql

SERVER = os.environ.get("KURIL_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")


def _admin() -> psycopg.Connection[tuple[object, ...]]:
    return psycopg.connect(SERVER, autocommit=True, connect_timeout=10)


def _with_options(url: str, schema: str) -> str:
    joiner = "&" if "?" in url else "?"
    return f"{url}{joiner}options={quote(f'-csearch_path={schema}', safe='')}"


@contextmanager
def fresh_schema(prefix: str = "t") -> Iterator[str]:
    """A new, empty schema; yields a database URL whose search_path is that schema."""
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    with _admin() as conn:
        conn.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(name)))
    try:
        yield _with_options(SERVER, name)
    finally:
        with _admin() as conn:
            # sessions still open in the schema (a killed worker's) must not keep it alive
            conn.execute(sql.SQL("DROP SCHEMA {} CASCADE").format(sql.Identifier(name)))


@contextmanager
def fresh_database(prefix: str = "kuril") -> Iterator[str]:
    """A new, empty database on the same server; yields its URL."""
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    with _admin() as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    base, _, _ = SERVER.rpartition("/")
    try:
        yield f"{base}/{name}"
    finally:
        with _admin() as conn:
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
                (name,),
            )
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
