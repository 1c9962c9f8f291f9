"""The edges: each module wraps one library or service (HTTP, feedparser, trafilatura,
SQLite/PostgreSQL, the Telegram Bot API, worker processes) and translates its errors.
"""
