"""The search index: records of a batch (or JSON Lines) into SQLite FTS5 or PostgreSQL, and search over them.

A delivery stage like export: it reads finished records, never the pipeline's stages.
"""
