"""The archive stage: records loaded into an embedded DuckDB database that grows run by run.

``database`` opens the file (clear errors for every way that fails) and keeps its tables,
``columns`` derives them from the output's own column definitions, ``load`` is the one
writer of a run (pages skipped by content hash, batches in transactions), ``reprints`` and
``clusters`` find the same article on several sites and link each reprinted fact to the
original's; ``series``, ``indicators`` and ``chart`` read one indicator across articles.

Nothing here imports duckdb, numpy or datasketch until it is used (they come with
``gov-facts[db]``).
"""
